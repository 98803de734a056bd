import { describe, expect, it } from 'vitest';
import type { RubySegment } from '@/lib/reading/contract';
import { createReadingEngine } from '@/lib/reading/reading-engine';

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
