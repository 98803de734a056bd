import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEntries, markSyllable, parseEntries, type UserEntries } from '@/lib/entries/parse-entries';

// [line, what it parses to: a conversion, a reading, or null (not an entry)]
const LINES: Array<[string, UserEntries['conversions'][number] | UserEntries['readings'][number] | null]> = [
  ['菸 → 烟', { from: '菸', to: '烟', both: false }],
  ['軟件 ↔ 軟體', { from: '軟件', to: '軟體', both: true }],
  ['软件 -> 軟體', { from: '软件', to: '軟體', both: false }],
  ['信息 <-> 資訊', { from: '信息', to: '資訊', both: true }],
  ['  質素→素質  ', { from: '質素', to: '素質', both: false }],
  ['行长 → háng zhǎng', { word: '行长', readings: ['háng', 'zhǎng'] }],
  ['行长 → hang2 zhang3', { word: '行长', readings: ['háng', 'zhǎng'] }],
  ['绿 → lv4', { word: '绿', readings: ['lǜ'] }],
  ['西安 → xi1\'an1', { word: '西安', readings: ['xī', 'ān'] }],
  ['吗 → ma5', { word: '吗', readings: ['ma'] }],
  // Not entries: a reading with the wrong number of syllables, no arrow, two arrows, Latin on the left, same on both sides.
  ['行长 → háng', null],
  ['菸 烟', null],
  ['菸 → 烟 → 煙', null],
  ['abc → 字', null],
  ['菸 → 菸', null],
  ['行长 ↔ háng zhǎng', null],
  ['行长 → hang9 zhang3', null],
  // Cantonese readings (Jyutping, tones 1–6), told by their syllables or by the jyutping: marker.
  ['行长 → hong4 zoeng2', { word: '行长', readings: ['hong4', 'zoeng2'], notation: 'jyutping' }],
  ['重塑 → cung4 sou3', { word: '重塑', readings: ['cung4', 'sou3'], notation: 'jyutping' }],
  ['佢 → Keoi5', { word: '佢', readings: ['keoi5'], notation: 'jyutping' }],
  ['行 → jyutping: hang4', { word: '行', readings: ['hang4'], notation: 'jyutping' }],
  ['行 → JYUTPING：hang4', { word: '行', readings: ['hang4'], notation: 'jyutping' }],
  ['行 → pinyin: hang2', { word: '行', readings: ['háng'] }],
  // Both notations at once (hang4 is pinyin and Jyutping): pinyin, as before.
  ['行为 → hang4 wai4', { word: '行为', readings: ['hàng', 'wài'] }],
  // ma1 is pinyin only (Jyutping writes maa1), maa1 Jyutping only.
  ['妈 → ma1', { word: '妈', readings: ['mā'] }],
  ['媽 → maa1', { word: '媽', readings: ['maa1'], notation: 'jyutping' }],
  // Not entries: pinyin and Jyutping mixed, tone 6 on a pinyin syllable, a marker the syllables deny, no syllable.
  ['行长 → zoeng2 zhang3', null],
  ['长 → zhang6', null],
  ['行 → jyutping: háng', null],
  ['行 → pinyin: zoeng2', null],
  ['行 → jyutping:', null],
];

describe('parseEntries', () => {
  it.each(LINES)('%s', (line, expected) => {
    const { entries, rejected } = parseEntries(line);
    if (expected === null) {
      expect(rejected).toEqual([{ line: 1, text: line.trim() }]);
      expect(entries).toEqual({ conversions: [], readings: [] });
    } else if ('word' in expected) {
      expect(entries.readings).toEqual([expected]);
    } else {
      expect(entries.conversions).toEqual([expected]);
    }
  });

  it('skips blank lines and comments, and numbers the rejected lines', () => {
    const { entries, rejected } = parseEntries('# my entries\n\n菸 → 烟  # smoke\nnot an entry\r\n行长 → háng zhǎng\n');
    expect(entries.conversions).toHaveLength(1);
    expect(entries.readings).toHaveLength(1);
    expect(rejected).toEqual([{ line: 4, text: 'not an entry' }]);
  });

  it('names the readings it took as pinyin though they are Jyutping too', () => {
    const { entries, ambiguous } = parseEntries('行为 → hang4 wai4\n行长 → hong4 zoeng2\n行 → jyutping: hang4\n妈 → ma1\n');
    expect(ambiguous).toEqual([{ line: 1, text: '行为 → hang4 wai4' }]);
    expect(entries.readings.map((r) => r.notation ?? 'pinyin')).toEqual(['pinyin', 'jyutping', 'jyutping', 'pinyin']);
  });

  it('writes Jyutping back with the marker only where its syllables would not tell it', () => {
    const text = '行长 → hong4 zoeng2\n行 → jyutping: hang4\n';
    const { entries } = parseEntries(text);
    expect(formatEntries(entries)).toBe(text);
    expect(parseEntries(formatEntries(entries)).entries).toEqual(entries);
  });

  it('formatEntries writes what parseEntries reads back', () => {
    const text = '菸 → 烟\n軟件 ↔ 軟體\n行长 → hang2 zhang3\n';
    const { entries } = parseEntries(text);
    expect(formatEntries(entries)).toBe('菸 → 烟\n軟件 ↔ 軟體\n行长 → háng zhǎng\n');
    expect(parseEntries(formatEntries(entries)).entries).toEqual(entries);
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const { entries, rejected } = parseEntries(text);
        expect(Array.isArray(entries.conversions) && Array.isArray(rejected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('markSyllable', () => {
  it.each([
    ['hao3', 'hǎo'], ['zhuang1', 'zhuāng'], ['gou3', 'gǒu'], ['liu2', 'liú'], ['gui4', 'guì'], ['nü3', 'nǚ'], ['lu:e4', 'lüè'], ['er2', 'ér'], ['háng', 'háng'],
  ])('%s → %s', (input, expected) => expect(markSyllable(input)).toBe(expected));
});
