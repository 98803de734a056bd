/**
 * The summaries made after the parse (summarize-outline.ts): the parse's outline is unsummarized (empty-summary.ts),
 * as the understanding's lazy script hands it to the content script; summarized after, as the summaries' lazy
 * script makes it, it is the outline analyzeText gives (the CLI's), byte for byte. Over the seed and the project's
 * texts in real formats: a roundtable with topics, voices, a panel whose host's questions the answers are read
 * against, a Hong Kong roundtable in traditional characters.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText, summarizeStatement } from '@/lib/understand';
import { blocksFromText } from '@/lib/understand/blocks';
import { emptySummary } from '@/lib/understand/empty-summary';
import { parseBlocks } from '@/lib/understand/parse';
import { summarizeOutline } from '@/lib/understand/summarize-outline';
import { tidySpeakers } from '@/lib/understand/tidy-speakers';
import { readFixture } from './support';

const TEXTS = ['seed.txt', 'understand/npc-voices.txt', 'understand/education-quotes.txt', 'understand/forum-host.txt', 'understand/policy-address-hk.txt'];

/** The parse as the lazy understanding makes it (the parse, then the last look at its speakers): no summaries. */
const parseUnsummarized = (text: string): Outline => tidySpeakers(parseBlocks(blocksFromText(text), { fromDocument: false })).outline;

const statementsOf = (outline: Outline) => outline.topics.flatMap((t) => t.statements);

describe.each(TEXTS)('%s', (path) => {
  const text = readFixture(path);

  it('the parse leaves every statement’s summary empty', () => {
    const statements = statementsOf(parseUnsummarized(text));
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const s of statements) expect(s.summary).toEqual(emptySummary());
  });

  it('summarized after, it is analyzeText’s outline, byte for byte', () => {
    const outline = summarizeOutline(parseUnsummarized(text));
    expect(outline).toEqual(analyzeText(text));
    expect(JSON.stringify(outline)).toBe(JSON.stringify(analyzeText(text)));
  });

  it('each statement gets its own summary, against its topic’s title; the parse’s outline is left as it was', () => {
    const parsed = parseUnsummarized(text);
    const before = JSON.stringify(parsed);
    const outline = summarizeOutline(parsed);
    expect(JSON.stringify(parsed)).toBe(before);
    expect({ ...outline, topics: [] }).toEqual({ ...parsed, topics: [] });
    outline.topics.forEach((topic, t) =>
      topic.statements.forEach((s, i) => {
        expect({ ...s, summary: null }).toEqual({ ...parsed.topics[t]!.statements[i]!, summary: null });
        expect(s.summary).toEqual(summarizeStatement(s.paragraphs, { question: topic.title }));
        expect(s.summary.gist).toBeTruthy();
      }),
    );
  });
});

it('a panel’s answers are read against the host’s question (the topic’s title): one gist changes with it', () => {
  const outline = summarizeOutline(parseUnsummarized(readFixture('understand/forum-host.txt')));
  const changed = outline.topics.flatMap((t) => t.statements.filter((s) => JSON.stringify(s.summary) !== JSON.stringify(summarizeStatement(s.paragraphs))));
  expect(changed).toHaveLength(1);
});

it('an outline without statements is summarized as it is', () => {
  const parsed = parseUnsummarized(readFixture('understand/neg-release.txt'));
  expect(parsed.topics).toEqual([]);
  expect(summarizeOutline(parsed)).toEqual(parsed);
});

it('an empty summary is new each time: no two statements share its lists', () => {
  const a = emptySummary();
  expect(a).toEqual({ gist: null, points: [], figures: [], cites: [], asks: [] });
  expect(emptySummary().points).not.toBe(a.points);
});
