/**
 * 一 and 不 as spoken (tone sandhi, pinyin-pro's default and DuBao's) or as written (their
 * dictionary tones, ReadOptions.toneSandhi false): only 一 and 不 change, in every context the
 * corrections touch too, and traditional text follows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/reading/pinyin';

const at = (text: string, written: boolean) => readText(text, { toneSandhi: !written });

describe('tones of 一 and 不', () => {
  it.each<[string, string[], string[]]>([
    ['一个人', ['yí', 'gè', 'rén'], ['yī', 'gè', 'rén']],
    ['不是', ['bú', 'shì'], ['bù', 'shì']],
    ['一样', ['yí', 'yàng'], ['yī', 'yàng']],
    ['一天', ['yì', 'tiān'], ['yī', 'tiān']],
    ['第一', ['dì', 'yī'], ['dì', 'yī']],
    ['统一', ['tǒng', 'yī'], ['tǒng', 'yī']],
    ['不当', ['bú', 'dàng'], ['bù', 'dàng']],
    ['一目了然', ['yí', 'mù', 'liǎo', 'rán'], ['yī', 'mù', 'liǎo', 'rán']],
    ['不得不去', ['bù', 'dé', 'bú', 'qù'], ['bù', 'dé', 'bù', 'qù']],
    ['一個人', ['yí', 'gè', 'rén'], ['yī', 'gè', 'rén']],
  ])('%s', (text, spoken, written) => {
    expect(at(text, false)).toEqual(spoken);
    expect(readText(text)).toEqual(spoken);
    expect(at(text, true)).toEqual(written);
  });

  it('written changes nothing but 一 and 不, which become yī and bù', () => {
    const CHARS = Array.from('一不是个人发展经济看行大天样去得当了的我们他说');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }), (chars) => {
        const text = chars.join('');
        const spoken = at(text, false);
        const written = at(text, true);
        chars.forEach((ch, i) => {
          if (ch === '一') expect(written[i]).toBe('yī');
          else if (ch === '不') expect(written[i]).toBe('bù');
        });
        // Other characters may only differ where pinyin-pro's word choice saw a different 一/不 (never
        // in practice on these): compare them all.
        chars.forEach((ch, i) => {
          if (ch !== '一' && ch !== '不') expect(written[i]).toBe(spoken[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
