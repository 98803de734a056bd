/** Pacing (pure rules, and the frame pacer over a fake clock): how much is written before a frame. */
import { describe, expect, it } from 'vitest';
import {
  adaptBudget,
  createFramePacer,
  createPause,
  estimateFrameModel,
  estimateRubies,
  frameLimits,
  MAX_BUDGET,
  MIN_BUDGET,
  PLAIN_TIME_CAP,
  START_BUDGET,
  type FrameSample,
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

describe('estimateFrameModel: a frame as a fixed part plus a part per ruby', () => {
  const frames = (fixed: number, perCost: number, costs: number[]): FrameSample[] => costs.map((cost) => ({ cost, ms: fixed + perCost * cost }));
  it.each([
    ['a table page: 120 ms whatever we write, 0.1 ms a ruby', frames(120, 0.1, [40, 80, 160, 320, 160]), 120, 0.1],
    ['a plain page: no fixed part, 0.28 ms a ruby', frames(0, 0.28, [100, 125, 156, 80, 100]), 0, 0.28],
    ['one frame lengthened by something else (a GC) moves nothing', [...frames(120, 0.1, [40, 80, 160, 320]), { cost: 100, ms: 900 }], 120, 0.1],
  ])('%s', (_, samples, fixedMs, msPerCost) => {
    const model = estimateFrameModel(samples);
    expect(model.fixedMs).toBeCloseTo(fixedMs, 5);
    expect(model.msPerCost).toBeCloseTo(msPerCost, 5);
  });

  it('fewer than three frames: no fixed part', () => {
    expect(estimateFrameModel(frames(120, 0.1, [40, 80])).fixedMs).toBe(0);
  });

  it('frames of one cost (no slope to see): the shortest frame is the fixed part', () => {
    const model = estimateFrameModel([{ cost: 40, ms: 150 }, { cost: 40, ms: 130 }, { cost: 41, ms: 170 }]);
    expect(model).toEqual({ fixedMs: 130, msPerCost: Number.NaN });
  });
});

describe('adaptBudget where the page makes every frame long (fixed part over the 50 ms line)', () => {
  it.each([
    // budget, frame ms, cost, model → next budget
    ['fixed 120 ms, 0.1 ms a ruby: the floor grows (doubling at most)', MIN_BUDGET, 124, MIN_BUDGET, { fixedMs: 120, msPerCost: 0.1 }, 2 * MIN_BUDGET],
    ['… up to where our part equals the fixed part (1200 rubies)', 1000, 220, 1000, { fixedMs: 120, msPerCost: 0.1 }, 1200],
    ['our part longer than the fixed part: it shrinks (halving at most)', 2000, 1150, 2000, { fixedMs: 150, msPerCost: 0.5 }, 1000],
    ['no part of ours to see (slope 0): doubles', 200, 150, 200, { fixedMs: 150, msPerCost: 0 }, 400],
    ['no slope known: this frame\'s part beyond the fixed one (100 rubies took 20 ms more)', 100, 140, 100, { fixedMs: 120, msPerCost: Number.NaN }, 200],
    ['growth stops at the ceiling', 2000, 130, 2000, { fixedMs: 120, msPerCost: 0 }, MAX_BUDGET],
    ['a fixed part under the line: the usual rule (a 56 ms frame halves it)', 200, 56, 200, { fixedMs: 30, msPerCost: 0.13 }, 100],
    ['the long page (fixed 40 ms, under the 50 ms line): the usual rule, a long frame shrinks it', 200, 80, 200, { fixedMs: 40, msPerCost: 0.2 }, 100],
  ])('%s', (_, budget, frameMs, cost, model, expected) => {
    expect(adaptBudget(budget, frameMs, cost, 28, model)).toBe(expected);
  });
});

describe('the frame pacer on a page with a fixed part per frame (as edge_01 / neg_12 in the soak)', () => {
  /** Frames whose length is `fixed` plus `perCost` per ruby written since the last frame. */
  async function run(fixed: number, perCost: number, total: number): Promise<{ frames: number; longest: number; budget: number }> {
    const clock = { now: 0 };
    let written = 0;
    const win = {
      document: { visibilityState: 'visible' },
      performance: { now: () => clock.now },
      requestAnimationFrame: (cb: (t: number) => void) =>
        setTimeout(() => {
          const ms = fixed + perCost * written;
          longest = Math.max(longest, ms);
          written = 0;
          cb((clock.now += ms));
        }, 0),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      MessageChannel: undefined,
    } as unknown as Window & typeof globalThis;
    let longest = 0;
    const pacer = createFramePacer(win, 28);
    pacer.start();
    let frames = 0;
    for (let left = total; left > 0; ) {
      const limits = frameLimits({ pinyin: true, viewportPass: false, longPage: false, rubyBudget: pacer.rubyBudget(), fixedMs: pacer.fixedMs() });
      // Nodes of 20 rubies each, as the orchestrator writes them.
      while (left > 0 && pacer.fits(20, limits.budget)) {
        pacer.spend(20);
        written += 20;
        left -= 20;
        if (pacer.isFull(limits)) break;
      }
      await pacer.nextFrame();
      frames++;
    }
    return { frames, longest, budget: pacer.rubyBudget() };
  }

  it('a fixed 150 ms relayout per frame: the batch grows, so 6000 rubies take a few dozen frames, not 150', async () => {
    const { frames, longest, budget } = await run(150, 0.1, 6000);
    expect(budget).toBeGreaterThan(START_BUDGET * 4);
    expect(frames).toBeLessThan(6000 / MIN_BUDGET / 3);
    // Our part never more than about the fixed part (a doubling step may overshoot once).
    expect(longest).toBeLessThanOrEqual(150 * 2 + 0.1 * 2 * 1500);
  });

  it('with the fixed part not used (a long page while the reader scrolls): the usual rule, down to the floor', async () => {
    const clock = { now: 0 };
    const win = {
      document: { visibilityState: 'visible' },
      performance: { now: () => clock.now },
      requestAnimationFrame: (cb: (t: number) => void) => setTimeout(() => cb((clock.now += 150)), 0),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      MessageChannel: undefined,
    } as unknown as Window & typeof globalThis;
    const pacer = createFramePacer(win, 28);
    pacer.useFixedPart(false);
    pacer.start();
    for (let i = 0; i < 10; i++) {
      pacer.spend(pacer.rubyBudget());
      await pacer.nextFrame();
    }
    expect(pacer.rubyBudget()).toBe(MIN_BUDGET);
    expect(pacer.fixedMs()).toBe(0);
  });

  it('no fixed part (0.28 ms a ruby): the budget settles near the 28 ms target, frames stay short', async () => {
    const { longest, budget } = await run(0, 0.28, 20_000);
    expect(budget).toBeGreaterThanOrEqual(60);
    expect(budget).toBeLessThanOrEqual(140);
    expect(longest).toBeLessThanOrEqual(0.28 * 140);
  });
});

describe('frameLimits', () => {
  it.each([
    ['plain text (script alone, undo): only our time, loosely', { pinyin: false, viewportPass: true, longPage: true }, Infinity, PLAIN_TIME_CAP],
    ['the viewport pass on a short page: one frame', { pinyin: true, viewportPass: true, longPage: false }, SHORT_VIEWPORT_BUDGET, Infinity],
    ['the viewport pass on a long page: paced', { pinyin: true, viewportPass: true, longPage: true }, VIEWPORT_BUDGET, 12],
    ['after the viewport: the adapted budget', { pinyin: true, viewportPass: false, longPage: true }, 777, 12],
  ])('%s', (_, pass, budget, timeCap) => {
    expect(frameLimits({ ...pass, rubyBudget: 777 })).toEqual({ budget, timeCap });
  });

  it('where the page makes frames long, our time per frame may be as long as its fixed part (up to a cap)', () => {
    const rest = { pinyin: true, viewportPass: false, longPage: false, rubyBudget: 777 };
    expect(frameLimits({ ...rest, fixedMs: 5 }).timeCap).toBe(12);
    // The long page's own part (under the long-frame line): frames stay short.
    expect(frameLimits({ ...rest, fixedMs: 40 }).timeCap).toBe(12);
    expect(frameLimits({ ...rest, fixedMs: 150 }).timeCap).toBe(150);
    expect(frameLimits({ ...rest, fixedMs: 5000 }).timeCap).toBe(200);
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
