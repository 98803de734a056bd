/**
 * Loads the understanding's lazy script (entrypoints/understanding) on a page whose cheap check passed, and
 * runs its steps as separate tasks: the decision on the page's opening, then, on a long page that holds a
 * feature, the full parse after a yield (lib/understand/analyze-page.ts). Its outline is unsummarized: once a
 * feature is found, the summaries' lazy script (entrypoints/summaries) is loaded and makes the statements'
 * summaries, then the lead's gist, each in a task of its own; most pages whose check passes hold no feature and
 * never load it. WXT bundles a content script as one classic script, so each lazy part is its own file, imported
 * natively as a module from the extension (dynamic import() works in content scripts in Chrome and Firefox; the
 * files are web-accessible for that).
 */
import type { Outline } from '@/lib/outline';
import type { PageAnalysis, QuotedAnalysis } from '@/lib/understand/analyze-page';
import type { PageCheck } from '@/lib/understand/detect';
import { UNDERSTANDING_KEY, UNDERSTANDING_PATH, type UnderstandingApi } from './understanding-api';
import { SUMMARIES_KEY, SUMMARIES_PATH, type SummariesApi } from './summaries-api';
import { createLazyScript } from './lazy-script';

/** The lazy script's functions, imported once per page. */
export const loadUnderstanding = createLazyScript<UnderstandingApi>(UNDERSTANDING_PATH, UNDERSTANDING_KEY, 'the understanding');

/** The summaries' functions, imported once per page, where a feature is found or the people quoted are read. */
export const loadSummaries = createLazyScript<SummariesApi>(SUMMARIES_PATH, SUMMARIES_KEY, 'the summaries');

/** The lazy scripts the steps load (a test hands its own). */
export interface LazyParts {
  understanding(): Promise<UnderstandingApi>;
  summaries(): Promise<SummariesApi>;
}

const LAZY_PARTS: LazyParts = { understanding: loadUnderstanding, summaries: loadSummaries };

/** The next task: the browser may paint and handle input between two steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Understood {
  analysis: PageAnalysis | null;
  leadGist: string | null;
}

interface Summarized {
  outline: Outline;
  /** The summaries' script where it loaded and made them (the lead's gist is its next step), else null. */
  api: SummariesApi | null;
}

/**
 * The outline's summaries, made in a task of their own. Where the summaries' script fails to load or throws, the
 * error is reported and the outline stays as the parse made it: the sidebar shows the speakers without gists, and
 * the detection stands.
 */
async function summarize(outline: Outline, words: string | null, report: (error: unknown) => void, parts: LazyParts): Promise<Summarized> {
  try {
    const api = await parts.summaries();
    await nextTask();
    return { outline: api.summarize(outline, words), api };
  } catch (error) {
    report(error);
    return { outline, api: null };
  }
}

/** The people the page quotes, read on request (a page without a feature): the lazy script's parse, taking the voices, then their summaries. */
export async function readQuotedPeople(doc: Document, words: () => Promise<string | null>, report: (error: unknown) => void, parts: LazyParts = LAZY_PARTS): Promise<QuotedAnalysis> {
  const api = await parts.understanding();
  const list = await words();
  const reading = api.quoted(doc, list);
  // nobody quoted: nothing to summarize, and the summaries' script is not loaded for it
  if (!reading.outline.topics.some((topic) => topic.statements.length)) return reading;
  const { outline } = await summarize(reading.outline, list, report, parts);
  return { ...reading, outline };
}

/** The page's analysis (null where no feature is), summarized where its script loads, each step its own task. */
export async function understandPage(doc: Document, check: PageCheck | null, words: string | null, report: (error: unknown) => void, parts: LazyParts = LAZY_PARTS): Promise<Understood> {
  const api = await parts.understanding();
  const first = api.begin(doc, check, words);
  let analysis = first.done ? first.analysis : null;
  if (!first.done) {
    await nextTask();
    analysis = api.finish(first.pending);
  }
  if (!analysis) return { analysis, leadGist: null };
  const summarized = await summarize(analysis.outline, words, report, parts);
  let leadGist: string | null = null;
  if (summarized.api) {
    await nextTask();
    try {
      leadGist = summarized.api.leadGist(summarized.outline, words);
    } catch (error) {
      // the sidebar goes without the lead's gist; the analysis and its summaries stand
      report(error);
    }
  }
  return { analysis: { ...analysis, outline: summarized.outline }, leadGist };
}
