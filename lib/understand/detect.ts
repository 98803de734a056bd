/**
 * The per-page check. It runs on every page, so it starts with a necessary condition that costs about one
 * pass over the page's text (two or more speaker labels or attributions somewhere in it), and parses the
 * page fully only when that holds.
 */
import { blocksFromDocument } from './blocks';
import { isHostLabel, isLabelShaped } from './lines';
import { isPersonName, splitSpeakerLabel } from './names';
import { parseBlocks, type ParseResult } from './parse';

const NOT_IN_LABEL = /[，。,；;！？!?]/;

function labelSpeaks(label: string): boolean {
  const l = label.trim();
  if (l.length < 2 || l.length > 45 || NOT_IN_LABEL.test(l)) return false;
  if (!isLabelShaped(l)) return false;
  if (isHostLabel(l)) return false;
  // a bare full name counts too: the caller has seen a sentence follow the colon
  return isPersonName(l) || splitSpeakerLabel(l).evidence >= 2;
}

function isHanCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

// Where a label's text can begin: after a line break or the punctuation that ends the previous clause.
function isLabelBoundary(c: number): boolean {
  return (
    c === 10 || c === 13 || c === 9 || c === 0x3002 /* 。 */ || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff0c ||
    c === 44 || c === 33 || c === 63 || c === 59 || c === 58 || c === 0xff1a || c === 0x201d /* ” */ || c === 0x300d /* 」 */
  );
}

const MAX_LABEL = 46;
const SPEECH_REACH = 240;
const SENTENCE_SOON = /[。！？!?]/;

/**
 * Whether a page's text holds at least `needed` speaker labels ("市民张新海:") or "——" attributions.
 * Driven by indexOf over the text (native and fast), looking closer only where a colon follows Han text,
 * so a page costs about one pass over its characters.
 */
export function mightBeFeature(text: string, needed = 2): boolean {
  let found = 0;
  // pages repeat their lead-ins ("…如下：", a headline in every list): judge each label once
  const verdicts = new Map<string, boolean>();
  const speaksWithEvidence = (label: string): boolean => {
    let v = verdicts.get(label);
    if (v === undefined) {
      v = labelSpeaks(label);
      verdicts.set(label, v);
    }
    return v;
  };
  for (const colon of ['：', ':']) {
    for (let i = text.indexOf(colon); i !== -1; i = text.indexOf(colon, i + 1)) {
      const prev = text.charCodeAt(i - 1);
      // a label ends with Han text or a closing bracket ("林一彪(企业员工):")
      if (!isHanCode(prev) && prev !== 0x29 && prev !== 0xff09 && prev !== 0x300d && prev !== 0x201d) continue;
      const min = Math.max(0, i - MAX_LABEL);
      let s = i - 1;
      while (s > min && !isLabelBoundary(text.charCodeAt(s - 1))) s--;
      if (s === min && min > 0 && !isLabelBoundary(text.charCodeAt(s - 1))) continue; // too long for a label
      // a voice says something: a sentence ends soon after the label (a headline list has none)
      if (!SENTENCE_SOON.test(text.slice(i + 1, i + 1 + SPEECH_REACH))) continue;
      if (speaksWithEvidence(text.slice(s, i)) && ++found >= needed) return true;
    }
  }
  for (let i = text.indexOf('——'); i !== -1; i = text.indexOf('——', i + 2)) {
    let e = i + 2;
    const max = Math.min(text.length, e + 52);
    while (e < max && !isLabelBoundary(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x2014) e++;
    if (speaksWithEvidence(text.slice(i + 2, e)) && ++found >= needed) return true;
  }
  return false;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: lib/ must not touch browser globals
const SAMPLE_NODES = 400;
const SAMPLE_CHARS = 4000;

/**
 * Whether the page's opening text holds Chinese at all: a roundtable page is Chinese from its navigation
 * on. Reads at most a few hundred text nodes, so a non-Chinese page costs almost nothing. (The content
 * script judges a page's language from its opening text the same way.)
 */
function opensInChinese(doc: Document, body: HTMLElement): boolean {
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  let han = 0;
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node && nodes < SAMPLE_NODES && chars < SAMPLE_CHARS; node = walker.nextNode()) {
    nodes++;
    if ((node as Text).length < 2) continue;
    const data = (node as Text).data;
    chars += data.length;
    for (let i = 0; i < data.length; i++) if (isHanCode(data.charCodeAt(i)) && ++han >= 10) return true;
  }
  return false;
}

/** Bold lines that name a speaker without a colon ("<b>全国人大代表、白塔村党总支书记欧阳华</b>"). */
function countBoldLabels(body: HTMLElement, needed: number): number {
  let found = 0;
  // getElementsByTagName: one cheap pass by tag name, no selector matching, no wrappers for text
  for (const tag of ['strong', 'b']) {
    const bold = body.getElementsByTagName(tag);
    for (let i = 0; i < bold.length && i < 400; i++) {
      const text = (bold[i]!.textContent ?? '').trim().replace(/[:：]$/, '');
      if (text.length < 2 || text.length > 45 || !isHanCode(text.charCodeAt(text.length - 1))) continue;
      if (!isLabelShaped(text)) continue;
      const split = splitSpeakerLabel(text);
      if (split.name && split.evidence >= 2 && ++found >= needed) return found;
    }
  }
  return found;
}

/**
 * The cheap per-page check: a Chinese opening, then two speaker labels or attributions somewhere in the
 * text (or two bold labels), then, only then, a full parse.
 */
export function detectFeature(doc: Document): boolean {
  return detectAndParse(doc)?.outline.detected ?? false;
}

/** The check and, when it holds, the full parse it made (so a caller that wants the outline parses once). */
export function detectAndParse(doc: Document, title?: string | null): ParseResult | null {
  const body = doc.body;
  if (!body || !opensInChinese(doc, body)) return null;
  const text = body.textContent ?? '';
  if (!mightBeFeature(text) && countBoldLabels(body, 2) < 2) return null;
  return parseBlocks(blocksFromDocument(doc), { fromDocument: true, title });
}
