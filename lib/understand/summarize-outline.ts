/**
 * The statements' summaries, made after the parse: the parse's outline is unsummarized (empty-summary.ts), so that
 * the understanding's lazy script, which most pages that load it turn down, never carries the summariser. The
 * extension makes them in a lazy script of their own once a feature is found (entrypoints/summaries); the CLI,
 * the corpus, the bench and the tests through lib/understand/index.ts. Kept out of the modules that lazy script
 * imports (analyze-page.ts, parse.ts).
 */
import type { Outline } from '../outline';
import { summarizeStatement } from './summarize';

/** A new outline, each statement summarized against its topic's title (the question it answers). */
export function summarizeOutline(outline: Outline): Outline {
  return {
    ...outline,
    topics: outline.topics.map((topic) => ({
      ...topic,
      statements: topic.statements.map((statement) => ({ ...statement, summary: summarizeStatement(statement.paragraphs, { question: topic.title }) })),
    })),
  };
}

/** An analysis (a page's, a reading on request) with its outline summarized; its sources and the rest as they were. */
export function summarizeAnalysis<T extends { outline: Outline }>(analysis: T): T {
  return { ...analysis, outline: summarizeOutline(analysis.outline) };
}
