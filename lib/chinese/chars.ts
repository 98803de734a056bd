/** Character classes of Chinese news text, shared by the understanding modules. */

/** Ends a sentence. */
export const SENTENCE_END = '。！？!?…';
const SENTENCE_SPLIT = '。！？!?';
/** Closing quotes and brackets that may follow a sentence end. */
export const CLOSERS = '”’」』》）)】"\'';

/** Collapses the whitespace runs of extracted text; keeps the characters otherwise. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** Removes all whitespace; Chinese labels and names never need it. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

const LATIN_OR_DIGIT = /[A-Za-z0-9\u00c0-\u024f]/;

/** Whitespace dropped as `squeeze` drops it, but one space kept between two Latin words ("Moss Studio", "Gakkai 2"). */
export function squeezeExceptLatin(text: string): string {
  return text.trim().replace(/[\s\u00a0\u3000]+/g, (gap, at: number, all: string) =>
    LATIN_OR_DIGIT.test(all.charAt(at - 1)) && LATIN_OR_DIGIT.test(all.charAt(at + gap.length)) ? ' ' : '',
  );
}

/** Whether the paragraph ends like a finished sentence (possibly inside closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.includes(t[i]!)) i--;
  if (i < 0) return true;
  const ch = t[i]!;
  // a paragraph ending in a closing quote/bracket is complete too ("…的“小白路径”" ends a title-like phrase)
  return SENTENCE_END.includes(ch) || i < t.length - 1;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '（': '）', '(': ')', '【': '】', '‘': '’' };
const CLOSING = new Set(Object.values(PAIRS));

/** Whether quotes and brackets in the text are balanced (a label never splits a quotation). */
const ANY_BRACKET = /[“”「」『』《》（）()【】‘’]/;

export function isBalanced(text: string): boolean {
  if (!ANY_BRACKET.test(text)) return true;
  const stack: string[] = [];
  for (const ch of text) {
    const close = PAIRS[ch];
    if (close) stack.push(close);
    else if (CLOSING.has(ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

/**
 * Splits text into sentences, verbatim: each ends at 。！？… (with any closing quotes after it) or at the
 * end of the text. Concatenating the result gives the input back.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const chars = Array.from(text);
  let pos = 0; // UTF-16 offset
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    pos += ch.length;
    // an ellipsis inside a sentence ("县衙……街道") is rhetorical, not an end
    if (!SENTENCE_SPLIT.includes(ch)) continue;
    // swallow repeated enders (?!) and closing quotes
    while (i + 1 < chars.length && (SENTENCE_SPLIT.includes(chars[i + 1]!) || CLOSERS.includes(chars[i + 1]!))) {
      i++;
      pos += chars[i]!.length;
    }
    out.push(text.slice(start, pos));
    start = pos;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((s) => s.trim().length > 0);
}
