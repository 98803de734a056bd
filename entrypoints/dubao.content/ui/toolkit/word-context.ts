/**
 * Where a looked-up word stood, for the word bank: the sentence around it (in its paragraph), and
 * inside a roundtable the speaker whose statement holds it. Reads text only.
 */
import type { PageAnalysis } from '@/lib/understand';
import { elementContext } from '../dict/text-context';

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dd, dt, blockquote, figcaption, td, th, div, article, section';
const SENTENCE_END = /[。！？!?…]/u;
/** A block at least this long that ends mid-sentence was cut by the page's layout. */
const CUT_BLOCK = 20;
/** A sentence longer than this is cut around the word (a paragraph without full stops). */
const MAX_SENTENCE = 240;

/** The sentence of `text` around [start, end), whitespace tidied; closing quotes after its end kept. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  while (to < text.length && /[。！？!?…]/u.test(text[to]!)) to++;
  while (to < text.length && /[”’」』）)]/u.test(text[to]!)) to++;
  // A line break in the page's source is layout (e-papers break lines mid-word): gone between
  // Chinese characters, one space elsewhere.
  let sentence = text
    .slice(from, to)
    .replace(/(?<=[^\x00-\x7f])\s*\n\s*(?=[^\x00-\x7f])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (sentence.length > MAX_SENTENCE) {
    const at = Math.max(0, start - from - MAX_SENTENCE / 2);
    sentence = text.slice(from + at, from + at + MAX_SENTENCE).trim();
  }
  return sentence;
}

/** The sentence a page range (the looked-up word) stands in. */
export function sentenceOfRange(range: Range): string {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const block = el?.closest(BLOCK) ?? el;
  if (!block) return '';
  const context = elementContext(block);
  const piece = context.pieces.find((p) => p.node === node);
  if (!piece) return sentenceAround(context.text, 0, 0);
  let text = context.text;
  let start = piece.start + range.startOffset;
  const end = start + range.toString().length;
  // E-papers cut a paragraph into blocks mid-sentence (…重塑乡</p><p>村肌理…): a sentence that
  // runs over the block's edge goes on into its neighbour of the same kind.
  // Only a long block that ends open was cut: a short one (a title, a label) ends where it ends.
  const open = (s: string) => s.trim().length >= CUT_BLOCK && !SENTENCE_END.test(s.trim().slice(-1));
  const prev = block.previousElementSibling;
  if (prev?.tagName === block.tagName && open(prev.textContent ?? '') && !SENTENCE_END.test(text.slice(0, start))) {
    const before = elementContext(prev).text.trimEnd();
    text = before + text;
    start += before.length;
  }
  const next = block.nextElementSibling;
  if (next?.tagName === block.tagName && open(text) && !SENTENCE_END.test(text.slice(end))) {
    text = text.trimEnd() + elementContext(next).text.trimStart();
  }
  return sentenceAround(text, start, start + range.toString().length);
}

/** The speaker whose statement holds `node`, inside a detected roundtable ('' elsewhere). */
export function speakerOfNode(analysis: PageAnalysis | null, node: Node): string {
  if (!analysis?.outline.detected) return '';
  const topics = analysis.sources.topics;
  for (let t = 0; t < topics.length; t++) {
    const statements = topics[t]!.statements;
    for (let s = 0; s < statements.length; s++) {
      if (statements[s]!.some((el) => el === node || el.contains(node))) {
        const speaker = analysis.outline.topics[t]?.statements[s]?.speaker;
        return speaker?.name ?? speaker?.role ?? '';
      }
    }
  }
  return '';
}
