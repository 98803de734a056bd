/**
 * What the card shows for a word the reader points at: the reading DuBao shows in context first,
 * then the dictionary's other readings marked as such, the other script's form, HSK level,
 * frequency band and the characters' own glosses. Pure data in, plain data out (it travels in a
 * message from the background).
 */
import { wordAtByDictionary, type DictEntry, type Dictionary } from './dictionary';
import { markDefinition, markPinyin, readingKey } from './pinyin-marks';

/** A word the reading engine segmented, and where the reader points in it. */
export interface LookupRequest {
  /** The engine's segment (a word, or a name kept whole). */
  text: string;
  /** Its readings as the ruby shows them, one per code point (null where nothing is read). */
  readings: (string | null)[];
  /** The pointer's UTF-16 index in `text`. */
  offset: number;
  /** The segment is a personal name on this page (read as a name). */
  name?: boolean;
  /**
   * The readings the ruby shows when they are not Mandarin (Jyutping), one per code point: the
   * card shows them beside the dictionary's pinyin, which `readings` still picks the senses by.
   */
  jyutping?: (string | null)[];
}

export interface Sense {
  /** Tone marks. */
  reading: string;
  definitions: string[];
  /** This is the reading DuBao shows here (false: another reading the dictionary lists). */
  inContext: boolean;
}

export interface CharGloss {
  char: string;
  reading: string;
  /** Its Jyutping as the ruby shows it (with a Jyutping request). */
  jyutping?: string;
  gloss: string;
}

export interface CardData {
  /** The looked-up word as it stands in the text, and its UTF-16 span in the request's text. */
  word: string;
  start: number;
  end: number;
  /** The reading shown in context (tone marks, syllables joined). */
  reading: string;
  /** The word's Jyutping as the ruby shows it, syllables spaced (with a Jyutping request that has one). */
  jyutping?: string;
  name: boolean;
  /** Senses: those under the context reading first, then the other readings. */
  senses: Sense[];
  /** The word in the other script (简 ↔ 繁), when it differs. */
  otherForms: string[];
  hsk: number | null;
  band: number | null;
  /** For a word of more than one character: each character with its reading and gloss. */
  chars: CharGloss[];
}

const MAX_DEFINITIONS = 12;
const MAX_OTHER_SENSES = 6;

function codePointSpan(text: string, start: number, end: number): { from: number; to: number } {
  return { from: Array.from(text.slice(0, start)).length, to: Array.from(text.slice(0, end)).length };
}

/** Whether an entry reads as `reading`: exactly, or (tone sandhi: 一 yí, 不 bú) up to tones. */
function readsAs(entry: DictEntry, reading: string, tonesToo: boolean): boolean {
  const marked = readingKey(markPinyin(entry.pinyin));
  const wanted = readingKey(reading);
  if (tonesToo) return marked === wanted;
  const plain = (s: string) => Array.from(s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).join('').replace(/ü/g, 'u');
  return plain(marked.normalize('NFC')) === plain(wanted);
}

function orderSenses(entries: DictEntry[], reading: string): Sense[] {
  let inContext = entries.filter((e) => readsAs(e, reading, true));
  if (!inContext.length && reading) inContext = entries.filter((e) => readsAs(e, reading, false));
  const senses: Sense[] = [];
  const contextDefs = inContext.flatMap((e) => e.definitions).map(markDefinition);
  if (inContext.length) senses.push({ reading, definitions: contextDefs.slice(0, MAX_DEFINITIONS), inContext: true });
  const others = new Map<string, string[]>();
  for (const e of entries) {
    if (inContext.includes(e)) continue;
    const r = markPinyin(e.pinyin);
    others.set(r, [...(others.get(r) ?? []), ...e.definitions.map(markDefinition)]);
  }
  for (const [r, defs] of [...others].slice(0, MAX_OTHER_SENSES)) {
    senses.push({ reading: r, definitions: defs.slice(0, MAX_DEFINITIONS), inContext: false });
  }
  return senses;
}

function glossOf(dict: Dictionary, char: string, reading: string): string {
  const entries = dict.lookup(char);
  if (!entries.length) return '';
  // Lower-case entries first: "Chóng" (a surname) is rarely the character's gloss in a word.
  const ordered = [...entries.filter((e) => e.pinyin === e.pinyin.toLowerCase()), ...entries.filter((e) => e.pinyin !== e.pinyin.toLowerCase())];
  const match = ordered.find((e) => readsAs(e, reading, true)) ?? ordered.find((e) => readsAs(e, reading, false)) ?? ordered[0]!;
  // Cross-references say little on their own; a surname is the gloss when it is all there is (单 Shàn).
  const plain = match.definitions.filter((d) => !/^(variant of|old variant of|see |surname )/i.test(d));
  return (plain.length ? plain : match.definitions).slice(0, 3).map(markDefinition).join('; ');
}

/** The card for the word at `request.offset`; null when the pointer is on nothing to look up. */
export function buildCard(dict: Dictionary, request: LookupRequest): CardData | null {
  const { text, readings } = request;
  const offset = Math.max(0, Math.min(request.offset, text.length - 1));
  if (!text || !/\p{Script=Han}/u.test(text.slice(offset, offset + 2))) return null;
  let start = 0;
  let end = text.length;
  const name = !!request.name;
  if (!name && !dict.has(text)) {
    // A run the engine kept whole that the dictionary does not list: the dictionary's word there.
    ({ start, end } = wordAtByDictionary(dict, text, offset)!);
  }
  const word = text.slice(start, end);
  const span = codePointSpan(text, start, end);
  const wordReadings = readings.slice(span.from, span.to);
  const reading = wordReadings.filter((r): r is string => !!r).join('');
  const entries = dict.lookup(word);
  const senses = orderSenses(entries, reading);
  const otherForms = [
    ...new Set(entries.map((e) => (e.simplified === word ? e.traditional : e.simplified)).filter((f) => f !== word)),
  ];
  const hsk = entries.find((e) => e.hsk != null)?.hsk ?? null;
  const bands = entries.map((e) => e.band).filter((b): b is number => b != null);
  const chars = Array.from(word);
  // Jyutping only where the request has one per code point (the same segment the ruby shows).
  const jyutping = request.jyutping?.length === Array.from(text).length ? request.jyutping.slice(span.from, span.to) : null;
  const shown = jyutping?.filter((r): r is string => !!r).join(' ');
  return {
    word,
    start,
    end,
    reading,
    ...(shown ? { jyutping: shown } : {}),
    name,
    senses,
    otherForms,
    hsk,
    band: bands.length ? Math.min(...bands) : null,
    chars:
      chars.length > 1
        ? chars.map((char, i) => ({
            char,
            reading: wordReadings[i] ?? '',
            ...(jyutping?.[i] ? { jyutping: jyutping[i]! } : {}),
            gloss: glossOf(dict, char, wordReadings[i] ?? ''),
          }))
        : [],
  };
}
