/**
 * Main content: which part of a page is the article, so that navigation, related-headline strips, stock
 * tickers, comment threads, sidebars and footers are never read as a feature, and a list page (many
 * headlines, no body) yields no body at all.
 *
 * One pass over the page's nodes. Every element gets its prose (characters of non-link text nodes that
 * carry Chinese or Latin sentence punctuation: what articles are made of and headline lists are not) and
 * its link text; regions whose class or id say they are not the article (nav, footer, related, comment,
 * ticker…) count wholly as link text. The article is the element with the most prose less link text
 * (a maximum-weight subtree: wrappers that only add rails and menus lose to the box inside them), grown
 * upward while that adds little (the title block beside the body), with the page's <h1> before it kept
 * as the headline. Pure: takes the Document or Element, touches no browser global, never throws.
 */

export type MainContent =
  /**
   * The article: read `element`, and `heading` (the page's <h1> before it, when outside it) first, and
   * leave out the boxes in `leaveOut` (headline lists, menus, rails and widgets inside the article's box).
   */
  | { kind: 'article'; element: Element; heading: Element | null; leaveOut: ReadonlySet<Element> }
  /** A list page: links and headlines, no body. Nothing on it is a feature. */
  | { kind: 'list' }
  /** No confident answer: read the whole page rather than lose a feature. */
  | { kind: 'unsure' };

interface Stats {
  /** Characters of prose: non-link text with sentence punctuation, outside excluded regions. */
  prose: number;
  /** Characters of link text, and of all text in excluded regions. */
  links: number;
  /** All characters. */
  chars: number;
  /** <a> elements with text. */
  anchors: number;
}

// Not read at all (as in blocks.ts): no text of the article is there.
export const UNREAD_TAG_NAMES = [
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'SELECT', 'OPTION',
  'TEXTAREA', 'BUTTON', 'INPUT', 'MATH', 'VIDEO', 'AUDIO', 'MAP',
];
const SKIP_TAGS = /* @__PURE__ */ new Set(UNREAD_TAG_NAMES);
// Regions that are never the article, by tag…
const EXCLUDED_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU']);
// …and by class or id. Whole words (split at space, _ and -), so "article-list" is not "list" alone
// being judged, and "header" (where an article's title sits) is not here.
const EXCLUDED_NAME =
  /(^|[\s_-])(nav|navbar|navigation|menu|footer|foot|sidebar|side|aside|rail|related|relate|recommend|recommends|rec|hot|hotnews|rank|ranking|top10|ticker|stock|stocks|hq|market|comment|comments|cmt|reply|replies|pinglun|tie|gentie|share|sharing|breadcrumbs?|crumbs?|copyright|advert|ads?|sponsor|banner|tags?|keywords|pager|pagination|topbar|toolbar|widget)([\s_-]|$)/i;

const BLANK = /^\s*$/;
// Sentence punctuation: prose has it, headline lists and menus (nearly) never do.
const SENTENCE_PUNCT = /[，。！？；、,.!?;]/;

/** An article has at least this much prose; less is no body (a list page) or nothing to judge (unsure). */
const MIN_PROSE = 140;
/** Growing toward the title block: an ancestor may add at most this much text, and this much link text… */
const GROW_CHARS = 320;
const GROW_LINKS = 24;
/** …or these shares of the prose found. */
const GROW_CHARS_SHARE = 0.2;
const GROW_LINKS_SHARE = 0.02;

// Never excluded by name: a site's classes on <body> ("…_weibo_login") say nothing about the article.
const NEVER_EXCLUDED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Characters of a text without its whitespace (indentation between tags is most of a region's). */
function visibleLength(text: string): number {
  return text.replace(SPACES, '').length;
}
const SPACES = /\s+/g;
// textContent reads these too; a rail's inline scripts are not text on the page
const CODE_TAGS = ['script', 'style', 'noscript', 'template'];

/** The visible characters of a region, read natively (its text less its scripts' and styles'). */
function regionLength(el: Element): number {
  let n = visibleLength(el.textContent ?? '');
  for (const tag of CODE_TAGS) {
    const code = el.getElementsByTagName(tag);
    for (let i = 0; i < code.length; i++) n -= visibleLength(code[i]!.textContent ?? '');
  }
  return Math.max(0, n);
}

function isExcluded(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.tagName)) return true;
  // most elements carry no attribute at all: nothing more to read
  if (el.attributes.length === 0 || NEVER_EXCLUDED.has(el.tagName)) return false;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'complementary') return true;
  const cls = el.getAttribute('class');
  const id = el.id;
  if (!cls && !id) return false;
  return EXCLUDED_NAME.test(`${cls ?? ''} ${id ?? ''}`);
}

/** Hidden by its attributes (hidden, aria-hidden, an inline display:none or visibility:hidden); blocks.ts reads the same. */
export function isHidden(el: Element): boolean {
  if (el.attributes.length === 0) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

// Elements that break a paragraph (as in blocks.ts); the rest is inline and belongs to its paragraph.
export const BLOCK_TAG_NAMES = [
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
];
// …and <br>, which breaks a paragraph here (blocks.ts splits lines at it instead).
const BLOCK_TAGS = /* @__PURE__ */ new Set(/* @__PURE__ */ BLOCK_TAG_NAMES.concat('BR'));

/** One paragraph: the inline text between two block boundaries. */
interface Run {
  chars: number;
  links: number;
  /** Sentence punctuation in its non-link text. */
  punct: boolean;
}

// A box titled as a rail ("<div><h2>推荐阅读</h2>…"): its summaries read like prose, its title says what it is.
const RAIL_TITLE =
  /^[\s【\[]*(?:推荐阅读|相关阅读|相关推荐|重点推荐|精选推荐|相关新闻|相关报道|相关文章|相关链接|延伸阅读|扩展阅读|热点推荐|热门推荐|热门文章|热点新闻|热门新闻|精彩推荐|编辑推荐|今日推荐|为你推荐|猜你喜欢|猜你爱看|更多精彩|更多新闻|更多阅读|最新新闻|排行榜|点击排行|热读|热文|網友留言|相關新聞|相關閱讀|延伸閱讀|推薦閱讀|熱門新聞|熱門推薦|編輯推薦|為你推薦|更多新聞|看更多|網友評論|网友评论)[\s】\]>：:»]*$/;
/** A title is short: longer first lines are not read as one. */
const RAIL_TITLE_MAX = 10;

/** A box of links inside the article's box is left out when it has at least this many links… */
const CLUSTER_ANCHORS = 3;
/** …links are at least this share of its text, and prose at most this share. */
const CLUSTER_LINKS_SHARE = 0.5;
const CLUSTER_PROSE_SHARE = 0.25;

/** Scores every block element in one post-order pass; keeps the best article candidate. */
class Scorer {
  readonly stats = new Map<Element, Stats>();
  /** Boxes that are not prose: excluded regions and clusters of links, outermost last. */
  readonly boxes: Element[] = [];
  best: Element | null = null;
  bestScore = 0;

  /**
   * A paragraph is prose, link text and all (a story links a company's name), when its own text has
   * sentence punctuation and links are less than half of it; else its links count as links.
   */
  private close(run: Run, s: Stats): void {
    if (run.chars === 0) return;
    s.chars += run.chars;
    if (run.punct && run.chars >= 6 && run.links * 2 < run.chars) s.prose += run.chars;
    else s.links += run.links;
    run.chars = 0;
    run.links = 0;
    run.punct = false;
  }

  private add(s: Stats, c: Stats): void {
    s.prose += c.prose;
    s.links += c.links;
    s.chars += c.chars;
    s.anchors += c.anchors;
  }

  /** Inline content of `node` into `run`; block descendants are scored as their own elements. */
  private inline(node: Element, run: Run, s: Stats, link: boolean, box: { seen: boolean; rail: boolean }): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // indentation between tags is most text nodes: one native test, no copy
        const data = (child as Text).data;
        const n = data.length;
        if (n === 0 || (n < 80 && BLANK.test(data))) continue;
        box.seen = true;
        run.chars += n;
        if (link) run.links += n;
        else if (!run.punct && SENTENCE_PUNCT.test(data)) run.punct = true;
      } else if (child.nodeType === 1) {
        const c = child as Element;
        const tag = c.tagName;
        if (SKIP_TAGS.has(tag)) continue;
        if (BLOCK_TAGS.has(tag) || tag.includes('-')) {
          this.close(run, s);
          if (tag === 'BR' || tag === 'HR') continue;
          const cs = this.visit(c, link);
          this.add(s, cs);
          // the box's first text is its title
          if (!box.seen && cs.chars > 0) {
            box.seen = true;
            if (cs.chars <= RAIL_TITLE_MAX && RAIL_TITLE.test(c.textContent ?? '')) box.rail = true;
          }
          continue;
        }
        if (link) {
          // inside a link everything is link text: no need to look closer
          this.inline(c, run, s, true, box);
          continue;
        }
        if (isHidden(c)) continue;
        if (tag === 'A' || isExcluded(c)) {
          // a link, or a region that is not the article, read natively as a whole: all link text
          const n = tag === 'A' ? visibleLength(c.textContent ?? '') : regionLength(c);
          if (n === 0) continue;
          box.seen = true;
          run.chars += n;
          run.links += n;
          s.anchors += tag === 'A' ? 1 : c.getElementsByTagName('a').length;
          continue;
        }
        this.inline(c, run, s, false, box);
      }
    }
  }

  visit(el: Element, link: boolean): Stats {
    const s: Stats = { prose: 0, links: 0, chars: 0, anchors: 0 };
    if (isHidden(el)) return s;
    if (isExcluded(el)) {
      // not the article (nav, footer, rails, comments…): its text, read natively, all counts as links
      s.chars = s.links = regionLength(el);
      s.anchors = el.getElementsByTagName('a').length;
      this.stats.set(el, s);
      this.boxes.push(el);
      return s;
    }
    const run: Run = { chars: 0, links: 0, punct: false };
    const box = { seen: false, rail: false };
    this.inline(el, run, s, link, box);
    this.close(run, s);
    if (box.rail) {
      s.links = s.chars;
      s.prose = 0;
    }
    this.stats.set(el, s);
    if (box.rail || (s.anchors >= CLUSTER_ANCHORS && s.links >= s.chars * CLUSTER_LINKS_SHARE && s.prose <= s.chars * CLUSTER_PROSE_SHARE)) {
      this.boxes.push(el);
    }
    // prose, discounted by the share links have beside it: a story that links its companies' names keeps
    // most of its weight, the page around it (menus, rails) loses more by its links than it gains by its
    // footer's prose; text that is neither (dates, labels, a title) changes nothing
    const score = s.prose > 0 ? (s.prose * s.prose) / (s.prose + s.links) : 0;
    // ">": of equal scores the inner element (scored first) wins: a wrapper that adds nothing adds no reason
    if (score > this.bestScore) {
      this.bestScore = score;
      this.best = el;
    }
    return s;
  }
}

/** Ancestors of `el` up to (not including) `stop`. */
function growToTitle(el: Element, stop: Element, stats: Map<Element, Stats>): Element {
  const core = stats.get(el)!;
  const maxChars = Math.max(GROW_CHARS, core.prose * GROW_CHARS_SHARE);
  const maxLinks = Math.max(GROW_LINKS, core.prose * GROW_LINKS_SHARE);
  let cur = el;
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) {
    const ps = stats.get(p);
    // an inline wrapper (<span>, <font>) is not scored: judge the block around it
    if (!ps) continue;
    if (ps.chars - core.chars > maxChars || ps.links - core.links > maxLinks) break;
    cur = p;
  }
  return cur;
}

/** A site's logo or a link to another story: the heading's text is all inside links. */
function isLinkOnly(h: Element, text: string): boolean {
  const links = h.getElementsByTagName('a');
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').trim().length;
  return links.length > 0 && linked >= text.replace(/\s+/g, '').length;
}

/** The page's headline: the last <h1> with text before the article (a site's logo <h1> comes first). */
function headingBefore(root: Element, article: Element): Element | null {
  const h1s = root.getElementsByTagName('h1');
  let found: Element | null = null;
  for (let i = 0; i < h1s.length; i++) {
    const h = h1s[i]!;
    if (article.contains(h)) return null;
    // DOCUMENT_POSITION_FOLLOWING (4): the article comes after the heading
    if (!(h.compareDocumentPosition(article) & 4)) break;
    const text = (h.textContent ?? '').trim();
    if (text.length >= 4 && !isHidden(h) && !isLinkOnly(h, text)) found = h;
  }
  return found;
}

/** Finds the article in a page (or part of one). Never throws: on any failure, `unsure`. */
export function findMainContent(root: Document | Element): MainContent {
  try {
    const start = 'body' in root ? (root.body ?? root.documentElement) : root;
    if (!start) return { kind: 'unsure' };
    const scorer = new Scorer();
    const total = scorer.visit(start, false);
    const best = scorer.best;
    if (!best || scorer.bestScore < MIN_PROSE) {
      // Little prose anywhere: a page made of links is a list page; a short page is read whole.
      return total.links > 2 * total.prose && total.anchors >= 30 ? { kind: 'list' } : { kind: 'unsure' };
    }
    const element = growToTitle(best, start, scorer.stats);
    if (element === start) return { kind: 'unsure' };
    const leaveOut = new Set<Element>();
    for (const box of scorer.boxes) if (box !== element && element.contains(box)) leaveOut.add(box);
    return { kind: 'article', element, heading: headingBefore(start, element), leaveOut };
  } catch {
    return { kind: 'unsure' };
  }
}

