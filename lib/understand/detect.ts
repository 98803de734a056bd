/**
 * The per-page check. It runs on every page, so it starts with a necessary condition: native reads of the
 * page's paragraphs (<p>, <br>-broken blocks: not its links, lists and menus) and native indexOf for colons
 * and dashes; only those that open a line or follow a sentence end (where speaker labels and "——"
 * attributions sit) are judged, cheapest tests first, each label once.
 * (Reading text node by node costs more per character in Chromium than one textContent read: measured.)
 * The formats without a colon are found the same way, by indexOf: "）「" (name（role）「…」) and "说。" after a
 * closing quote (“…”王女士说。). Bold labels and paragraphs that are only "org name" are counted from the
 * elements, and only when the text holds too few cues. The page is parsed fully only when two cues naming
 * two different voices are there.
 */
import { blocksFromDocument } from './blocks';
import { isHostLabel, isLabelShaped, matchLooseLabel } from './lines';
import { isLatinName, isPersonName, looksLikeGivenName, splitSpeakerLabel } from './names';
import { countParagraphVoices } from './paragraph-voice-cues';
import { findFramedLead } from './framed-lead';
import { readOpeningText } from './opening-text';
import { parseBlocks, type ParseResult } from './parse';
import { surnameLengthAt } from './surnames';
import { stripLetterVerb } from './letter-lines';
import { matchClosingLabel } from './closing-labels';

const CLOSING_HINT = /^(?:例如|比如|譬如)|(?:读者|讀者)(?:说|說)$/;

const NOT_IN_LABEL = /[，。,；;！？!?]/;

// a programme's role after a room or a time ("第二教学楼202  主  席："): a schedule, nobody speaks
const PROGRAMME_CELL = /[\d\s]\s*(?:主\s*席|主持人?|评\s*论\s*人|評\s*論\s*人|点评人|點評人|主讲人|主講人|评议人|評議人)$/;

function labelSpeaks(label: string): boolean {
  // "某地的读者王某来信写到": a reader's letter follows, its writer named
  const letter = stripLetterVerb(label.trim());
  if (letter) return splitSpeakerLabel(letter).name !== null;
  // "例如，某地的谢某读者说": a sentence handing over to a voice, the words below (closing-labels.ts)
  if (CLOSING_HINT.test(label)) return matchClosingLabel(`${label}：`) !== null;
  const l = label.trim();
  if (PROGRAMME_CELL.test(l)) return false;
  if (l.length < 2 || l.length > 45 || NOT_IN_LABEL.test(l.replace(/[（(][^（()）]*[)）]/g, ''))) return false;
  if (!isLabelShaped(l)) return false;
  if (isHostLabel(l)) return false;
  // a bare full name counts too: the caller has seen a sentence follow the colon
  return isPersonName(l) || splitSpeakerLabel(l).evidence >= 2;
}

// "市民李女士说：“…”": a vox pop label, a person before a verb of saying
const SAID_VERB = /(?:说|說|表示|讲|講|告诉记者|告訴記者|坦言|直言)$/;
function saidSpeaks(label: string): boolean {
  const l = label.trim().replace(SAID_VERB, '');
  if (l.length < 2 || l.length > 30 || NOT_IN_LABEL.test(l) || !isLabelShaped(l)) return false;
  const split = splitSpeakerLabel(l);
  return split.name !== null && split.evidence >= 2;
}

function isHanCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}
const HAN = /[\u3400-\u9fff]/;

// Where a label's text can begin inside a run of text: after a line break or a sentence's end (a closing
// quote or bracket ends a quotation or a byline, "…发展。(记者 李娟)市民张三："). Not after a comma: a clause's
// subject before a colon ("…，他说：") is narrative.
function isLabelBoundary(c: number): boolean {
  return (
    c === 10 || c === 13 || c === 9 || c === 0x3002 /* 。 */ || c === 0xff01 || c === 0xff1f || c === 0xff1b ||
    c === 33 || c === 63 || c === 59 || c === 0x201d /* ” */ || c === 0x300d /* 」 */ || c === 0x300f || c === 0xff09 || c === 0x29 ||
    // a colon ends a line that ran into the next block ("话题一：托育服务如何普惠" + "市政协委员…：")
    c === 58 || c === 0xff1a || c === 0xfe30
  );
}

const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a Latin given name of 3–15 letters, capitalised and right after a Han character, ends at `at` ("民眾Steve"). */
function afterHanLatinName(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < 15 && isLatinLetter(text.charCodeAt(s - 1))) s--;
  const c = text.charCodeAt(s);
  return at - s >= 3 && c >= 65 && c <= 90 && s > 0 && isHanCode(text.charCodeAt(s - 1));
}

/** Whether the text just before `at` is a bracketed number: "（002776）", "(3)". */
function afterNumberInBrackets(text: string, at: number): boolean {
  const close = text.charCodeAt(at - 1);
  if (close !== 0xff09 && close !== 0x29) return false;
  let j = at - 2;
  while (j >= 0 && at - j <= 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j--;
  const open = text.charCodeAt(j);
  return j < at - 2 && (open === 0xff08 || open === 0x28);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0x3000 || c === 0xa0 || c === 10 || c === 13 || c === 9;
}

const LEADING_COMMA = /^[，,\s]+/;
const NETIZEN_WORDS = ['网友', '網友', '网民', '網民'];
const QUOTED_HANDLE = /^\s*[“「『][^“”「」『』，,。：:\s]{1,20}[”」』]$/;
const EDGE_SPACES = /^[\s\u3000]+|[\s\u3000]+$/g;
const MAX_LABEL = 46;
const SPEECH_REACH = 240;
const SENTENCE_SOON = /[。！？!?]/;
const SPEECH_LINE = /[。…，,；;]/;

/** Counts speaker cues in a page's text. */
class CueCounter {
  found = 0;
  said = 0;
  // pages repeat their lead-ins ("…如下：", a headline in every list): judge each label once
  private readonly verdicts = new Map<string, boolean>();
  // a feature has several voices: one person's label over and over (an interview's answerer, a speech's
  // speaker) counts once
  private readonly counted = new Set<string>();

  constructor(private readonly needed: number) {}

  get enough(): boolean {
    return this.found >= this.needed || (this.found >= 1 && this.found + this.said >= this.needed) || this.said >= this.needed + 1;
  }

  private judge(label: string, said: boolean): boolean {
    const key = said ? `\u0000${label}` : label;
    let v = this.verdicts.get(key);
    if (v === undefined) {
      v = said ? saidSpeaks(label) : labelSpeaks(label);
      this.verdicts.set(key, v);
    }
    return v;
  }

  /** A host's line that asks ("主持人：…？") was seen: it vouches for guests labelled by a bare name ("保某："). */
  hostAsked = false;

  // "张：" / "王：": a dialogue's turns by surname alone (the parse maps them to the names the intro gives)
  private readonly surnames = new Set<string>();

  private count(label: string, said: boolean): void {
    if (label.length === 1) {
      if (said || surnameLengthAt(label) !== 1 || this.surnames.has(label)) return;
      this.surnames.add(label);
      // two surnames taking turns are two cues; one alone is none
      if (this.surnames.size === 2) this.found += 2;
      else if (this.surnames.size > 2) this.found++;
      return;
    }
    if (!this.judge(label, said) && !(this.hostAsked && !said && looksLikeGivenName(label.trim())) && !(!said && QUOTED_HANDLE.test(label) && this.speaksOfNetizens())) return;
    const who = label.replace(/\s+/g, '');
    if (this.counted.has(who)) return;
    this.counted.add(who);
    if (said) this.said++;
    else this.found++;
  }

  private text = '';
  private netizens: boolean | undefined;

  /** The page speaks of netizens: a quoted handle alone before a colon ("“步行鸟”：…") is one of them (read once, when such a label is seen). */
  private speaksOfNetizens(): boolean {
    this.netizens ??= NETIZEN_WORDS.some((w) => this.text.includes(w));
    return this.netizens;
  }

  /** Scans the text; true once enough cues are seen. */
  scan(text: string): boolean {
    this.text = text;
    let open = 0;
    while (open < text.length && isSpace(text.charCodeAt(open))) open++;
    // (and the Big5 colon of Hong Kong and Taiwan pages, "市民︰…": blocks.ts reads it as the colon)
    for (const colon of ['：', ':', '\ufe30']) {
      for (let i = text.indexOf(colon); i !== -1; i = text.indexOf(colon, i + 1)) {
        if (i === open) continue;
        const prev = text.charCodeAt(i - 1);
        // a label ends with Han text or a closing bracket ("林一彪(企业员工):"), or a Latin given name right after
        // Han text ("排隊民眾Steve:"; not an English word after a space, "Note:", "http:")
        if (!isHanCode(prev) && prev !== 0x29 && prev !== 0xff09 && prev !== 0x300d && prev !== 0x201d && !afterHanLatinName(text, i)) continue;
        const min = Math.max(open, i - MAX_LABEL);
        let s = i - 1;
        while (s > min && !isLabelBoundary(text.charCodeAt(s - 1))) s--;
        // a label opens the text or follows a sentence's end; a longer stretch is not a label
        if (s === min && s > open && !isLabelBoundary(text.charCodeAt(s - 1))) continue;
        // a voice says something: a sentence ends soon after the label (a headline list has none), on the
        // label's own line when the speech starts there ("胡锡进：标题" on its line, then the next headline).
        // Tested before the label itself: lists of links are where most colons of a page are, and this is cheaper.
        const after = text.slice(i + 1, i + 1 + SPEECH_REACH);
        const nl = after.indexOf('\n');
        // ("首席投资官：Rick Rieder" names the speaker on the label's line; the speech is below)
        const line = nl >= 0 ? after.slice(0, nl).trim() : '';
        // On its own line, speech has a full stop or a clause's comma; a headline has neither, however it
        // ends ("海外网：英国又拿香港“护照问题”说事 究竟要干嘛?", "网友：又不戴口罩！").
        const own = line !== '' && line.length <= 60 && !isLatinName(line) && !isPersonName(line);
        if (own ? !SPEECH_LINE.test(line) : !SENTENCE_SOON.test(after)) {
          // "黃先生(飲食業)：希望選出實幹的議員" over a paragraph: a vox pop's own headline, the words below
          const bracketed = prev === 0x29 || prev === 0xff09;
          if (!(own && bracketed && SENTENCE_SOON.test(after.slice(nl + 1)))) continue;
        }
        // "（002776）柏堡龙：": a stock code or a list number before the label makes it a list item
        if (s > open && afterNumberInBrackets(text, s)) continue;
        const label = text.slice(s, i);
        // (native includes first: most colons on a page are no host's)
        if (!this.hostAsked && label.includes('主持') && isHostLabel(label.trim()) && /[？?]/.test(nl >= 0 ? after.slice(0, nl) : after.slice(0, 80))) this.hostAsked = true;
        let said = false;
        if (SAID_VERB.test(label)) {
          let r = i + 1;
          while (r < text.length && isSpace(text.charCodeAt(r))) r++;
          const quote = text.charCodeAt(r);
          said = quote === 0x201c || quote === 0x300c;
        }
        this.count(label, said);
        if (this.enough) return true;
      }
    }
    for (let i = text.indexOf('——'); i !== -1; i = text.indexOf('——', i + 2)) {
      let b = i - 1;
      while (b >= open && isSpace(text.charCodeAt(b))) b--;
      if (b >= open && !isLabelBoundary(text.charCodeAt(b))) continue;
      let e = i + 2;
      const max = Math.min(text.length, e + 52);
      while (e < max && !isLabelBoundary(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x2014) e++;
      // a handle in quotes closes the attribution: "——網友「港島阿明」"
      if (e < max && (text.charCodeAt(e) === 0x300d || text.charCodeAt(e) === 0x201d)) e++;
      this.count(text.slice(i + 2, e), false);
      if (this.enough) return true;
    }
    // "“……”家住迎泽区的王女士说。": the quotation, then who said it, then the sentence ends
    for (const said of ['说。', '說。']) {
      for (let i = text.indexOf(said); i !== -1; i = text.indexOf(said, i + 2)) {
        let s = i;
        const min = Math.max(open, i - 30);
        while (s > min && text.charCodeAt(s - 1) !== 0x201d && text.charCodeAt(s - 1) !== 0x300d) s--;
        if (s === min) continue;
        // ("“……”，郑某委员说。": a comma may sit between the quotation and its speaker)
        this.count(text.slice(s, i + 1).replace(LEADING_COMMA, ''), true);
        if (this.enough) return true;
      }
    }
    // "陳先生（的士司機）「…」": a label closed by its bracketed role, then the quotation, no colon
    // (each closing bracket found once, the quotation mark after it read: the labels count the same in any order)
    for (const close of ['）', ')']) {
      for (let i = text.indexOf(close); i !== -1; i = text.indexOf(close, i + 1)) {
        const quote = text.charCodeAt(i + 1);
        if (quote !== 0x300c /* 「 */ && quote !== 0x201c /* “ */) continue;
        const min = Math.max(open, i - MAX_LABEL);
        let s = i;
        while (s > min && !isLabelBoundary(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0x2014) s--;
        if (s > open && s === min) continue;
        if (!SENTENCE_SOON.test(text.slice(i + 2, i + 2 + SPEECH_REACH))) continue;
        this.count(text.slice(s, i + 1), false);
        if (this.enough) return true;
      }
    }
    return this.enough;
  }
}

/**
 * Whether a text holds at least `needed` distinct speaker labels ("市民张新海:") or "——" attributions, each
 * opening a line or following a sentence end, with a sentence soon after a label.
 */
export function mightBeFeature(text: string, needed = 2): boolean {
  return new CueCounter(needed).scan(text);
}


const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: lib/ must not touch browser globals
const SAMPLE_NODES = 400;
const SAMPLE_CHARS = 4000;

/** Whether a text node is code: inline scripts and styles are text nodes too, and a page's analytics code is not its language. */
function inCode(node: Node): boolean {
  const parent = node.parentNode?.nodeName;
  return parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT';
}

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
  // Nodes without Han count toward the characters read only (most are the indentation between tags): whether they
  // are code is read once those characters might reach SAMPLE_CHARS, not node by node
  let unread: Text[] = [];
  let unreadChars = 0;
  const charsRead = (): number => {
    for (const node of unread) if (!inCode(node)) chars += node.length;
    unread = [];
    unreadChars = 0;
    return chars;
  };
  for (let node = walker.nextNode() as Text | null; node && nodes < SAMPLE_NODES && (chars + unreadChars < SAMPLE_CHARS || charsRead() < SAMPLE_CHARS); node = walker.nextNode() as Text | null) {
    nodes++;
    const data = node.data;
    if (data.length < 2) continue;
    // (one native scan passes over a node without Han)
    if (!HAN.test(data)) {
      unread.push(node);
      unreadChars += data.length;
    } else if (!inCode(node)) {
      chars += data.length;
      for (let i = 0; i < data.length; i++) if (isHanCode(data.charCodeAt(i)) && ++han >= 10) return true;
    }
  }
  return false;
}

/** Less paragraph text than a short article's body: the page keeps its text elsewhere (lines in <div>s, cells). */
const PARAGRAPH_TEXT_MIN = 600;

/**
 * A box's text, a line per element child: its paragraphs stay apart, so a "——" attribution closing one paragraph
 * ends there and does not run on into the next one's words ("…是致命的。——某俱乐部 申思" + "青训…").
 */
function boxText(box: Node): string {
  const whole = box.textContent ?? '';
  // (read child by child only where a dash is: the native read of the whole box is what keeps the check cheap)
  if (box.nodeType !== 1 || box.childNodes.length < 2 || !whole.includes('——')) return whole;
  let text = '';
  for (let c = box.firstChild; c; c = c.nextSibling) text += c.nodeType === 1 ? `${c.textContent ?? ''}\n` : (c.textContent ?? '');
  return text;
}

/**
 * The text of the page's paragraphs: the boxes that hold its <p> elements (so the lines a site keeps in bare
 * <div>s beside its <p> lead are read too) and the blocks it breaks into lines with <br>, each read natively
 * (textContent), one line apiece. That is where an article's statements are; headline lists, related strips,
 * tickers and menus are links in <li>, <h3> and <span> boxes with no <p> (a speaker's label is almost never
 * a link; a <p> that is one link is skipped), and the indentation between tags, most of a big page's
 * characters, is never read. A block read twice adds no cue: labels count once. A page whose paragraphs
 * hold almost no text (its lines in bare <div>s or cells) is read whole, less its links.
 */
function paragraphText(doc: Document, body: HTMLElement): string {
  let text = '';
  const paras = body.getElementsByTagName('p');
  let box: Node | null = null;
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    // (a box read already: first, its paragraphs are not looked into)
    const parent = para.parentNode;
    if (parent === box) continue;
    // a paragraph that is one link is a headline in a list ("<p><a>福奇：…</a></p>")
    const only = para.firstChild;
    if (only && only === para.lastChild && only.nodeName === 'A') continue;
    box = parent && parent !== body ? parent : para;
    text += `${boxText(box)}\n`;
  }
  const breaks = body.getElementsByTagName('br');
  let last: Node | null = null;
  for (let i = 0; i < breaks.length; i++) {
    const block = breaks[i]!.parentNode;
    // consecutive <br>s share their block: read it once
    if (!block || block === last || block === body) continue;
    last = block;
    text += `${block.textContent ?? ''}\n`;
  }
  return text.length >= PARAGRAPH_TEXT_MIN ? text : statementText(doc, body);
}

const SHOW_TEXT_ONLY = 4; // NodeFilter.SHOW_TEXT

// Where no statement is: links (headline lists, related strips, menus: a label is almost never a link), code.
function isNotStatement(tag: string | undefined): boolean {
  return (
    tag === 'A' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'OPTION' ||
    tag === 'BUTTON' || tag === 'TEXTAREA' || tag === 'TITLE'
  );
}

/**
 * The page's text less its links and code, for the pages whose paragraphs hold almost nothing: one
 * TreeWalker pass over the text nodes, leaving out those inside a link (parent or grandparent an <a>:
 * "<a><span>…</span></a>"). Indentation between tags is read as one line break, as the source has it.
 * Dearer per node than the paragraphs' native reads, so only the fallback.
 */
function statementText(doc: Document, body: HTMLElement): string {
  const walker = doc.createTreeWalker(body, SHOW_TEXT_ONLY);
  let text = '';
  let broken = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    let i = 0;
    let newline = false;
    for (; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (!isSpace(c)) break;
      if (c === 10 || c === 13) newline = true;
    }
    if (i === data.length) {
      if (newline && !broken) {
        text += '\n';
        broken = true;
      }
      continue;
    }
    const parent = node.parentNode;
    if (!parent || isNotStatement(parent.nodeName) || parent.parentNode?.nodeName === 'A') continue;
    text += data;
    broken = false;
  }
  return text;
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
 * Paragraphs that are nothing but "民生证券　吴春华" (an organisation and a name, no colon). Only paragraphs
 * holding one short text node are read, so the pass costs a property read per paragraph.
 */
function countLooseLabels(body: HTMLElement, needed: number): number {
  const shapes = new Map<string, number>();
  const paras = body.getElementsByTagName('p');
  for (let i = 0; i < paras.length && i < 3000; i++) {
    const p = paras[i]!;
    const only = p.firstChild;
    if (!only || only !== p.lastChild || only.nodeType !== 3) continue;
    const data = (only as Text).data;
    if (data.length > 40 || data.length < 5) continue;
    const loose = matchLooseLabel(data.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
    if (!loose) continue;
    const n = (shapes.get(loose.shape) ?? 0) + 1;
    if (n >= needed) return n;
    shapes.set(loose.shape, n);
  }
  return 0;
}

/**
 * The cheap per-page check: a Chinese opening, then two speaker labels or attributions somewhere in the
 * text (or two bold labels), then, only then, a full parse. Where the check refuses a Chinese page, the page's
 * part of the hand-off: its opening read (readOpeningText), for `judge`, the decision the engine makes off the
 * page (null: none asked, as the bench measures the page's own work).
 */
export function detectFeature(doc: Document, judge: ((opening: string) => boolean) | null = null): boolean {
  const check = checkPage(doc);
  if (check.passes) return detectAndParse(doc, undefined, check)?.outline.detected ?? false;
  if (!check.chinese) return false;
  // the page's part of the hand-off (what the bench measures); the decision is the engine's, off the page
  const opening = readOpeningText(doc);
  return judge !== null && judge(opening) ? (detectAndParse(doc, undefined, withOpening(check, true))?.outline.detected ?? false) : false;
}

/**
 * The check with the hand-off's answer (opening-text.ts, judge-opening.ts): a Chinese page the check refused passes
 * where the parse of its opening, made off the page, finds a feature. The page's own parse then decides.
 */
export function withOpening(check: PageCheck, taken: boolean): PageCheck {
  return !check.passes && check.chinese && taken ? { ...check, opening: true, passes: true } : { ...check, opening: check.passes ? check.opening : false };
}

/** What the page check saw, in the order it looks (each step runs only when the one before fails). */
export interface PageCheck {
  chinese: boolean;
  /**
   * Two distinct speaker labels or "——" attributions in the page's paragraph text (its <p>s and <br>-broken
   * blocks; the whole text less links when those hold almost none), each opening a line or following a
   * sentence end.
   */
  textCues: boolean;
  /** Bold lines naming a speaker without a colon (counted up to 2). */
  boldLabels: number;
  /** Paragraphs that are only "org name" (counted up to 2). */
  looseLines: number;
  /** Colon-less voices in paragraphs (paragraph-voice-cues.ts): people opening with a verb of saying, voice lines. */
  paragraphVoices: { reported: number; lines: number } | null;
  /** The headline or lead sentence announcing a round of views (framed-lead.ts), read when every step before fails. */
  framedLead?: string | null;
  /** Where every step refused a Chinese page: whether the parse of its opening, made off the page, found a feature (the hand-off). */
  opening?: boolean;
  passes: boolean;
}

/** The cheap check alone: a Chinese opening, then text cues, bold labels or loose speaker lines. */
export function checkPage(doc: Document): PageCheck {
  const check: PageCheck = { chinese: false, textCues: false, boldLabels: 0, looseLines: 0, paragraphVoices: null, passes: false };
  const body = doc.body;
  if (!body || !(check.chinese = opensInChinese(doc, body))) return check;
  // native reads of the paragraphs only: far cheaper than reading the page's nodes one by one, or its whole
  // text (mostly indentation and headline links on a big page: bench rows "real … list page")
  check.textCues = mightBeFeature(paragraphText(doc, body));
  if (!check.textCues) check.boldLabels = countBoldLabels(body, 2);
  if (!check.textCues && check.boldLabels < 2) check.looseLines = countLooseLabels(body, 2);
  check.passes = check.textCues || check.boldLabels >= 2 || check.looseLines >= 2;
  if (!check.passes) {
    const voices = countParagraphVoices(body);
    check.paragraphVoices = { reported: voices.reported, lines: voices.lines };
    check.passes = voices.passes;
  }
  if (!check.passes) check.passes = (check.framedLead = findFramedLead(doc, body)) !== null;
  return check;
}

/**
 * The check and, when it holds, the full parse it made (so a caller that wants the outline parses once).
 * A caller that already checked the page passes its check, so the page is not read twice.
 */
export function detectAndParse(doc: Document, title?: string | null, check: PageCheck = checkPage(doc)): ParseResult | null {
  if (!check.passes) return null;
  return parseBlocks(blocksFromDocument(doc), { fromDocument: true, title });
}
