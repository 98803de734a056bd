/**
 * A site's contact line read as a label ("联系某某：13757963812", "咨询电话：…"): what follows the colon is a telephone
 * number, the page's furniture around the article, never a person's words. Pure string tests.
 */
import type { StatementBuild } from './feature-items';

// a telephone number at the head of the words: seven digits or more, an area code in brackets or before a dash
const PHONE = /^\D{0,2}\d{3,4}\D{0,2}\d{3,4} ?\d{4}/u;

/** Whether the voice's words open with a telephone number: a contact line, no voice. */
export function opensWithPhone(s: StatementBuild): boolean {
  return PHONE.test(s.paragraphs[0]?.trim() ?? '');
}
