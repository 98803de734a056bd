import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConvertedPiece, RubySegment } from '@/lib/reading/contract';
import { serveJyutpingTable, startBackground } from './harness';

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
    expect(fetch).not.toHaveBeenCalled();
    const [cantonese] = await bg.fromTab<RubySegment[][]>(3, 'engine.read', [['重塑渠道'], [], { notation: 'jyutping' }]);
    expect(cantonese!.flatMap((s) => s.readings)).toEqual(['cung4', 'sou3', 'keoi4', 'dou6']);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toMatch(/\/jyutping\/lexicon\.txt$/);
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
});
