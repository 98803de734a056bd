import { describe, expect, it } from 'vitest';
import { classifyReading, isJyutpingSyllable, isPinyinSyllable, splitMarker } from '@/lib/entries/reading-notation';

describe('the notation of a reading', () => {
  // [syllables, what they are]
  const ROWS: Array<[string, ReturnType<typeof classifyReading>]> = [
    ['háng zhǎng', 'pinyin'],
    ['hang2 zhang3', 'pinyin'],
    ['lv4', 'pinyin'],
    ['nü3', 'pinyin'],
    ['ma1', 'pinyin'], // Jyutping has maa, never ma
    ['zhe5', 'pinyin'],
    ['hong4 zoeng2', 'jyutping'],
    ['cung4 sou3', 'jyutping'],
    ['sik6 faan6', 'jyutping'], // tone 6, and sik is no pinyin syllable
    ['keoi5 dei6', 'jyutping'],
    ['jyut6 ping3', 'jyutping'],
    ['ng5', 'ambiguous'], // pinyin ng (neutral tone) and Jyutping ng5 五
    ['hang4 wai4', 'ambiguous'],
    ['lai4', 'ambiguous'],
    ['hong4 zhang3', 'pinyin'], // hong4 is pinyin hòng too
    ['zoeng2 zhang3', null], // one of each
    ['zhang6', null],
    ['háng2', null],
    ['abc', null],
    ['', null],
  ];
  it.each(ROWS)('%s → %s', (text, expected) => {
    expect(classifyReading(text.split(' ').filter(Boolean))).toBe(expected);
  });

  it('checks each syllable against its inventory', () => {
    expect(isPinyinSyllable('sin1')).toBe(false); // pinyin writes xin
    expect(isJyutpingSyllable('sin1')).toBe(true);
    expect(isJyutpingSyllable('zhong1')).toBe(false);
    expect(isPinyinSyllable('lu:e4')).toBe(true);
    expect(isJyutpingSyllable('hong7')).toBe(false);
  });

  it('takes the marker off, whatever its case', () => {
    expect(splitMarker('jyutping: hong4')).toEqual({ marker: 'jyutping', rest: 'hong4' });
    expect(splitMarker('Pinyin:hang2')).toEqual({ marker: 'pinyin', rest: 'hang2' });
    expect(splitMarker('hong4')).toEqual({ marker: null, rest: 'hong4' });
  });
});
