/**
 * The dictionary's messages, beside the main protocol (lib/messages.ts) on their own channel: a
 * message type the other channel does not know is left for this one. Lookups go content script →
 * background (the dictionary lives there, loaded on the first lookup); the switch goes background
 * (shortcut, context menu) → content script.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CardData, LookupRequest } from './card-data';

export interface DictionaryProtocol {
  /** The card for the word at the request's offset; null when there is nothing to look up. */
  'dict.lookup'(data: LookupRequest): CardData | null;
  /** Starts loading the dictionary (the switch was turned on); true once it is ready. */
  'dict.warm'(): boolean;
  /** Turns the dictionary switch on or off (toggles when `on` is omitted); answers the new state. */
  'dict.toggle'(data: { on?: boolean; fromMenu?: boolean }): boolean;
}

export const {
  sendMessage: sendDictionaryMessage,
  onMessage: onDictionaryMessage,
  removeAllListeners: removeDictionaryListeners,
} = defineExtensionMessaging<DictionaryProtocol>();

/** The keyboard command (manifest) and context-menu entry that flip the switch. */
export const DICTIONARY_COMMAND = 'toggle-dictionary';
export const DICTIONARY_MENU_ID = 'dubao-dictionary';
