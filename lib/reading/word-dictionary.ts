/**
 * The readings' word dictionary: words pinyin-pro's built-in dictionary misses or reads otherwise
 * (心脏 xīnzàng, 逮捕 dàibǔ, 剥夺 bōduó …), compiled at build time from @pinyin-pro/data
 * (scripts/build-word-dictionary.ts) and added to pinyin-pro with `addDict`, so pinyin-pro stays
 * the engine and its segmentation weighs the new words by their frequency.
 *
 * The file is text, one word a line: `word<TAB>syllables separated by spaces<TAB>probability`.
 * It is loaded once, lazily, before the first read (the background fetches it; the CLI, tests and
 * bench read the built file): pure parsing and installing here, no I/O.
 */
import { addDict, removeDict } from 'pinyin-pro';

/** Where the built extension carries the file (gzipped; the background inflates it). */
export const WORD_DICTIONARY_ASSET = 'reading/words.txt.gz';

const DICT_NAME = 'dubao-words';

export type WordEntries = Record<string, [reading: string, probability: number]>;

/** Parses the file; lines that are not `word TAB reading TAB probability` are skipped. */
export function parseWordDictionary(text: string): WordEntries {
  const out: WordEntries = {};
  for (const line of text.split('\n')) {
    const [word, reading, p] = line.split('\t');
    if (!word || !reading || !p) continue;
    const probability = Number(p);
    // A word's syllables and characters must line up, or pinyin-pro's readings lose their alignment.
    if (!Number.isFinite(probability) || reading.split(' ').length !== Array.from(word).length) continue;
    out[word] = [reading, probability];
  }
  return out;
}

/** Writes entries in the file's format (the build step's half of the round trip). */
export function formatWordDictionary(entries: WordEntries): string {
  return Object.entries(entries)
    .map(([word, [reading, p]]) => `${word}\t${reading}\t${p}\n`)
    .join('');
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
