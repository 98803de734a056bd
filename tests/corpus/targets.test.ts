/**
 * The corpus harness (npm run corpus) over ../shared/fixtures, against issue 13's targets: on real-pages
 * no false positive among the 16 negatives and both panels detected with ≥ 80% of their speakers (name
 * exact) and nothing else given as a speaker; on hk every speaker of both multi-speaker pieces and the
 * single-reporter story not detected. Each run prints its full report, so a failure shows the numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRun, runCorpus, type CorpusRun } from '@/scripts/corpus';
import { HK_KEY } from './hk-key';
import { sharedPath } from './shared';

describe('real-pages (../shared/fixtures/real-pages, key.json)', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await runCorpus(sharedPath('real-pages'));
    console.log(`npm run corpus -- ../shared/fixtures/real-pages\n${formatRun(run)}`);
  });

  it('scores every page of the key: 2 panels, 16 negatives, 2 edge pages reported apart', () => {
    expect(run.unkeyed).toEqual([]);
    expect(run.pages.filter((p) => !p.edge && p.expected)).toHaveLength(2);
    expect(run.pages.filter((p) => !p.edge && !p.expected)).toHaveLength(16);
    expect(run.totals.edge).toBe(2);
  });

  it('no negative is detected, by the page check or the full parse', () => {
    expect(run.pages.filter((p) => !p.edge && !p.expected && !p.right).map((p) => p.file)).toEqual([]);
  });

  it('both panels are detected with at least 80% of their speakers, name exact', () => {
    const panels = run.pages.filter((p) => !p.edge && p.expected);
    expect(panels.map((p) => ({ file: p.file, right: p.right, enough: p.found >= 0.8 * p.wanted }))).toEqual(
      panels.map((p) => ({ file: p.file, right: true, enough: true })),
    );
  });

  it('no navigation or widget text is given as a speaker of a panel', () => {
    expect(run.pages.filter((p) => !p.edge && p.expected).flatMap((p) => p.extra.map((e) => `${p.file}: ${e}`))).toEqual([]);
  });
});

describe('hk (../shared/fixtures/hk, key in tests/corpus/hk-key.ts)', () => {
  let run: CorpusRun;
  beforeAll(async () => {
    run = await runCorpus(sharedPath('hk'), HK_KEY);
    console.log(`hk corpus\n${formatRun(run)}`);
  });

  it('scores the three articles', () => {
    expect(run.pages.map((p) => p.file)).toEqual(HK_KEY.map((e) => e.file));
    expect(run.unkeyed).toEqual([]);
  });

  it('both multi-speaker pieces give every speaker', () => {
    const pieces = run.pages.filter((p) => p.expected);
    expect(pieces.map((p) => ({ file: p.file, detected: p.detected, missed: p.missed }))).toEqual(
      pieces.map((p) => ({ file: p.file, detected: true, missed: [] })),
    );
  });

  it('the single-reporter story is not detected', () => {
    expect(run.pages.filter((p) => !p.expected).map((p) => [p.file, p.detected])).toEqual([['hkcnews-10243-single-reporter.txt', false]]);
  });
});
