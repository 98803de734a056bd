/**
 * The page's part of the hand-off: on a Chinese page the cheap check refused, the text of its opening (the tab's
 * headline, then its paragraphs) for the decision the engine makes off the page (judge-opening.ts). The check gates
 * the parse for cost, not for meaning: most features it refuses are rounds told in prose, which the parse finds
 * (batches 37–88: 213 features for 56 negatives). Reading costs what the check's own paragraph step does: each
 * paragraph's first text node, no serialisation of markup, no layout; the parse runs elsewhere. A page whose <p>s
 * hold almost nothing keeps its article as lines broken by <br> (thepaper.cn, Apple Daily): those lines are read.
 */
import { documentTitle } from './document-title';

/** Characters of paragraph text handed off: the decision's reach on a page (analyze-page.ts DECISION_CHARS). */
export const OPENING_CHARS = 8000;

/** Fewer characters in the <p>s than a lead paragraph holds: the article is elsewhere. */
const PARAGRAPHS_MIN = 200;

/** Children of <br>-broken blocks read at most: a page of link lists broken by <br> (a site map) holds no opening. */
const MAX_NODES = 2000;

// The markup a line holds (a bold label, a coloured name): its text is the line's. Links, code and boxes are not.
const INLINE = new Set(['B', 'STRONG', 'SPAN', 'FONT', 'EM', 'I', 'U']);

/**
 * The headline, then the opening paragraphs, one per line (each paragraph's first text node, 4 characters or more);
 * where those hold under PARAGRAPHS_MIN characters, then the lines of the blocks broken by <br>, each block once:
 * its text nodes and inline markup run into a line until the next <br> (textContent would run the lines together).
 */
export function readOpeningText(doc: Document, limit = OPENING_CHARS): string {
  const title = documentTitle(doc) ?? '';
  let text = title;
  let chars = 0;
  // a paragraph printing the headline again is the headline: read twice, it would be the story's first paragraph too
  let repeat = !!title;
  // (one string built as it is read: the opening of a page of lines is a few thousand characters)
  const add = (line: string): void => {
    const trimmed = line.trim();
    // (a name alone on its line heads the statement under it, "金某某": kept; other short lines are a page's chrome)
    if (trimmed.length < 4 && !/^\p{Script=Han}{2,3}$/u.test(trimmed)) return;
    if (repeat && trimmed === title) {
      repeat = false;
      return;
    }
    text += `\n${trimmed}`;
    chars += trimmed.length;
  };
  const body = doc.body;
  const paras = body?.getElementsByTagName('p') ?? [];
  for (let i = 0; i < paras.length && chars < limit; i++) {
    const first = paras[i]!.firstChild;
    // (a paragraph opening with markup, a bold label, is one the check's label steps read)
    if (first && first.nodeType === 3) add((first as Text).data);
  }
  if (!body || chars >= PARAGRAPHS_MIN) return text;
  // (a line break in the source is a space on the page, not a line)
  const addLine = (line: string): void => add(line.includes('\n') ? line.replace(/\s*\n\s*/g, ' ') : line);
  const breaks = body.getElementsByTagName('br');
  const read = new Set<Node | null>([body]);
  let nodes = 0;
  for (let i = 0; i < breaks.length && chars < limit && nodes < MAX_NODES; i++) {
    const block = breaks[i]!.parentNode;
    if (read.has(block)) continue;
    read.add(block);
    let line = '';
    for (let node = block!.firstChild; node && chars < limit && nodes < MAX_NODES; node = node.nextSibling, nodes++) {
      if (node.nodeType === 3) {
        line += (node as Text).data;
        continue;
      }
      const name = node.nodeName;
      if (name === 'BR') {
        addLine(line);
        line = '';
      } else if (INLINE.has(name)) line += node.textContent;
    }
    addLine(line);
  }
  return text;
}
