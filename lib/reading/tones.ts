/**
 * Tone handling for tone-marked pinyin syllables (the form every reading in lib/reading uses):
 * the tone of a syllable, and the three display styles (marks, numbers, none).
 */

export type ToneStyle = 'marks' | 'numbers' | 'none';
/** 1–4 the four tones, 5 the neutral tone (CC-CEDICT convention), 0 for anything that is not a syllable. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

// Each toned vowel → [plain vowel, tone]. ü keeps its dots in every style (lü4, lü) so 律 and 路 stay apart.
const MARKED: Record<string, [string, Tone]> = {};
const TONED_VOWELS: Array<[string, string]> = [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['ü', 'ǖǘǚǜ'],
  ['ê', '\u1ebf\u1ec1'], // ế ề (rare interjections), tones 2 and 4 only in precomposed form
  ['m', '\u1e3f'], // ḿ
  ['n', 'ńňǹ'],
];
for (const [plain, marks] of TONED_VOWELS) {
  const list = Array.from(marks);
  list.forEach((mark, i) => {
    let tone = (i + 1) as Tone;
    if (plain === 'ê') tone = i === 0 ? 2 : 4;
    if (plain === 'm') tone = 2;
    if (plain === 'n') tone = (i + 2) as Tone;
    MARKED[mark] = [plain, tone];
    MARKED[mark.toUpperCase()] = [plain.toUpperCase(), tone];
  });
}

const LETTERS = /^[a-zA-ZüÜêÊ]+$/;

/** Splits a tone-marked syllable into its unmarked letters and tone; null if it is not one. */
function parseSyllable(reading: string): { plain: string; tone: Tone } | null {
  const s = reading.normalize('NFC');
  if (s.length === 0) return null;
  let tone: Tone = 5;
  let plain = '';
  for (const ch of s) {
    const marked = MARKED[ch];
    if (marked) {
      plain += marked[0];
      tone = marked[1];
    } else {
      plain += ch;
    }
  }
  return LETTERS.test(plain) ? { plain, tone } : null;
}

/** The tone of one tone-marked syllable: 1–4, 5 for the neutral tone (no mark), 0 if it is not a syllable. */
export function toneOf(reading: string): Tone {
  return parseSyllable(reading)?.tone ?? 0;
}

/** The syllable without its tone mark ("lǜ" → "lü"). */
export function stripTone(reading: string): string {
  return parseSyllable(reading)?.plain ?? reading;
}

/**
 * One reading in a display style. A reading may hold several syllables separated by spaces
 * (a word); each is formatted. marks: unchanged; numbers: "fā" → "fa1", neutral "de" → "de5";
 * none: "fa". Anything that is not pinyin comes back unchanged.
 */
export function formatReading(reading: string, style: ToneStyle): string {
  if (style === 'marks') return reading;
  return reading
    .split(' ')
    .map((syllable) => {
      const parsed = parseSyllable(syllable);
      if (!parsed) return syllable;
      return style === 'numbers' ? `${parsed.plain}${parsed.tone}` : parsed.plain;
    })
    .join(' ');
}

/**
 * Tone colours, the Dummitt scheme (as used by MDBG and many textbooks): 1 red, 2 orange, 3 green,
 * 4 blue, neutral grey. The hues: on a page each is darkened or lightened just enough to read at
 * 4.5:1 on the page's background (lib/readable-color.ts readablePalette).
 */
export const TONE_PALETTE_NAME = 'Dummitt';
export const TONE_COLORS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = Object.freeze({
  1: '#e02020',
  2: '#d97706',
  3: '#16a34a',
  4: '#2563eb',
  5: '#6b7280',
});

/** The colour of a reading's tone (neutral grey for the neutral tone or a non-syllable). */
export function toneColor(reading: string): string {
  const tone = toneOf(reading);
  return TONE_COLORS[tone === 0 ? 5 : tone];
}
