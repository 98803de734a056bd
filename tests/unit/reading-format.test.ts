/** How a reading is shown under the reader's settings: one rule for page ruby, sidebar and selection panel. */
import { describe, expect, it } from 'vitest';
import { readingFormatFor, syllableFormatFor } from '@/lib/reading-format';

describe('readingFormatFor', () => {
  it.each([
    ['pinyin', 'marks', 'zhǎn', 'zhǎn'],
    ['pinyin', 'numbers', 'zhǎn', 'zhan3'],
    ['pinyin', 'none', 'zhǎn', 'zhan'],
    ['zhuyin', 'marks', 'zhǎn', 'ㄓㄢˇ'],
    ['zhuyin', 'none', 'fā', 'ㄈㄚ'],
    ['pinyin', 'numbers', 'de', 'de5'],
  ] as const)('%s with tones %s: %s → %s', (notation, toneStyle, reading, expected) => {
    expect(readingFormatFor({ notation, toneStyle })(reading)).toBe(expected);
  });
});

describe('syllableFormatFor', () => {
  it.each([
    ['pinyin', '', false],
    ['zhuyin', ' ', true],
  ] as const)('%s: joined by %j, tone colours %s', (notation, joiner, colors) => {
    const format = syllableFormatFor({ notation, toneStyle: 'marks', toneColors: colors });
    expect(format.joiner).toBe(joiner);
    expect(format.colors).toBe(colors);
    expect([format.tone('fā'), format.tone('zhǎn'), format.tone('de')]).toEqual([1, 3, 5]);
  });
});
