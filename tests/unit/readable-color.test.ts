import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrastRatio, parseCssColor, readablePalette, readableOn, readPageBackground } from '@/lib/readable-color';
import { TONE_COLORS } from '@/lib/reading/tones';
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

  it('finds the least step of 100 that reads, as trying every step in turn does (any colour on any background)', () => {
    // The plain scan: mixed toward black on a light background (white on a dark one) one step at a
    // time, the first step that reads.
    const scan = (color: string, background: string): string => {
      if (contrastRatio(color, background) >= 4.5) return color.toLowerCase();
      const rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
      const lum = (c: number[]) => [0.2126, 0.7152, 0.0722].reduce((sum, w, i) => sum + w * (c[i]! <= 0.03928 ? c[i]! / 12.92 : ((c[i]! + 0.055) / 1.055) ** 2.4), 0);
      const toward = lum(bg) > 0.18 ? 0 : 255;
      for (let step = 1; step <= 100; step++) {
        const mixed = `#${rgb.map((v) => Math.round(v + (toward - v) * (step / 100)).toString(16).padStart(2, '0')).join('')}`;
        if (contrastRatio(mixed, background) >= 4.5) return mixed;
      }
      return toward ? '#ffffff' : '#000000';
    };
    const hex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(fc.property(hex, hex, (color, background) => readableOn(color, background) === scan(color, background)), { numRuns: 2000 });
    // A colour lighter than a light background (yellow on pale grey): mixing first brings it nearer.
    expect(readableOn('#ffe600', '#d0d0d0')).toBe(scan('#ffe600', '#d0d0d0'));
  });

  it('throws on what is not a #rrggbb colour', () => {
    expect(() => readableOn('red', '#ffffff')).toThrow(/rrggbb/);
  });
});

/** Hue in degrees of a #rrggbb colour (HSL), NaN for greys. */
function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d < 0.02) return NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('readablePalette: the page\'s tone colours on its own background', () => {
  // Light pages (white, paper, pale grey) and dark ones (dark mode greys, near black, navy).
  const backgrounds = ['#ffffff', '#fdf6e3', '#f0f0f0', '#121212', '#1e1e1e', '#262422', '#0b1f3a'];
  it.each([
    ['pinyin', TONE_COLORS],
    ['Jyutping', JYUTPING_TONE_COLORS],
  ] as const)('%s: every tone reaches 4.5:1, tones stay distinct, hues stay', (_, palette) => {
    for (const background of backgrounds) {
      const out = readablePalette(palette, background);
      expect(Object.keys(out)).toEqual(Object.keys(palette));
      for (const [tone, color] of Object.entries(out)) {
        expect(contrastRatio(color, background), `${tone} on ${background}`).toBeGreaterThanOrEqual(4.5);
        const before = hueOf((palette as Record<string, string>)[tone]!);
        if (!Number.isNaN(before)) expect(Math.abs(hueOf(color) - before), `${tone} hue on ${background}`).toBeLessThan(8);
      }
      expect(new Set(Object.values(out)).size).toBe(Object.keys(palette).length);
    }
  });

  it('the ones below 4.5:1 on white are the ones changed; the rest are kept', () => {
    const out = readablePalette(JYUTPING_TONE_COLORS, '#ffffff');
    expect(contrastRatio(JYUTPING_TONE_COLORS[2], '#ffffff')).toBeLessThan(4.5);
    expect(out[2]).not.toBe(JYUTPING_TONE_COLORS[2]);
    expect(out[4]).toBe(JYUTPING_TONE_COLORS[4]);
  });
});

describe('parseCssColor: a computed colour as #rrggbb', () => {
  it.each([
    ['rgb(255, 255, 255)', '#ffffff'],
    ['rgb(18, 18, 18)', '#121212'],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
    ['rgba(0, 0, 0, 0.5)', '#808080'],
    ['rgb(0 0 0 / 50%)', '#808080'],
    ['#1E1E1E', '#1e1e1e'],
    ['color(srgb 1 0 0)', null],
  ])('%s → %s (over white)', (css, hex) => {
    expect(parseCssColor(css)).toBe(hex);
  });
});

describe('readPageBackground: what the page paints behind its text', () => {
  const at = (html: string, body: string) =>
    readPageBackground({
      body: { html: false },
      documentElement: { html: true },
      defaultView: { getComputedStyle: (el: { html: boolean }) => ({ backgroundColor: el.html ? html : body }) },
    } as unknown as Document);
  it.each([
    ['nothing set: white', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', '#ffffff'],
    ['a dark <body>', 'rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)', '#121212'],
    ['a dark <html>, <body> transparent', 'rgb(30, 30, 30)', 'rgba(0, 0, 0, 0)', '#1e1e1e'],
    ['a light <body> over a dark <html>', 'rgb(0, 0, 0)', 'rgb(250, 250, 250)', '#fafafa'],
    ['a half-transparent black <body> over white', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0.5)', '#808080'],
  ])('%s', (_, html, body, expected) => {
    expect(at(html, body)).toBe(expected);
  });
});
