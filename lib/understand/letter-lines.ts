/**
 * Letters from readers: "某地的读者王某来信写到：" opens the line, the letter follows (on the same line or the
 * lines below). The writer is the voice; "来信写到" is how the page introduces them, not part of a role.
 */
import { splitSpeakerLabel, type NameContext, type SpeakerSplit } from './names';

const LETTER_VERB = /(?:在来信中|在來信中|来信|來信|在信中|信中)(?:写到|寫到|写道|寫道|说|說|说道|說道|称|稱|表示|提到|指出)?$/;

/** The writer's part of a letter's intro ("某地的读者王某来信写到" → "某地的读者王某"); null when it is none. */
export function stripLetterVerb(label: string): string | null {
  const m = LETTER_VERB.exec(label);
  if (!m) return null;
  const who = label.slice(0, m.index).trim();
  return who.length >= 2 && who.length <= 30 && !/[。；;！？!?：:]/.test(who) ? who : null;
}

/** "某地的读者王某来信写到：……" → the writer (named, with evidence) and what follows the colon on the line. */
export function matchLetterIntro(text: string, ctx: NameContext = {}): { speaker: SpeakerSplit; speech: string } | null {
  const m = /^([^：:]{3,40}?)\s*[：:]\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  const who = stripLetterVerb(m[1]!);
  if (!who) return null;
  const split = splitSpeakerLabel(who, ctx);
  return split.name && split.evidence >= 2 ? { speaker: split, speech: m[2]!.trim() } : null;
}
