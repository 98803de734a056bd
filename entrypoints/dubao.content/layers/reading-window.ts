/**
 * The reading window: on a long page, pinyin lives only near what is on screen, and follows the
 * scroll. Measured in Chromium (bench): once a page holds ~100,000 ruby elements, every frame that
 * changes anything costs 100+ ms of layout and pre-paint whatever the change, so annotating a
 * 200,000-character page whole makes every later frame long. Keeping ruby to a band of screens
 * around the viewport bounds that cost; text far behind the reader gets its plain text back.
 *
 * Nearness is per block (the parent element of a text node), measured on scroll, at most once a
 * frame. (An IntersectionObserver over thousands of blocks cost ≈10 ms in every frame that changed
 * layout, which is every frame we write in; a scan on scroll costs nothing while nobody scrolls.)
 */

export interface ReadingWindow {
  /** Whether the element is within the band (an element not seen before is measured on the next scan). */
  isNear(el: Element): boolean;
  /** Sets the elements near now (measured by the caller) and the blocks to follow. */
  seed(near: Iterable<Element>, all: Iterable<Element>): void;
  dispose(): void;
}

/** Screens above and below the viewport that get pinyin. */
export const WINDOW_SCREENS = 1.5;
/** Pinyin is given back only beyond this many screens (no churn at the band's edge). */
const KEEP_SCREENS = 3;

/** `onChange` gets the blocks that came near and those that went far. */
export function createReadingWindow(win: Window, onChange: (entered: Element[], left: Element[]) => void): ReadingWindow {
  let near = new Set<Element>();
  let blocks: Element[] = [];
  let known = new WeakSet<Element>();
  let frame = 0;
  let disposed = false;

  function scan(): void {
    frame = 0;
    if (disposed) return;
    const height = win.innerHeight || 0;
    const enter = height * WINDOW_SCREENS;
    const keep = height * KEEP_SCREENS;
    const entered: Element[] = [];
    const left: Element[] = [];
    const alive: Element[] = [];
    for (const el of blocks) {
      if (!el.isConnected) {
        near.delete(el);
        known.delete(el);
        continue;
      }
      alive.push(el);
      const r = el.getBoundingClientRect();
      const shown = r.width > 0 || r.height > 0;
      const band = near.has(el) ? keep : enter;
      const isNear = shown && r.bottom >= -band && r.top <= height + band;
      if (isNear === near.has(el)) continue;
      if (isNear) {
        near.add(el);
        entered.push(el);
      } else {
        near.delete(el);
        left.push(el);
      }
    }
    blocks = alive;
    if (entered.length || left.length) onChange(entered, left);
  }

  function schedule(): void {
    if (frame || disposed) return;
    frame = typeof win.requestAnimationFrame === 'function' ? win.requestAnimationFrame(scan) : win.setTimeout(scan, 16);
  }

  const listen = { passive: true, capture: true } as const;
  win.addEventListener('scroll', schedule, listen);
  win.addEventListener('resize', schedule, listen);

  return {
    isNear(el) {
      if (!known.has(el)) {
        known.add(el);
        blocks.push(el);
        schedule();
      }
      return near.has(el);
    },
    seed(nearNow, all) {
      // What was just measured replaces what the last scan said.
      near = new Set(nearNow);
      blocks = [];
      known = new WeakSet();
      for (const el of all) {
        known.add(el);
        blocks.push(el);
      }
    },
    dispose() {
      disposed = true;
      win.removeEventListener('scroll', schedule, listen);
      win.removeEventListener('resize', schedule, listen);
      if (frame && typeof win.cancelAnimationFrame === 'function') win.cancelAnimationFrame(frame);
      near = new Set();
      blocks = [];
    },
  };
}
