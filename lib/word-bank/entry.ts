/**
 * One saved word: what the card showed and where the reader met it. Pure: `normalizeEntry`
 * repairs anything stored (a missing field, a wrong type) into a valid entry or drops it.
 */

export interface WordBankEntry {
  /** The word as it stood in the text. */
  word: string;
  /** The reading DuBao showed there (tone marks). */
  reading: string;
  /** The definitions, joined with "; ". */
  definition: string;
  /** The sentence the word stood in. */
  sentence: string;
  /** The article's headline (the page's title when no headline was found). */
  headline: string;
  url: string;
  /** Inside a roundtable: the speaker whose statement held the word ('' elsewhere). */
  speaker: string;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
}

/** Field limits: a page cannot make one entry outgrow storage. */
const LIMITS: Record<Exclude<keyof WordBankEntry, 'savedAt'>, number> = {
  word: 40,
  reading: 200,
  definition: 2000,
  sentence: 1000,
  headline: 300,
  url: 2000,
  speaker: 100,
};

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/** A stored value → a valid entry, or null when it has no word. */
export function normalizeEntry(raw: unknown): WordBankEntry | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const word = text(r.word, LIMITS.word).trim();
  if (!word) return null;
  return {
    word,
    reading: text(r.reading, LIMITS.reading),
    definition: text(r.definition, LIMITS.definition),
    sentence: text(r.sentence, LIMITS.sentence),
    headline: text(r.headline, LIMITS.headline),
    url: text(r.url, LIMITS.url),
    speaker: text(r.speaker, LIMITS.speaker),
    savedAt: typeof r.savedAt === 'number' && Number.isFinite(r.savedAt) ? r.savedAt : 0,
  };
}

/** Any stored value → the valid entries, in order. */
export function normalizeBank(raw: unknown): WordBankEntry[] {
  return Array.isArray(raw) ? raw.map(normalizeEntry).filter((e): e is WordBankEntry => e !== null) : [];
}

/** The same word met in the same sentence is one entry: saving it again replaces it. */
export function sameEntry(a: WordBankEntry, b: WordBankEntry): boolean {
  return a.word === b.word && a.sentence === b.sentence;
}

/** The bank with `entry` added last (an earlier save of the same word and sentence replaced). */
export function addEntry(bank: readonly WordBankEntry[], entry: WordBankEntry): WordBankEntry[] {
  return [...bank.filter((e) => !sameEntry(e, entry)), entry];
}
