/**
 * A statement read aloud clause by clause: the text split after clause punctuation (，。！？；：、
 * and their Western forms), each clause with its span in the text, so the page can highlight it
 * while it is spoken. Pure.
 */

export interface Clause {
  text: string;
  /** UTF-16 span in the source text (the clause's trimmed text). */
  start: number;
  end: number;
}

/** Ends a clause; closing quotes and brackets right after it stay with it. */
const CLAUSE_END = /[，。！？；：、,!?;:…]+[”’」』）)】》"']*/gu;
/** A clause with nothing to say (punctuation, spaces) is not spoken. */
const SPEAKABLE = /[\p{L}\p{N}]/u;
/** Voices cut long utterances short (Chrome's ends at about 15 s): long clauses are cut at this length. */
export const MAX_CLAUSE = 120;

export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start >= end || !SPEAKABLE.test(text.slice(start, end))) return;
    let s = start;
    while (s < end) {
      let e = Math.min(end, s + MAX_CLAUSE);
      if (e < end && /[\uD800-\uDBFF]/.test(text[e - 1]!)) e--; // a surrogate pair stays whole
      out.push({ text: text.slice(s, e), start: s, end: e });
      s = e;
    }
  };
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    const end = m.index! + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}
