/**
 * Boxes that held their text must still hold it with readings. Ruby makes lines taller; a box of
 * fixed height (a footer line, a nav bar, a headline clipped to two lines) does not grow with them
 * and spills or clips. The rule: after readings are written, every box around them whose content
 * now overflows its height is marked `data-dubao-fit` (the page stylesheet draws no readings inside
 * it and gives its lines back their own height); a box that still overflows without its readings
 * did not hold its text before either, and is unmarked. Scroll containers (overflow auto/scroll)
 * are never marked: scrolling is how they hold more.
 *
 * Only attributes on page elements change here, each removed by `clear()` (pinyin off, dispose).
 */
import { WRAPPER_TAG } from './pinyin-transform';

export const FIT_ATTR = 'data-dubao-fit';

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

  /** Whether the box's content is taller than the box (a 1 px tolerance for rounding). */
  function spills(el: Element): boolean {
    const h = el.clientHeight;
    return h > 0 && el.scrollHeight > h + 1;
  }

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
    // Reads first (one layout), then writes, then one more layout to see which boxes fit without readings.
    const candidates = [...boxes].filter((el) => spills(el) && !scrolls(el));
    if (candidates.length === 0) return;
    for (const el of candidates) el.setAttribute(FIT_ATTR, '');
    const still = new Set(candidates.filter(spills));
    for (const el of candidates) {
      if (still.has(el)) el.removeAttribute(FIT_ATTR);
      else marked.add(el);
    }
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
