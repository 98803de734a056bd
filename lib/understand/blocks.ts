/**
 * Blocks: a page or a text file as an ordered list of readable text blocks, each with the element it
 * came from. Everything downstream (detect, parse, stitch) works on blocks, so one engine serves both.
 */
import { cleanText } from '../chinese/chars';
import { BLOCK_TAG_NAMES, UNREAD_TAG_NAMES, findMainContent, isHidden } from './main-content';

export interface Block {
  text: string;
  /** The element the text came from; null for plain text input. */
  el: Element | null;
  /** 1–6 for h1–h6, else 0. */
  heading: number;
  /** The whole text is bold (strong/b/heading/bold style): a label alone on its line or a section title. */
  emphasis: boolean;
  /** The whole text is inside links: navigation, lists of headlines. */
  link: boolean;
  /** Inside a figure caption (<figcaption>, a "caption"/"pic-txt" box): a photo caption, never speech. */
  caption?: boolean;
  /** The bold run the block opens with, when the rest is not bold ("<b>市民张新海</b> 榆次老城…"): a label without a colon. */
  boldHead?: string;
}

// A first line that names the file's origin, not article text: "SOURCE: …", or the page's address alone.
const SOURCE_LINE = /^(?:SOURCE:|(?:https?:\/\/|www\.)\S+$)/i;

/** One paragraph per non-empty trimmed line; a first line naming the file's origin (`SOURCE: …`, or a URL alone) is skipped. */
export function linesOfText(text: string): string[] {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines[0] !== undefined && SOURCE_LINE.test(lines[0])) lines.shift();
  return lines;
}

// a section marker inside a line, after a space ("…旁边坐位 ★乘客刘鹏 回家前先去…"): a page whose paragraphs were run
// together into one line; each marker opened a paragraph (a subhead) on the page
const INLINE_MARKER = /\s+(?=[★☆◆■▲●]\p{Script=Han})/u;
// only a long run-on line is split: a short line's star is a rating or a decoration
const RUN_ON = 200;

// a space after a sentence's end ("…的看法。 张某(主教练):…"): Chinese sets no space between sentences, so in a
// run-on line it is where a paragraph ended on the page
const SENTENCE_GAP = /(?<=[。！？!?」”』])\s+(?=[\p{Script=Han}A-Za-z“「])/u;

// a live text broadcast (图文直播, an online interview's transcript) stamps each post with its time, "[03-12 17:46]",
// "[17:46:05]": in a run-on line each stamp opened a post; the stamp is the page's, not the speaker's words
const TIME_STAMP = /\s*[[［【](?:\d{1,2}[-/月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?[\]］】]\s*/u;

/** A run-on line cut at its posts' time stamps, inline section markers and spaced sentence ends, each part a paragraph; other lines as they are. */
function splitRunOn(line: string): string[] {
  if (line.length < RUN_ON) return [line];
  const posts = line.split(TIME_STAMP);
  // (two stamps at least: one stamp in a line is a time quoted in the text)
  const parts = posts.length >= 3 ? posts : [line];
  return parts.flatMap((post) => post.split(INLINE_MARKER)).flatMap((part) => part.split(SENTENCE_GAP)).filter((part) => part.length > 0);
}

/** A text's lines as the paragraphs they were on the page: run-on lines cut where a paragraph ended (splitRunOn). */
export function paragraphsOfLines(lines: readonly string[]): string[] {
  return lines.flatMap(splitRunOn);
}

export function blocksFromText(text: string): Block[] {
  return paragraphsOfLines(linesOfText(text)).map((line) => ({ text: cleanBlockText(line), el: null, heading: 0, emphasis: false, link: false }));
}

// Hong Kong and Taiwan pages print the colon in its Big5 form, the vertical two-dot leader ("市民︰…"): read as
// the colon it stands for, so every label reader sees one colon
const BIG5_COLON = /\ufe30/g;

/** A block's text: whitespace as one space, the Big5 colon as a colon. */
function cleanBlockText(text: string): string {
  const t = cleanText(text);
  return t.includes('\ufe30') ? t.replace(BIG5_COLON, '：') : t;
}

// The same lists as main-content.ts (one copy in the chunk); here <nav> and ruby readings are skipped too.
const BLOCK_TAGS = /* @__PURE__ */ new Set(BLOCK_TAG_NAMES);
const SKIP_TAGS = /* @__PURE__ */ new Set(/* @__PURE__ */ UNREAD_TAG_NAMES.concat('NAV', 'RT', 'RP'));
const BOLD_TAGS = new Set(['B', 'STRONG']);
// Regions that are never the article: comments, share bars, related-story lists, our own UI.
const SKIP_CLASS = /(^|[\s_-])(comments?|reply|replies|share|sharing|related|recommend|breadcrumbs?|sidebar|copyright|advert|ads?)([\s_-]|$)/i;

function isBlockElement(el: Element): boolean {
  // Custom elements (e-paper engines use <founder-content>) hold paragraphs; treat them as containers.
  return BLOCK_TAGS.has(el.tagName) || el.tagName.includes('-');
}

function shouldSkip(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.tagName.startsWith('DUBAO')) return true;
  if (isHidden(el) || el.hasAttribute('data-dubao-ui')) return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return cls.length > 1 && SKIP_CLASS.test(cls);
}

function isBoldElement(el: Element): boolean {
  if (BOLD_TAGS.has(el.tagName) || /^H[1-6]$/.test(el.tagName)) return true;
  const style = el.getAttribute('style');
  return !!style && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
}

/** Accumulates one run of inline content into lines split at <br>. */
interface RunLine {
  text: string;
  bold: string;
  link: string;
  /** Bold text at the start of the line, until the first plain text. */
  head: string;
  headDone: boolean;
}

class Run {
  lines: RunLine[] = [Run.line()];
  static line(): RunLine {
    return { text: '', bold: '', link: '', head: '', headDone: false };
  }
  add(text: string, bold: boolean, link: boolean): void {
    const line = this.lines[this.lines.length - 1]!;
    line.text += text;
    if (bold) line.bold += text;
    if (link) line.link += text;
    if (!line.headDone) {
      if (bold) line.head += text;
      else if (text.trim()) line.headDone = true;
    }
  }
  newLine(): void {
    this.lines.push(Run.line());
  }
  reset(): void {
    this.lines = [Run.line()];
  }
}

function visibleLength(text: string): number {
  return text.replace(/[\s\u00a0\u3000]+/g, '').length;
}

function flushRun(run: Run, el: Element, heading: number, out: Block[], caption: boolean): void {
  for (const line of run.lines) {
    const text = cleanBlockText(line.text);
    if (!text) continue;
    const len = visibleLength(line.text);
    const emphasis = heading > 0 || visibleLength(line.bold) >= len;
    const head = cleanBlockText(line.head);
    out.push({
      text,
      el,
      heading,
      emphasis,
      link: visibleLength(line.link) >= len,
      ...(!emphasis && head ? { boldHead: head } : {}),
      ...(caption ? { caption: true } : {}),
    });
  }
}

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName);
  return m ? Number(m[1]) : 0;
}

/** Boxes inside the article that are not read (lists of links, rails, widgets): see main-content.ts. */
type LeaveOut = ReadonlySet<Element>;
const NOTHING: LeaveOut = new Set();

/** Collects inline content of `node` into the run; block descendants are visited as their own blocks. */
function collectInline(node: Node, run: Run, bold: boolean, link: boolean, onBlock: (el: Element) => void, leave: LeaveOut): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      run.add((child as Text).data, bold, link);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.tagName === 'BR') {
        run.newLine();
        continue;
      }
      if (shouldSkip(el) || leave.has(el)) continue;
      if (isBlockElement(el)) {
        onBlock(el);
        continue;
      }
      collectInline(el, run, bold || isBoldElement(el), link || el.tagName === 'A', onBlock, leave);
    }
  }
}

// Boxes that hold photo captions on news pages.
const CAPTION_CLASS = /(^|[\s_-])(caption|figcaption|pic-?(txt|text|desc|info)|img-?(txt|text|desc)|photo-?(desc|txt|text)|tuzhu|tushuo)([\s_-]|$)/i;

function isCaptionBox(el: Element): boolean {
  return el.tagName === 'FIGCAPTION' || CAPTION_CLASS.test(el.getAttribute('class') ?? '');
}

function visitBlock(el: Element, out: Block[], leave: LeaveOut, inCaption = false): void {
  if (shouldSkip(el) || leave.has(el)) return;
  const heading = headingLevel(el);
  const caption = inCaption || isCaptionBox(el);
  const run = new Run();
  const bold = heading > 0 || isBoldElement(el);
  const link = el.tagName === 'A';
  // Inline runs between block children become blocks of their own, attributed to this element. The run
  // is emptied in place: collectInline keeps adding to this same object after a block child.
  collectInline(el, run, bold, link, (child) => {
    flushRun(run, el, heading, out, caption);
    run.reset();
    visitBlock(child, out, leave, caption);
  }, leave);
  flushRun(run, el, heading, out, caption);
}

/**
 * The readable blocks of a document or element, in document order: by default those of its main content
 * (main-content.ts: the article and its headline; none on a list page; the whole page when the article
 * cannot be told apart), with `{ whole: true }` those of the whole page.
 */
export function blocksFromDocument(root: Document | Element, options: { whole?: boolean } = {}): Block[] {
  const start = 'body' in root ? (root.body ?? root.documentElement) : root;
  const out: Block[] = [];
  if (!start) return out;
  const main = options.whole ? ({ kind: 'unsure' } as const) : findMainContent(root);
  if (main.kind === 'list') return out;
  if (main.kind === 'unsure') {
    visitBlock(start, out, NOTHING);
    return out;
  }
  if (main.heading) visitBlock(main.heading, out, NOTHING);
  visitBlock(main.element, out, main.leaveOut);
  return out;
}
