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
    ['jyutping', 'marks', 'cung4', 'cung4'],
    ['jyutping', 'none', 'hoeng1 gong2', 'hoeng1 gong2'],
    // A dictionary's pinyin under Jyutping keeps the reader's pinyin style.
    ['jyutping', 'numbers', 'zhǎn', 'zhan3'],
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

  it('jyutping: spaced syllables, the six Cantonese tones by their numbers', () => {
    const format = syllableFormatFor({ notation: 'jyutping', toneStyle: 'marks', toneColors: true });
    expect(format.joiner).toBe(' ');
    expect(['si1', 'si2', 'si3', 'si4', 'si5', 'si6', 'sik1', 'fā', ''].map(format.tone)).toEqual([1, 2, 3, 4, 5, 6, 1, 0, 0]);
  });
});
