/**
 * Readings in context: pinyin-pro over the paragraph (clause by clause), ICU words re-read as
 * words, then name readings and the correction layer (corrections.ts). One reading per element of
 * Array.from(text): tone-marked pinyin (neutral tone unmarked) or null for anything that is not a
 * Han character pinyin-pro knows. Traditional text is read through its simplified conversion.
 */
import { pinyin } from 'pinyin-pro';
import { correctReadings } from './corrections';
import { findNames, findTitledNames } from './names';
import { convertSegments } from './script';
import { isMostlyTraditional } from './script-detect';
import { segmentWords, wordBoundaries, type WordSpan } from './words';

export interface ReadOptions {
  /** Personal names found in the text (by the understanding engine); read with name readings. */
  names?: readonly string[];
  /** false: 一 and 不 in their dictionary tones (yī, bù) rather than as spoken (一个 yí gè, 不是 bú shì). */
  toneSandhi?: boolean;
}

export interface RubySegment {
  text: string;
  /** One per element of Array.from(text). */
  readings: (string | null)[];
  /** True for a Han word (every character Han). */
  word: boolean;
}

const HAN = /\p{Script=Han}/u;
const HAN_WORD = /^\p{Script=Han}+$/u;
// Particles whose reading depends on the following context; a word ending in one keeps the
// paragraph reading (ICU's 上了 read alone gives shàng liǎo).
const CONTEXT_FINAL = new Set(Array.from('了着得地的过'));

// pinyin-pro's default (max-probability) segmentation goes wrong on long strings (供给 read gòng gěi
// inside a long paragraph, right alone), so it is called per clause.
const CLAUSE = /[^，。；：！？,;:!?\n]+[，。；：！？,;:!?\n]*|[，。；：！？,;:!?\n]+/g;

/** pinyin-pro over one string, aligned to its code points; null where it gives no reading. */
function readChunk(text: string, reverseMaxMatch: boolean, toneSandhi = true): (string | null)[] {
  const chars = Array.from(text);
  // type 'array' (not 'all', which also computes initials, finals … at several times the cost);
  // a character pinyin-pro cannot read comes back as itself. TokenizationAlgorithm.ReverseMaxMatch = 1.
  const out = pinyin(text, reverseMaxMatch ? { type: 'array', segmentit: 1, toneSandhi } : { type: 'array', toneSandhi });
  if (out.length === chars.length) {
    return out.map((r, i) => (r && r !== chars[i] && HAN.test(chars[i]!) ? r : null));
  }
  // Alignment lost (should not happen): read each character alone rather than guess.
  return chars.map((ch) => {
    const r = HAN.test(ch) ? pinyin(ch, { type: 'array' })[0] : undefined;
    return r && r !== ch ? r : null;
  });
}

/** pinyin-pro over a paragraph, clause by clause, aligned to Array.from(text). */
function libraryReadings(text: string, toneSandhi = true): (string | null)[] {
  const clauses = text.match(CLAUSE) ?? [text];
  return clauses.flatMap((clause) => readChunk(clause, false, toneSandhi));
}

/**
 * Re-reads every multi-character word on its own. pinyin-pro's segmentation sometimes matches a
 * dictionary word across a real word boundary (后重|新 → 后重, 要处|理 → 要处, 至少|壮 → 少壮);
 * reading the word alone uses the word's own dictionary entry.
 */
function rereadWords(chars: readonly string[], words: readonly WordSpan[], readings: (string | null)[]): void {
  const multi = words.filter((w) => w.end - w.start >= 2 && HAN_WORD.test(w.text));
  if (multi.length === 0) return;
  // Words recur through an article (发展, 乡村振兴 …): a word read alone reads the same every time.
  const missing = [...new Set(multi.map((w) => w.text).filter((t) => !WORD_CACHE.has(t)))];
  if (missing.length > 0) {
    // One call for the new words, separated by a newline so no dictionary match crosses them; reverse
    // maximum matching: words stand alone here, and it has no long-string problem.
    const alone = readChunk(missing.join('\n'), true);
    let pos = 0;
    for (const text of missing) {
      const len = Array.from(text).length;
      rememberWord(text, alone.slice(pos, pos + len));
      pos += len + 1;
    }
  }
  for (const w of multi) {
    const alone = WORD_CACHE.get(w.text)!;
    for (let k = 0; k < w.end - w.start; k++) {
      const i = w.start + k;
      const ch = chars[i]!;
      const r = alone[k];
      const last = k === w.end - w.start - 1;
      if (r && ch !== '一' && ch !== '不' && !(last && CONTEXT_FINAL.has(ch))) readings[i] = r;
    }
  }
}

/** Readings of words read alone; bounded (oldest entry out first) so a long session stays small. */
const WORD_CACHE = new Map<string, readonly (string | null)[]>();
const WORD_CACHE_SIZE = 4000;

function rememberWord(text: string, readings: readonly (string | null)[]): void {
  if (WORD_CACHE.size >= WORD_CACHE_SIZE) WORD_CACHE.delete(WORD_CACHE.keys().next().value!);
  WORD_CACHE.set(text, readings);
}

interface Analysis {
  chars: string[];
  readings: (string | null)[];
  words: WordSpan[];
  /** Name occurrences [start, end): always their own ruby segment. */
  nameSpans: Array<[number, number]>;
  /** Word-list words [start, end) that ICU split (乡|长): their inner cuts go. */
  joinSpans: Array<[number, number]>;
}

/** Readings of simplified text (or of text read as is). */
function analyseSimplified(text: string, names: readonly string[], toneSandhi = true): Analysis {
  const chars = Array.from(text);
  const words = segmentWords(text);
  if (!chars.some((c) => HAN.test(c))) {
    return { chars, readings: chars.map(() => null), words, nameSpans: [], joinSpans: [] };
  }
  const readings = libraryReadings(text, toneSandhi);
  rereadWords(chars, words, readings);
  const locked = new Array<boolean>(chars.length).fill(false);
  const nameSpans: Array<[number, number]> = [];
  for (const [start, end, nameReadings] of findNames(chars, names)) {
    for (let i = start; i < end; i++) {
      if (nameReadings[i - start]) readings[i] = nameReadings[i - start]!;
      locked[i] = true;
    }
    nameSpans.push([start, end]);
  }
  // Names nobody listed, introduced by a title in running text (局长单晓峰带队). Words cover the
  // text, so their boundaries are exactly the word starts and the text's end.
  const boundaries = wordBoundaries(words);
  for (const [start, end, nameReadings] of findTitledNames(chars, boundaries, locked)) {
    for (let i = start; i < end; i++) {
      if (nameReadings[i - start]) readings[i] = nameReadings[i - start]!;
      locked[i] = true;
    }
    nameSpans.push([start, end]);
  }
  const matches: Array<[number, number]> = [];
  correctReadings({ chars, readings, words, boundaries, locked, matches });
  // Written tones: 一/不 as pinyin-pro read them without tone sandhi (the corrections apply sandhi of their own).
  if (!toneSandhi) {
    chars.forEach((ch, i) => {
      if ((ch === '一' || ch === '不') && !locked[i] && readings[i] !== null) readings[i] = ch === '一' ? 'yī' : 'bù';
    });
  }
  // Ruby joins a word-list word split in two by ICU (乡|长, 重|塑), not a phrase (为|人民|服务).
  const joinSpans = matches.filter(([s, e]) => words.filter((w) => w.start < e && w.end > s).length === 2);
  return { chars, readings, words, nameSpans, joinSpans };
}

/**
 * Traditional text: read its simplified conversion (pinyin-pro's words are simplified:
 * 銀行行長 alone reads xíng cháng) and carry the readings back, character for character where the
 * conversion kept the length, else by reading the traditional characters one by one.
 */
function analyseTraditional(text: string, names: readonly string[], toneSandhi = true): Analysis {
  const pairs = convertSegments(text, 'cn');
  const simplified = pairs.map((p) => p.to).join('');
  const simplifiedNames = names.map((n) => convertSegments(n, 'cn').map((p) => p.to).join(''));
  const inner = analyseSimplified(simplified, simplifiedNames, toneSandhi);
  const chars = Array.from(text);
  const readings: (string | null)[] = [];
  let pos = 0;
  for (const pair of pairs) {
    const from = Array.from(pair.from);
    const to = Array.from(pair.to);
    if (from.length === to.length) {
      for (let k = 0; k < from.length; k++) readings.push(HAN.test(from[k]!) ? inner.readings[pos + k] ?? null : null);
    } else {
      for (const ch of from) {
        const item = HAN.test(ch) ? pinyin(ch, { type: 'all', traditional: true })[0] : undefined;
        readings.push(item && item.isZh && item.pinyin ? item.pinyin : null);
      }
    }
    pos += to.length;
  }
  // Words and names are found again on the original text so segments cover it exactly.
  const words = segmentWords(text);
  const nameSpans = findNames(chars, names).map(([s, e]) => [s, e] as [number, number]);
  // Character conversion keeps positions, so the simplified reading's word joins apply as they are.
  const joinSpans = Array.from(simplified).length === chars.length ? inner.joinSpans : [];
  return { chars, readings, words, nameSpans, joinSpans };
}

function analyse(text: string, options: ReadOptions | undefined): Analysis {
  const names = options?.names ?? [];
  const toneSandhi = options?.toneSandhi !== false;
  return isMostlyTraditional(text) ? analyseTraditional(text, names, toneSandhi) : analyseSimplified(text, names, toneSandhi);
}

/**
 * Readings of a paragraph or text node, one per element of Array.from(text): tone-marked pinyin
 * (neutral tone unmarked, 一/不 with their tone sandhi) or null for anything that is not Han.
 * Call per paragraph: context is read within the text given.
 */
export function readText(text: string, options?: ReadOptions): (string | null)[] {
  return analyse(text, options).readings;
}

/**
 * The text as ruby segments covering it exactly (concatenated segment texts === text): Han words
 * (names kept whole) with their readings, and runs of everything else with null readings.
 */
export function segmentText(text: string, options?: ReadOptions): RubySegment[] {
  const { chars, readings, words, nameSpans, joinSpans } = analyse(text, options);
  return buildSegments(chars, readings, words, nameSpans, joinSpans);
}

/**
 * Groups characters and their readings into ruby segments: a cut at every word start, none inside a
 * name or a joined word, and one wherever Han and non-Han text meet; runs of non-Han text merge
 * into one segment.
 */
export function buildSegments(
  chars: readonly string[],
  readings: readonly (string | null)[],
  words: readonly WordSpan[],
  nameSpans: ReadonlyArray<readonly [number, number]> = [],
  joinSpans: ReadonlyArray<readonly [number, number]> = [],
): RubySegment[] {
  const cuts = new Set<number>();
  for (const w of words) cuts.add(w.start);
  for (const [s, e] of joinSpans) for (let i = s + 1; i < e; i++) cuts.delete(i);
  for (const [s, e] of nameSpans) {
    for (let i = s + 1; i < e; i++) cuts.delete(i);
    cuts.add(s);
    cuts.add(e);
  }
  const segments: RubySegment[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const part = chars.slice(start, end);
    const isWord = part.every((c) => HAN.test(c));
    const prevSeg = segments[segments.length - 1];
    if (!isWord && prevSeg && !prevSeg.word) {
      prevSeg.text += part.join('');
      prevSeg.readings.push(...part.map(() => null));
    } else {
      segments.push({ text: part.join(''), readings: isWord ? readings.slice(start, end) : part.map(() => null), word: isWord });
    }
    start = end;
  };
  for (let i = 1; i <= chars.length; i++) {
    const typeChange = i < chars.length && HAN.test(chars[i]!) !== HAN.test(chars[i - 1]!);
    if (i === chars.length || cuts.has(i) || typeChange) flush(i);
  }
  return segments;
}

/** The same segments one character per segment, for ruby grouped per character. */
export function splitSegmentsByCharacter(segments: readonly RubySegment[]): RubySegment[] {
  return segments.flatMap((s) =>
    s.word ? Array.from(s.text).map((ch, i) => ({ text: ch, readings: [s.readings[i] ?? null], word: true })) : [s],
  );
}
