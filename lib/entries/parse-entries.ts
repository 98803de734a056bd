/**
 * The reader's own entries, as a plain text file (one entry a line, `#` starts a comment):
 *   菸 → 烟          a conversion: wherever the text has 菸, the script layer writes 烟
 *   軟件 ↔ 軟體      a pair: → when converting to traditional (tw, twp, hk), ← to simplified (cn)
 *   行长 → háng zhǎng a reading: one syllable per character (tone marks or numbers: hang2 zhang3)
 *   行长 → hong4 zoeng2 a Cantonese reading (Jyutping, tones 1–6), shown when the notation is Jyutping
 * ASCII arrows work too (-> and <->). They win over DuBao's own conversions and readings. Which
 * notation a reading is in is told by its syllables (reading-notation.ts); one that is both
 * (`hang4 wai4`) stays pinyin and is named, and `jyutping:` before it says Jyutping outright.
 */
import { classifyReading, splitMarker } from './reading-notation';

export interface ConversionEntry {
  from: string;
  to: string;
  /** ↔: `from` is the form with simplified output, `to` the form with traditional output. */
  both: boolean;
}

export interface ReadingEntry {
  word: string;
  /** One syllable per character of the word (Array.from): tone-marked pinyin, or Jyutping with its tone number. */
  readings: string[];
  /** 'jyutping': a Cantonese reading, applied when the notation is Jyutping; absent: pinyin. */
  notation?: 'jyutping';
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

/** A reading whose syllables are pinyin and Jyutping alike (hang4 wai4): read as pinyin. */
export type AmbiguousLine = RejectedLine;

export const NO_ENTRIES: UserEntries = Object.freeze({ conversions: [], readings: [] }) as UserEntries;

const ARROW = /\s*(↔|<->|→|->)\s*/u;
const HAN = /\p{Script=Han}/u;
// What a conversion side may hold: Chinese text (Han, CJK punctuation, letters, digits), no spaces.
const CONVERSION_SIDE = /^[\p{Script=Han}\p{L}\p{N}\u3000-\u303f\uff00-\uffef·]+$/u;

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

function parseLine(text: string): { conversion?: ConversionEntry; reading?: ReadingEntry; ambiguous?: boolean } | null {
  const parts = text.split(ARROW);
  if (parts.length !== 3) return null;
  const [left, arrow, right] = parts.map((p) => p.trim()) as [string, string, string];
  if (!left || !right || !HAN.test(left)) return null;
  const both = arrow === '↔' || arrow === '<->';
  if (!both && !HAN.test(right)) {
    // A reading: as many syllables as the word has characters, all pinyin or all Jyutping.
    const { marker, rest } = splitMarker(right);
    const syllables = rest.split(/[\s']+/).filter(Boolean);
    const chars = Array.from(left);
    if (!chars.every((c) => HAN.test(c)) || syllables.length !== chars.length) return null;
    const found = classifyReading(syllables);
    if (found === null || (marker && found !== 'ambiguous' && found !== marker)) return null;
    const notation = marker ?? (found === 'ambiguous' ? 'pinyin' : found);
    if (notation === 'jyutping') return { reading: { word: left, readings: syllables.map((s) => s.toLowerCase()), notation } };
    return { reading: { word: left, readings: syllables.map(markSyllable) }, ambiguous: found === 'ambiguous' && !marker };
  }
  if (!CONVERSION_SIDE.test(left) || !CONVERSION_SIDE.test(right) || left === right) return null;
  return { conversion: { from: left, to: right, both } };
}

/**
 * The entries of a text file, the lines that are not entries (neither blank nor a comment), and the
 * readings taken as pinyin that are Jyutping too (`jyutping:` before them says otherwise).
 */
export function parseEntries(text: string): { entries: UserEntries; rejected: RejectedLine[]; ambiguous: AmbiguousLine[] } {
  const entries: UserEntries = { conversions: [], readings: [] };
  const rejected: RejectedLine[] = [];
  const ambiguous: AmbiguousLine[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const parsed = parseLine(line);
    if (!parsed) rejected.push({ line: k + 1, text: raw.trim() });
    else if (parsed.conversion) entries.conversions.push(parsed.conversion);
    else {
      entries.readings.push(parsed.reading!);
      if (parsed.ambiguous) ambiguous.push({ line: k + 1, text: raw.trim() });
    }
  });
  return { entries, rejected, ambiguous };
}

/** The entries as the text file parseEntries reads (parseEntries(formatEntries(e)) gives e back). */
export function formatEntries(entries: UserEntries): string {
  const lines = [
    ...entries.conversions.map((c) => `${c.from} ${c.both ? '↔' : '→'} ${c.to}`),
    ...entries.readings.map((r) => `${r.word} → ${writeReading(r)}`),
  ];
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** A reading as written back: Jyutping that its syllables alone would not tell keeps the marker. */
function writeReading(entry: ReadingEntry): string {
  const syllables = entry.readings.join(' ');
  if (entry.notation !== 'jyutping') return syllables;
  return classifyReading(entry.readings) === 'jyutping' ? syllables : `jyutping: ${syllables}`;
}
