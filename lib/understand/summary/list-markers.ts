/**
 * List markers at the start of a sentence: `2、` `（三）` `(1)` `第一，` `一是` `其二`. Shown text drops the
 * numbered ones (the number means nothing out of its list); the item is still known to be a list item.
 */

const NUM = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const NUMBERED = `[（(](?:${NUM})[）)]|(?:${NUM})[、．]|[0-9０-９]{1,2}[.)）](?![0-9０-９])|第(?:${NUM})[，,、：:]|[①-⑳]`;
const BULLET = '[•·●○■□◆◇▲△▶►☆★※◎➤✓✔]';
// a marker that is only a number or a bullet (or both: "• 12、"): stripped from what is shown
const NUMBER_MARKER = new RegExp(`^\\s*(?:${BULLET}\\s*)?(?:${NUMBERED})\\s*|^\\s*${BULLET}\\s*`);
// markers that are words of the sentence ("一是加强…", "其二，…", "一方面，…另一方面，…" at a sentence's head): kept, but the
// sentence is a list item
const WORD_MARKER = /^\s*(?:(?:另)?一方面[，,]|[一二三四五六七八九十]是|其[一二三四五六七八九十][，,、：:]|首先[，,]|其次[，,]|再次[，,]|最后[，,]|最後[，,])/;

/** The length of the numbered marker at the start of a text (0 when there is none). */
export function measureListMarker(text: string): number {
  const m = NUMBER_MARKER.exec(text);
  return m ? m[0].length : 0;
}

/** The text without its leading numbered marker. */
export function stripListMarker(text: string): string {
  return text.slice(measureListMarker(text)).trim();
}

/** Whether a sentence opens as one item of a list. */
export function isListItem(text: string): boolean {
  return measureListMarker(text) > 0 || WORD_MARKER.test(text);
}

/** Where a run of list items begins inside a text: after `：` that is followed by a marker (-1 when none). */
export function findListStart(text: string): number {
  const re = /[：:]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index + 1);
    if (isListItem(rest)) return m.index + 1;
  }
  return -1;
}
