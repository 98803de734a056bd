import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from '@/entrypoints/dubao.content/ui/dict/readable-color';
import { JYUTPING_TONE_COLORS } from '@/lib/reading/jyutping-tones';

describe('readableOn: a tone colour made readable as text on the card', () => {
  it.each([
    ['black on white', '#000000', '#ffffff', 21],
    ['white on white', '#ffffff', '#ffffff', 1],
    ['grey #767676 on white (the usual 4.5 threshold)', '#767676', '#ffffff', 4.54],
  ])('contrastRatio: %s', (_, a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });

  it.each([
    ['orange on white: darkened', '#ea580c', '#ffffff'],
    ['green on white: darkened', '#16a34a', '#ffffff'],
    ['blue on a dark card: lightened', '#2563eb', '#262422'],
    ['grey on a dark card: lightened', '#6b7280', '#262422'],
  ])('%s, to 4.5:1 and no further than needed', (_, color, background) => {
    expect(contrastRatio(color, background)).toBeLessThan(4.5);
    const out = readableOn(color, background);
    expect(contrastRatio(out, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(out, background)).toBeLessThan(5);
  });

  it('keeps a colour that already reads, and every tone colour reads on both cards', () => {
    expect(readableOn('#2563eb', '#ffffff')).toBe('#2563eb');
    for (const color of Object.values(JYUTPING_TONE_COLORS)) {
      for (const card of ['#ffffff', '#262422']) expect(contrastRatio(readableOn(color, card), card)).toBeGreaterThanOrEqual(4.5);
    }
    // Distinct tones stay distinct.
    expect(new Set(Object.values(JYUTPING_TONE_COLORS).map((c) => readableOn(c, '#ffffff'))).size).toBe(7);
  });

  it('throws on what is not a #rrggbb colour', () => {
    expect(() => readableOn('red', '#ffffff')).toThrow(/rrggbb/);
  });
});
