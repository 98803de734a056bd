/** The reader's own entries through the reading engine: conversions and readings win over the built-in ones. */
import { describe, expect, it } from 'vitest';
import { parseEntries } from '@/lib/entries/parse-entries';
import type { ScriptVariant } from '@/lib/reading/contract';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { convertSegments, convertText } from '@/lib/reading/script';

const ENTRIES = parseEntries('吸烟 → 吸菸\n菸 → 烟\n軟件 ↔ 軟體\n质素 → 素质\n行长 → háng zhǎng\n重庆 → chong2 qing4\n').entries;

// [variant, input, without entries, with entries]
const CONVERSIONS: Array<[ScriptVariant, string, string, string]> = [
  // One way, wherever the text has it (Taiwan writes 菸 for tobacco).
  ['hk', '禁止吸烟', '禁止吸煙', '禁止吸菸'],
  // A pair: to traditional (its simplified form matched too) …
  ['tw', '软件更新', '軟件更新', '軟體更新'],
  ['hk', '软件更新', '軟件更新', '軟體更新'],
  // … and back to the simplified form of its left side.
  ['cn', '軟體更新', '软体更新', '软件更新'],
  ['tw', '服务质素', '服務質素', '服務素质'],
];

describe('conversion entries', () => {
  it.each(CONVERSIONS)('%s: %s → %s, with the entries %s', (variant, input, without, withEntries) => {
    expect(convertText(input, variant)).toBe(without);
    expect(convertText(input, variant, { entries: ENTRIES })).toBe(withEntries);
    expect(convertSegments(input, variant, { entries: ENTRIES }).map((p) => p.to).join('')).toBe(withEntries);
    expect(convertSegments(input, variant, { entries: ENTRIES }).map((p) => p.from).join('')).toBe(input);
  });

  it('a same-length entry pairs character for character (readings follow), a longer one is a phrase', () => {
    expect(convertSegments('吸烟', 'hk', { entries: ENTRIES })).toEqual([{ from: '吸', to: '吸' }, { from: '烟', to: '菸' }]);
    const entries = parseEntries('算法 → 演算法則').entries;
    expect(convertSegments('新算法', 'tw', { entries })).toContainEqual({ from: '算法', to: '演算法則' });
  });
});

describe('reading entries', () => {
  const readingsOf = (segments: { readings: (string | null)[] }[]) => segments.flatMap((s) => s.readings);

  it('the engine reads the entry and removes it again live', () => {
    const engine = createReadingEngine();
    const [before] = engine.read(['他是银行行长。']);
    expect(readingsOf(before!).slice(4, 6)).toEqual(['háng', 'zhǎng']); // pinyin-pro is right here already
    engine.setEntries(parseEntries('行长 → xíng cháng').entries);
    const [custom] = engine.read(['他是银行行长。']);
    expect(readingsOf(custom!).slice(4, 6)).toEqual(['xíng', 'cháng']);
    // The word is one segment (word grouping shows it as one).
    expect(custom!.find((s) => s.text === '行长')).toBeDefined();
    engine.setEntries(parseEntries('').entries);
    expect(engine.read(['他是银行行长。'])).toEqual([before]);
  });

  it('an entry written in simplified reads the traditional text too', () => {
    const engine = createReadingEngine();
    engine.setEntries(parseEntries('重庆 → chong2 qing4').entries);
    const [segments] = engine.read(['我在重慶工作']);
    expect(readingsOf(segments!).slice(2, 4)).toEqual(['chóng', 'qìng']);
  });

  it('conversion entries reach convert and convertSegments', () => {
    const engine = createReadingEngine();
    engine.setEntries(ENTRIES);
    expect(engine.convert(['软件更新'], 'twp')).toEqual(['軟體更新']);
    expect(engine.convertSegments(['吸烟'], 'hk')).toEqual([[{ from: '吸', to: '吸' }, { from: '烟', to: '菸' }]]);
  });
});
