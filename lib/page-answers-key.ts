/**
 * Where a page's readings and conversions are kept in storage.session: one naming shared by the
 * content script, which keeps them (entrypoints/dubao.content/layers/session-readings.ts), and the
 * background, which forgets them all when the reader's entries change what they would be.
 */
export const PAGE_ANSWERS_PREFIX = 'dubaoPage:';

/** Whether a storage.session key holds a page's answers (its count or one of its parts). */
export function isPageAnswersKey(key: string): boolean {
  return key.startsWith(PAGE_ANSWERS_PREFIX);
}
