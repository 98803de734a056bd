/**
 * Viewport order: what is on screen first (in document order), then below it by distance, then
 * above it, nearest first, then hidden. `orderByViewport` is pure over the boxes it is given, so the
 * order is tested by table; `observeBoxes` and `measureVisibleRange` read the page.
 */
import { isHiddenBox, isInBand, trackOrder, WINDOW_SCREENS, type Box } from './band';

export interface ViewportOrder<T, B> {
  ordered: T[];
  /** How many of `ordered`, from the start, are on screen. */
  visible: number;
  /** Blocks within the reading window's band now. */
  near: Set<B>;
  /** Every block of the items. */
  blocks: Set<B>;
  /** How far out of reading order the blocks stand (px; band.ts's trackOrder), null: not in order. */
  order: number | null;
}

const HIDDEN = 3e9;
const NO_BLOCK = 4e9;
const ABOVE = 1e9;

/** A box's rank: 0 on screen, the distance below it, then above it (nearest first), then hidden. */
export function rankBox(box: Box, height: number): number {
  if (isHiddenBox(box)) return HIDDEN;
  if (box.bottom >= 0 && box.top <= height) return 0;
  if (box.top > height) return box.top - height;
  return ABOVE - box.bottom;
}

/**
 * Orders items by where their blocks stand (`blockOf`; each block's box read once through `boxOf`)
 * in a viewport `height` px tall; equal ranks keep their order.
 */
export function orderByViewport<T, B>(items: readonly T[], blockOf: (item: T) => B | null, boxOf: (block: B) => Box, height: number): ViewportOrder<T, B> {
  const margin = height * WINDOW_SCREENS;
  const ranks = new Map<B, number>();
  const near = new Set<B>();
  // Whether the blocks, as first met, stand in reading order (for the reading window).
  const order = trackOrder();
  const rank = (item: T): number => {
    const block = blockOf(item);
    if (block === null) return NO_BLOCK;
    let r = ranks.get(block);
    if (r === undefined) {
      const box = boxOf(block);
      r = rankBox(box, height);
      if (isInBand(box, height, margin)) near.add(block);
      order.add(box);
      ranks.set(block, r);
    }
    return r;
  };
  const ranked = items.map((item, index) => ({ item, index, rank: rank(item) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return {
    ordered: ranked.map((x) => x.item),
    visible: ranked.filter((x) => x.rank === 0).length,
    near,
    blocks: new Set(ranks.keys()),
    order: order.slack(height),
  };
}

/** How long the browser's one IntersectionObserver pass may take before boxes are read instead (ms). */
const OBSERVER_WAIT_MS = 250;

/**
 * Every block's box from one IntersectionObserver pass, computed by the browser in its next
 * rendering step instead of one getBoundingClientRect per block in the toggle's own task (bench:
 * "layers/200k: pinyin viewport annotated"). Null where there is no observer, or it does not answer
 * soon (a background tab does not render): then boxes are read.
 */
export function observeBoxes(win: Window & typeof globalThis, blocks: ReadonlySet<Element>): Promise<Map<Element, DOMRectReadOnly> | null> {
  const Observer = win.IntersectionObserver;
  if (typeof Observer !== 'function' || blocks.size === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const boxes = new Map<Element, DOMRectReadOnly>();
    let timer = 0;
    const observer = new Observer((entries) => {
      for (const entry of entries) boxes.set(entry.target, entry.boundingClientRect);
      if (boxes.size >= blocks.size) finish(boxes);
    });
    const finish = (result: Map<Element, DOMRectReadOnly> | null): void => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(result);
    };
    for (const el of blocks) observer.observe(el);
    timer = win.setTimeout(() => finish(null), OBSERVER_WAIT_MS);
  });
}

/** Shorter texts are annotated whole, wherever they stand. */
const MIN_SPLIT_LENGTH = 40;

/**
 * For a page text node in the DOM that runs past the top or bottom of the viewport, the code points
 * [start, end) on screen (binary search over character boxes); null when it is all visible or cannot
 * be measured. Lines grow when annotated, so what is measured now is a superset.
 */
export function measureVisibleRange(doc: Document, node: Text, height: number): [number, number] | null {
  const length = node.data.length;
  if (!node.parentNode || length < MIN_SPLIT_LENGTH || height <= 0) return null;
  const range = doc.createRange();
  const boxOf = (offset: number): DOMRect | null => {
    range.setStart(node, offset);
    range.setEnd(node, Math.min(length, offset + 1));
    const rect = range.getBoundingClientRect();
    return isHiddenBox(rect) ? null : rect;
  };
  const first = boxOf(0);
  const last = boxOf(length - 1);
  if (!first || !last || (first.top >= 0 && last.bottom <= height)) return null;
  // First offset whose box reaches below the top edge; first offset whose box starts below the bottom.
  const search = (test: (rect: DOMRect) => boolean): number => {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = boxOf(mid);
      if (rect && test(rect)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const startUnit = first.top >= 0 ? 0 : search((r) => r.bottom > 0);
  const endUnit = last.bottom <= height ? length : search((r) => r.top >= height);
  if (startUnit === 0 && endUnit >= length) return null;
  // UTF-16 offsets → code points.
  const toPoints = (unit: number): number => Array.from(node.data.slice(0, unit)).length;
  return [toPoints(startUnit), toPoints(endUnit)];
}

/**
 * Ruby makes lines taller, so what stood on screen before a pass does not all stay there: the
 * viewport pass measures the rest of the screen again once part of it is written (the page laid out
 * once in between, which it is anyway), and what its rubies pushed below the viewport waits for the
 * next pass, as text the reader does not see (bench: "layers/seed: pinyin viewport annotated").
 * Ruby only pushes text down, so what is below now stays below. For a node in `block` (its
 * characters measurable when `plain`): 'below' when it now stands wholly below the viewport, the
 * code points on screen when it crosses its bottom edge, null when it is to be written whole.
 */
export function screenPart(doc: Document, node: Text, block: Element, height: number, plain: boolean): 'below' | [number, number] | null {
  const box = block.getBoundingClientRect();
  if (box.top >= height) return 'below';
  const range = plain && box.bottom > height ? measureVisibleRange(doc, node, height) : null;
  return range && range[1] <= range[0] ? 'below' : range;
}
