/**
 * Word segmentation that does not depend on the browser's ICU data: the likeliest split of each
 * run of Han characters into known words (unigram model, Viterbi over the word lattice), with the
 * word costs of word-costs.ts. Outside Han runs it groups as a word-break algorithm does: runs of
 * letters and digits (with inner . , ' : 12.5, don't), runs of spaces, and any other character alone.
 * Time is linear in the text: each position looks ahead only while some known word goes on (prefixes).
 */
import type { WordCosts } from './word-costs';

export interface WordSpan {
  /** Code-point offsets into Array.from(text): [start, end). */
  start: number;
  end: number;
  text: string;
}

export interface Segmenter {
  segment(text: string): WordSpan[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
const OTHER = /[\p{L}\p{N}\p{M}]+(?:[.,'’][\p{L}\p{N}\p{M}]+)*|[^\S\n]+|\r?\n|./gsu;
const SURROGATE = /[\uD800-\uDFFF]/;
// No word of the list is longer; a bound keeps the lookahead (and so the time) linear.
const MAX_WORD = 12;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The likeliest split of one Han run, as the UTF-16 lengths of its words in order. */
function splitHanRun(run: string, words: WordCosts): number[] {
  const n = run.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i]!;
    if (here === Infinity) continue;
    const first = run.charCodeAt(i);
    // One character, known or not, is always a way on: the lattice never breaks.
    const step = isHighSurrogate(first) && i + 1 < n ? 2 : 1;
    const single = words.costs.get(run.slice(i, i + step)) ?? words.unknown;
    if (here + single < best[i + step]!) {
      best[i + step] = here + single;
      back[i + step] = i;
    }
    const longest = Math.min(words.longest.get(first) ?? 0, MAX_WORD, n - i);
    for (let len = step + 1; len <= longest; len++) {
      const piece = run.slice(i, i + len);
      const cost = words.costs.get(piece);
      if (cost === undefined) {
        if (words.prefixes.has(piece)) continue;
        break; // no known word goes on from here
      }
      if (here + cost < best[i + len]!) {
        best[i + len] = here + cost;
        back[i + len] = i;
      }
    }
  }
  const lengths: number[] = [];
  for (let end = n; end > 0; end = back[end]!) lengths.push(end - back[end]!);
  return lengths.reverse();
}

export function createSegmenter(words: WordCosts): Segmenter {
  return {
    segment(text: string): WordSpan[] {
      const spans: WordSpan[] = [];
      let pos = 0;
      const push = (word: string): void => {
        // Code points, not UTF-16 units; only text outside the BMP (𠮷) needs the slower count.
        const len = SURROGATE.test(word) ? Array.from(word).length : word.length;
        spans.push({ start: pos, end: pos + len, text: word });
        pos += len;
      };
      const pushOther = (piece: string): void => {
        for (const m of piece.matchAll(OTHER)) push(m[0]);
      };
      let last = 0;
      for (const m of text.matchAll(HAN_RUN)) {
        if (m.index > last) pushOther(text.slice(last, m.index));
        const run = m[0];
        let at = 0;
        for (const len of splitHanRun(run, words)) {
          push(run.slice(at, at + len));
          at += len;
        }
        last = m.index + run.length;
      }
      if (last < text.length) pushOther(text.slice(last));
      return spans;
    },
  };
}
