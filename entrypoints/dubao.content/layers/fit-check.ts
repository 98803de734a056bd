/**
 * Boxes that held their text must still hold it with readings. Ruby makes lines taller; a box of
 * fixed height (a footer line, a nav bar, a headline clipped to two lines) does not grow with them
 * and spills or clips. The rule: after readings are written, every box around them whose content
 * now overflows its height is marked `data-dubao-fit` (the page stylesheet draws no readings inside
 * it and lays its text out as before), if without its readings it holds its text (to within
 * HELD_SLACK: a descender, a border) — else it did not hold its text before either (a wrapper of
 * fixed height that a whole page overflows, or a stylesheet that did not load) and readings stay.
 * Only boxes whose height stays the same with and without readings count as fixed. Scroll
 * containers (overflow auto/scroll) are never marked: scrolling is how they hold more.
 *
 * A second rule, for boxes that spilled already: a box that clips (overflow hidden or clip, below
 * it: a tab of fixed height in a list item that hides what passes it) may have spilled before
 * readings and still shown every character; readings make lines taller and wider, and the
 * characters of a later line fall out of the clipping box's visible part, leaving readings over
 * nothing. So: where a ruby's characters lie outside the visible part of the nearest clipping
 * ancestor, the text's own element is marked the same way, and kept marked only if that brings
 * characters back inside (else they were hidden before readings: a slide off to the side, a clamp's
 * third line, and readings stay). Vertical only: a box clips sideways by design (carousels).
 *
 * Only attributes on page elements change here, each removed by `clear()` (pinyin off, dispose).
 */
import { WRAPPER_TAG } from './pinyin-transform';

export const FIT_ATTR = 'data-dubao-fit';

/** A box whose content passes its height by this much (px) or less still holds its text. */
export const HELD_SLACK = 4;

/** How far up from a reading a fixed box is looked for (a footer line is a few levels up at most). */
const MAX_DEPTH = 12;

export interface FitKeeper {
  /** Checks the boxes around readings written since the last check. */
  check(): void;
  /** Removes every mark; the next check starts over (all readings). */
  clear(): void;
  /** Elements marked now (tests). */
  marked(): Element[];
}

export function createFitKeeper(doc: Document): FitKeeper {
  let seen = new WeakSet<Element>();
  const marked = new Set<Element>();

  /** How far the box's content passes its height (px). */
  const overflow = (el: Element): number => el.scrollHeight - el.clientHeight;

  function scrolls(el: Element): boolean {
    const y = doc.defaultView?.getComputedStyle(el).overflowY;
    return y === 'auto' || y === 'scroll';
  }

  function check(): void {
    const body = doc.body;
    if (!body) return;
    const boxes = new Set<Element>();
    const fresh: Element[] = [];
    for (const wrapper of doc.querySelectorAll(`${WRAPPER_TAG}[data-dubao="pinyin"]`)) {
      if (seen.has(wrapper)) continue;
      seen.add(wrapper);
      fresh.push(wrapper);
      let depth = 0;
      for (let el = wrapper.parentElement; el && el !== body && depth < MAX_DEPTH; el = el.parentElement, depth++) {
        if (marked.has(el)) break;
        boxes.add(el);
      }
    }
    checkHeld(boxes);
    checkClipped(fresh, body);
  }

  function checkHeld(boxes: Set<Element>): void {
    if (boxes.size === 0) return;
    // Reads first (one layout), then writes, then one more layout to see what the readings added
    // (a 1 px tolerance for rounding).
    const spilling = new Map<Element, [number, number]>();
    for (const el of boxes) {
      if (el.clientHeight > 0 && overflow(el) > 1 && !scrolls(el)) spilling.set(el, [overflow(el), el.clientHeight]);
    }
    if (spilling.size === 0) return;
    for (const el of spilling.keys()) el.setAttribute(FIT_ATTR, '');
    const notOurs = [...spilling]
      .filter(([el, [withReadings, height]]) => {
        const without = overflow(el);
        // A box whose height changes with its readings is not of fixed height (its overflow is floats
        // or positioned children passing its bottom, which move with the text): not ours.
        return without > HELD_SLACK || without >= withReadings - 1 || Math.abs(el.clientHeight - height) > 1;
      })
      .map(([el]) => el);
    for (const el of notOurs) el.removeAttribute(FIT_ATTR);
    for (const el of spilling.keys()) if (!notOurs.includes(el)) marked.add(el);
  }

  /** The nearest ancestor that clips vertically, below any scroll container; null if none. */
  function clipperOf(el: Element | null, body: Element, clippers: Map<Element, Element | null>): Element | null {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let depth = 0; el && el !== body && depth < MAX_DEPTH; el = el.parentElement, depth++) {
      const known = clippers.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(el);
      const y = doc.defaultView?.getComputedStyle(el).overflowY;
      if (y === 'hidden' || y === 'clip') {
        found = el;
        break;
      }
      if (y === 'auto' || y === 'scroll') break; // what passes it is scrolled to, not lost
    }
    for (const p of path) clippers.set(p, found);
    return found;
  }

  /** The visible part of a clipping box (its padding box), top and bottom in viewport px. */
  function clipEdges(el: Element): [number, number] {
    const top = el.getBoundingClientRect().top + el.clientTop;
    return [top, top + el.clientHeight];
  }

  /** Rubies in `wrapper` whose characters lie (partly) above or below [top, bottom]. */
  function rubiesOutside(wrapper: Element, [top, bottom]: [number, number]): Element[] {
    const out: Element[] = [];
    const range = doc.createRange();
    for (const ruby of wrapper.querySelectorAll('ruby[data-dubao]')) {
      const base = ruby.firstChild;
      if (!base || base.nodeType !== 3) continue;
      range.selectNodeContents(base);
      const rect = range.getBoundingClientRect();
      if (rect.height === 0 && rect.width === 0) continue; // not rendered
      if (rect.bottom > bottom + 1 || rect.top < top - 1) out.push(ruby);
    }
    return out;
  }

  function checkClipped(wrappers: readonly Element[], body: Element): void {
    if (!wrappers.length) return;
    const clippers = new Map<Element, Element | null>();
    const edges = new Map<Element, [number, number]>();
    // Reads first: the candidates, their clipping box and the rubies now outside it.
    const candidates: { text: Element; clipper: Element; outside: Element[] }[] = [];
    for (const wrapper of wrappers) {
      const text = wrapper.parentElement;
      if (!text || marked.has(text) || text.closest(`[${FIT_ATTR}]`)) continue;
      const clipper = clipperOf(text, body, clippers);
      if (!clipper || clipper.clientHeight === 0) continue;
      let edge = edges.get(clipper);
      if (!edge) edges.set(clipper, (edge = clipEdges(clipper)));
      const box = wrapper.getBoundingClientRect();
      if (box.bottom <= edge[1] + 1 && box.top >= edge[0] - 1) continue; // wholly inside: no ruby is out
      const outside = rubiesOutside(wrapper, edge);
      if (outside.length) candidates.push({ text, clipper, outside });
    }
    if (!candidates.length) return;
    for (const c of candidates) c.text.setAttribute(FIT_ATTR, '');
    // Then, laid out without readings there: kept where characters come back inside.
    for (const c of candidates) {
      const edge = clipEdges(c.clipper);
      const back = c.outside.some((ruby) => {
        const range = doc.createRange();
        range.selectNodeContents(ruby.firstChild!);
        const rect = range.getBoundingClientRect();
        return rect.bottom <= edge[1] + 1 && rect.top >= edge[0] - 1;
      });
      if (back) marked.add(c.text);
    }
    for (const c of candidates) if (!marked.has(c.text)) c.text.removeAttribute(FIT_ATTR);
  }

  return {
    check,
    clear() {
      for (const el of marked) el.removeAttribute(FIT_ATTR);
      marked.clear();
      seen = new WeakSet();
    },
    marked: () => [...marked],
  };
}
