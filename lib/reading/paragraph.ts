/**
 * The readings as one pass over one paragraph record, stage by stage, in order:
 *
 *   script → segment (once) → names → library readings → word re-reads → corrections → tones
 *
 * Each stage is a function over the record; none goes back to an earlier one. Traditional text is
 * read through its simplified conversion (pinyin-pro's words are simplified: 銀行行長 alone reads
 * xíng cháng), so every stage after `script` works on `chars`, the text as read; toOriginal
 * carries the result back to the paragraph as written.
 */
import type { WordSpan } from '../chinese/words';
import type { Script } from '../chinese/script-common';
import type { ConvertedPiece, ReadTextOptions } from './contract';
import { correctReadings } from './corrections';
import { applyToneConvention, writeDictionaryTones } from './light-tone';
import { findNames, findTitledNames } from './names';
import { readWithLibrary, rereadWords } from './stage-library';
import { decideScript } from './stage-script';
import type { WordCache } from './word-cache';

export interface ParagraphRecord {
  /** The paragraph as given, and the names to read as names (found by the understanding engine). */
  readonly text: string;
  readonly names: readonly string[];
  /** How the readings are asked for (tones as spoken or as written). */
  readonly options: ReadTextOptions;
  /** script: the paragraph's script; for traditional, the conversion pieces (froms join to text, tos to chars). */
  script: Script;
  pieces: ConvertedPiece[] | null;
  /** The text as read (the paragraph, or its simplified conversion), by code point, and the names as written in it. */
  read: string;
  chars: string[];
  readNames: string[];
  hasHan: boolean;
  /** segment: the words of `chars`, covering them, and their boundaries. */
  words: WordSpan[];
  boundaries: Set<number>;
  /** One reading per element of `chars`; null where there is nothing to read. */
  readings: (string | null)[];
  /** names: positions a name decided (no later stage changes them) and the names' spans. */
  locked: boolean[];
  nameSpans: Array<[number, number]>;
  /** corrections: the word-list matches [start, end), so ruby can join 乡|长 as one word. */
  matches: Array<[number, number]>;
}

/** What the stages share across paragraphs: the word segmentation and the re-read words' cache. */
export interface ReadingContext {
  segment(text: string): WordSpan[];
  cache: WordCache;
}

export type ReadingStage = (p: ParagraphRecord, ctx: ReadingContext) => void;

function segmentOnce(p: ParagraphRecord, ctx: ReadingContext): void {
  p.words = ctx.segment(p.read);
  p.boundaries = new Set<number>([0]);
  for (const w of p.words) (p.boundaries.add(w.start), p.boundaries.add(w.end));
}

/** Names the page listed, then names introduced by a title in running text (局长单晓峰带队). */
function readNames(p: ParagraphRecord): void {
  const take = ([start, end, readings]: [number, number, (string | null)[]]): void => {
    for (let i = start; i < end; i++) {
      p.readings[i] = readings[i - start] ?? null;
      p.locked[i] = true;
    }
    p.nameSpans.push([start, end]);
  };
  findNames(p.chars, p.readNames).forEach(take);
  findTitledNames(p.chars, p.boundaries, p.locked).forEach(take);
}

function correct(p: ParagraphRecord): void {
  correctReadings({ chars: p.chars, readings: p.readings, words: p.words, boundaries: p.boundaries, locked: p.locked, matches: p.matches });
}

/**
 * The neutral-tone convention (light-tone.ts) over every reading, names and rules included; then,
 * for tones as written, 一 and 不 back to their dictionary tones. pinyin-pro's toneSandhi (its
 * default) changes only these two characters, and dictionary words and the word list carry the
 * spoken forms (一丝不苟 yì sī bù gǒu), so the written form is made here, on the final readings.
 */
function settleTones(p: ParagraphRecord): void {
  applyToneConvention(p.chars, p.readings);
  if (p.options.tonesAs === 'written') writeDictionaryTones(p.chars, p.readings);
}

/** The stages in order. Text without Han characters stops after `segment`: there is nothing to read. */
export const READING_STAGES: ReadonlyArray<readonly [name: string, stage: ReadingStage]> = [
  ['script', decideScript],
  ['segment', segmentOnce],
  ['names', readNames],
  ['library readings', readWithLibrary],
  ['word re-reads', rereadWords],
  ['corrections', correct],
  ['tones', settleTones],
];

const HAN = /\p{Script=Han}/u;

export function createParagraph(text: string, names: readonly string[], options: ReadTextOptions = {}): ParagraphRecord {
  const chars = Array.from(text);
  return {
    text,
    names,
    options,
    script: 'simplified',
    pieces: null,
    read: text,
    chars,
    readNames: [...names],
    hasHan: chars.some((c) => HAN.test(c)),
    words: [],
    boundaries: new Set(),
    readings: chars.map(() => null),
    locked: chars.map(() => false),
    nameSpans: [],
    matches: [],
  };
}

/** Runs the stages over a new record, up to and including `until` (all of them by default). */
export function readParagraph(
  text: string,
  names: readonly string[],
  ctx: ReadingContext,
  until?: string,
  options: ReadTextOptions = {},
): ParagraphRecord {
  const p = createParagraph(text, names, options);
  for (const [name, stage] of READING_STAGES) {
    stage(p, ctx);
    if (name === until || (name === 'segment' && !p.hasHan)) break;
  }
  return p;
}
