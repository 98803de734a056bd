/** Fixture helpers for the understanding tests: read files, parse HTML in happy-dom (Node, no browser). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Outline } from '@/lib/outline';
import { analyzeDocument, analyzeText, type PageAnalysis } from '@/lib/understand';
import { parseHtml } from '@/scripts/cli/input';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

export function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

/** Parses an HTML fixture into a happy-dom Document (scripts off) and analyzes it. */
export function analyzeHtmlFixture(path: string): PageAnalysis & { document: Document } {
  const { document } = parseHtml(readFixture(path));
  return { ...analyzeDocument(document), document };
}

export function htmlDocument(path: string): Document {
  return parseHtml(readFixture(path)).document;
}

export function analyzeTextFixture(path: string): Outline {
  return analyzeText(readFixture(path));
}

/** The outline without summaries (they are checked separately: free, but verbatim). */
export function withoutSummaries(outline: Outline): unknown {
  return {
    ...outline,
    topics: outline.topics.map((t) => ({
      ...t,
      statements: t.statements.map(({ summary: _summary, ...rest }) => rest),
    })),
  };
}

/** Text with all whitespace removed: summaries are verbatim "whitespace aside". */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every summary string of every statement is verbatim text of that statement. */
export function summaryProblems(outline: Outline): string[] {
  const problems: string[] = [];
  for (const topic of outline.topics) {
    for (const s of topic.statements) {
      const body = squash(s.paragraphs.join('\n'));
      const { gist, points, figures, cites } = s.summary;
      for (const piece of [gist ?? '', ...points, ...figures, ...cites]) {
        if (piece && !body.includes(squash(piece))) problems.push(`${s.speaker.name ?? s.speaker.role}: not verbatim: ${piece}`);
      }
      if (!gist) problems.push(`${s.speaker.name ?? s.speaker.role}: no gist`);
      if (points.length > 3) problems.push(`${s.speaker.name ?? s.speaker.role}: ${points.length} points`);
      if (gist && points.includes(gist)) problems.push(`${s.speaker.name ?? s.speaker.role}: gist repeated in points`);
    }
  }
  return problems;
}
