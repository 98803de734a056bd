/**
 * Word segmentation of Chinese text through the browser's (or Node's) Intl.Segmenter (ICU's
 * dictionary), in one span shape: code-point offsets and the word's text. The understanding
 * modules use it for content words and joins; the readings segment with a dictionary of their own
 * (lib/reading) so that every browser reads the same words.
 */

export interface WordSpan {
  /** Code-point offsets into Array.from(text): [start, end). */
  start: number;
  end: number;
  text: string;
}

type SegmenterLike = { segment(text: string): Iterable<{ segment: string }> };
let segmenter: SegmenterLike | null | undefined;

function getSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    try {
      // Intl.Segmenter exists in Node ≥ 16, Chrome ≥ 87, Firefox ≥ 125.
      const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => SegmenterLike }).Segmenter;
      segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Whether word segmentation has a dictionary here (else every Han character is a word). */
export function hasWordSegmenter(): boolean {
  return getSegmenter() !== null;
}

// Intl.Segmenter slows down sharply on one very long string: longer texts go sentence by sentence.
const LONG = 600;
const SURROGATE = /[\uD800-\uDFFF]/;
const SENTENCE = /[^。！？!?；;\n]*[。！？!?；;\n]+|[^。！？!?；;\n]+$/g;
// Without a segmenter: each Han character, each run of letters or digits, each run of spaces, anything else alone.
const FALLBACK = /\p{Script=Han}|[\p{L}\p{N}]+|\s+|./gsu;
const WORD_LIKE = /[\p{L}\p{N}]/u;

/** The words of a text, covering it exactly, in code-point offsets. */
export function segmentWords(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let pos = 0;
  const push = (segment: string): void => {
    // Code points, not UTF-16 units; only text outside the BMP (𠮷) needs the slower count.
    const len = SURROGATE.test(segment) ? Array.from(segment).length : segment.length;
    spans.push({ start: pos, end: pos + len, text: segment });
    pos += len;
  };
  const seg = getSegmenter();
  if (!seg) {
    for (const m of text.matchAll(FALLBACK)) push(m[0]);
    return spans;
  }
  const pieces = text.length > LONG ? (text.match(SENTENCE) ?? [text]) : [text];
  for (const piece of pieces) for (const { segment } of seg.segment(piece)) push(segment);
  return spans;
}

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
