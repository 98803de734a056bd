/**
 * What the summaries' lazy script (entrypoints/summaries) hands the content script: the statements' summaries and
 * the lead's gist, loaded only once a feature is found (or the people quoted are read on request). Types and the key
 * only: both bundles import this file, neither carries the other's code.
 */
import type { Outline } from '@/lib/outline';

/** Where the lazy script leaves its functions: the content script's own global (its isolated world), never the page's. */
export const SUMMARIES_KEY = Symbol.for('dubao.summaries');

/** The lazy script's path in the extension (listed in web_accessible_resources: wxt.config.ts). */
export const SUMMARIES_PATH = '/summaries.js';

/**
 * `words`: the segmenter's words (the background's list, as the understanding's `begin` has them), installed first:
 * the summaries segment their sentences, and this script's segmenter is its own module, not the understanding's.
 */
export interface SummariesApi {
  /** The outline with every statement summarized (a new outline; the parse's is unsummarized). */
  summarize(outline: Outline, words: string | null): Outline;
  /** The lead's gist, by the statements' summariser. */
  leadGist(outline: Outline | null, words: string | null): string | null;
}
