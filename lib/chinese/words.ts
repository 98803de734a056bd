/**
 * Word segmentation of Chinese text in one span shape (code-point offsets and the word's text), by
 * DuBao's own segmenter (segmenter.ts) over a word list compiled at build time
 * (scripts/build-segmenter-data.ts): the same words in every browser and in Node, whatever ICU data
 * the browser ships (issue 17). Whoever runs the code installs the list once (useWordCosts): the
 * background from its bundle, Node from the packages (scripts/use-word-costs.ts).
 */
import { createSegmenter, type Segmenter, type WordSpan } from './segmenter';
import { decodeWordCosts } from './word-costs';

export type { WordSpan } from './segmenter';

let source: string | null = null;
let segmenter: Segmenter | null = null;

/** Installs the word list (its compact text); decoded on the first segmentation, not at start-up. */
export function useWordCosts(text: string): void {
  if (text === source) return;
  source = text;
  segmenter = null;
}

/** Whether a word list is installed. */
export function hasWordSegmenter(): boolean {
  return source !== null;
}

/** The words of a text, covering it exactly, in code-point offsets. */
export function segmentWords(text: string): WordSpan[] {
  if (source === null) throw new Error('segmentWords: no word list installed (useWordCosts)');
  segmenter ??= createSegmenter(decodeWordCosts(source));
  return segmenter.segment(text);
}

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
