/**
 * Jyutping syllables as shown: tone numbers as Jyutping always writes them (cung4), the tone of a
 * syllable, and the colours of the six Cantonese tones.
 */

const SYLLABLE = /^([a-z]+)([1-6])$/;

/** The tone of one Jyutping syllable, 1–6, or 0 when it is not one. */
export function jyutpingToneOf(reading: string): number {
  const m = SYLLABLE.exec(reading);
  return m ? Number(m[2]) : 0;
}

/**
 * Tone colours by tone class: the upper register (陰 1 high level, 2 high rising, 3 mid level) in
 * warm colours, the lower (陽 4 low falling, 5 low rising, 6 low level) in cool ones, so a
 * reader sees the register at a glance and the contour by the shade. Entering tones (-p -t -k)
 * are numbered 1, 3, 6 in Jyutping and take those colours. On a page each is darkened or lightened
 * just enough to read at 4.5:1 on its background (lib/readable-color.ts readablePalette).
 */
export const JYUTPING_TONE_COLORS: Readonly<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, string>> = Object.freeze({
  0: '#6b7280',
  1: '#e02020',
  2: '#ea580c',
  3: '#c026d3',
  4: '#2563eb',
  5: '#0d9488',
  6: '#16a34a',
});
