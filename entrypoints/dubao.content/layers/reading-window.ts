/**
 * The reading window: on a long page, pinyin lives only near what is on screen, and follows the
 * scroll. Once a page holds a great many ruby elements, every frame that changes anything pays
 * layout and pre-paint for all of them, so annotating a long page whole makes every later frame
 * long (bench: "layers/200k: plain ruby (all, sync + layout)"). Keeping ruby to a band of screens
 * around the viewport (band.ts) bounds that cost; text far behind the reader gets its plain text back.
 *
 * Nearness is per block (the parent element of a text node), measured on scroll, at most once a
 * frame. (An IntersectionObserver over thousands of blocks costs time in every frame that changes
 * layout, which is every frame we write in; a scan on scroll costs nothing while nobody scrolls.)
 * Where the blocks stand in reading order (each below the one before, as an article's paragraphs
 * do), a scroll frame measures only the near blocks and a binary search's worth of others; every
 * block is measured again once the scrolling stops.
 *
 * A flick (scrolling faster than the band can be written) pauses the band: nobody reads pinyin
 * mid-flick, and every frame that writes ruby on a long page pays for re-placing what follows
 * (bench: "layers/200k: scrolling 4 s with pinyin on, frames over 50 ms"). The band is written
 * when it slows.
 */
import { isInBand, KEEP_SCREENS, trackOrder, WINDOW_SCREENS } from './band';

export interface ReadingWindow {
  /** Whether the element is within the band (an element not seen before is measured on the next scan). */
  isNear(el: Element): boolean;
  /**
   * Sets the elements near now (measured by the caller) and the blocks to follow; `order`: how far
   * (px) the blocks, as met, stand out of reading order, from trackOrder (null: not in order).
   */
  seed(near: Iterable<Element>, all: Iterable<Element>, order?: number | null): void;
  /** The page is being flicked (scrolled faster than FLICK_SCREENS_PER_SECOND). */
  isFlicking(): boolean;
  /** Resolves once no flick is going on (the band measured for where the scroll came to). */
  calm(): Promise<void>;
  dispose(): void;
}

/** Quiet time after the last scroll event before every block is measured again (ms). */
const SETTLE_MS = 300;
/**
 * Faster than this is a flick: about what the band is written at on a long page (pacing.ts,
 * VIEWPORT_BUDGET rubies a frame), so faster scrolling would only make every frame a long one and
 * still fall behind.
 */
export const FLICK_SCREENS_PER_SECOND = 1.5;
/** The scroll speed is taken over this much time (ms); a scroll quiet for this long has stopped. */
const SPEED_WINDOW_MS = 150;
/** How often a paused band looks again whether the flick is over (ms). */
const CALM_POLL_MS = 50;

/**
 * Scroll speed from scroll positions over the last SPEED_WINDOW_MS (px per second, measured up to
 * now, so it falls as soon as the events stop). One scroller at a time: samples start over when
 * another element scrolls.
 */
export function trackSpeed(): { add(target: unknown, position: number, at: number): void; speed(now: number): number } {
  let samples: Array<{ position: number; at: number }> = [];
  let current: unknown = null;
  return {
    add(target, position, at) {
      if (target !== current) {
        current = target;
        samples = [];
      }
      samples.push({ position, at });
      while (at - samples[0]!.at > SPEED_WINDOW_MS) samples.shift();
    },
    speed(now) {
      const recent = samples.filter((s) => now - s.at <= SPEED_WINDOW_MS);
      if (recent.length < 2) return 0;
      const first = recent[0]!;
      const last = recent[recent.length - 1]!;
      return (Math.abs(last.position - first.position) / Math.max(now - first.at, 16)) * 1000;
    },
  };
}

/**
 * `onChange` gets the blocks that came near and those that went far; `now`: the clock the scroll
 * speed is taken on (ms), the page's own but for tests that drive a flick on a virtual one.
 */
export function createReadingWindow(
  win: Window,
  onChange: (entered: Element[], left: Element[]) => void,
  now: () => number = () => win.performance.now(),
): ReadingWindow {
  let near = new Set<Element>();
  let blocks: Element[] = [];
  let known = new WeakSet<Element>();
  // How far out of reading order the blocks stand (px), or null: see trackOrder.
  let order: number | null = null;
  let frame = 0;
  let settle = 0;
  let disposed = false;
  const speed = trackSpeed();
  let calmTimer = 0;
  let waiters: Array<() => void> = [];

  function isFlicking(): boolean {
    const height = win.innerHeight || 0;
    return height > 0 && speed.speed(now()) > FLICK_SCREENS_PER_SECOND * height;
  }

  /** Looks again shortly; once the flick is over, measures the band and lets the waiters go. */
  function waitForCalm(): void {
    if (calmTimer || disposed) return;
    calmTimer = win.setTimeout(() => {
      calmTimer = 0;
      if (disposed) return;
      if (isFlicking()) return waitForCalm();
      scan(false);
      release();
    }, CALM_POLL_MS);
  }

  function release(): void {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  }

  /**
   * A scroll frame on blocks in reading order: the near ones, and those the band now reaches (the
   * search widened by the blocks' slack, so one set a little out of order is still found).
   */
  function scanOrdered(height: number, enter: number, keep: number, slack: number): { entered: Element[]; left: Element[] } | null {
    const entered: Element[] = [];
    const left: Element[] = [];
    for (const el of near) {
      if (!el.isConnected) return null;
      if (!isInBand(el.getBoundingClientRect(), height, keep)) left.push(el);
    }
    // First block whose bottom reaches into the band; a hidden block is passed over (the next shown
    // one decides), and none is near.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let shown: DOMRect | null = null;
      let m = mid;
      for (; m < hi; m++) {
        const el = blocks[m]!;
        if (!el.isConnected) return null;
        const r = el.getBoundingClientRect();
        if (r.width > 0 || r.height > 0) {
          shown = r;
          break;
        }
      }
      if (shown && shown.bottom < -enter - slack) lo = m + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length; i++) {
      const el = blocks[i]!;
      if (!el.isConnected) return null;
      const r = el.getBoundingClientRect();
      if (r.top > height + enter + slack) break;
      if (isInBand(r, height, enter) && !near.has(el)) entered.push(el);
    }
    for (const el of left) near.delete(el);
    for (const el of entered) near.add(el);
    return { entered, left };
  }

  function scan(full: boolean): void {
    if (!full) frame = 0;
    if (disposed) return;
    if (isFlicking()) {
      // The band follows once the flick slows (or the settle scan after it stops).
      waitForCalm();
      return;
    }
    const height = win.innerHeight || 0;
    const enter = height * WINDOW_SCREENS;
    const keep = height * KEEP_SCREENS;
    if (order !== null && !full) {
      const quick = scanOrdered(height, enter, keep, order);
      if (quick) {
        if (quick.entered.length || quick.left.length) onChange(quick.entered, quick.left);
        return;
      }
      order = null; // a block went away: measure them all from now on
    }
    const entered: Element[] = [];
    const left: Element[] = [];
    const alive: Element[] = [];
    // Every block is measured here: whether they stand in reading order is known again.
    const ordered = trackOrder();
    for (const el of blocks) {
      if (!el.isConnected) {
        near.delete(el);
        known.delete(el);
        continue;
      }
      alive.push(el);
      const r = el.getBoundingClientRect();
      ordered.add(r);
      const isNear = isInBand(r, height, near.has(el) ? keep : enter);
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
    order = ordered.slack(height);
    if (entered.length || left.length) onChange(entered, left);
  }

  /** An element's own scroll position; the page's for the document (or the window). */
  function positionOf(target: EventTarget | null): number {
    return (target as Node | null)?.nodeType === 1 ? (target as Element).scrollTop : (win.scrollY ?? 0);
  }

  function schedule(event?: Event): void {
    if (disposed) return;
    if (event?.type === 'scroll') speed.add(event.target, positionOf(event.target), now());
    if (order !== null) {
      win.clearTimeout(settle);
      settle = win.setTimeout(() => scan(true), SETTLE_MS);
    }
    if (frame) return;
    frame = typeof win.requestAnimationFrame === 'function' ? win.requestAnimationFrame(() => scan(false)) : win.setTimeout(() => scan(false), 16);
  }

  const listen = { passive: true, capture: true } as const;
  win.addEventListener('scroll', schedule, listen);
  win.addEventListener('resize', schedule, listen);

  return {
    isNear(el) {
      if (!known.has(el)) {
        known.add(el);
        blocks.push(el);
        order = null; // wherever it stands
        schedule();
      }
      return near.has(el);
    },
    seed(nearNow, all, slack = null) {
      // What was just measured replaces what the last scan said.
      near = new Set(nearNow);
      order = slack;
      blocks = [];
      known = new WeakSet();
      for (const el of all) {
        known.add(el);
        blocks.push(el);
      }
    },
    isFlicking,
    calm() {
      if (disposed || !isFlicking()) return Promise.resolve();
      waitForCalm();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    dispose() {
      disposed = true;
      win.clearTimeout(settle);
      win.clearTimeout(calmTimer);
      release();
      win.removeEventListener('scroll', schedule, listen);
      win.removeEventListener('resize', schedule, listen);
      if (frame && typeof win.cancelAnimationFrame === 'function') win.cancelAnimationFrame(frame);
      near = new Set();
      blocks = [];
    },
  };
}
