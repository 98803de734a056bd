/** Whitespace out of Chinese text (chars.ts): all of it, or all but one space between two Latin words. */
import { describe, expect, it } from 'vitest';
import { squeeze, squeezeExceptLatin } from '@/lib/chinese/chars';

describe('squeezeExceptLatin', () => {
  it.each([
    // Chinese text has no spaces of its own: every gap goes, as squeeze takes it
    ['某大学 经济学院 教授', '某大学经济学院教授'],
    ['市民\u3000王先生', '市民王先生'],
    // between two Latin words (or a word and a digit) one space stays, whatever the gap was
    ['Moss Studio', 'Moss Studio'],
    ['  Paper\u00a0\u00a0Kite  Studio ', 'Paper Kite Studio'],
    ['Nudité Fashion', 'Nudité Fashion'],
    ['Gakkai 2', 'Gakkai 2'],
    // a gap between Latin and Chinese goes
    ['LGIM 首席投资官', 'LGIM首席投资官'],
    ['首席投资官 Sonja Laud', '首席投资官Sonja Laud'],
    ['', ''],
  ])('%j → %j', (text, want) => {
    expect(squeezeExceptLatin(text)).toBe(want);
  });

  it('equals squeeze on text without Latin letters or digits', () => {
    for (const t of ['全国 人大代表、 某某 公司 董事长', ' 话题 ：', '香港\u3000中文大學 教授']) expect(squeezeExceptLatin(t)).toBe(squeeze(t));
  });
});
