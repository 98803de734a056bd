/**
 * Word segmentation of Chinese text in one span shape (code-point offsets and the word's text), by
 * DuBao's own segmenter (segmenter.ts) over a word list compiled at build time
 * (scripts/build-segmenter-data.ts): the same words in every browser and in Node, whatever ICU data
 * the browser ships (issue 17). Whoever runs the code installs the list once (useWordCosts): the
 * background from its bundle, Node from the packages (scripts/use-word-costs.ts).
 */
import { createSegmenter, type Segmenter, type WordSpan } from './segmenter';
import { COMMON_MAX_COST, decodeWordCosts, indexWordCosts } from './word-costs';

export type { WordSpan } from './segmenter';

let source: string | null = null;
let segmenter: Segmenter | null = null;
let common: Segmenter | null = null;

/**
 * Installs the word list (its compact text: all of it, or only the common words where only
 * segmentCommonWords is used); decoded on the first segmentation, not at start-up.
 */
export function useWordCosts(text: string): void {
  if (text === source) return;
  source = text;
  segmenter = null;
  common = null;
}

/** Whether a word list is installed. */
export function hasWordSegmenter(): boolean {
  return source !== null;
}

function installed(): string {
  if (source === null) throw new Error('segmentWords: no word list installed (useWordCosts)');
  return source;
}

/** The words of a text, covering it exactly, in code-point offsets (the readings' segmentation). */
export function segmentWords(text: string): WordSpan[] {
  // The list indexed, not decoded: each first character's words are read when a text has it.
  segmenter ??= createSegmenter(indexWordCosts(installed()));
  return segmenter.segment(text);
}

/**
 * Readies segmentWords ahead of its first call (the background's warm-up when a Chinese page opens:
 * bench "cold: …"): the list's index, and the words of the characters in `sample`. Does nothing
 * when no list is installed.
 */
export function prepareWordSegmenter(sample = ''): void {
  if (source === null) return;
  segmentWords(sample);
}

/** Whether segmentWords is ready to answer without decoding the list first. */
export function isWordSegmenterReady(): boolean {
  return segmenter !== null;
}

/**
 * The same over the common words only (word-costs.ts, COMMON_MAX_COST): the understanding's
 * segmentation, the same whether the full list or the content script's cut of it is installed.
 */
export function segmentCommonWords(text: string): WordSpan[] {
  // No list (the background did not answer): every Han character a word, a calm result for the page.
  if (source === null) return createSegmenter(NO_WORDS).segment(text);
  common ??= createSegmenter(decodeWordCosts(source, COMMON_MAX_COST));
  return common.segment(text);
}

const NO_WORDS = decodeWordCosts('');

const WORD_LIKE = /[\p{L}\p{N}]/u;

/** Whether a word is a word (letters or digits in it), not punctuation or space. */
export function isWordLike(word: string): boolean {
  return WORD_LIKE.test(word);
}

/** The set of code-point offsets where a word starts or ends (0 and the length included). */
export function wordBoundaries(words: readonly WordSpan[]): Set<number> {
  const set = new Set<number>([0]);
  for (const w of words) {
    set.add(w.start);
    set.add(w.end);
  }
  return set;
}
