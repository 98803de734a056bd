/**
 * The words a reader marked "I know this word": their readings disappear everywhere. Its own
 * versioned item in storage.local; imported and exported as one word per line.
 */
import { storage } from '#imports';

/** A list a person keeps by hand stays far under this; a pasted book does not fill storage. */
export const MAX_KNOWN = 20_000;
const MAX_WORD = 20;
const HAN = /\p{Script=Han}/u;

/** Text with one word per line (also commas, spaces, 、) → the distinct Chinese words, in order. */
export function parseKnownWords(text: string): { words: string[]; rejected: string[] } {
  const words: string[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\s,;，；、]+/)) {
    const word = raw.trim();
    if (!word) continue;
    if (!HAN.test(word) || word.length > MAX_WORD) {
      rejected.push(word);
      continue;
    }
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return { words: words.slice(0, MAX_KNOWN), rejected };
}

/** The list as a file: one word per line. */
export function formatKnownWords(words: readonly string[]): string {
  return words.length ? `${words.join('\n')}\n` : '';
}

export function normalizeKnownWords(raw: unknown): string[] {
  return Array.isArray(raw) ? parseKnownWords(raw.filter((w): w is string => typeof w === 'string').join('\n')).words : [];
}

export const knownWordsItem = storage.defineItem<string[]>('local:knownWords', { fallback: [], version: 1 });

export async function loadKnownWords(): Promise<string[]> {
  return normalizeKnownWords(await knownWordsItem.getValue());
}

export async function saveKnownWords(words: readonly string[]): Promise<string[]> {
  const next = normalizeKnownWords(words);
  await knownWordsItem.setValue(next);
  return next;
}

/** Adds (or, `known` false, removes) words: a word and its other-script forms go in together. */
export async function markKnown(words: string | readonly string[], known = true): Promise<string[]> {
  const list = await loadKnownWords();
  const these = typeof words === 'string' ? [words] : words;
  const next = known ? [...list, ...these.filter((w) => !list.includes(w))] : list.filter((w) => !these.includes(w));
  return saveKnownWords(next);
}

export function watchKnownWords(listener: (words: string[]) => void): () => void {
  return knownWordsItem.watch((value) => listener(normalizeKnownWords(value)));
}
