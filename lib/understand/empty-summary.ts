/**
 * The summary a statement carries before the summaries are made: no gist, nothing listed. The parse fills every
 * statement with it (parse.ts), so that the pages its lazy script parses and turns down never load the summariser;
 * summarize-outline.ts makes the real ones once a feature is found.
 */
import type { Summary } from '../outline';

/** A fresh empty summary (its own arrays: no two statements share one). */
export function emptySummary(): Summary {
  return { gist: null, points: [], figures: [], cites: [], asks: [] };
}
