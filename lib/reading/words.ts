/**
 * Word boundaries for Chinese text (Intl.Segmenter's dictionary segmentation, ICU). Used to group
 * ruby per word and to decide where a word-list correction may apply: only on whole words, so 乡长
 * is corrected in 乡长闫万玲 but not in 城乡长期 (城乡|长期).
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
    // Intl.Segmenter exists in Node ≥ 16, Chrome ≥ 87, Firefox ≥ 125; without it every character is a word.
    const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => SegmenterLike }).Segmenter;
    segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

// Intl.Segmenter slows down sharply on one very long string: longer texts go sentence by sentence.
const LONG = 600;
const SURROGATE = /[\uD800-\uDFFF]/;
const SENTENCE = /[^。！？!?；;\n]*[。！？!?；;\n]+|[^。！？!?；;\n]+$/g;

/** The words of a text, covering it exactly, in code-point offsets. */
export function segmentWords(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const seg = getSegmenter();
  let pos = 0;
  if (seg) {
    const pieces = text.length > LONG ? (text.match(SENTENCE) ?? [text]) : [text];
    for (const piece of pieces) {
      for (const { segment } of seg.segment(piece)) {
        // Code points, not UTF-16 units; only text outside the BMP (𠮷) needs the slower count.
        const len = SURROGATE.test(segment) ? Array.from(segment).length : segment.length;
        spans.push({ start: pos, end: pos + len, text: segment });
        pos += len;
      }
    }
    return spans;
  }
  for (const ch of text) {
    spans.push({ start: pos, end: pos + 1, text: ch });
    pos += 1;
  }
  return spans;
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
