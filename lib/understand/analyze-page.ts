/**
 * The page's analysis in bounded steps, for the content script: the check (detect.ts), then the decision
 * made on the opening of the page's main content, then the full parse only where that opening holds a
 * feature. A long page that is not a feature (a report, a novel's chapter: all text) is judged on its
 * opening alone, so the reader's main thread never carries a parse of the whole text for nothing; the
 * caller may yield between the steps (each is one task). Pages no longer than the opening are parsed once,
 * as before.
 *
 * Why the opening decides: a feature introduces its voices early (its lead, then the first topic and
 * speakers); a page whose first DECISION_CHARS characters of main text hold none is not one. The full
 * parse still makes the outline (and may still say "no"): the opening only ever rules a page out.
 *
 * Every outline these steps return is unsummarized (empty-summary.ts): the content script has the summaries made
 * by their own lazy script once a feature is found; the CLI, the corpus and the tests read the summarized outline
 * through index.ts (analyzePage there). This module never imports the summariser: the understanding's lazy
 * script imports it.
 */
import { quotedPeople, type Outline } from '../outline';
import { blocksFromDocument, type Block } from './blocks';
import { checkPage, withOpening, type PageCheck } from './detect';
import { judgeOpening } from './judge-opening';
import { readOpeningText } from './opening-text';
import { commonAncestor, parseBlocks, type ParseResult } from './parse';
import { tidySpeakers } from './tidy-speakers';
import { documentTitle } from './document-title';

/** Characters of main text the decision reads: more than most articles hold (bench row "stress": the opening's parse is one task). */
export const DECISION_CHARS = 8000;

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

/** A reading on request, with how many people it names (counted in the lazy understanding: the content script stays small). */
export interface QuotedAnalysis extends PageAnalysis {
  people: number;
}

export { documentTitle } from './document-title';

export function toAnalysis(parsed: ParseResult): PageAnalysis {
  const result = tidySpeakers(parsed);
  const rootEl = result.outline.detected ? commonAncestor(result.elements) : null;
  return { outline: result.outline, sources: result.sources, root: rootEl };
}

/** The blocks whose text reaches `chars` characters (all of them on a shorter page). */
export function openingBlocks(blocks: Block[], chars: number): Block[] {
  let n = 0;
  for (let i = 0; i < blocks.length; i++) {
    n += blocks[i]!.text.length;
    if (n >= chars) return blocks.slice(0, i + 1);
  }
  return blocks;
}

/** What the first step leaves for the second: the full parse of a long page whose opening holds a feature. */
export interface PendingAnalysis {
  blocks: Block[];
  title: string | null;
}

/** The outcome of the first step: the analysis (or null: no feature), or the full parse still to make. */
export type FirstStep = { done: true; analysis: PageAnalysis | null } | { done: false; pending: PendingAnalysis };

/**
 * The check (unless the caller made it), the page's blocks, and the decision: on a page no longer than the
 * opening, the one parse; on a longer page, the parse of its opening, and the full parse left pending when
 * that finds a feature. The analysis is unsummarized (summarize-outline.ts makes its summaries).
 */
export function beginPageAnalysis(doc: Document, check: PageCheck = checkPage(doc)): FirstStep {
  if (!check.passes) return { done: true, analysis: null };
  const title = documentTitle(doc);
  const blocks = blocksFromDocument(doc);
  const opening = openingBlocks(blocks, DECISION_CHARS);
  if (opening.length === blocks.length) return { done: true, analysis: finish(parseBlocks(blocks, { fromDocument: true, title })) };
  const decision = parseBlocks(opening, { fromDocument: true, title });
  return decision.outline.detected ? { done: false, pending: { blocks, title } } : { done: true, analysis: null };
}

function finish(result: ParseResult): PageAnalysis | null {
  return result.outline.detected ? toAnalysis(result) : null;
}

/** The second step: the full parse of a long page whose opening holds a feature (unsummarized, as the first step's). */
export function finishPageAnalysis(pending: PendingAnalysis): PageAnalysis | null {
  return finish(parseBlocks(pending.blocks, { fromDocument: true, title: pending.title }));
}

/** The check, with the opening's decision where every step refused a Chinese page (once: a check that has it keeps it). */
export function handOff(doc: Document, check: PageCheck): PageCheck {
  if (check.passes || !check.chinese || check.opening !== undefined) return check;
  return withOpening(check, judgeOpening(readOpeningText(doc)));
}

/** The people a page quotes, read on request (the popup's button): the full parse taking the reader's voices (unsummarized). */
export function readPageVoices(doc: Document): QuotedAnalysis {
  const analysis = toAnalysis(parseBlocks(blocksFromDocument(doc), { fromDocument: true, title: documentTitle(doc), onRequest: true }));
  return { ...analysis, people: quotedPeople(analysis.outline) };
}
