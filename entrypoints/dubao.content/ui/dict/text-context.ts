/**
 * From a point in a text node to the text the reading engine reads there, and back to page ranges.
 * The layers read each page text node on its own; with pinyin on, one node's text is spread over a
 * wrapper's text nodes and rubies (readings live in attributes, or in <rt>/<rp> in the sidebar,
 * never part of the text). Text is only ever read as text.
 */

/** The pinyin layer's stand-in for a page text node (layers/pinyin-transform.ts, WRAPPER_TAG). */
const WRAPPER_SELECTOR = 'dubao-text[data-dubao]';
/** Where the sidebar's and cards' text runs: a paragraph-like element is one reading unit. */
const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, dd, dt, blockquote, figcaption, td, th, summary';

export interface TextContext {
  /** The text as read: its pieces' text joined. */
  text: string;
  /** The text nodes it is made of, with their start in `text`. */
  pieces: { node: Text; start: number }[];
  /** The element it lives in (null: a bare page text node). */
  root: Element | null;
}

const HAN = /\p{Script=Han}/u;

function isReadingText(node: Text): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'RT' || tag === 'RP') return false;
    if (el.matches(WRAPPER_SELECTOR)) return true;
  }
  return true;
}

function textNodesUnder(root: Element): Text[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (isReadingText(n as Text)) out.push(n as Text);
  return out;
}

/** The reading unit a text node belongs to: its pinyin wrapper, its block in our UI, or itself. */
export function contextOf(node: Text, inOurUi: boolean): TextContext {
  const wrapper = node.parentElement?.closest(WRAPPER_SELECTOR) ?? null;
  const root = wrapper ?? (inOurUi ? (node.parentElement?.closest(BLOCK_SELECTOR) ?? node.parentElement) : null);
  if (!root) return { text: node.data, pieces: [{ node, start: 0 }], root: null };
  const pieces: { node: Text; start: number }[] = [];
  let text = '';
  for (const n of textNodesUnder(root)) {
    pieces.push({ node: n, start: text.length });
    text += n.data;
  }
  return { text, pieces, root };
}

/** Every reading text of an element as one context (a paragraph read aloud, a word's sentence). */
export function elementContext(root: Element): TextContext {
  const pieces: { node: Text; start: number }[] = [];
  let text = '';
  for (const n of textNodesUnder(root)) {
    pieces.push({ node: n, start: text.length });
    text += n.data;
  }
  return { text, pieces, root };
}

/** The position in the context's text of `offset` in `node`; -1 if the node is not in it. */
export function indexInContext(context: TextContext, node: Text, offset: number): number {
  const piece = context.pieces.find((p) => p.node === node);
  return piece ? piece.start + offset : -1;
}

/** A DOM range over [start, end) of the context's text (possibly across its text nodes). */
export function rangeInContext(context: TextContext, start: number, end: number): Range | null {
  const locate = (at: number, preferNext: boolean): { node: Text; offset: number } | null => {
    for (let i = 0; i < context.pieces.length; i++) {
      const { node, start: s } = context.pieces[i]!;
      const e = s + node.data.length;
      if (at < e || (at === e && !preferNext) || (at === e && i === context.pieces.length - 1)) {
        if (at >= s) return { node, offset: at - s };
      }
    }
    return null;
  };
  const a = locate(start, true);
  const b = locate(end, false);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Whether the text is somewhere the dictionary never looks: inputs, editable fields, code. */
export function isOffLimits(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.closest('input, textarea, select, option, [contenteditable]:not([contenteditable="false"]), script, style, noscript, code, pre, kbd, samp')) return true;
  return el.ownerDocument.designMode === 'on';
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The first Han text node after (`forward`) or before `from`, in document order under `root`. */
export function nextHanText(root: Node, from: Node, forward: boolean, accept: (node: Text) => boolean): Text | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  walker.currentNode = from;
  for (let n = forward ? walker.nextNode() : walker.previousNode(); n; n = forward ? walker.nextNode() : walker.previousNode()) {
    const t = n as Text;
    if (hasHan(t.data) && isReadingText(t) && !isOffLimits(t) && accept(t)) return t;
  }
  return null;
}
