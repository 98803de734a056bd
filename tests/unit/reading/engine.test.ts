import { describe, expect, it } from 'vitest';
import { createReadingEngine } from '@/lib/reading/engine';
import type { RubySegment } from '@/lib/reading/pinyin';

const show = (segments: RubySegment[]) => segments.map((s) => (s.word ? `${s.text}(${s.readings.join(' ')})` : s.text)).join('');

describe('createReadingEngine', () => {
  const engine = createReadingEngine();

  it('reads a batch of texts into ruby segments, names as names', () => {
    const [first, second] = engine.read(['渠德鹏说：银行行长为人民服务。', '单位里'], { names: ['渠德鹏'] });
    expect(show(first!)).toBe('渠德鹏(qú dé péng)说(shuō)：银行(yín háng)行长(háng zhǎng)为(wèi)人民(rén mín)服务(fú wù)。');
    expect(show(second!)).toBe('单位(dān wèi)里(lǐ)');
  });

  it('converts a batch, per variant, with the exceptions', () => {
    expect(engine.convert(['指明了方向', '万象更新'], 'twp')).toEqual(['指明了方向', '萬象更新']);
    expect(engine.convert(['發展'], 'cn')).toEqual(['发展']);
  });

  it('gives conversion pairs per text', () => {
    const [pairs] = engine.convertSegments(['软件'], 'twp');
    expect(pairs).toEqual([{ from: '软件', to: '軟體' }]);
  });

  it('both layers on: converted characters carry the readings of what they say', () => {
    const [tw] = engine.readConverted(['银行行长指明了方向'], 'tw');
    expect(show(tw!)).toBe('銀行(yín háng)行長(háng zhǎng)指明(zhǐ míng)了(le)方向(fāng xiàng)');
    // A rewritten phrase is read as written (軟體 ruǎntǐ, 演算法 yǎnsuànfǎ), lengths may differ.
    const [twp] = engine.readConverted(['软件算法'], 'twp');
    expect(show(twp!)).toBe('軟體(ruǎn tǐ)演算法(yǎn suàn fǎ)');
    // Traditional page → simplified, readings from the traditional original.
    const [cn] = engine.readConverted(['銀行行長了解到'], 'cn');
    expect(show(cn!)).toBe('银行(yín háng)行长(háng zhǎng)了解到(liǎo jiě dào)');
  });

  it('detects the script of a page from all its texts', () => {
    expect(engine.detect(['我們的', '發展', '中国'])).toBe('traditional');
    expect(engine.detect(['我们的', '中國'])).toBe('simplified');
  });

  it('stays calm on bad input: non-strings read as empty, unknown variants are a RangeError', () => {
    const bad = [null, 42, '发展'] as unknown as string[];
    expect(engine.read(bad).map((s) => s.length)).toEqual([0, 0, 1]);
    expect(engine.convert(bad, 'tw')).toEqual(['', '', '發展']);
    expect(engine.read('not an array' as unknown as string[])).toEqual([]);
    expect(() => engine.convert(['发展'], 'xx' as 'tw')).toThrow(RangeError);
  });

  it('returns plain data (survives structured cloning for messages)', () => {
    const result = engine.read(['发展'], { names: [] });
    expect(structuredClone(result)).toEqual(result);
  });
});
