import { describe, expect, it } from 'vitest';
import { formatReading, stripTone, TONE_COLORS, toneColor, toneOf } from '@/lib/reading/tones';
import { toZhuyin } from '@/lib/reading/zhuyin';

describe('tones', () => {
  it.each([
    ['fā', 1, 'fa1', 'fa'],
    ['zhǎn', 3, 'zhan3', 'zhan'],
    ['háng', 2, 'hang2', 'hang'],
    ['lǜ', 4, 'lü4', 'lü'],
    ['nǚ', 3, 'nü3', 'nü'],
    ['de', 5, 'de5', 'de'],
    ['ér', 2, 'er2', 'er'],
    ['ń', 2, 'n2', 'n'],
  ] as const)('%s: tone %i, numbers %s, none %s', (reading, tone, numbers, none) => {
    expect(toneOf(reading)).toBe(tone);
    expect(formatReading(reading, 'marks')).toBe(reading);
    expect(formatReading(reading, 'numbers')).toBe(numbers);
    expect(formatReading(reading, 'none')).toBe(none);
    expect(stripTone(reading)).toBe(none);
  });

  it('formats every syllable of a word reading', () => {
    expect(formatReading('fā zhǎn', 'numbers')).toBe('fa1 zhan3');
    expect(formatReading('yín háng', 'none')).toBe('yin hang');
  });

  it('leaves what is not pinyin alone, and calls it tone 0', () => {
    expect(formatReading('，', 'numbers')).toBe('，');
    expect(toneOf('')).toBe(0);
    expect(toneOf('12')).toBe(0);
  });

  it('colours each tone with the Dummitt palette, neutral grey', () => {
    expect(new Set(Object.values(TONE_COLORS)).size).toBe(5);
    expect(toneColor('mā')).toBe(TONE_COLORS[1]);
    expect(toneColor('má')).toBe(TONE_COLORS[2]);
    expect(toneColor('mǎ')).toBe(TONE_COLORS[3]);
    expect(toneColor('mà')).toBe(TONE_COLORS[4]);
    expect(toneColor('ma')).toBe(TONE_COLORS[5]);
  });
});

describe('zhuyin', () => {
  it.each([
    ['zhōng', 'ㄓㄨㄥ'],
    ['guó', 'ㄍㄨㄛˊ'],
    ['fā', 'ㄈㄚ'],
    ['zhǎn', 'ㄓㄢˇ'],
    ['nǚ', 'ㄋㄩˇ'],
    ['lǜ', 'ㄌㄩˋ'],
    ['xué', 'ㄒㄩㄝˊ'],
    ['quán', 'ㄑㄩㄢˊ'],
    ['yuè', 'ㄩㄝˋ'],
    ['yún', 'ㄩㄣˊ'],
    ['jiù', 'ㄐㄧㄡˋ'],
    ['guì', 'ㄍㄨㄟˋ'],
    ['lùn', 'ㄌㄨㄣˋ'],
    ['shì', 'ㄕˋ'],
    ['zhī', 'ㄓ'],
    ['sì', 'ㄙˋ'],
    ['wǒ', 'ㄨㄛˇ'],
    ['yī', 'ㄧ'],
    ['yǒng', 'ㄩㄥˇ'],
    ['ér', 'ㄦˊ'],
    ['de', '˙ㄉㄜ'],
    ['ń', 'ㄣˊ'],
  ])('%s → %s', (pinyin, zhuyin) => {
    expect(toZhuyin(pinyin)).toBe(zhuyin);
  });

  it('converts each syllable of a word and leaves non-pinyin alone', () => {
    expect(toZhuyin('fā zhǎn')).toBe('ㄈㄚ ㄓㄢˇ');
    expect(toZhuyin('ABC')).toBe('ABC');
  });
});
