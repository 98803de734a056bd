/**
 * Loads the dictionary card's lazy script (entrypoints/dictionary-card) the first time the reader turns the
 * dictionary on, the way understanding.ts loads the understanding: its own file, imported natively as a
 * module from the extension (web-accessible for that), since WXT bundles a content script as one classic script.
 */
import { DICTIONARY_CARD_KEY, DICTIONARY_CARD_PATH, type DictionaryCardApi } from './dictionary-card-api';

let loading: Promise<DictionaryCardApi> | null = null;

/** The card's functions, imported once per page; a failed load is tried again on the next call. */
export function loadDictionaryCard(): Promise<DictionaryCardApi> {
  loading ??= (async () => {
    await import(/* @vite-ignore */ browser.runtime.getURL(DICTIONARY_CARD_PATH));
    const api = (globalThis as Record<symbol, unknown>)[DICTIONARY_CARD_KEY] as DictionaryCardApi | undefined;
    if (!api) throw new Error('DuBao: the dictionary card did not load');
    return api;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
