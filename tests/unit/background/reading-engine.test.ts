import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConvertedPiece, RubySegment } from '@/lib/reading/contract';
import { installedWordCount, WORD_DICTIONARY_ASSET } from '@/lib/reading/word-dictionary';
import { ensureWordDictionaryFile } from '@/scripts/build-word-dictionary';
import { pageState, serveJyutpingTable, startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

describe('the reading engine, served by the background', () => {
  it('answers each contract method as a message, arguments as a tuple', async () => {
    const bg = await startBackground();
    const [read] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['乡长闫万玲说'], ['闫万玲']]);
    expect(read!.map((s) => s.text)).toEqual(['乡长', '闫万玲', '说']);
    expect(read![1]!.readings).toEqual(['yán', 'wàn', 'líng']);
    expect(await bg.fromTab<string[]>(3, 'engine.convert', [['发展'], 'tw'])).toEqual(['發展']);
    expect(await bg.fromTab<ConvertedPiece[][]>(3, 'engine.convertSegments', [['软件'], 'twp'])).toEqual([[{ from: '软件', to: '軟體' }]]);
  });

  it('reads Jyutping when asked, fetching the Jyutping table on that first read; Mandarin otherwise', async () => {
    const fetch = serveJyutpingTable();
    const bg = await startBackground();
    const [mandarin] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['重塑渠道'], []]);
    expect(mandarin!.flatMap((s) => s.readings)).toEqual(['chóng', 'sù', 'qú', 'dào']);
    const jyutpingFetches = () => fetch.mock.calls.filter(([url]) => /\/jyutping\/lexicon\.txt$/.test(String(url)));
    // Mandarin fetches the word dictionary only, never the Jyutping table.
    expect(jyutpingFetches()).toHaveLength(0);
    const [cantonese] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['重塑渠道'], [], { notation: 'jyutping' }]);
    expect(cantonese!.flatMap((s) => s.readings)).toEqual(['cung4', 'sou3', 'keoi4', 'dou6']);
    expect(jyutpingFetches()).toHaveLength(1);
    // Any other options (or garbage in their place) read Mandarin.
    const [other] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['重塑'], [], 'jyutping']);
    expect(other!.flatMap((s) => s.readings)).toEqual(['chóng', 'sù']);
  });

  it('stays calm on what a page may send: bad data reads as nothing, a bad variant is an error answer', async () => {
    const bg = await startBackground();
    expect(await bg.fromTab(3, 'engine.read', 'nonsense')).toEqual([]);
    expect(await bg.fromTab(3, 'engine.read', [[1, '发展']])).toHaveLength(2);
    await expect(bg.fromTab(3, 'engine.convert', [['发展'], 'xx'])).rejects.toThrow(/unknown script variant/);
  });

  it('loads the word dictionary from the extension before its first read, and passes the read options', async () => {
    const gz = readFileSync(ensureWordDictionaryFile('.wxt'));
    const fetched: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      fetched.push(String(url));
      return new Response(new Blob([gz]).stream());
    });
    const bg = await startBackground();
    const [read] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['心脏一个'], []]);
    expect(fetched).toEqual([expect.stringContaining(WORD_DICTIONARY_ASSET)]);
    expect(installedWordCount()).toBeGreaterThan(5000);
    expect(read!.flatMap((s) => s.readings)).toEqual(['xīn', 'zàng', 'yí', 'gè']);
    const [written] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['心脏一个'], [], { tonesAs: 'written' }]);
    expect(written!.flatMap((s) => s.readings)).toEqual(['xīn', 'zàng', 'yī', 'gè']);
    expect(fetched).toHaveLength(1); // once per worker
  });

  it('warms the engine up when a Chinese page opens (it asks for the common words) or reports a feature; never for other pages', async () => {
    const fetched: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      fetched.push(String(url));
      return new Response('', { status: 404 });
    });
    // Other pages (no feature, or DuBao off there) never ask for the common words: nothing loads.
    let bg = await startBackground();
    await bg.fromTab(3, 'reportPageState', pageState({ detected: false, topics: 0, speakers: 0 }));
    await bg.fromTab(3, 'reportPageState', pageState({ disabled: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(fetched).toEqual([]);
    for (const [type, data] of [['getCommonWords', undefined], ['reportPageState', pageState()]] as const) {
      fetched.length = 0;
      bg = await startBackground();
      // The answer comes first; the warm-up (the word dictionary among it) after, in slices.
      await bg.fromTab(3, type, data);
      expect(fetched).toEqual([]);
      await vi.waitFor(() => expect(fetched).toEqual([expect.stringContaining(WORD_DICTIONARY_ASSET)]), { timeout: 5000 });
      // A missing file is calm: readings go on with pinyin-pro's own dictionary.
      expect(await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['发展'], []])).toHaveLength(1);
      expect(fetched).toHaveLength(1); // once per worker
    }
  });
});
