import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPinyinReader, type ReadOptions } from '@/lib/reading/pinyin';
import { createWordCache } from '@/lib/reading/word-cache';

// Short real paragraphs: sentences of the held-out news batches (many distinct words, so a small
// cache evicts all the time), plus traditional text and named people.
const SENTENCES: string[] = ['heldout-news', 'heldout-news-4', 'heldout-news-5']
  .flatMap((f) => (JSON.parse(readFileSync(`tests/fixtures/reading/${f}.json`, 'utf8')) as { paragraphs: string[] }).paragraphs)
  .flatMap((p) => p.match(/[^。！？]+[。！？]?/g) ?? [])
  .filter((s) => s.length >= 6)
  .slice(0, 120);
const EXTRA = ['銀行行長了解到最新情況。', '局長單曉峰帶隊走訪。', '乡长闫万玲说，发展乡村振兴。', '发展发展发展'];
const POOL = [...SENTENCES, ...EXTRA];
const NAMES: ReadOptions = { names: ['闫万玲', '单晓峰', '單曉峰'] };

describe('word cache', () => {
  it('resolves every word asked for, even when storing the new ones evicts the old ones', () => {
    const cache = createWordCache(2);
    const reads: string[][] = [];
    const readAlone = (missing: readonly string[]) => (reads.push([...missing]), missing.map((w) => Array.from(w).map(() => 'x')));
    cache.resolve(['发展', '乡村'], readAlone);
    // 发展 is remembered; two new words fill the cache and push it out while this call still needs it.
    const found = cache.resolve(['发展', '振兴', '城乡'], readAlone);
    expect([...found.keys()].sort()).toEqual(['发展', '振兴', '城乡'].sort());
    expect(reads).toEqual([['发展', '乡村'], ['振兴', '城乡']]);
    expect(cache.size).toBe(2);
  });

  it('keeps the most recently used words (a word used again is not the next out)', () => {
    const cache = createWordCache(2);
    const readAlone = (missing: readonly string[]) => missing.map((w) => Array.from(w).map(() => null));
    cache.resolve(['甲乙'], readAlone);
    cache.resolve(['丙丁'], readAlone);
    cache.resolve(['甲乙'], readAlone); // used again
    cache.resolve(['戊己'], readAlone); // evicts 丙丁, not 甲乙
    const asked: string[] = [];
    cache.resolve(['甲乙', '丙丁'], (missing) => (asked.push(...missing), missing.map((w) => Array.from(w).map(() => null))));
    expect(asked).toEqual(['丙丁']);
  });

  it('with no room at all, still answers (nothing is stored)', () => {
    const cache = createWordCache(0);
    const found = cache.resolve(['发展'], (m) => m.map(() => ['fā', 'zhǎn']));
    expect(found.get('发展')).toEqual(['fā', 'zhǎn']);
    expect(cache.size).toBe(0);
  });
});

describe('readings with a full cache (property)', () => {
  // What a fresh reader (empty cache) reads for each pool entry, computed once.
  const fresh = POOL.map((p) => createPinyinReader().segmentText(p, NAMES));

  it('any sequence of paragraphs, in any order, never throws and reads each as a fresh reader would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 8 }), (size, order) => {
        const reader = createPinyinReader({ wordCacheSize: size });
        for (const k of order) expect(reader.segmentText(POOL[k]!, NAMES)).toEqual(fresh[k]);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
