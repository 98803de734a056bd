/**
 * Loads the understanding's lazy script (entrypoints/understanding) on a page whose cheap check passed, and
 * runs its steps as separate tasks: the decision on the page's opening, then, on a long page that holds a
 * feature, the full parse after a yield (lib/understand/analyze-page.ts). WXT bundles a content script as
 * one classic script, so the lazy part is its own file, imported natively as a module from the extension
 * (dynamic import() works in content scripts in Chrome and Firefox; the file is web-accessible for that).
 */
import type { PageAnalysis, QuotedAnalysis } from '@/lib/understand/analyze-page';
import type { PageCheck } from '@/lib/understand/detect';
import { UNDERSTANDING_KEY, UNDERSTANDING_PATH, type UnderstandingApi } from './understanding-api';
import { createLazyScript } from './lazy-script';

/** The lazy script's functions, imported once per page. */
export const loadUnderstanding = createLazyScript<UnderstandingApi>(UNDERSTANDING_PATH, UNDERSTANDING_KEY, 'the understanding');

/** The next task: the browser may paint and handle input between two steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Understood {
  analysis: PageAnalysis | null;
  leadGist: string | null;
}

/** The people the page quotes, read on request (a page without a feature): the lazy script's parse, taking the voices. */
export async function readQuotedPeople(doc: Document, words: () => Promise<string | null>): Promise<QuotedAnalysis> {
  const api = await loadUnderstanding();
  return api.quoted(doc, await words());
}

/** The page's analysis (null where no feature is), each step its own task. */
export async function understandPage(doc: Document, check: PageCheck | null, words: string | null, report: (error: unknown) => void): Promise<Understood> {
  const api = await loadUnderstanding();
  const first = api.begin(doc, check, words);
  let analysis = first.done ? first.analysis : null;
  if (!first.done) {
    await nextTask();
    analysis = api.finish(first.pending);
  }
  let leadGist: string | null = null;
  try {
    leadGist = analysis ? api.leadGist(analysis.outline) : null;
  } catch (error) {
    // the sidebar goes without the lead's gist; the analysis stands
    report(error);
  }
  return { analysis, leadGist };
}
