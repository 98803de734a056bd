/**
 * Which character is under the pointer: the browser's caret-from-point, checked against the
 * character's own box (a caret is found beside the end of a line too), with a scan of the target
 * element's characters where the caret APIs do not reach (inside our shadow root).
 */

export interface TextPoint {
  node: Text;
  /** The UTF-16 index of the character under the point. */
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function boxContains(node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.data.length) return false;
  const range = node.ownerDocument.createRange();
  const wide = /[\uD800-\uDBFF]/.test(node.data[offset]!) ? 2 : 1;
  range.setStart(node, offset);
  range.setEnd(node, Math.min(node.data.length, offset + wide));
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function fromCaret(doc: CaretDoc, x: number, y: number, shadow: ShadowRoot | null): TextPoint | null {
  let node: Node | null = null;
  let offset = 0;
  try {
    if (doc.caretPositionFromPoint) {
      const p = shadow ? doc.caretPositionFromPoint(x, y, { shadowRoots: [shadow] }) : doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
  } catch {
    return null;
  }
  if (!node || node.nodeType !== 3) return null;
  const text = node as Text;
  // The caret sits between characters: the one under the point is after it or before it.
  if (boxContains(text, offset, x, y)) return { node: text, offset };
  if (boxContains(text, offset - 1, x, y)) return { node: text, offset: offset - 1 };
  return null;
}

const MAX_SCAN = 4000;

function scanElement(el: Element, x: number, y: number): TextPoint | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let scanned = 0;
  for (let n = walker.nextNode(); n && scanned < MAX_SCAN; n = walker.nextNode()) {
    const text = n as Text;
    const whole = el.ownerDocument.createRange();
    whole.selectNodeContents(text);
    const hit = Array.from(whole.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    scanned += text.data.length;
    if (!hit) continue;
    for (let i = 0; i < text.data.length; i++) if (boxContains(text, i, x, y)) return { node: text, offset: i };
  }
  return null;
}

/**
 * The character at (x, y). `target` is the innermost element the pointer event reached (its
 * composed path's first element), `shadow` our UI's shadow root when the target is inside it.
 */
export function textPointAt(doc: Document, x: number, y: number, target: Element | null, shadow: ShadowRoot | null): TextPoint | null {
  const viaCaret = fromCaret(doc as CaretDoc, x, y, shadow);
  if (viaCaret && (!target || target.contains(viaCaret.node) || viaCaret.node.parentElement?.contains(target))) return viaCaret;
  return target ? scanElement(target, x, y) : null;
}
