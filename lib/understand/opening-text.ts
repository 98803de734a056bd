/**
 * The page's part of the hand-off: on a Chinese page the cheap check refused, the text of its opening (the tab's
 * headline, then its paragraphs) for the decision the engine makes off the page (judge-opening.ts). The check gates
 * the parse for cost, not for meaning: most features it refuses are rounds told in prose, which the parse finds
 * (batches 37–88: 213 features for 56 negatives). Reading costs what the check's own paragraph step does: each
 * paragraph's first text node, no serialisation of markup, no layout; the parse runs elsewhere.
 */
import { documentTitle } from './document-title';

/** Characters of paragraph text handed off: the decision's reach on a page (analyze-page.ts DECISION_CHARS). */
export const OPENING_CHARS = 8000;

/** The headline and the opening paragraphs, one per line (each paragraph's first text node, 4 characters or more). */
export function readOpeningText(doc: Document, limit = OPENING_CHARS): string {
  const lines: string[] = [documentTitle(doc) ?? ''];
  const body = doc.body;
  if (!body) return lines[0]!;
  const paras = body.getElementsByTagName('p');
  let chars = 0;
  for (let i = 0; i < paras.length && chars < limit; i++) {
    const first = paras[i]!.firstChild;
    // (a paragraph opening with markup, a bold label, is one the check's label steps read)
    if (!first || first.nodeType !== 3) continue;
    const text = (first as Text).data.trim();
    if (text.length < 4) continue;
    lines.push(text);
    chars += text.length;
  }
  return lines.join('\n');
}
