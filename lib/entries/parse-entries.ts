/**
 * The reader's own entries, as a plain text file (one entry a line, `#` starts a comment):
 *   菸 → 烟          a conversion: wherever the text has 菸, the script layer writes 烟
 *   軟件 ↔ 軟體      a pair: → when converting to traditional (tw, twp, hk), ← to simplified (cn)
 *   行长 → háng zhǎng a reading: one syllable per character (tone marks or numbers: hang2 zhang3)
 * ASCII arrows work too (-> and <->). They win over DuBao's own conversions and readings.
 */

export interface ConversionEntry {
  from: string;
  to: string;
  /** ↔: `from` is the form with simplified output, `to` the form with traditional output. */
  both: boolean;
}

export interface ReadingEntry {
  word: string;
  /** One tone-marked syllable per character of the word (Array.from). */
  readings: string[];
}

export interface UserEntries {
  conversions: ConversionEntry[];
  readings: ReadingEntry[];
}

export interface RejectedLine {
  /** 1-based line number. */
  line: number;
  text: string;
}

export const NO_ENTRIES: UserEntries = Object.freeze({ conversions: [], readings: [] }) as UserEntries;

const ARROW = /\s*(↔|<->|→|->)\s*/u;
const HAN = /\p{Script=Han}/u;
// What a conversion side may hold: Chinese text (Han, CJK punctuation, letters, digits), no spaces.
const CONVERSION_SIDE = /^[\p{Script=Han}\p{L}\p{N}\u3000-\u303f\uff00-\uffef·]+$/u;
const SYLLABLE = /^[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ:]+[1-5]?$/u;

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'], e: ['ē', 'é', 'ě', 'è'], i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'], u: ['ū', 'ú', 'ǔ', 'ù'], ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/** A syllable with tone marks: hang2 → háng, lv4/lu:4 → lǜ, ma5 → ma; a marked one stays. */
export function markSyllable(syllable: string): string {
  const s = syllable.toLowerCase().replace(/u:|v/g, 'ü');
  const m = /^(.*?)([1-5])$/.exec(s);
  if (!m) return s;
  const [, body, toneText] = m;
  const tone = Number(toneText);
  if (tone === 5) return body!;
  // a or e takes the mark; in ou the o; else the last vowel.
  const at = /[ae]/.test(body!) ? body!.search(/[ae]/) : body!.includes('ou') ? body!.indexOf('o') : Math.max(...['i', 'o', 'u', 'ü'].map((v) => body!.lastIndexOf(v)));
  if (at < 0) return body!;
  return body!.slice(0, at) + MARKS[body![at]!]![tone - 1] + body!.slice(at + 1);
}

function parseLine(text: string): { conversion?: ConversionEntry; reading?: ReadingEntry } | null {
  const parts = text.split(ARROW);
  if (parts.length !== 3) return null;
  const [left, arrow, right] = parts.map((p) => p.trim()) as [string, string, string];
  if (!left || !right || !HAN.test(left)) return null;
  const both = arrow === '↔' || arrow === '<->';
  if (!both && !HAN.test(right)) {
    // A reading: as many syllables as the word has characters.
    const syllables = right.split(/[\s']+/).filter(Boolean);
    const chars = Array.from(left);
    if (!chars.every((c) => HAN.test(c)) || syllables.length !== chars.length || !syllables.every((s) => SYLLABLE.test(s))) return null;
    return { reading: { word: left, readings: syllables.map(markSyllable) } };
  }
  if (!CONVERSION_SIDE.test(left) || !CONVERSION_SIDE.test(right) || left === right) return null;
  return { conversion: { from: left, to: right, both } };
}

/** The entries of a text file, and the lines that are not entries (neither blank nor a comment). */
export function parseEntries(text: string): { entries: UserEntries; rejected: RejectedLine[] } {
  const entries: UserEntries = { conversions: [], readings: [] };
  const rejected: RejectedLine[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const parsed = parseLine(line);
    if (!parsed) rejected.push({ line: k + 1, text: raw.trim() });
    else if (parsed.conversion) entries.conversions.push(parsed.conversion);
    else entries.readings.push(parsed.reading!);
  });
  return { entries, rejected };
}

/** The entries as the text file parseEntries reads (parseEntries(formatEntries(e)) gives e back). */
export function formatEntries(entries: UserEntries): string {
  const lines = [
    ...entries.conversions.map((c) => `${c.from} ${c.both ? '↔' : '→'} ${c.to}`),
    ...entries.readings.map((r) => `${r.word} → ${r.readings.join(' ')}`),
  ];
  return lines.length ? `${lines.join('\n')}\n` : '';
}
