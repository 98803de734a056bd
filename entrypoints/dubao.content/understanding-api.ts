/**
 * What the understanding's lazy script (entrypoints/understanding) hands the content script: the full parse,
 * loaded only on pages whose cheap check passes. Its outlines are unsummarized (the summaries' lazy script makes
 * them: summaries-api.ts). Types and the key only: both bundles import this file, neither carries the other's code.
 */
import type { FirstStep, PageAnalysis, PendingAnalysis, QuotedAnalysis } from '@/lib/understand/analyze-page';
import type { PageCheck } from '@/lib/understand/detect';

/** Where the lazy script leaves its functions: the content script's own global (its isolated world), never the page's. */
export const UNDERSTANDING_KEY = Symbol.for('dubao.understanding');

/** The lazy script's path in the extension (listed in web_accessible_resources: wxt.config.ts). */
export const UNDERSTANDING_PATH = '/understanding.js';

export interface UnderstandingApi {
  /** The segmenter's words (the background's list) installed, then the check (or the one given), the page's blocks and the decision (unsummarized). */
  begin(doc: Document, check: PageCheck | null, words: string | null): FirstStep;
  /** The full parse of a long page whose opening holds a feature (unsummarized). */
  finish(pending: PendingAnalysis): PageAnalysis | null;
  /** The people the page quotes, read on request (the words installed first, as in `begin`), and how many (unsummarized). */
  quoted(doc: Document, words: string | null): QuotedAnalysis;
}
