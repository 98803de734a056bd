/** Band geometry (pure): the band of screens around the viewport, and reading order of blocks. */
import { describe, expect, it } from 'vitest';
import { isHiddenBox, isInBand, trackOrder } from '@/entrypoints/dubao.content/layers/band';

const box = (top: number, height = 40) => ({ top, bottom: top + height, left: 0, right: 600, width: height ? 600 : 0, height, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;

describe('isInBand: whether a box reaches into the viewport widened by a band', () => {
  // Viewport 800 px tall, band 1,200 px (1.5 screens) above and below.
  it.each([
    ['on screen', box(100), true],
    ['just below the screen, inside the band', box(1900), true],
    ['the band\'s bottom edge exactly', box(2000), true],
    ['past the band below', box(2001), false],
    ['above, its bottom at the band\'s top edge', box(-1240), true],
    ['above, past the band', box(-1300), false],
    ['hidden (no box), where the screen is', box(100, 0), false],
  ])('%s', (_, b, expected) => {
    expect(isInBand(b, 800, 1200)).toBe(expected);
  });

  it('a box with width or height only is not hidden', () => {
    expect(isHiddenBox({ top: 0, bottom: 0, width: 10, height: 0 })).toBe(false);
    expect(isHiddenBox({ top: 0, bottom: 0, width: 0, height: 0 })).toBe(true);
  });
});

describe('trackOrder: whether blocks stand in reading order, and how far out of it', () => {
  it.each([
    ['each below the one before', [0, 50, 100, 150], 0],
    ['side by side (same top)', [0, 50, 50, 100], 0],
    ['a headline set 70 px above its kicker', [141, 71, 200, 250], 70],
    ['one block a screen (800 px) above', [0, 900, 100, 1000], 800],
    ['more than a screen above: not in order', [0, 1000, 100, 1100], null],
    ['reversed over screens: not in order', [3000, 2000, 1000, 0], null],
    ['reversed within a screen: in order, 300 px out', [300, 200, 100, 0], 300],
  ])('%s', (_, tops, expected) => {
    const order = trackOrder();
    for (const top of tops) order.add(box(top));
    expect(order.slack(800)).toBe(expected);
  });

  it('a hidden block (no box) is left out of the order', () => {
    const order = trackOrder();
    order.add(box(0));
    order.add(box(0, 0));
    order.add(box(50));
    expect(order.slack(800)).toBe(0);
  });
});

