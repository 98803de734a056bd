/**
 * Loads the dictionary card's lazy script (entrypoints/dictionary-card) the first time the reader turns the
 * dictionary on, the way understanding.ts loads the understanding (lazy-script.ts).
 */
import { DICTIONARY_CARD_KEY, DICTIONARY_CARD_PATH, type DictionaryCardApi } from './dictionary-card-api';
import { createLazyScript } from './lazy-script';

/** The card's functions, imported once per page; a failed load is tried again on the next call. */
export const loadDictionaryCard = createLazyScript<DictionaryCardApi>(DICTIONARY_CARD_PATH, DICTIONARY_CARD_KEY, 'the dictionary card');
