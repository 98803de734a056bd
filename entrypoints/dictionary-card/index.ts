/**
 * The dictionary's lazy part: the card (pointer and keys, hit-testing, the card's elements and styles). The
 * content script carries only the switch and imports this script (as a module, from the extension) the first
 * time the reader turns the dictionary on (dubao.content/dictionary-card-loader.ts), so most pages never load
 * or compile it. It runs in the content script's world and leaves its functions on that world's global.
 */
import { DICTIONARY_CARD_KEY, type DictionaryCardApi } from '../dubao.content/dictionary-card-api';
import { createDictionaryCard } from '../dubao.content/ui/dict/dictionary-card';

const api: DictionaryCardApi = { createCard: createDictionaryCard };

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[DICTIONARY_CARD_KEY] = api;
});
