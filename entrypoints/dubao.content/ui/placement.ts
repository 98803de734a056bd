/** Where the sidebar goes: beside the article's text column where there is room, over it only when not. */

export interface Placement {
  side: 'left' | 'right';
  width: number;
  /** True when the sidebar has to cover part of the text column (narrow window). */
  covers: boolean;
}

export const SIDEBAR_WIDTH = 380;
export const SIDEBAR_MIN_WIDTH = 300;
/** A strip of page narrower than this beside a covering sidebar is no use to a reader: it takes the width. */
export const USELESS_STRIP = 72;

/**
 * `column` is the text column's horizontal extent in viewport pixels (null when unknown).
 * Prefers the right side; takes the left when only it has room; shrinks to fit down to the minimum.
 */
export function choosePlacement(column: { left: number; right: number } | null, viewportWidth: number): Placement {
  const width = Math.max(0, viewportWidth);
  const full = width - SIDEBAR_WIDTH < USELESS_STRIP ? width : SIDEBAR_WIDTH;
  if (!column) return { side: 'right', width: full, covers: false };
  const rightSpace = Math.floor(viewportWidth - column.right);
  const leftSpace = Math.floor(column.left);
  if (rightSpace >= SIDEBAR_WIDTH) return { side: 'right', width: SIDEBAR_WIDTH, covers: false };
  if (leftSpace >= SIDEBAR_WIDTH) return { side: 'left', width: SIDEBAR_WIDTH, covers: false };
  if (rightSpace >= SIDEBAR_MIN_WIDTH && rightSpace >= leftSpace) return { side: 'right', width: rightSpace, covers: false };
  if (leftSpace >= SIDEBAR_MIN_WIDTH) return { side: 'left', width: leftSpace, covers: false };
  return { side: 'right', width: full, covers: true };
}
