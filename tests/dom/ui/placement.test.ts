import { describe, expect, it } from 'vitest';
import { choosePlacement, SIDEBAR_MIN_WIDTH, SIDEBAR_WIDTH } from '@/entrypoints/dubao.content/ui/placement';

describe('choosePlacement: beside the text column where there is room', () => {
  const cases: [string, { left: number; right: number } | null, number, ReturnType<typeof choosePlacement>][] = [
    ['unknown column', null, 1280, { side: 'right', width: SIDEBAR_WIDTH, covers: false }],
    ['room on the right', { left: 410, right: 1510 }, 1920, { side: 'right', width: SIDEBAR_WIDTH, covers: false }],
    ['room only on the left', { left: 420, right: 1260 }, 1280, { side: 'left', width: SIDEBAR_WIDTH, covers: false }],
    ['some room on the right: shrinks', { left: 100, right: 940 }, 1280, { side: 'right', width: 340, covers: false }],
    ['more room on the left than the right, both short', { left: 330, right: 990 }, 1300, { side: 'left', width: 330, covers: false }],
    ['an e-paper column with its nav on the left', { left: 326, right: 1190 }, 1280, { side: 'left', width: 326, covers: false }],
    ['no room: covers, full width', { left: 200, right: 1100 }, 1280, { side: 'right', width: SIDEBAR_WIDTH, covers: true }],
    ['narrow phone', { left: 0, right: 360 }, 360, { side: 'right', width: 360, covers: true }],
    // A 10 px sliver of page beside the sidebar reads as a rendering fault, not as the page.
    ['phone a little wider than the sidebar: all of it', { left: 0, right: 390 }, 390, { side: 'right', width: 390, covers: true }],
    ['tablet: a strip of page worth keeping', { left: 0, right: 768 }, 768, { side: 'right', width: SIDEBAR_WIDTH, covers: true }],
    ['unknown column on a phone', null, 390, { side: 'right', width: 390, covers: false }],
  ];
  it.each(cases)('%s', (_, column, viewport, expected) => {
    const placement = choosePlacement(column, viewport);
    expect(placement).toEqual(expected);
    if (!placement.covers && column) {
      // Never over the column.
      if (placement.side === 'right') expect(viewport - placement.width).toBeGreaterThanOrEqual(column.right);
      else expect(placement.width).toBeLessThanOrEqual(column.left);
      expect(placement.width).toBeGreaterThanOrEqual(SIDEBAR_MIN_WIDTH);
    }
  });
});
