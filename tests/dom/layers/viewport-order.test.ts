/**
 * Viewport order (pure over the boxes it is given): on screen first in document order, then below
 * by distance, then above (nearest first), then hidden; plus what the reading window is seeded with.
 */
import { describe, expect, it } from 'vitest';
import { orderByViewport, rankBox } from '@/entrypoints/dubao.content/layers/viewport-order';
import type { Box } from '@/entrypoints/dubao.content/layers/band';

const SCREEN = 800;
/** A 40 px block whose top stands at `top` (null: hidden). */
const at = (top: number | null): Box => (top === null ? { top: 0, bottom: 0, width: 0, height: 0 } : { top, bottom: top + 40, width: 600, height: 40 });

describe('rankBox', () => {
  it.each([
    ['on screen', at(100), 0],
    ['crossing the top edge', at(-20), 0],
    ['crossing the bottom edge', at(790), 0],
    ['below, by its distance', at(1000), 200],
    ['above, nearest first', at(-100), 1e9 + 60],
    ['hidden', at(null), 3e9],
  ])('%s', (_, box, rank) => {
    expect(rankBox(box, SCREEN)).toBe(rank);
  });

  it('above always ranks after below, however far below', () => {
    expect(rankBox(at(-50), SCREEN)).toBeGreaterThan(rankBox(at(500_000), SCREEN));
  });
});

describe('orderByViewport: items in the order they are to be annotated', () => {
  // Items are paragraph names; each stands in its own block (the name itself), at the given top.
  it.each([
    ['already in order', { a: 0, b: 400, c: 1200 }, ['a', 'b', 'c'], 2],
    ['scrolled: the screen, then below, then above', { a: -900, b: -300, c: 200, d: 900, e: 2000 }, ['c', 'd', 'e', 'b', 'a'], 1],
    ['reading order reversed: the screen in document order', { a: 2000, b: 600, c: 100, d: -500 }, ['b', 'c', 'a', 'd'], 2],
    ['hidden blocks last, in document order', { x: null, a: 100, y: null, b: 3000 }, ['a', 'b', 'x', 'y'], 1],
  ] as const)('%s', (_, tops, expected, visible) => {
    const names = Object.keys(tops);
    const boxes = tops as Record<string, number | null>;
    const order = orderByViewport(names, (name) => name, (name) => at(boxes[name]!), SCREEN);
    expect(order.ordered).toEqual(expected);
    expect(order.visible).toBe(visible);
  });

  it('reads each block\'s box once, however many items stand in it', () => {
    const reads: string[] = [];
    const items = ['p1:a', 'p1:b', 'p2:a', 'p1:c'];
    const order = orderByViewport(items, (item) => item.slice(0, 2), (block) => (reads.push(block), at(block === 'p1' ? 900 : 100)), SCREEN);
    expect(reads).toEqual(['p1', 'p2']);
    expect(order.ordered).toEqual(['p2:a', 'p1:a', 'p1:b', 'p1:c']);
    expect([...order.blocks]).toEqual(['p1', 'p2']);
  });

  it('items with no block go last', () => {
    const order = orderByViewport(['a', 'none', 'b'], (i) => (i === 'none' ? null : i), () => at(100), SCREEN);
    expect(order.ordered).toEqual(['a', 'b', 'none']);
  });

  it.each([
    ['in reading order', [0, 300, 600, 1900, 2500], 0, ['b0', 'b1', 'b2', 'b3']],
    ['a block a little above the one before', [100, 30, 600], 70, ['b0', 'b1', 'b2']],
    ['reversed over screens: not in order', [5000, 1900, 0], null, ['b1', 'b2']],
  ])('seeds the reading window: %s', (_, tops, order, near) => {
    const blocks = tops.map((_, i) => `b${i}`);
    const result = orderByViewport(blocks, (b) => b, (b) => at(tops[Number(b.slice(1))]!), SCREEN);
    expect(result.order).toBe(order);
    // Near: within 1.5 screens (1,200 px) of the viewport.
    expect([...result.near].sort()).toEqual(near);
  });
});
