/**
 * Band geometry, shared by the viewport order (what the first pass counts as near) and the reading
 * window (what it keeps near while scrolling): a band of screens around the viewport, and whether a
 * run of blocks stands in reading order. Pure functions over boxes; nothing here reads the page.
 */

/** Screens above and below the viewport that get pinyin. */
export const WINDOW_SCREENS = 1.5;
/** Pinyin is given back only beyond this many screens (no churn at the band's edge). */
export const KEEP_SCREENS = 3;

/** The parts of a box the band reads (a DOMRect, or a plain object in tests). */
export type Box = Pick<DOMRectReadOnly, 'top' | 'bottom' | 'width' | 'height'>;

/** A box with no size: a hidden block (display:none, a closed menu). */
export function isHiddenBox(r: Box): boolean {
  return r.width === 0 && r.height === 0;
}

/** Whether a box reaches into the viewport widened by `band` px above and below (hidden boxes never do). */
export function isInBand(r: Box, height: number, band: number): boolean {
  return !isHiddenBox(r) && r.bottom >= -band && r.top <= height + band;
}

/**
 * Follows the boxes of blocks, as met, to tell whether they stand in reading order: none starting
 * more than a screen above one before it (a headline set above its kicker, a photo beside its text).
 * Hidden blocks (no box: a closed menu) are left out; the search passes over them. `slack` gives how
 * far out of order the blocks stand (px), by which a search in reading order is widened; null when
 * they are not in reading order (then every block is measured).
 */
export function trackOrder(): { add(box: Box): void; slack(height: number): number | null } {
  let maxTop = -Infinity;
  let slack = 0;
  return {
    add(box) {
      if (isHiddenBox(box)) return;
      slack = Math.max(slack, maxTop - box.top);
      maxTop = Math.max(maxTop, box.top);
    },
    slack: (height) => (slack <= height ? slack : null),
  };
}
