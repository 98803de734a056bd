/** The context-menu entry for selected text, and what a click on it sends. */

export const SELECTION_MENU_ID = 'dubao-selection';

/** Longest selection the panel is sent; enough for a paragraph, small enough to stay quick. */
export const MAX_SELECTION_CHARS = 2000;

/** The selected text as sent to the panel: trimmed, capped, or null when there is nothing to show. */
export function selectionPayload(selectionText: unknown): { text: string } | null {
  if (typeof selectionText !== 'string') return null;
  const text = selectionText.trim();
  if (!text) return null;
  return { text: [...text].slice(0, MAX_SELECTION_CHARS).join('') };
}
