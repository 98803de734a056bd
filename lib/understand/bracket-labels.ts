/**
 * A web interview's transcript (访谈实录, a 聊天实录 of an online forum) prints each turn's speaker in square
 * brackets: "【主持人】" or "【某某】" alone on its line, the words below, or "[嘉宾某某]" opening the words. A
 * bracket alone on its line reads as a section title elsewhere ("【话题】" lines.ts), so the turns are read here,
 * from the page as a whole: brackets naming two or more different people (a host beside them or not) are a
 * transcript's labels. One named bracket is a column's tag or a byline ("【本报记者 某某】"), never enough.
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { isHostLabel } from './lines';
import { endsWithTitle, isPersonName, splitSpeakerLabel, type NameContext } from './names';

// the bracket and what follows it on the line (nothing, or the words); the bracket holds no clause punctuation
const BRACKET = /^\s*[【［\[]\s*([^【】［］\[\]，,。：:！？!?；;“”「」]{2,16}?)\s*[】］\]]\s*[：:]?\s*(.*)$/su;

const GUEST_TAG = /^(?:特邀)?(?:嘉宾|嘉賓|访谈嘉宾|訪談嘉賓)$/u;

interface Turn {
  item: Item;
  speaker: { name: string; role: string | null } | null;
  host: boolean;
  speech: string;
}

/** "【主持人】" → the host; "【某某】", "[嘉宾某某]" → the person; null for a tag that names nobody ("【话题】"). */
export function readBracketLabel(label: string, ctx: NameContext = {}): { name: string; role: string | null } | 'host' | null {
  const l = squeeze(label);
  if (isHostLabel(l)) return 'host';
  // (a bare full name first: "某斌官" ends as a role word ends, 官, but is a name alone in its bracket)
  if (l.length >= 3 && l.length <= 4 && isPersonName(l)) return { name: l, role: null };
  const split = splitSpeakerLabel(l, ctx);
  if (!split.name || !isPersonName(split.name)) return null;
  // (a role before the name must read as a person's title: "以下为节目的实录文字" is an editor's note, not 文字)
  if (split.role !== null && !GUEST_TAG.test(split.role) && (split.evidence < 2 || !endsWithTitle(split.role))) return null;
  // (a bare bracketed name is a full name: two characters alone are as often a word, "【关注】")
  if (split.role === null && l.length < 3) return null;
  // (the transcript's tag for a guest, "嘉宾", is what the turn is, not what the person is: the page says that)
  return { name: split.name, role: split.role && !GUEST_TAG.test(split.role) ? split.role : null };
}

/** Bracketed turns become labels of the words on their line or below, when they name two people or more. */
export function labelBracketTurns(items: Item[], ctx: NameContext): void {
  const turns: Turn[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || it.kind === 'label' || it.kind === 'skip' || it.kind === 'caption') continue;
    const m = BRACKET.exec(it.block.text);
    if (!m) continue;
    const who = readBracketLabel(m[1]!, ctx);
    if (!who) continue;
    const speech = m[2]!.trim();
    // (alone on its line, the words are the next paragraph's)
    if (!speech && nextSignificant(items, i + 1)?.kind !== 'body') continue;
    turns.push({ item: it, speaker: who === 'host' ? { name: squeeze(m[1]!), role: null } : who, host: who === 'host', speech });
  }
  const people = new Set(turns.filter((t) => !t.host).map((t) => t.speaker!.name));
  if (people.size < 2) return;
  for (const t of turns) {
    const it = t.item;
    it.kind = 'label';
    it.host = t.host;
    it.speaker = t.speaker!;
    it.evidence = 3;
    it.text = t.speech;
    it.shape = '【label】';
    delete it.title;
  }
}
