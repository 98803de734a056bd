/**
 * The reading window's bookkeeping, with block positions given (happy-dom does no layout): blocks
 * come near within 1.5 screens, go far only beyond 3 (no churn at the edge), one scan per frame.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createReadingWindow, FLICK_SCREENS_PER_SECOND, trackSpeed, type ReadingWindow } from '@/entrypoints/dubao.content/layers/reading-window';

const SCREEN = 800;
const BLOCK = 400;
let scrollTop = 0;
let win: ReadingWindow | null = null;

/** Twenty 400px blocks stacked from the top of the page; their boxes follow `scrollTop`. */
function makeBlocks(): HTMLElement[] {
  Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
  return Array.from({ length: 20 }, (_, i) => {
    const el = document.createElement('p');
    el.textContent = `第${i}段`;
    el.getBoundingClientRect = () => {
      const top = i * BLOCK - scrollTop;
      return { top, bottom: top + BLOCK, left: 0, right: 600, width: 600, height: BLOCK, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    };
    document.body.append(el);
    return el;
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const index = (blocks: HTMLElement[], els: Element[]) => els.map((el) => blocks.indexOf(el as HTMLElement)).sort((a, b) => a - b);

/** The window's scroll position follows `scrollTop` (for the scroll speed). */
function followScrollTop(): void {
  Object.defineProperty(window, 'scrollY', { get: () => scrollTop, configurable: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  win?.dispose();
  win = null;
  scrollTop = 0;
  document.body.innerHTML = '';
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true, writable: true });
});

describe('trackSpeed: how fast the page scrolls, over the last 150 ms up to now', () => {
  it.each([
    ['no scrolling', [], 1000, 0],
    ['one event alone', [[0, 1000]], 1000, 0],
    ['300 px in 50 ms', [[0, 950], [300, 1000]], 1000, 6000],
    ['300 px in 50 ms, measured 50 ms later: slowing down', [[0, 950], [300, 1000]], 1050, 3000],
    ['upwards counts the same', [[900, 950], [600, 1000]], 1000, 6000],
    ['older than 150 ms: forgotten (the scroll stopped)', [[0, 800], [300, 840]], 1000, 0],
    ['a slow read: 100 px in 100 ms', [[0, 900], [50, 950], [100, 1000]], 1000, 1000],
  ] as Array<[string, Array<[number, number]>, number, number]>)('%s', (_, samples, now, expected) => {
    const speed = trackSpeed();
    for (const [position, at] of samples) speed.add(window, position, at);
    expect(speed.speed(now)).toBeCloseTo(expected, 6);
  });

  it('property: never negative, and the same scrolled up or down, from anywhere on the page', () => {
    const samples = fc.array(fc.tuple(fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 0, max: 400 })), { maxLength: 12 });
    fc.assert(
      fc.property(samples, fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: 0, max: 300 }), (steps, offset, after) => {
        const down = trackSpeed();
        const up = trackSpeed();
        let at = 1000;
        for (const [position, gap] of steps) {
          at += gap;
          down.add(window, position, at);
          up.add(window, offset - position, at);
        }
        const speed = down.speed(at + after);
        expect(speed).toBeGreaterThanOrEqual(0);
        expect(up.speed(at + after)).toBeCloseTo(speed, 6);
      }),
    );
  });

  it('another scroller starts the samples over', () => {
    const speed = trackSpeed();
    const inner = document.createElement('div');
    speed.add(window, 0, 950);
    speed.add(inner, 5000, 1000);
    expect(speed.speed(1000)).toBe(0);
  });
});

describe('reading window', () => {
  it.each([
    ['measuring every block', false],
    ['blocks in reading order (binary search)', true],
  ])('follows the scroll, %s: blocks within 1.5 screens come near, beyond 3 screens go far', async (_, inOrder) => {
    const blocks = makeBlocks();
    const changes: Array<{ entered: number[]; left: number[] }> = [];
    win = createReadingWindow(window, (entered, left) => changes.push({ entered: index(blocks, entered), left: index(blocks, left) }));
    // Near at the top: blocks reaching into [-1200, 2000) px.
    win.seed(blocks.slice(0, 5), blocks, inOrder ? 0 : null);
    expect(blocks.map((b) => win!.isNear(b))).toEqual(blocks.map((_, i) => i < 5));

    scrollTop = 2000; // viewport 2000–2800: the band reaches 800–4000 px
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('scroll')); // one scan per frame, however many events
    await nextFrame();
    // Blocks 5–10 (2000–4000 px, the edge included) came near; blocks 0–4 are within the 3-screen
    // keep band (from −400 px), so they stay.
    expect(changes).toEqual([{ entered: [5, 6, 7, 8, 9, 10], left: [] }]);

    scrollTop = 6000; // viewport 6000–6800: near band 4800–8000 px, keep band from 3600 px
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(changes[1]).toEqual({ entered: [11, 12, 13, 14, 15, 16, 17, 18, 19], left: [0, 1, 2, 3, 4, 5, 6, 7] });
    expect(blocks.filter((b) => win!.isNear(b)).length).toBeGreaterThan(5);
  });

  it('measures a block it has not seen on the next scan, and forgets blocks that left the page', async () => {
    const blocks = makeBlocks();
    const entered: Element[] = [];
    win = createReadingWindow(window, (e) => entered.push(...e));
    win.seed([], []);
    expect(win.isNear(blocks[1]!)).toBe(false); // unknown: not near until measured
    await nextFrame();
    expect(entered).toEqual([blocks[1]]);
    expect(win.isNear(blocks[1]!)).toBe(true);
    blocks[1]!.remove();
    scrollTop = 100;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(entered).toEqual([blocks[1]]);
  });

  it('in reading order, measures everything again once the scrolling stops', async () => {
    const blocks = makeBlocks();
    const entered: Element[] = [];
    win = createReadingWindow(window, (e) => entered.push(...e));
    win.seed([], blocks, 0);
    // Block 0 is on screen but nobody said so; a scroll frame's search finds what the band reaches.
    scrollTop = 1;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(index(blocks, entered)).toEqual([0, 1, 2, 3, 4, 5]); // the band reaches 2,001 px
    // A block the search cannot see (out of order) is found by the full pass after the scroll ends.
    const stray = blocks[19]!;
    stray.getBoundingClientRect = () => ({ top: 100, bottom: 200, left: 0, right: 600, width: 600, height: 100, x: 0, y: 100, toJSON: () => ({}) }) as DOMRect;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(entered).not.toContain(stray);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(entered).toContain(stray);
  });

  it('blocks a little out of reading order (within a screen): the search is widened by that much', async () => {
    const blocks = makeBlocks();
    // Block 13 stands below block 14 (as a photo caption set after its text might): 500 px out of order.
    blocks[13]!.getBoundingClientRect = () => {
      const top = 6100 - scrollTop;
      return { top, bottom: top + 100, left: 0, right: 600, width: 600, height: 100, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    };
    const entered: Element[] = [];
    win = createReadingWindow(window, (e) => entered.push(...e));
    win.seed(blocks.slice(0, 5), blocks, 500);
    scrollTop = 4000; // viewport 4000–4800: the band reaches 2800–6000 px
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    // Block 14 (5600 px) is found past block 13 (6100 px, beyond the band), which stays far.
    expect(index(blocks, entered)).toEqual([6, 7, 8, 9, 10, 11, 12, 14, 15]);
  });

  it('in reading order with hidden blocks among them (a closed menu): the search passes over them', async () => {
    const blocks = makeBlocks();
    const hidden = [3, 4, 5, 9, 10, 11, 12];
    for (const i of hidden) blocks[i]!.getBoundingClientRect = () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    const entered: Element[] = [];
    win = createReadingWindow(window, (e) => entered.push(...e));
    win.seed([], blocks, 0);
    scrollTop = 4000; // the band reaches 2800–6000 px: blocks 6–15, of which 9–12 are hidden
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(index(blocks, entered)).toEqual([6, 7, 8, 13, 14, 15]);
  });

  it('a hidden block where the search looks does not send it back to the start of the page', async () => {
    Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
    let measured = 0;
    const blocks = Array.from({ length: 400 }, (_, i) => {
      const el = document.createElement('p');
      el.getBoundingClientRect = () => {
        measured++;
        const top = i === 200 ? 0 : i * BLOCK - scrollTop;
        const height = i === 200 ? 0 : BLOCK;
        return { top, bottom: top + height, left: 0, right: height ? 600 : 0, width: height ? 600 : 0, height, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
      };
      document.body.append(el);
      return el;
    });
    const entered: Element[] = [];
    win = createReadingWindow(window, (e) => entered.push(...e));
    win.seed([], blocks, 0);
    scrollTop = 300 * BLOCK;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(index(blocks, entered)).toEqual(range(296, 305));
    expect(measured).toBeLessThan(40);
  });

  it('a full pass that finds the blocks out of reading order makes every scroll frame measure them all', async () => {
    const blocks = makeBlocks();
    const entered: Element[] = [];
    win = createReadingWindow(window, (e) => entered.push(...e));
    win.seed([], blocks, 0);
    const strayBox = (top: number) => () => ({ top, bottom: top + 100, left: 0, right: 600, width: 600, height: 100, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    blocks[19]!.getBoundingClientRect = strayBox(100);
    window.dispatchEvent(new Event('scroll'));
    await new Promise((resolve) => setTimeout(resolve, 400)); // the full pass after the scroll
    expect(entered).toContain(blocks[19]);
    // Another block moves out of order: the next scroll frame finds it, without waiting for a pause.
    blocks[18]!.getBoundingClientRect = strayBox(150);
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(entered).toContain(blocks[18]);
  });

  it('mid-flick the band stays; once the scroll slows it is measured where the scroll came to', async () => {
    const blocks = makeBlocks();
    followScrollTop();
    const changes: Array<{ entered: number[]; left: number[] }> = [];
    // the scroll clock is virtual (10 ms an event): a stalled machine does not make the flick a stop
    let clockMs = 0;
    win = createReadingWindow(window, (entered, left) => changes.push({ entered: index(blocks, entered), left: index(blocks, left) }), () => clockMs);
    win.seed(blocks.slice(0, 5), blocks, 0);
    expect(win.isFlicking()).toBe(false);
    // 400 px every 10 ms: far faster than FLICK_SCREENS_PER_SECOND screens a second.
    expect(400 / 0.01).toBeGreaterThan(FLICK_SCREENS_PER_SECOND * SCREEN * 10);
    const scrollTo = async (step: number) => {
      scrollTop = step * 400;
      window.dispatchEvent(new Event('scroll'));
      clockMs += 10;
      await sleep(10);
    };
    // The first event alone gives no speed: its frame may follow the scroll.
    await scrollTo(1);
    await scrollTo(2);
    const early = changes.length;
    for (let step = 3; step <= 10; step++) await scrollTo(step);
    expect(win.isFlicking()).toBe(true);
    await nextFrame();
    expect(changes.length).toBe(early);
    let atCalm = -1;
    const waiting = win.calm().then(() => (atCalm = changes.length));
    clockMs += 1000; // the scroll stops while calm() waits
    await waiting;
    expect(win.isFlicking()).toBe(false);
    // By the time calm() resolves the band has been measured at 4000 px: blocks 7–15 (2800–6000
    // px) are near, 3–6 kept (within 3 screens), 0–2 went far.
    expect(atCalm).toBe(early + 1);
    expect(changes.at(-1)!.left).toEqual([0, 1, 2]);
    expect(blocks.filter((b) => win!.isNear(b)).map((b) => blocks.indexOf(b))).toEqual(range(3, 15));
  });

  it('a slow scroll is followed frame by frame', async () => {
    const blocks = makeBlocks();
    followScrollTop();
    const changes: number[][] = [];
    win = createReadingWindow(window, (entered) => changes.push(index(blocks, entered)));
    win.seed(blocks.slice(0, 5), blocks, 0);
    // 8 px every 10 ms (800 px a second, under FLICK_SCREENS_PER_SECOND screens).
    for (let step = 1; step <= 10; step++) {
      scrollTop = step * 8;
      window.dispatchEvent(new Event('scroll'));
      await sleep(10);
      expect(win.isFlicking()).toBe(false);
    }
    await nextFrame();
    expect(changes.flat()).toEqual([5]);
  });

  it('stops listening when disposed', async () => {
    const blocks = makeBlocks();
    let calls = 0;
    win = createReadingWindow(window, () => calls++);
    win.seed([], blocks);
    win.dispose();
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(calls).toBe(0);
  });

  it('disposed mid-flick: whoever waits for calm is let go', async () => {
    makeBlocks();
    followScrollTop();
    // the scroll clock is virtual (5 ms an event): a stalled machine does not make the flick a stop
    let clockMs = 0;
    win = createReadingWindow(window, () => undefined, () => clockMs);
    for (let step = 1; step <= 3; step++) {
      scrollTop = step * 400;
      window.dispatchEvent(new Event('scroll'));
      clockMs += 5;
      await sleep(5);
    }
    expect(win.isFlicking()).toBe(true);
    const waiting = win.calm();
    win.dispose();
    await expect(waiting).resolves.toBeUndefined();
  });
});
