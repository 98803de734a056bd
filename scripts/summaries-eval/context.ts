/**
 * The context the sidebar has around each statement of an evaluation set: the topic title (a roundtable's
 * topic, a panel host's question) of the feature DuBao finds on the statement's page. Items name their page
 * (`file`, relative to the set's folder); a page that is missing, or where no statement of the outline holds
 * the item's opening words, gives no question, as the sidebar would have none.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Outline } from '../../lib/outline';
import type { SummaryContext } from '../../lib/understand/summarize';
import { loadInput } from '../cli/input';

const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

/** The topic title of the outline's statement that holds `opening` (squashed), or null. */
export function findQuestion(outline: Outline, paragraphs: readonly string[]): string | null {
  const opening = squash(paragraphs.join('')).slice(0, 15);
  if (!opening) return null;
  for (const topic of outline.topics) {
    for (const statement of topic.statements) if (squash(statement.paragraphs.join('')).includes(opening)) return topic.title;
  }
  return null;
}

/** One context per item, reading each page once. */
export async function readContexts(setPath: string, items: ReadonlyArray<{ file?: string; paragraphs: readonly string[] }>): Promise<SummaryContext[]> {
  const outlines = new Map<string, Outline | null>();
  const out: SummaryContext[] = [];
  for (const item of items) {
    const page = item.file ? resolve(dirname(setPath), item.file) : null;
    if (page && !outlines.has(page)) {
      let outline: Outline | null = null;
      if (existsSync(page)) {
        const input = await loadInput(page);
        try {
          outline = input.outline();
        } finally {
          await input.close();
        }
      }
      outlines.set(page, outline);
    }
    const outline = page ? outlines.get(page) : null;
    out.push({ question: outline ? findQuestion(outline, item.paragraphs) : null });
  }
  return out;
}
