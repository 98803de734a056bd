/**
 * The bench's limits (budget.json, one source): each row's target and pass come from its budget
 * entry, matched by row name (`*` matches any text), and `--check` fails on a row over its limit.
 */
import { readFileSync } from 'node:fs';
import type { BenchRow } from './types';

export interface Limit {
  max?: number;
  min?: number;
}

export const BUDGET_FILE = new URL('./budget.json', import.meta.url);

/** The whole built content script's row (Chromium): the bench reports it, the layers e2e test holds its limit. */
export const CONTENT_SCRIPT_ROW = 'content script, built (every feature)';

/** The understanding's lazy script (entrypoints/understanding): the bench reports it, the lazy understanding e2e test holds its limit. */
export const UNDERSTANDING_ROW = 'content script, lazy understanding, built (pages that pass the check)';

/** The summaries' lazy script (entrypoints/summaries): the bench reports it, the lazy understanding e2e test holds its limit. */
export const SUMMARIES_ROW = 'content script, lazy summaries, built (pages where a feature is found)';

/** The dictionary card's lazy script (entrypoints/dictionary-card): the bench reports it, the lazy dictionary e2e test holds its limit. */
export const DICTIONARY_CARD_ROW = 'content script, lazy dictionary card, built (once the dictionary is turned on)';

export function loadBudget(file: URL | string = BUDGET_FILE): Map<string, Limit> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rows: Record<string, Limit> };
  return new Map(Object.entries(json.rows));
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const matcher = (key: string) => new RegExp(`^${key.split('*').map(escape).join('.*')}$`);

/** The budget entry for a row name: an exact key first, else the first pattern that matches. */
export function findLimit(budget: Map<string, Limit>, name: string): Limit | undefined {
  const exact = budget.get(name);
  if (exact) return exact;
  for (const [key, limit] of budget) if (key.includes('*') && matcher(key).test(name)) return limit;
  return undefined;
}

export function describeLimit(limit: Limit): string {
  return [limit.min !== undefined ? `≥ ${limit.min}` : '', limit.max !== undefined ? `≤ ${limit.max}` : ''].filter(Boolean).join(', ');
}

/** NaN (not measured) is outside every limit. */
export function withinLimit(value: number, limit: Limit): boolean {
  if (Number.isNaN(value)) return false;
  return (limit.max === undefined || value <= limit.max) && (limit.min === undefined || value >= limit.min);
}

/**
 * Rows with their target and pass from the budget. Returns the rows that carry a target the budget
 * does not hold (a second source, to be moved into budget.json), and the failures.
 */
export function applyBudget(rows: BenchRow[], budget: Map<string, Limit>): { rows: BenchRow[]; unbudgeted: BenchRow[]; failed: BenchRow[] } {
  const unbudgeted: BenchRow[] = [];
  const out = rows.map((row) => {
    const limit = findLimit(budget, row.name);
    if (!limit) {
      if (row.target !== undefined) unbudgeted.push(row);
      return row;
    }
    return { ...row, target: describeLimit(limit), pass: withinLimit(row.value, limit) };
  });
  return { rows: out, unbudgeted, failed: out.filter((r) => r.pass === false) };
}
