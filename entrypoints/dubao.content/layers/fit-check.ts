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
    for (const wrapper of doc.querySelectorAll(`${WRAPPER_TAG}[data-dubao="pinyin"]`)) {
      if (seen.has(wrapper)) continue;
      seen.add(wrapper);
      let depth = 0;
      for (let el = wrapper.parentElement; el && el !== body && depth < MAX_DEPTH; el = el.parentElement, depth++) {
        if (marked.has(el)) break;
        boxes.add(el);
      }
    }
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
