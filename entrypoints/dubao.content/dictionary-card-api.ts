/**
 * What the dictionary card's lazy script (entrypoints/dictionary-card) hands the content script: the card,
 * loaded the first time the reader turns the dictionary on. Types and the key only: both bundles import
 * this file, neither carries the other's code.
 */
import type { DictionaryCard, DictionaryCardOptions } from './ui/dict/dictionary-card';

/** Where the lazy script leaves its functions: the content script's own global (its isolated world), never the page's. */
export const DICTIONARY_CARD_KEY = Symbol.for('dubao.dictionaryCard');

/** The lazy script's path in the extension (listed in web_accessible_resources: wxt.config.ts). */
export const DICTIONARY_CARD_PATH = '/dictionary-card.js';

export interface DictionaryCardApi {
  /** The card in the UI's root: pointer, keys and lookups, off until `setOn(true)`. */
  createCard(options: DictionaryCardOptions): DictionaryCard;
}
