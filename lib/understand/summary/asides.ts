/**
 * A reporter's bracketed interjections inside a quote ("（點解？）", "(笑)", "（記者問：…）"): not the
 * speaker's words, so the cues never read them and a gist does not show them where it can avoid it.
 * A bracketed gloss ("區選(區議會選舉)") or insertion ("(抗議者)提出…") is part of the sentence: kept.
 */

// a bracketed question, or a bracketed stage note or reporter's word
const ASIDE =
  /[（(](?:[^（）()]{1,20}[？?]|(?:笑|大笑|[苦眾众]笑|掌[声聲]|鼓掌|停[顿頓]|沉默|叹气|嘆氣|记者|記者|问|問|编按|編按|编者|編者|按)[^（）()]{0,20})[)）]/g;

/** The text without the reporter's bracketed interjections (for the cues; what is shown stays verbatim). */
export function dropAsides(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(ASIDE, '') : text;
}

/** Whether a text is nothing but an interjection (and its punctuation). */
export function isOnlyAside(text: string): boolean {
  return text !== '' && /^[\s。，,！!？?…]*$/.test(dropAsides(text));
}

/** The text without interjections at its start: still a suffix of it, so still verbatim. */
export function dropLeadingAsides(text: string): string {
  let t = text;
  for (;;) {
    const m = /^\s*[（(][^（）()]{1,30}[)）]\s*/.exec(t);
    if (!m || dropAsides(m[0].trim()) !== '') return t;
    t = t.slice(m[0].length);
  }
}

/** Whether a text holds an interjection. */
export function hasAside(text: string): boolean {
  return dropAsides(text) !== text;
}
