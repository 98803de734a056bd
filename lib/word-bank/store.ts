/**
 * The word bank's storage: its own versioned item in storage.local (it can outgrow sync's quota).
 * Readers always get normalized entries.
 */
import { storage } from '#imports';
import { addEntry, normalizeBank, sameEntry, type WordBankEntry } from './entry';

/** Past this many entries the oldest go: storage.local holds megabytes, not unbounded. */
export const MAX_BANK = 5000;

export const wordBankItem = storage.defineItem<WordBankEntry[]>('local:wordBank', {
  fallback: [],
  version: 1,
});

export async function loadWordBank(): Promise<WordBankEntry[]> {
  return normalizeBank(await wordBankItem.getValue());
}

/** Saves an entry (replacing the same word in the same sentence); resolves to the bank's size. */
export async function saveWord(entry: WordBankEntry): Promise<number> {
  const next = addEntry(await loadWordBank(), entry).slice(-MAX_BANK);
  await wordBankItem.setValue(next);
  return next.length;
}

export async function removeWord(entry: WordBankEntry): Promise<WordBankEntry[]> {
  const next = (await loadWordBank()).filter((e) => !sameEntry(e, entry));
  await wordBankItem.setValue(next);
  return next;
}

export function watchWordBank(listener: (bank: WordBankEntry[]) => void): () => void {
  return wordBankItem.watch((value) => listener(normalizeBank(value)));
}
