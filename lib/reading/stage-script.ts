/**
 * The script stage and its way back: traditional text is read through its simplified conversion
 * (pinyin-pro's words are simplified), and the result is carried back to the text as written.
 */
import { pinyin } from 'pinyin-pro';
import { isMostlyTraditional } from '../chinese/script-complete';
import type { WordSpan } from '../chinese/words';
import type { ParagraphRecord } from './paragraph';
import { convertSegments } from './script';

const HAN = /\p{Script=Han}/u;

/** Stage: the paragraph's script; traditional text becomes its simplified conversion, names too. */
export function decideScript(p: ParagraphRecord): void {
  if (!p.hasHan || !isMostlyTraditional(p.text)) return;
  p.script = 'traditional';
  p.pieces = convertSegments(p.text, 'cn');
  p.read = p.pieces.map((piece) => piece.to).join('');
  p.chars = Array.from(p.read);
  p.readNames = p.names.map((n) => convertSegments(n, 'cn').map((piece) => piece.to).join(''));
  p.readings = p.chars.map(() => null);
  p.locked = p.chars.map(() => false);
}

/** The paragraph's result on the text as written. */
export interface OriginalResult {
  chars: string[];
  readings: (string | null)[];
  words: WordSpan[];
  nameSpans: Array<[number, number]>;
  /** Word-list words that the segmentation split (乡|长): their inner cuts go. */
  joinSpans: Array<[number, number]>;
}

/** Word-list matches the segmentation split into exactly two words (乡|长, 重|塑), not a phrase (为|人民|服务). */
function joinSpansOf(p: ParagraphRecord): Array<[number, number]> {
  return p.matches.filter(([s, e]) => p.words.filter((w) => w.start < e && w.end > s).length === 2);
}

/**
 * Carries the record back to the paragraph as written. A conversion piece of the same length
 * carries readings character for character; one that changed the length is read character by
 * character as written, and positions inside it fall to its start (no cut inside it).
 */
export function toOriginal(p: ParagraphRecord): OriginalResult {
  const joins = joinSpansOf(p);
  if (!p.pieces) return { chars: p.chars, readings: p.readings, words: p.words, nameSpans: p.nameSpans, joinSpans: joins };
  const chars = Array.from(p.text);
  const readings: (string | null)[] = [];
  const at: number[] = []; // position as read → position as written
  let pos = 0;
  let toPos = 0;
  for (const piece of p.pieces) {
    const from = Array.from(piece.from);
    const to = Array.from(piece.to);
    const same = from.length === to.length;
    if (same) {
      for (let k = 0; k < from.length; k++) readings.push(HAN.test(from[k]!) ? (p.readings[toPos + k] ?? null) : null);
    } else {
      for (const ch of from) {
        const item = HAN.test(ch) ? pinyin(ch, { type: 'all', traditional: true })[0] : undefined;
        readings.push(item && item.isZh && item.pinyin ? item.pinyin : null);
      }
    }
    for (let k = 0; k < to.length; k++) at.push(same ? pos + k : pos);
    pos += from.length;
    toPos += to.length;
  }
  at.push(chars.length);
  const span = ([s, e]: readonly [number, number]): [number, number] => [at[s]!, at[e]!];
  const nonEmpty = ([s, e]: [number, number]) => e > s;
  const cuts = [...new Set(p.words.map((w) => at[w.start]!))].filter((c) => c < chars.length).sort((a, b) => a - b);
  const words = cuts.map((start, k) => {
    const end = cuts[k + 1] ?? chars.length;
    return { start, end, text: chars.slice(start, end).join('') };
  });
  return { chars, readings, words, nameSpans: p.nameSpans.map(span).filter(nonEmpty), joinSpans: joins.map(span).filter(nonEmpty) };
}
