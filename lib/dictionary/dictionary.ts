/**
 * The compiled dictionary in memory: the file's text kept as it is, and an index from each
 * headword (simplified and traditional) to the offsets of its lines. Entries are parsed only when
 * looked up, so loading costs one pass over the text.
 */
import { DICTIONARY_FORMAT } from './compile';

export interface DictEntry {
  simplified: string;
  traditional: string;
  /** CC-CEDICT's numbered pinyin ("chong2 su4"). */
  pinyin: string;
  definitions: string[];
  hsk: number | null;
  band: number | null;
}

export interface Dictionary {
  /** Entries whose simplified or traditional form is `word`, in CC-CEDICT's order. */
  lookup(word: string): DictEntry[];
  has(word: string): boolean;
  /** The longest headword, in UTF-16 units (bounds longest-match searches). */
  maxLength: number;
  size: number;
  /** The CC-CEDICT release date the file was compiled from. */
  date: string | null;
}

export function loadDictionary(text: string): Dictionary {
  const index = new Map<string, number[]>();
  let maxLength = 0;
  let size = 0;
  const firstEnd = text.indexOf('\n');
  const header = text.slice(0, firstEnd < 0 ? text.length : firstEnd).split('\t');
  if (header[0] !== `#${DICTIONARY_FORMAT}`) throw new Error('not a DuBao dictionary file');
  const add = (key: string, at: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
    if (key.length > maxLength) maxLength = key.length;
  };
  let at = firstEnd + 1;
  while (at > 0 && at < text.length) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    const t1 = text.indexOf('\t', at);
    if (t1 > at && t1 < lineEnd) {
      const t2 = text.indexOf('\t', t1 + 1);
      add(text.slice(at, t1), at);
      if (t2 > t1 + 1) add(text.slice(t1 + 1, t2), at);
      size++;
    }
    at = lineEnd + 1;
  }

  function parseAt(offset: number): DictEntry {
    const end = text.indexOf('\n', offset);
    const [simplified, traditional, pinyin, defs, hsk, band] = text.slice(offset, end < 0 ? undefined : end).split('\t');
    return {
      simplified: simplified!,
      traditional: traditional || simplified!,
      pinyin: pinyin ?? '',
      definitions: defs ? defs.split('/') : [],
      hsk: hsk ? Number(hsk) : null,
      band: band ? Number(band) : null,
    };
  }

  return {
    lookup: (word) => (index.get(word) ?? []).map(parseAt),
    has: (word) => index.has(word),
    maxLength,
    size,
    date: header[2] || null,
  };
}

/**
 * The dictionary's word at position `at` (UTF-16 index) of `text`: the piece of the forward
 * longest-match split that covers it (推进|城乡|融合, so 城 is in 城乡, not 进城).
 */
export function wordAtByDictionary(dict: Dictionary, text: string, at: number): { start: number; end: number } | null {
  if (at < 0 || at >= text.length) return null;
  return segmentByDictionary(dict, text).find((p) => p.start <= at && at < p.end) ?? null;
}

/**
 * Splits `text` into headwords by forward longest match (characters not in the dictionary stand
 * alone): how a run the reading engine kept whole is shown as the dictionary's words.
 */
export function segmentByDictionary(dict: Dictionary, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const max = Math.min(dict.maxLength, 12);
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + max);
    while (end > i + 1 && !dict.has(text.slice(i, end))) end--;
    // A surrogate pair is one character.
    if (end === i + 1 && /[\uD800-\uDBFF]/.test(text[i]!) && i + 2 <= text.length) end = i + 2;
    out.push({ start: i, end });
    i = end;
  }
  return out;
}
