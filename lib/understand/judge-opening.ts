/**
 * The hand-off's decision, made where the engines run (the background or its engine host), never on the page's
 * main thread: whether the parse of a page's opening (opening-text.ts) finds a feature. Only then does the page
 * parse itself (analyze-page.ts), and that parse, of the page's own blocks, has the last word.
 */
import { blocksFromText } from './blocks';
import { parseBlocks } from './parse';

/** Text from a page, checked here once: anything that is not a string is no opening. */
export function judgeOpening(text: unknown): boolean {
  if (typeof text !== 'string' || !text.trim()) return false;
  return parseBlocks(blocksFromText(text), { fromDocument: false }).outline.detected;
}
