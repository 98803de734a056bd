/**
 * Forum reposts carry anti-scrape "jammer" text a forum injects into every post: a run of random ASCII
 * ("/ E5 I2 y8 y% i$ g/ Q* R; `") and often the forum's name and a space before the real line resumes
 * ("…公仔箱論壇 自由黨黨魁某某則稱，…"). A page hides it; its text does not. Reading a line's opening past it
 * lets the line's speaker be seen.
 */
import { stripTickerQuotes } from './lines';

// random ASCII: letters, digits and at least two symbols mixed, spaces between
const JAMMER = /^(?=[\x21-\x7e ]*[!-/:-@[-`{-~][\x21-\x7e ]*[!-/:-@[-`{-~])[\x21-\x7e ]{6,}/;
// the forum's name the jammer leaves after it, closed by a space, or run into the line ("公仔箱論壇四川隊…")
const SITE_WORD = /^(?:\p{Script=Han}{2,8}[ \u3000]+|\p{Script=Han}{1,6}(?:論壇|论坛))(?=\p{Script=Han})/u;

// a speaker's label in Latin, what they do in brackets ("Cecilia(Nudité Fashion):"), is ASCII with symbols too
const LATIN_LABEL = /^[A-Z][a-z]{1,14}(?: [A-Z][a-z]{1,14}){0,2} ?\([^()]{2,40}\) ?:/;

/** The line without a leading jammer run (and the forum name after it); the line as it is when none. */
export function stripJammer(text: string): string {
  const m = JAMMER.exec(text);
  // (a company's name with the live stock quote a finance site injects, "PIMCO(0, 0.00, 0.00%)首席投资官", is the
  // role's own opening: the label reader drops the quote, lines.ts stripTickerQuotes)
  if (!m || stripTickerQuotes(m[0]) !== m[0] || LATIN_LABEL.test(m[0])) return text;
  const rest = text.slice(m[0].length);
  if (!/^\p{Script=Han}/u.test(rest)) return text;
  return rest.replace(SITE_WORD, '');
}
