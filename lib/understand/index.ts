/** The understanding engine: detect a roundtable feature on a page or in a text and parse it into the outline. */
import type { Outline } from '../outline';
import { blocksFromDocument, blocksFromText } from './blocks';
import { commonAncestor, parseBlocks } from './parse';

export { detectFeature, mightBeFeature } from './detect';
export { blocksFromDocument, blocksFromText, linesOfText, type Block } from './blocks';
export { splitSpeakerLabel, isPersonName } from './names';
export { summarizeStatement, extractFigures, extractCites, rankSentences } from './summarize';
export { detectScript } from './script';

export interface PageAnalysis {
  outline: Outline;
  sources: {
    headline: Element | null;
    lead: Element[];
    /** Per topic: its title element and, per statement, the elements its paragraphs came from, in reading order. */
    topics: Array<{ title: Element | null; statements: Element[][] }>;
  };
  /** The smallest element containing the feature. */
  root: Element | null;
}

/** Understands plain text: one paragraph per non-empty line (a first `SOURCE:` line is ignored). */
export function analyzeText(text: string): Outline {
  return parseBlocks(blocksFromText(text), { fromDocument: false }).outline;
}

function documentTitle(root: Document | Element): string | null {
  const doc = 'body' in root ? root : root.ownerDocument;
  const title = doc?.title?.trim();
  // "headline - site name": keep the part before the site's name
  return title ? (title.split(/\s+[-|_–—]\s+/)[0] ?? title).trim() || null : null;
}

/** Understands a page (or a part of one) and keeps, for each piece, the elements it came from. */
export function analyzeDocument(root: Document | Element): PageAnalysis {
  const result = parseBlocks(blocksFromDocument(root), { fromDocument: true, title: documentTitle(root) });
  const rootEl = result.outline.detected ? commonAncestor(result.elements) : null;
  return { outline: result.outline, sources: result.sources, root: rootEl };
}
