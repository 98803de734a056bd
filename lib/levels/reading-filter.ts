/**
 * "Pinyin only where the reader needs it": which words keep their readings, given the reader's
 * level (0 = every word; N = only words above HSK level N) and the words they marked as known.
 * Pure: the layers call `hidesReading` per segment of the reading engine.
 */
import type { RubySegment } from '../reading/contract';

export interface ReadingFilter {
  /** Changes whenever what the filter hides changes (the layers re-render on a new key). */
  key: string;
  hides(word: string): boolean;
}

export interface FilterInput {
  level: number;
  known: ReadonlySet<string>;
  /** HSK level per word (empty while not loaded: then only known words are hidden). */
  levels: ReadonlyMap<string, number>;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a word's reading is hidden: a known word, or a word at or under the reader's level.
 * Words HSK does not list (names, rare words, phrases the engine keeps whole) keep theirs.
 */
export function hidesReading(word: string, input: FilterInput): boolean {
  if (!HAN.test(word)) return false;
  if (input.known.has(word)) return true;
  if (input.level <= 0) return false;
  const level = input.levels.get(word);
  return level !== undefined && level <= input.level;
}

/** A filter for the layers, or null when it hides nothing (level 0 and no known words). */
export function createReadingFilter(input: FilterInput, version: number): ReadingFilter | null {
  if (input.level <= 0 && input.known.size === 0) return null;
  return {
    key: `lv${input.level}:${input.levels.size}:${version}`,
    hides: (word) => hidesReading(word, input),
  };
}

/** The segments with the readings of hidden words taken out (the text stays: it is the page's). */
export function filterSegments(segments: readonly RubySegment[], hides: (word: string) => boolean): RubySegment[] {
  return segments.map((s) => (hides(s.text) ? { ...s, readings: s.readings.map(() => null) } : s));
}
