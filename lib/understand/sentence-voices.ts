/**
 * Several people's views run together in one long paragraph of a meeting report: "…。任某代表说，…。马某
 * 代表说，…。栗某是一位来自农村的基层代表…。他说，…" or "…。军队政协委员张某直言：“…”军队政协委员黄某说：“…”".
 * Each sentence that opens with a named person and a verb of saying starts a voice (a person introduced as
 * "某某是一位…" whose words follow with "他说" too). When one paragraph holds two or more such voices, the
 * paragraphs are cut there; the voices stay reported ones, so only a round-up of them makes a feature.
 */
import { isPersonName, type NameContext } from './names';
import type { Item } from './feature-items';
import { splitAtVoices, type Voice } from './netizen-voices';
import { isHonorificForm, matchReportedOpening } from './reported-speech';

const SENTENCE_END = /[。！？!?][”」』]?\s*/g;
// "栗某是一位来自农村的基层代表": a person introduced in the reporter's sentence…
const INTRODUCED = /^(\p{Script=Han}{2,4})是(?:一位|一名|位|名)/u;
// …whose words follow in the next sentences, after a pronoun
const PRONOUN_SAYS = /[。！？!?，,]\s*(?:他|她)(?:还|還|也|亦|则|則)?(?:说|說|表示|认为|認為|指出|坦言)[，,：:]/;

/** The voices that open sentences of a paragraph, the paragraph's own opening included. */
export function findSentenceVoices(text: string, ctx: NameContext = {}): Voice[] {
  const starts = [0];
  for (const e of text.matchAll(SENTENCE_END)) {
    const from = e.index + e[0].length;
    if (from < text.length - 6) starts.push(from);
  }
  const voices: Voice[] = [];
  for (const [k, from] of starts.entries()) {
    const rest = text.slice(from);
    const who = matchReportedOpening(rest, ctx);
    // (a quotation opening the sentence belongs to the sentence before: only a sentence the person opens)
    // (a passer-by's honorific form needs no role: "…。張太則指…" in a vox pop's paragraph)
    if (who && (who.role || who.introduced || isHonorificForm(who.name)) && !who.quote && !voices.some((v) => v.name === who.name)) {
      voices.push({ at: from, name: who.name, role: who.role, evidence: who.evidence });
      continue;
    }
    const intro = INTRODUCED.exec(rest);
    if (!intro || !isPersonName(intro[1]!) || voices.some((v) => v.name === intro[1])) continue;
    // the pronoun's words within the next two sentences
    const until = starts[k + 3] ?? text.length;
    if (PRONOUN_SAYS.test(text.slice(from, until))) voices.push({ at: from, name: intro[1]!, role: null, evidence: 2 });
  }
  return voices;
}

/** Cuts paragraphs at the voices that open their sentences, when one paragraph holds two or more. */
export function splitSentenceVoices(items: Item[], ctx: NameContext): void {
  const found = new Map<Item, Voice[]>();
  let crowded = false;
  for (const it of items) {
    if (it.merged || (it.kind !== 'body' && !(it.kind === 'label' && it.shape === 'reported'))) continue;
    if (it.block.text.length < 60) continue;
    const voices = findSentenceVoices(it.block.text, ctx);
    // only voices inside the paragraph are new: one at its opening is already read
    if (!voices.some((v) => v.at > 0)) continue;
    found.set(it, voices);
    if (voices.length >= 2) crowded = true;
  }
  if (!crowded) return;
  for (let i = items.length - 1; i >= 0; i--) {
    const voices = found.get(items[i]!);
    if (voices) items.splice(i, 1, ...splitAtVoices(items[i]!, voices, 'reported', true));
  }
}
