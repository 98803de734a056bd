/** Pacing (pure rules, and the frame pacer over a fake clock): how much is written before a frame. */
import { describe, expect, it } from 'vitest';
import {
  adaptBudget,
  createFramePacer,
  createPause,
  estimateRubies,
  frameLimits,
  MAX_BUDGET,
  MIN_BUDGET,
  PLAIN_TIME_CAP,
  SHORT_VIEWPORT_BUDGET,
  VIEWPORT_BUDGET,
} from '@/entrypoints/dubao.content/layers/pacing';

describe('adaptBudget: the ruby budget follows the measured frame length (target 28 ms)', () => {
  it.each([
    ['a frame on target keeps it', 100, 28, 100, 100],
    ['a long frame (56 ms) halves it', 200, 56, 200, 100],
    ['a very long frame halves it at most', 200, 500, 200, 100],
    ['a long frame never goes below the floor', 50, 200, 50, MIN_BUDGET],
    ['a short frame that used the whole budget grows it by a quarter', 100, 10, 100, 125],
    ['a short frame that did not use the budget keeps it', 100, 10, 20, 100],
    ['growth stops at the ceiling', 2900, 5, 2900, MAX_BUDGET],
    ['a frame that wrote nothing changes nothing', 100, 200, 0, 100],
    ['a frame with no measure changes nothing', 100, Number.NaN, 100, 100],
  ])('%s', (_, budget, frameMs, cost, expected) => {
    expect(adaptBudget(budget, frameMs, cost, 28)).toBe(expected);
  });
});

describe('frameLimits', () => {
  it.each([
    ['plain text (script alone, undo): only our time, loosely', { pinyin: false, viewportPass: true, longPage: true }, Infinity, PLAIN_TIME_CAP],
    ['the viewport pass on a short page: big frames', { pinyin: true, viewportPass: true, longPage: false }, SHORT_VIEWPORT_BUDGET, 40],
    ['the viewport pass on a long page: paced', { pinyin: true, viewportPass: true, longPage: true }, VIEWPORT_BUDGET, 25],
    ['after the viewport: the adapted budget', { pinyin: true, viewportPass: false, longPage: true }, 777, 12],
  ])('%s', (_, pass, budget, timeCap) => {
    expect(frameLimits({ ...pass, rubyBudget: 777 })).toEqual({ budget, timeCap });
  });
});

describe('estimateRubies', () => {
  it.each([
    [17, 'word', 10],
    [17, 'character', 17],
    [0, 'word', 0],
    [1, 'word', 1],
  ] as const)('%i characters grouped by %s: %i rubies', (chars, grouping, expected) => {
    expect(estimateRubies(chars, grouping)).toBe(expected);
  });
});

describe('the frame pacer', () => {
  /** A window whose clock is `now` and whose frames come when asked. */
  function fakeWindow(clock: { now: number }, frameMs: number) {
    return {
      document: { visibilityState: 'visible' },
      performance: { now: () => clock.now },
      requestAnimationFrame: (cb: (t: number) => void) => setTimeout(() => cb((clock.now += frameMs)), 0),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      MessageChannel: undefined,
    } as unknown as Window & typeof globalThis;
  }

  it('a frame\'s first node always fits; then the budget decides', () => {
    const pacer = createFramePacer(fakeWindow({ now: 0 }, 16), 28);
    pacer.start();
    expect(pacer.fits(500, 100)).toBe(true);
    pacer.spend(60);
    expect(pacer.fits(40, 100)).toBe(true);
    expect(pacer.fits(41, 100)).toBe(false);
    expect(pacer.isFull({ budget: 100, timeCap: 12 })).toBe(false);
    pacer.spend(40);
    expect(pacer.isFull({ budget: 100, timeCap: 12 })).toBe(true);
  });

  it('full by time: our own time past the cap', () => {
    const clock = { now: 0 };
    const pacer = createFramePacer(fakeWindow(clock, 16), 28);
    pacer.start();
    pacer.spend(1);
    clock.now = 13;
    expect(pacer.isFull({ budget: Infinity, timeCap: 12 })).toBe(true);
  });

  it('a wait longer than a frame forgets the frame\'s cost (what was written is laid out)', () => {
    const pacer = createFramePacer(fakeWindow({ now: 0 }, 16), 28);
    pacer.start();
    pacer.spend(90);
    pacer.resumeAfterWait(10);
    expect(pacer.fits(20, 100)).toBe(false);
    pacer.resumeAfterWait(17);
    expect(pacer.fits(20, 100)).toBe(true);
  });

  it('long frames shrink the budget; the next frame starts empty', async () => {
    const clock = { now: 0 };
    const pacer = createFramePacer(fakeWindow(clock, 56), 28);
    pacer.start();
    pacer.spend(100);
    await pacer.nextFrame();
    expect(pacer.rubyBudget()).toBe(50);
    expect(pacer.fits(50, 50)).toBe(true);
  });
});

describe('createPause', () => {
  it('ends when calm comes, or when woken first', async () => {
    const pause = createPause();
    let calm!: () => void;
    const waiting = pause.until(new Promise<void>((r) => (calm = r)));
    let over = false;
    void waiting.then(() => (over = true));
    await Promise.resolve();
    expect(over).toBe(false);
    pause.wake();
    await waiting;
    expect(over).toBe(true);
    calm();
    await pause.until(null);
  });
});
