/** The work queue: each node at most once, fresh changes to the front, chunks by size. */
import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '@/entrypoints/dubao.content/layers/work-queue';

const size = (s: string) => s.length;

describe('work queue', () => {
  it.each([
    ['to the back', ['a', 'b'], [['c', 'd'], false], ['a', 'b', 'c', 'd'], 2],
    ['to the front', ['a', 'b'], [['c', 'd'], true], ['c', 'd', 'a', 'b'], 2],
    ['what is queued stays where it is', ['a', 'b'], [['b', 'c'], true], ['c', 'a', 'b'], 1],
    ['twice in one push: once', [], [['a', 'a', 'b'], false], ['a', 'b'], 2],
  ] as const)('push %s', (_, start, [items, front], expected, added) => {
    const q = createWorkQueue<string>();
    q.push(start, false);
    expect(q.push(items, front)).toBe(added);
    expect(q.items()).toEqual(expected);
  });

  it.each([
    ['up to the size (the last may pass it)', 5, Infinity, ['春天', '来了吗', '发展'], ['春天', '来了吗']],
    ['up to a count', Infinity, 1, ['春天', '来了吗'], ['春天']],
    ['an empty queue', 10, 10, [], []],
  ])('take %s', (_, maxSize, maxItems, start, expected) => {
    const q = createWorkQueue<string>();
    q.push(start, false);
    expect(q.take(maxSize, maxItems, size)).toEqual(expected);
    expect(q.length()).toBe(start.length - expected.length);
  });

  it('a taken item can be queued again', () => {
    const q = createWorkQueue<string>();
    q.push(['a'], false);
    q.take(Infinity, 1, size);
    expect(q.push(['a'], false)).toBe(1);
  });

  it('reorder: the given order first, then what else was queued', () => {
    const q = createWorkQueue<string>();
    q.push(['a', 'b', 'c', 'd'], false);
    q.reorder(['c', 'x', 'a']);
    expect(q.items()).toEqual(['c', 'x', 'a', 'b', 'd']);
    expect(q.push(['x'], true)).toBe(0);
    q.clear();
    expect(q.length()).toBe(0);
    expect(q.push(['a'], false)).toBe(1);
  });
});
