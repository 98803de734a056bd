/**
 * Which text of the page the layers may touch, and how to find it. Editable, code-like and
 * already-annotated places are never touched, nor our own UI, nor Japanese text (kanji are not
 * Chinese characters for a reader of pinyin or of Chinese scripts).
 */

/** Elements whose whole subtree is left alone. */
const SKIPPED_TAGS = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'RUBY',
  'RT',
  'RP',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'DUBAO-UI',
  'HEAD',
  'TITLE',
]);

/** Any Han character (the Unified Ideographs and their extensions, compatibility ideographs). */
export const HAN = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

// A text node of quotation marks alone (“<b>十三五</b>”) is the script layer's too (corner quotes).
const QUOTE_MARK = /[“”‘’「」『』]/;

/** Text the layers look at: Han, or a quotation mark the script layer may restyle. */
function isLayerText(text: string): boolean {
  return HAN.test(text) || QUOTE_MARK.test(text);
}

/** The element itself is a place the layers never enter (its subtree included). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('data-dubao') || el.hasAttribute('contenteditable')) return true;
  const lang = el.getAttribute('lang');
  if (lang === null) return false;
  if (isJapanese(lang)) return true;
  // Text marked as another language inside the page (a Korean name in hanja, an English masthead)
  // is not Chinese to read. Not on <body>: Chinese sites often keep a template's lang="en" there.
  return isOtherLanguage(lang) && el !== el.ownerDocument.body;
}

/** Language tags whose text is Chinese: zh and the Chinese languages tagged on their own (cmn, yue, …). */
const CHINESE_LANG = /^(?:zh|cmn|yue|wuu|hak|nan|gan|hsn|lzh|cdo|cjy|cpx|czh|czo|mnp)(?:-|$)/i;
/** Tags that name no language. */
const NO_LANG = /^(?:und|mul|zxx|mis|x)(?:-|$)/i;

/** A lang attribute naming a language other than Chinese (an empty or undetermined one does not). */
export function isOtherLanguage(lang: string): boolean {
  const tag = lang.trim();
  return tag !== '' && !CHINESE_LANG.test(tag) && !NO_LANG.test(tag);
}

export function isJapanese(lang: string): boolean {
  return /^ja(?:-|$)/i.test(lang.trim());
}

/**
 * Whether a text node sits in a place the layers may touch: inside <body>, with no skipped element
 * between. `rootLang` is the page's own <html lang> (ours may be written over it).
 */
export function isEligibleText(node: Text, rootLang: string | null, memo?: Map<Element, boolean>): boolean {
  return node.isConnected && !!node.parentElement && isEligibleElement(node.parentElement, rootLang, memo);
}

/**
 * Whether an element may contain touchable text: inside <body>, no skipped element up to it.
 * `memo` keeps each element's answer on the way up, so that text nodes sharing ancestors walk them
 * once; it is the caller's to drop as soon as the page may have changed (one synchronous stretch).
 */
export function isEligibleElement(el: Element, rootLang: string | null, memo?: Map<Element, boolean>): boolean {
  const body = el.ownerDocument.body;
  const path: Element[] = [];
  let eligible = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo?.get(e);
    if (known !== undefined) {
      eligible = known;
      break;
    }
    path.push(e);
    if (isSkippedElement(e)) break;
    // The body's own lang counts as the page's (we never write it).
    if (e === body) {
      eligible = !(rootLang !== null && isJapanese(rootLang));
      break;
    }
  }
  if (memo) for (const e of path) memo.set(e, eligible);
  return eligible;
}

/**
 * Text nodes with Han characters under the roots, in document order, skipping whole subtrees of
 * skipped elements. Roots that are themselves inside skipped places yield nothing.
 */
export function collectTextNodes(roots: readonly Node[], rootLang: string | null): Text[] {
  const out: Text[] = [];
  const seen = new Set<Node>();
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    if (root.nodeType === 3) {
      const text = root as Text;
      if (isLayerText(text.data) && isEligibleText(text, rootLang)) out.push(text);
      continue;
    }
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) continue;
    const start = root.nodeType === 9 ? (root as Document).body : (root as Element);
    if (!start) continue;
    if (start.nodeType === 1 && !isEligibleElement(start as Element, rootLang)) continue;
    collectUnder(start, out);
  }
  return roots.length > 1 ? dedupeNested(out) : out;
}

/**
 * Depth-first over the subtree in plain JS, skipping skipped subtrees whole: a TreeWalker with a
 * filter calls back into script for every node, which cost several times as much on a long page
 * (bench: "layers/200k: script (ours, until the page shows it)").
 */
function collectUnder(start: Node, out: Text[]): void {
  let node: Node | null = start.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      if (isLayerText((node as Text).data)) out.push(node as Text);
    } else if (node.nodeType === 1 && node.firstChild && !isSkippedElement(node as Element)) {
      node = node.firstChild;
      continue;
    }
    // Next in document order, without leaving the subtree.
    while (node && node !== start && !node.nextSibling) node = node.parentNode;
    node = node && node !== start ? node.nextSibling : null;
  }
}

/** Roots may nest (a feature's statements inside its root): keep each text node once, in order. */
function dedupeNested(nodes: Text[]): Text[] {
  const seen = new Set<Text>();
  const out: Text[] = [];
  for (const n of nodes) {
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  if (out.length > 1) {
    out.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  }
  return out;
}
