/**
 * Speaker gists on statements that live in ../shared/fixtures (the seed, the real-pages panels and edge
 * page, the Hong Kong vox-pop), scored against summaries-key.json: our own one-line reference per
 * statement and the sentence a careful reader picks, written before the engine ran on them (the key
 * holds no text of the pages beyond short anchors). ROUGE-1/ROUGE-L F1 on characters, punctuation
 * ignored (scripts/summaries-eval/score.ts), beside LEAD-1, the reader's pick and the best sentence.
 * The table is printed on every run, so a failure shows the numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { summarizeStatement } from '@/lib/understand/summarize';
import { loadInput } from '@/scripts/cli/input';
import { computeMean, scoreRouge1, scoreRougeL, splitEvalSentences } from '@/scripts/summaries-eval/score';
import { sharedPath } from './shared';

interface KeyItem {
  file: string;
  speaker: string;
  from?: string;
  reference: string;
  best: string;
}

const KEY = JSON.parse(readFileSync(resolve(import.meta.dirname, 'summaries-key.json'), 'utf8')) as { items: KeyItem[] };

// The floors, from the first run (key finished 05:48 UTC on 2026-12-05, the engine run once at 05:49):
// 68 statements, gist ROUGE-1 0.427 / ROUGE-L 0.383, LEAD-1 0.340 / 0.307, the reader's pick 0.464 / 0.420,
// the best sentence 0.509 / 0.452. A floor a little under the first run (what about two statements of 68
// changing their gist to a poor one cost) fails when a change loses what the first run had; the margin
// over LEAD-1 is the target (+0.05), not the first run's (+0.087).
const FLOOR = { rouge1: 0.41, rougeL: 0.365, overLead: 0.05 };

const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

interface Scored {
  item: KeyItem;
  paragraphs: readonly string[];
  sentences: string[];
  gist: string;
  picks: Record<'gist' | 'lead' | 'best' | 'oracle', { r1: number; rl: number }>;
}

/** The paragraphs the key names: the speaker's whole statement, or the one paragraph that opens with `from`. */
function findStatement(outline: Outline, item: KeyItem): readonly string[] {
  const statements = outline.topics
    .flatMap((t) => t.statements)
    .filter((s) => (s.speaker.name ?? s.speaker.role) === item.speaker);
  if (!item.from) {
    if (statements.length !== 1) throw new Error(`${item.file}: ${statements.length} statements by ${item.speaker}`);
    return statements[0]!.paragraphs;
  }
  const anchor = squash(item.from);
  const paragraphs = statements.flatMap((s) => s.paragraphs).filter((p) => squash(p).startsWith(anchor));
  if (paragraphs.length !== 1) throw new Error(`${item.file}: ${paragraphs.length} paragraphs of ${item.speaker} open with ${item.from}`);
  return paragraphs;
}

describe('speaker gists on statements in ../shared (tests/corpus/summaries-key.json)', () => {
  const scored: Scored[] = [];
  const outlines = new Map<string, Outline>();

  beforeAll(async () => {
    for (const file of new Set(KEY.items.map((i) => i.file))) {
      const input = await loadInput(sharedPath(file));
      try {
        outlines.set(file, input.outline());
      } finally {
        await input.close();
      }
    }
    for (const item of KEY.items) {
      const paragraphs = findStatement(outlines.get(item.file)!, item);
      const sentences = paragraphs.flatMap((p) => splitEvalSentences(p));
      const best = sentences.filter((s) => squash(s).includes(squash(item.best)));
      if (best.length !== 1) throw new Error(`${item.file} ${item.speaker}: ${best.length} sentences hold ${item.best}`);
      const gist = summarizeStatement(paragraphs).gist ?? '';
      const oracle = sentences.reduce((top, s) => (scoreRouge1(s, item.reference) > scoreRouge1(top, item.reference) ? s : top));
      const score = (s: string) => ({ r1: scoreRouge1(s, item.reference), rl: scoreRougeL(s, item.reference) });
      scored.push({ item, paragraphs, sentences, gist, picks: { gist: score(gist), lead: score(sentences[0]!), best: score(best[0]!), oracle: score(oracle) } });
    }
  });

  const mean = (sys: keyof Scored['picks'], m: 'r1' | 'rl') => computeMean(scored.map((s) => s.picks[sys][m]));

  afterAll(() => {
    const lines = scored.map(
      (s, i) =>
        `${String(i + 1).padStart(3)} ${s.item.speaker.slice(0, 14).padEnd(14)} gist ${s.picks.gist.r1.toFixed(2)}  lead ${s.picks.lead.r1.toFixed(2)}  best ${s.picks.best.r1.toFixed(2)}  ceiling ${s.picks.oracle.r1.toFixed(2)}`,
    );
    const table = (['gist', 'lead', 'best', 'oracle'] as const).map(
      (sys) => `${sys.padEnd(8)} ROUGE-1 ${mean(sys, 'r1').toFixed(3)}  ROUGE-L ${mean(sys, 'rl').toFixed(3)}`,
    );
    const firstSentence = scored.filter((s) => s.gist && squash(s.sentences[0]!).includes(squash(s.gist))).length;
    console.log(`${lines.join('\n')}\n${scored.length} statements; the gist is (within) the first sentence in ${firstSentence}\n${table.join('\n')}`);
  });

  it('scores at least 40 statements of at least two sentences, every one resolved from the key', () => {
    expect(scored).toHaveLength(KEY.items.length);
    expect(scored.length).toBeGreaterThanOrEqual(40);
    expect(scored.filter((s) => s.sentences.length < 2).map((s) => `${s.item.file} ${s.item.speaker}`)).toEqual([]);
  });

  it('every gist is verbatim text of its statement', () => {
    expect(scored.filter((s) => !s.gist || !s.paragraphs.some((p) => p.includes(s.gist))).map((s) => `${s.item.speaker}: ${s.gist}`)).toEqual([]);
  });

  it('the gist scores at least as well as the first sentence (LEAD-1)', () => {
    expect(mean('gist', 'r1')).toBeGreaterThanOrEqual(mean('lead', 'r1'));
    expect(mean('gist', 'rl')).toBeGreaterThanOrEqual(mean('lead', 'rl'));
  });

  it('figures on the same pages are facts: no ordinal, list marker, timestamp or section number, each verbatim', () => {
    const figures = [...outlines.values()].flatMap((o) =>
      o.topics.flatMap((t) => t.statements.flatMap((st) => summarizeStatement(st.paragraphs).figures.map((f) => ({ f, paragraphs: st.paragraphs })))),
    );
    expect(figures.length).toBeGreaterThan(50);
    const bad = figures.filter(
      ({ f, paragraphs }) =>
        /^第|^[（(]?[一二三四五六七八九十\d]{1,3}[）)、．.](?!\d)|\d{1,2}[:：]\d{2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\d+[.．]\d+\s*[条條款节節]/.test(f) ||
        !paragraphs.some((p) => p.includes(f)),
    );
    expect(bad.map((b) => b.f)).toEqual([]);
  });

  it('the gist stays above the floors set from the first run', () => {
    expect(mean('gist', 'r1') - mean('lead', 'r1')).toBeGreaterThanOrEqual(FLOOR.overLead);
    expect(mean('gist', 'r1')).toBeGreaterThanOrEqual(FLOOR.rouge1);
    expect(mean('gist', 'rl')).toBeGreaterThanOrEqual(FLOOR.rougeL);
  });
});
