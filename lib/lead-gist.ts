/** The lead's gist: its top-ranked sentence, by the same summariser as the statements. */
import type { Outline } from './outline';
import { summarizeStatement } from './understand/summarize';

export function leadGistOf(outline: Outline | null): string | null {
  const paragraphs = outline?.lead?.split('\n').filter((p) => p.trim()) ?? [];
  return paragraphs.length ? summarizeStatement(paragraphs).gist : null;
}
