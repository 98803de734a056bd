import { describe, expect, it } from 'vitest';
import type { RubySegment } from '@/lib/reading/contract';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { parseEntries } from '@/lib/entries/parse-entries';

const show = (segments: RubySegment[]) => segments.map((s) => (s.word ? `${s.text}(${s.readings.join(' ')})` : s.text)).join('');

describe('createReadingEngine (the contract in process)', () => {
  const engine = createReadingEngine();

  it('reads a batch of texts into ruby segments, names as names', () => {
    const [first, second] = engine.read(['渠德鹏说：银行行长为人民服务。', '单位里'], ['渠德鹏']);
    expect(show(first!)).toBe('渠德鹏(qú dé péng)说(shuō)：银行(yín háng)行长(háng zhǎng)为(wèi)人民(rén mín)服务(fú wù)。');
    expect(show(second!)).toBe('单位(dān wèi)里(lǐ)');
  });

  it('converts a batch, per variant, with the exceptions; names keep their surname', () => {
    expect(engine.convert(['指明了方向', '万象更新'], 'twp')).toEqual(['指明了方向', '萬象更新']);
    expect(engine.convert(['發展'], 'cn')).toEqual(['发展']);
    expect(engine.convert(['余小平说'], 'tw')).toEqual(['餘小平說']);
    expect(engine.convert(['余小平说'], 'tw', ['余小平'])).toEqual(['余小平說']);
  });

  it("gives 'original' texts back as they are", () => {
    expect(engine.convert(['发展', '發展'], 'original')).toEqual(['发展', '發展']);
  });

  it('gives conversion pieces per text, whose froms join to the text', () => {
    const [pieces] = engine.convertSegments(['软件'], 'twp');
    expect(pieces).toEqual([{ from: '软件', to: '軟體' }]);
  });

  it('stays calm on bad input: non-strings read as empty, unknown variants are a RangeError', () => {
    const bad = [null, 42, '发展'] as unknown as string[];
    expect(engine.read(bad).map((s) => s.length)).toEqual([0, 0, 1]);
    expect(engine.read(['发展'], [7, '发展'] as unknown as string[])).toHaveLength(1);
    expect(engine.convert(bad, 'tw')).toEqual(['', '', '發展']);
    expect(engine.read('not an array' as unknown as string[])).toEqual([]);
    expect(() => engine.convert(['发展'], 'xx' as 'tw')).toThrow(RangeError);
    expect(() => engine.convertSegments(['发展'], 'original' as 'tw')).toThrow(RangeError);
  });

  it('returns plain data (survives structured cloning for messages)', () => {
    const result = engine.read(['发展'], []);
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('texts asked again (the screen first, then the paragraph whole; another tab of the article)', () => {
  const TEXT = '银行行长为人民服务，城乡融合发展。';

  it('are answered from memory: the same answer as a fresh engine gives, without reading the text again', () => {
    const engine = createReadingEngine();
    const [first] = engine.read([TEXT], []);
    const [again] = engine.read(['单位里', TEXT], []).slice(1);
    expect(again).toBe(first); // remembered, not read again
    expect(again).toEqual(createReadingEngine({ textCacheChars: 0 }).read([TEXT], [])[0]);
  });

  it.each([
    ['other names', [['渠德鹏'], undefined]],
    ['tones as written', [[], { tonesAs: 'written' }]],
  ] as const)('%s: read anew', (_, [names, options]) => {
    const engine = createReadingEngine();
    const [plain] = engine.read(['渠德鹏说一个人不是'], []);
    const [other] = engine.read(['渠德鹏说一个人不是'], [...names], options);
    expect(other).not.toBe(plain);
    expect(other).toEqual(createReadingEngine({ textCacheChars: 0 }).read(['渠德鹏说一个人不是'], [...names], options)[0]);
  });

  it("the reader's own entries change: read anew", () => {
    const engine = createReadingEngine();
    const readings = (text: string) => engine.read([text], [])[0]!.flatMap((s) => s.readings);
    expect(readings('行长')).toEqual(['háng', 'zhǎng']);
    engine.setEntries(parseEntries('行长 → xíng cháng').entries);
    expect(readings('行长')).toEqual(['xíng', 'cháng']);
  });

  it('bounded by the characters remembered: the least recently used go first', () => {
    const engine = createReadingEngine({ textCacheChars: 10 });
    const [a] = engine.read(['发展经济'], []); // 4
    const [b] = engine.read(['乡村振兴'], []); // 8
    expect(engine.read(['发展经济'], [])[0]).toBe(a); // a used again: b is now the oldest
    engine.read(['城市规划'], []); // 12 > 10: b goes
    expect(engine.read(['发展经济'], [])[0]).toBe(a);
    expect(engine.read(['乡村振兴'], [])[0]).not.toBe(b);
    expect(engine.read(['乡村振兴'], [])[0]).toEqual(b);
  });
});
