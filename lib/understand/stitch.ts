/**
 * Re-joins paragraphs that an e-paper layout broke apart. A paragraph that stops mid-sentence ("…亲眼见")
 * continues in a later block that starts mid-sentence ("证了…"), often after the lead, captions and credits
 * were extracted in between. The continuation is chosen by evidence at the join, never by position alone.
 */
import { endsSentence } from '../chinese/chars';
import { wordCrossesBoundary } from './segment';

/** A paragraph cut off mid-sentence: long enough to be running text, and not ending like a sentence. */
export function isFragment(text: string): boolean {
  const t = text.trim();
  if (t.length < 12 || endsSentence(t)) return false;
  // running text has clause punctuation; titles and names do not
  if (!/[，,、；;。]/.test(t)) return false;
  // a colon at the end introduces what follows, as a label does
  return !/[:：]$/.test(t);
}

// Characters that do not begin a sentence: particles, suffixes and bound second halves of words.
const NON_INITIAL = /* @__PURE__ */ new Set(/* @__PURE__ */ Array.from('了着著过過的地得们們么麼呢吗嗎吧啊之其所而且并並及与與和或等者性化里裡上下中内內'));
// Openings of a fresh paragraph or a lead: unlikely to be the second half of a cut sentence.
const FRESH_START = /^(在|今年|去年|近年来|近年來|如今|当前|當前|目前|记者|記者|日前|近日|据悉|據悉|为|為|随着|隨著|“|「|《)/;
const LEAD_CUES = /(各界人士|畅所欲言|暢所欲言|各抒己见|各抒己見|建言献策|建言獻策|代表委员|代表委員|嘉宾|嘉賓|聚焦|围绕|圍繞|座谈|座談|圆桌|圓桌)/;

/** How strongly `candidate` reads as the continuation of `fragment`; > 0 means plausible, ≥ 2 convincing. */
export function continuationScore(fragment: string, candidate: string): number {
  const head = candidate.trim();
  if (!head) return 0;
  let score = 0;
  const tail = fragment.trimEnd().slice(-8);
  const probe = tail + head.slice(0, 8);
  if (wordCrossesBoundary(probe, tail.length)) score += 3;
  const first = head.charAt(0);
  if (NON_INITIAL.has(first) || /^[，,、；;。！？”」』)）]/.test(head)) score += 2;
  // a cut line that stops on a particle or a preposition ("…现在服务站的") cannot have ended there
  if (/[的地得和与與及在对對把被从從向将將让讓给給跟同]$/.test(fragment.trimEnd())) score += 2;
  const firstClause = head.split(/[，,；;。！？]/)[0] ?? head;
  if (firstClause.length <= 3) score += 1;
  if (FRESH_START.test(head)) score -= 1;
  if (LEAD_CUES.test(head)) score -= 2;
  return score;
}

/** The index (into `candidates`) of the best continuation, or -1; ties go to the nearest. */
export function pickContinuation(fragment: string, candidates: readonly string[]): number {
  let best = -1;
  let bestScore = 1; // need at least 2
  candidates.forEach((c, i) => {
    const s = continuationScore(fragment, c);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}
