/**
 * Names and roles as the page prints them. Mirror sites gloss characters with their pinyin ("政協(xié)委員");
 * the matchers read past the glosses (lines.ts stripReadingGlosses), so a speaker may come out without them.
 * The reader sees the page's own text, and the corpus keys write names and roles as printed: the span of
 * the line that reads as the plain name or role is given back, glosses and all (and spaces a matcher
 * squeezed out of a role: "遠見 天下文化事業群創辦人").
 */
import type { Item } from './feature-items';
import { TONED_GLOSS } from './lines';

const GLOSS = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '\\('.concat(TONED_GLOSS), 'y');
const INNER = /[(（][^()（）]{1,12}[)）]/y;

/** The span of `printed` that reads as `plain` once its pinyin glosses are left out (glosses inside and right after kept); `plain` when there is none. */
export function findPrintedSpan(printed: string, plain: string): string {
  if (!plain || (printed.includes(plain) && !printed.includes('('))) return plain;
  // the plain text's characters, each with where it sits in the printed line
  let bare = '';
  const at: number[] = [];
  for (let i = 0; i < printed.length; ) {
    GLOSS.lastIndex = i;
    // (and a bracketed note inside a role, which a matcher may drop: "某党校(某学院)教授", "初一(3)班")
    INNER.lastIndex = i;
    const g = i > 0 && /\p{Script=Han}/u.test(printed[i - 1]!) ? GLOSS.exec(printed) ?? INNER.exec(printed) : null;
    if (g) {
      i += g[0].length;
      continue;
    }
    // spaces the matchers squeezed out ("遠見 天下文化事業群創辦人") are read past too
    if (/\s/.test(printed[i]!) && bare.length > 0) {
      i++;
      continue;
    }
    bare += printed[i];
    at.push(i);
    i++;
  }
  const start = bare.indexOf(plain);
  if (start < 0) return plain;
  const first = at[start]!;
  let end = at[start + plain.length - 1]! + 1;
  // a gloss right after the last character belongs to it
  GLOSS.lastIndex = end;
  const tail = GLOSS.exec(printed);
  if (tail) end += tail[0].length;
  return printed.slice(first, end);
}

/** Gives labelled items' names and roles back as their line prints them (glosses, inner spaces). */
export function reprintGlossedSpeakers(items: Item[]): void {
  for (const it of items) {
    const s = it.speaker;
    const text = it.block.text;
    // (a name or role found as it is needs nothing: most lines)
    if (!s || (!text.includes('(') && (!s.name || text.includes(s.name)) && (!s.role || text.includes(s.role)))) continue;
    it.speaker = { ...s, name: s.name && findPrintedSpan(text, s.name), role: s.role && findPrintedSpan(text, s.role) };
  }
}
