/**
 * Readings in context, per paragraph: the stages of paragraph.ts (script → segment → names →
 * library readings → word re-reads → corrections), then ruby segments over the text as written.
 * One reading per element of Array.from(text): tone-marked pinyin (neutral tone unmarked) or null
 * for anything that is not a Han character pinyin-pro knows.
 */
import { segmentWords, type WordSpan } from '../chinese/words';
import type { ReadTextOptions, RubySegment } from './contract';
import { readParagraph, type ReadingContext } from './paragraph';
import { toOriginal } from './stage-script';
import { createWordCache, DEFAULT_WORD_CACHE_SIZE } from './word-cache';

export interface ReadOptions extends ReadTextOptions {
  /** Personal names found in the text (by the understanding engine); read with name readings. */
  names?: readonly string[];
}

const HAN = /\p{Script=Han}/u;

/** A reader with its own word cache: what a paragraph reads does not depend on what was read before. */
export interface PinyinReader {
  readText(text: string, options?: ReadOptions): (string | null)[];
  segmentText(text: string, options?: ReadOptions): RubySegment[];
}

export function createPinyinReader(options: { wordCacheSize?: number } = {}): PinyinReader {
  const ctx: ReadingContext = { segment: segmentWords, cache: createWordCache(options.wordCacheSize ?? DEFAULT_WORD_CACHE_SIZE) };
  const read = (text: string, opts?: ReadOptions) => toOriginal(readParagraph(text, opts?.names ?? [], ctx, undefined, opts));
  return {
    readText: (text, opts) => read(text, opts).readings,
    segmentText: (text, opts) => {
      const { chars, readings, words, nameSpans, joinSpans } = read(text, opts);
      return buildSegments(chars, readings, words, nameSpans, joinSpans);
    },
  };
}

const shared = createPinyinReader();

/**
 * Readings of a paragraph or text node, one per element of Array.from(text): tone-marked pinyin
 * (neutral tone unmarked, 一/不 with their tone sandhi) or null for anything that is not Han.
 * Call per paragraph: context is read within the text given.
 */
export function readText(text: string, options?: ReadOptions): (string | null)[] {
  return shared.readText(text, options);
}

/**
 * The text as ruby segments covering it exactly (concatenated segment texts === text): Han words
 * (names kept whole) with their readings, and runs of everything else with null readings.
 */
export function segmentText(text: string, options?: ReadOptions): RubySegment[] {
  return shared.segmentText(text, options);
}

/**
 * Groups characters and their readings into ruby segments: a cut at every word start, none inside a
 * name or a joined word, and one wherever Han and non-Han text meet; runs of non-Han text merge
 * into one segment.
 */
export function buildSegments(
  chars: readonly string[],
  readings: readonly (string | null)[],
  words: readonly WordSpan[],
  nameSpans: ReadonlyArray<readonly [number, number]> = [],
  joinSpans: ReadonlyArray<readonly [number, number]> = [],
): RubySegment[] {
  const cuts = new Set<number>();
  for (const w of words) cuts.add(w.start);
  for (const [s, e] of joinSpans) for (let i = s + 1; i < e; i++) cuts.delete(i);
  for (const [s, e] of nameSpans) {
    for (let i = s + 1; i < e; i++) cuts.delete(i);
    cuts.add(s);
    cuts.add(e);
  }
  const segments: RubySegment[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const part = chars.slice(start, end);
    const isWord = part.every((c) => HAN.test(c));
    const prevSeg = segments[segments.length - 1];
    if (!isWord && prevSeg && !prevSeg.word) {
      prevSeg.text += part.join('');
      prevSeg.readings.push(...part.map(() => null));
    } else {
      segments.push({ text: part.join(''), readings: isWord ? readings.slice(start, end) : part.map(() => null), word: isWord });
    }
    start = end;
  };
  for (let i = 1; i <= chars.length; i++) {
    const typeChange = i < chars.length && HAN.test(chars[i]!) !== HAN.test(chars[i - 1]!);
    if (i === chars.length || cuts.has(i) || typeChange) flush(i);
  }
  return segments;
}

/** The same segments one character per segment, for ruby grouped per character. */
export function splitSegmentsByCharacter(segments: readonly RubySegment[]): RubySegment[] {
  return segments.flatMap((s) =>
    s.word ? Array.from(s.text).map((ch, i) => ({ text: ch, readings: [s.readings[i] ?? null], word: true })) : [s],
  );
}
