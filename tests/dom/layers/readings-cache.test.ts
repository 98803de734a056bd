/**
 * The readings cache (the real reading engines of lib/reading, with a call log): each text fetched
 * once per variant and names, the converted text's readings fetched after its conversion.
 */
import { describe, expect, it } from 'vitest';
import { cacheKey, createReadingsCache } from '@/entrypoints/dubao.content/layers/readings-cache';
import type { NodeWant } from '@/entrypoints/dubao.content/layers/layer-modes';
import { createLibSource } from './source';

const PINYIN = { format: { text: (r: string) => r, tone: () => 0, joiner: '', colors: false }, grouping: 'word' as const, roots: null, names: [], key: 'k' };
const want = (pinyin: boolean, script: NodeWant['script']): NodeWant => ({ pinyin: pinyin ? PINYIN : null, script });

describe('needs: what is still to be fetched', () => {
  it.each([
    ['pinyin alone: readings', want(true, null), { read: true, conv: false, pieces: false }],
    ['script alone: the conversion', want(false, 'tw'), { read: false, conv: true, pieces: false }],
    ['both: readings and conversion pieces', want(true, 'tw'), { read: true, conv: false, pieces: true }],
    ['neither: nothing', want(false, null), { read: false, conv: false, pieces: false }],
  ])('%s', (_, w, expected) => {
    expect(createReadingsCache(createLibSource()).needs('银行发展', w)).toEqual(expected);
  });
});

describe('fetch', () => {
  it('fetches each text once, and what is cached is not asked again', async () => {
    const source = createLibSource();
    const cache = createReadingsCache(source);
    await cache.fetch([{ original: '银行发展', want: want(true, null) }, { original: '银行发展', want: want(true, null) }], []);
    await cache.fetch([{ original: '银行发展', want: want(true, null) }], []);
    expect(source.calls).toEqual([{ kind: 'read', texts: ['银行发展'] }]);
    expect(cache.readings('银行发展')!.map((s) => s.text).join('')).toBe('银行发展');
    expect(cache.needs('银行发展', want(true, null)).read).toBe(false);
  });

  it('script alone: one conversion per variant', async () => {
    const source = createLibSource();
    const cache = createReadingsCache(source);
    await cache.fetch([{ original: '软件发展', want: want(false, 'tw') }, { original: '软件发展', want: want(false, 'cn') }], []);
    expect(cache.converted('tw', '软件发展')).toBe('軟件發展');
    expect(cache.converted('cn', '软件发展')).toBe('软件发展');
    expect(cache.converted('twp', '软件发展')).toBeUndefined();
    expect(source.calls.map((c) => c.kind)).toEqual(['convert', 'convert']);
  });

  it('both layers: the rewritten phrase (软件 → 軟體) is read as what it became', async () => {
    const source = createLibSource();
    const cache = createReadingsCache(source);
    await cache.fetch([{ original: '软件', want: want(true, 'twp') }], []);
    expect(cache.pieces('twp', '软件')!.map((p) => p.to).join('')).toBe('軟體');
    expect(cache.readings('軟體')).toBeDefined();
    expect(source.calls.map((c) => `${c.kind}:${c.texts.join(',')}`)).toEqual(['read:软件', 'segments:软件', 'read:軟體']);
  });

  it('new names start the readings over (a name reads differently)', async () => {
    const source = createLibSource();
    const cache = createReadingsCache(source);
    await cache.fetch([{ original: '单位里单田芳说', want: want(true, null) }], []);
    await cache.fetch([{ original: '单位里单田芳说', want: want(true, null) }], ['单田芳']);
    expect(source.calls.filter((c) => c.kind === 'read')).toHaveLength(2);
    const readings = cache.readings('单位里单田芳说')!.flatMap((s) => s.readings);
    expect(readings[0]).toBe('dān');
    expect(readings[3]).toBe('shàn');
  });

  it('a source that fails: the fetch rejects, nothing is cached', async () => {
    const cache = createReadingsCache({
      read: () => Promise.reject(new Error('engine down')),
      convert: () => Promise.reject(new Error('engine down')),
      convertSegments: () => Promise.reject(new Error('engine down')),
      judgeOpening: () => Promise.reject(new Error('engine down')),
    });
    await expect(cache.fetch([{ original: '发展', want: want(true, null) }], [])).rejects.toThrow('engine down');
    expect(cache.readings('发展')).toBeUndefined();
  });

  it('an answer shorter than the question caches only what came', async () => {
    const cache = createReadingsCache({ ...createLibSource(), convert: async () => ['發展'] });
    await cache.fetch([{ original: '发展', want: want(false, 'tw') }, { original: '银行', want: want(false, 'tw') }], []);
    expect(cache.converted('tw', '发展')).toBe('發展');
    expect(cache.converted('tw', '银行')).toBeUndefined();
  });

  it('one key per variant and text', () => {
    expect(cacheKey('tw', '发展')).not.toBe(cacheKey('hk', '发展'));
    expect(cacheKey('tw', 'a\u0000b')).not.toBe(cacheKey('tw', 'a'));
  });
});
