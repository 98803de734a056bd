/**
 * The readings' word dictionary: words pinyin-pro's built-in dictionary misses or reads otherwise
 * (心脏 xīnzàng, 逮捕 dàibǔ, 剥夺 bōduó …), compiled at build time from @pinyin-pro/data
 * (scripts/build-word-dictionary.ts) and added to pinyin-pro with `addDict`, so pinyin-pro stays
 * the engine and its segmentation weighs the new words by their frequency.
 *
 * The file is JSON, the object addDict takes: `{"word": ["syllables separated by spaces", probability]}`,
 * so the install parses nothing of ours: JSON.parse builds the object in one pass (a line format split
 * per line and per field cost the cold path more: bench "reading: word dictionary install").
 * It is loaded once, lazily, before the first read (the background fetches it; the CLI, tests and
 * bench read the built file): pure parsing and installing here, no I/O.
 */
import { addDict, removeDict } from 'pinyin-pro';

/** Where the built extension carries the file (gzipped; the background inflates it). */
export const WORD_DICTIONARY_ASSET = 'reading/words.json.gz';

const DICT_NAME = 'dubao-words';

export type WordEntries = Record<string, [reading: string, probability: number]>;

/** Code points of a word; most words are all BMP, where it is the string's length. */
function countChars(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

function countSyllables(reading: string): number {
  let n = 1;
  for (let i = reading.indexOf(' '); i !== -1; i = reading.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Parses the file; entries that are not `[reading, probability]` with a syllable per character are
 * dropped (the object is checked in place: no copy on the cold path). Anything but an object is none.
 */
export function parseWordDictionary(text: string): WordEntries {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const out = parsed as Record<string, unknown>;
  for (const word in out) {
    const value = out[word];
    // A word's syllables and characters must line up, or pinyin-pro's readings lose their alignment.
    const ok =
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'number' &&
      Number.isFinite(value[1]) &&
      word !== '' &&
      countSyllables(value[0]) === countChars(word);
    if (!ok) delete out[word];
  }
  return out as WordEntries;
}

/** Writes entries in the file's format (the build step's half of the round trip). */
export function formatWordDictionary(entries: WordEntries): string {
  return JSON.stringify(entries);
}

let installed = 0;

/**
 * Adds the words to pinyin-pro (replacing an earlier install); returns how many. Every reader
 * after this reads with them: install before the first read (a word cache filled before would
 * keep readings made without them).
 */
export function installWordDictionary(text: string): number {
  const entries = parseWordDictionary(text);
  if (installed > 0) removeDict(DICT_NAME);
  // dict1 'ignore': only words; a single character's readings stay pinyin-pro's.
  addDict(entries, { name: DICT_NAME, dict1: 'ignore' });
  installed = Object.keys(entries).length;
  return installed;
}

/** How many words the installed dictionary holds (0 before any install). */
export function installedWordCount(): number {
  return installed;
}
