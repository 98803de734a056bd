/**
 * The reader's own readings (`行长 → háng zhǎng`, lib/entries/parse-entries.ts) over the engine's:
 * each occurrence of an entry's word takes the entry's readings and is read as one word. Words
 * are matched in the text as written and in its simplified form (an entry written 行长 reads 行長
 * on a traditional page too); longest entries first, left to right, never overlapping.
 */
import type { RubySegment } from './contract';
import type { ReadingEntry } from '../entries/parse-entries';

const HAN = /\p{Script=Han}/u;

/** Occurrences [start, end, entry] of the entries' words in chars (or in their simplified form). */
function findOccurrences(chars: readonly string[], simplified: readonly string[] | null, entries: readonly ReadingEntry[], simplify: (text: string) => string) {
  const words = entries
    .map((entry) => ({ entry, forms: [...new Set([Array.from(entry.word), Array.from(simplify(entry.word))].map((f) => f.join('')))].map((f) => Array.from(f)) }))
    .sort((a, b) => b.entry.readings.length - a.entry.readings.length);
  const taken: Array<[number, number, ReadingEntry]> = [];
  const used = new Array<boolean>(chars.length).fill(false);
  const at = (text: readonly string[], form: readonly string[], i: number) => form.every((c, k) => text[i + k] === c);
  for (const { entry, forms } of words) {
    const n = entry.readings.length;
    for (let i = 0; i + n <= chars.length; i++) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      if (!forms.some((f) => f.length === n && (at(chars, f, i) || (simplified !== null && at(simplified, f, i))))) continue;
      taken.push([i, i + n, entry]);
      for (let k = i; k < i + n; k++) used[k] = true;
      i += n - 1;
    }
  }
  return taken;
}

/**
 * The segments with the entries' readings put in. `simplify` is the engine's traditional →
 * simplified conversion (same length, character for character, where it is one).
 */
export function applyReadingEntries(text: string, segments: readonly RubySegment[], entries: readonly ReadingEntry[], simplify: (text: string) => string): RubySegment[] {
  if (!entries.length || !HAN.test(text)) return [...segments];
  const chars = Array.from(text);
  const simple = Array.from(simplify(text));
  const occurrences = findOccurrences(chars, simple.length === chars.length ? simple : null, entries, simplify);
  if (!occurrences.length) return [...segments];
  const readings = segments.flatMap((s) => s.readings);
  if (readings.length !== chars.length) return [...segments]; // not ours to repair
  const cuts = new Set<number>();
  let pos = 0;
  for (const s of segments) {
    cuts.add(pos);
    pos += Array.from(s.text).length;
  }
  cuts.add(chars.length);
  for (const [start, end, entry] of occurrences) {
    for (let k = start + 1; k < end; k++) cuts.delete(k);
    cuts.add(start);
    cuts.add(end);
    entry.readings.forEach((r, k) => (readings[start + k] = r));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: RubySegment[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k]!, sorted[k + 1]!];
    const part = chars.slice(a, b);
    out.push({ text: part.join(''), readings: readings.slice(a, b), word: part.every((c) => HAN.test(c)) });
  }
  return out;
}
