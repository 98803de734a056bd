/**
 * The content script's side of the dictionary: lookups go to the background, which holds the
 * dictionary (loaded there on first use, so the content script carries none of its data), and the
 * switch comes from the background's shortcut and context-menu entry.
 */
import type { CardData, LookupRequest } from '@/lib/dictionary/card-data';
import { onDictionaryMessage, sendDictionaryMessage } from '@/lib/dictionary/messages';
import type { DubaoUi } from '../app';

export function lookupInBackground(request: LookupRequest): Promise<CardData | null> {
  return sendDictionaryMessage('dict.lookup', request);
}

export function warmInBackground(): Promise<boolean> {
  return sendDictionaryMessage('dict.warm', undefined);
}

/**
 * Answers the background's `dict.toggle` (shortcut, context menu) with the page's UI, mounted if
 * it was not yet; turning it on also looks up the word right-clicked (menu) or the first word of
 * the selection (shortcut). Returns the listener's remover.
 */
export function routeDictionaryToggle(getUi: () => Promise<DubaoUi | null>): () => void {
  return onDictionaryMessage('dict.toggle', async ({ data }) => {
    const ui = await getUi();
    if (!ui) return false;
    const on = ui.toggleDictionary(data?.on);
    if (on && data?.fromMenu) await ui.dictionary.lookupAtMenuPoint();
    else if (on) await ui.dictionary.lookupAtSelection();
    return on;
  });
}
