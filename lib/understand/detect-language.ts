/** Whether a page reads as Chinese: its declared language and the share of Han characters in its text. */

export interface LanguageVerdict {
  chinese: boolean;
  /** The page's lang attribute, lower-cased, or null. */
  lang: string | null;
  /** Han characters among all letters (Han + Latin + kana + hangul) of the sample, 0..1. */
  hanShare: number;
  /** Han characters in the sample. */
  hanCount: number;
}

const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{Script=Han}\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Counts Han characters and letters in a text sample; kana mark Japanese. */
export function measureText(text: string): { han: number; letters: number; kana: number } {
  let han = 0;
  let letters = 0;
  let kana = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (HAN.test(ch)) han++;
    else if (KANA.test(ch)) kana++;
  }
  return { han, letters, kana };
}

/**
 * Decides from a lang attribute and a text sample. A zh lang with some Han text is Chinese;
 * without a lang (or a wrong one, common on Chinese sites) the Han share decides; ja/ko never.
 */
export function judgeLanguage(lang: string | null | undefined, sample: string): LanguageVerdict {
  const normalized = lang?.trim().toLowerCase() || null;
  const { han, letters, kana } = measureText(sample);
  const hanShare = letters === 0 ? 0 : han / letters;
  let chinese: boolean;
  if (normalized?.startsWith('ja') || normalized?.startsWith('ko')) chinese = false;
  else if (kana > han * 0.05 + 5) chinese = false; // Japanese text without a lang attribute
  else if (normalized?.startsWith('zh')) chinese = han >= 10;
  else chinese = han >= 20 && hanShare >= 0.3;
  return { chinese, lang: normalized, hanShare, hanCount: han };
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE', 'TEXTAREA']);

/** The first `maxChars` characters of a document's readable text (no script, style or code). */
export function sampleDocumentText(doc: Document, maxChars = 20_000): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 0x4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (SKIP.has(parent.tagName.toUpperCase()) || parent.closest('script,style,noscript,template,svg,code,pre,textarea'))) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join('').slice(0, maxChars);
}

/** Reads a document's lang and a sample of its readable text. */
export function detectDocumentLanguage(doc: Document, maxChars = 20_000): LanguageVerdict {
  return judgeLanguage(doc.documentElement.getAttribute('lang'), sampleDocumentText(doc, maxChars));
}
