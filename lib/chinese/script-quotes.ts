/**
 * Local typography: Taiwan and Hong Kong write quotation marks as corner brackets, “” → 「」 and
 * ‘’ → 『』; simplified text writes them curly. Only quotation marks in Chinese text change: a
 * quote pair whose content or surroundings are Chinese, a lone quote beside Chinese; never an
 * English apostrophe (don’t, Tom’s) nor a quote in Latin text. Each mark maps to one mark, so
 * offsets stay, and on text that had no corner brackets the way back is exact.
 */

export type QuoteStyle = 'corner' | 'curly';

const TO_CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const TO_CURLY: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const CLOSER: Record<string, string> = { '“': '”', '‘': '’' };

// Han, CJK punctuation (、。「」《》…) and full-width forms (，：！？).
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}0-9]/u;
const SKIP = /[\s“”‘’"']/u;

/** Text around the text (a neighbouring text node's), so a quote at an edge knows its context. */
export interface QuoteContext {
  before?: string;
  after?: string;
}

/** Whether the text has anything this module would change in the given style. */
export function hasQuotes(text: string, style: QuoteStyle): boolean {
  return style === 'corner' ? /[“”‘’]/.test(text) : /[「」『』]/.test(text);
}

/**
 * The text with its quotation marks in the style: 'corner' for Taiwan and Hong Kong output,
 * 'curly' for simplified output (corner brackets are Chinese punctuation wherever they stand).
 */
export function convertQuotes(text: string, style: QuoteStyle, context: QuoteContext = {}): string {
  if (!hasQuotes(text, style)) return text;
  const chars = Array.from(text);
  if (style === 'curly') return chars.map((c) => TO_CURLY[c] ?? c).join('');
  const before = Array.from(context.before ?? '');
  const after = Array.from(context.after ?? '');
  const all = [...before, ...chars, ...after];
  const offset = before.length;
  const isApostrophe = (k: number): boolean => LATIN_OR_DIGIT.test(all[k - 1] ?? '') && LATIN_OR_DIGIT.test(all[k + 1] ?? '');
  // The nearest character that is not a space or a quote, on one side.
  const nearest = (k: number, step: 1 | -1): string => {
    for (let j = k + step; j >= 0 && j < all.length; j += step) if (!SKIP.test(all[j]!)) return all[j]!;
    return '';
  };
  const besideChinese = (k: number): boolean => CHINESE.test(nearest(k, -1)) || CHINESE.test(nearest(k, 1));
  const out = [...chars];
  const done = new Set<number>();
  for (let i = offset; i < offset + chars.length; i++) {
    const ch = all[i]!;
    if (done.has(i) || !TO_CORNER[ch]) continue;
    const closer = CLOSER[ch];
    if (closer && !isApostrophe(i)) {
      // A pair: converted together when its content or its outside is Chinese.
      let j = i + 1;
      while (j < all.length && all[j] !== ch && !(all[j] === closer && !isApostrophe(j))) j++;
      if (j < all.length && all[j] === closer) {
        const inner = all.slice(i + 1, j).some((c) => CHINESE.test(c));
        if (inner || CHINESE.test(nearest(i, -1)) || CHINESE.test(nearest(j, 1))) {
          if (i - offset < chars.length) out[i - offset] = TO_CORNER[ch]!;
          if (j - offset < chars.length) out[j - offset] = TO_CORNER[closer]!;
        }
        done.add(j);
        continue;
      }
    }
    // A lone mark (its partner in another text node): by its neighbours. Apostrophes never, nor a
    // ’ right after a Latin letter (students’).
    if (isApostrophe(i) || (ch === '’' && LATIN_OR_DIGIT.test(all[i - 1] ?? ''))) continue;
    if (besideChinese(i)) out[i - offset] = TO_CORNER[ch]!;
  }
  return out.join('');
}
