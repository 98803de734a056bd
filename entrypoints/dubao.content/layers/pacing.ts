/**
 * Pacing: how much the layers write before the browser gets a frame. Laying out ruby, not our
 * script, is what makes frames long, so ruby is paced by a budget of ruby elements adapted to the
 * measured frame length; plain text (script alone, undo) only by our own time, and loosely (bench:
 * "script (ours, until the page shows it)" and "browser floor, script off").
 */

/** Ruby elements per frame: the least that keeps work moving (bench: "browser floor, a frame with 100 rubies"). */
export const MIN_BUDGET = 40;
/** Ruby elements per frame where the adaptation starts. */
export const START_BUDGET = 100;
export const MAX_BUDGET = 3000;
/** The viewport pass on a long page: every frame also pays for re-placing the page below. */
export const VIEWPORT_BUDGET = 100;
/**
 * The viewport pass on a short page: what is on screen goes in one frame, since the reader waits
 * for it, and every frame more lays the page out once more (and paints it) before the screen is
 * done (bench: "layers/seed: pinyin viewport annotated"). No time cap either: a short page holds
 * at most windowChars characters, so this frame is never longer than the plain approach's one
 * frame for the whole page.
 */
export const SHORT_VIEWPORT_BUDGET = MAX_BUDGET;
/**
 * Our own time (ms) writing plain text before the browser gets a frame: every frame in between lays
 * the whole page out again (with a new lang, Chromium chooses fonts for all of it), which costs more
 * than the writes (bench: "layers/200k: script (ours, until the page shows it)").
 */
export const PLAIN_TIME_CAP = 250;
/**
 * Our own time (ms) per frame for ruby: viewport pass on a long page, on a short page, and after.
 * On a long page every frame that writes ruby also re-places what follows (≈ 20–30 ms of layout
 * and pre-paint of its own), so our part stays as small as after the viewport (bench: "layers/200k:
 * pinyin longest animation frame").
 */
const RUBY_TIME_CAP = { longViewport: 12, shortViewport: Infinity, rest: 12 } as const;
/** A wait longer than this (ms) means what we wrote has been laid out: the frame starts afresh. */
const FRAME_MS = 16;

export interface FrameLimits {
  /** Layout cost (ruby elements) a frame may take. */
  budget: number;
  /** Our own time (ms) a frame may take. */
  timeCap: number;
}

/** This frame's limits: ruby by its layout cost, plain text by our time only. */
export function frameLimits(pass: { pinyin: boolean; viewportPass: boolean; longPage: boolean; rubyBudget: number; fixedMs?: number }): FrameLimits {
  if (!pass.pinyin) return { budget: Infinity, timeCap: PLAIN_TIME_CAP };
  if (pass.viewportPass) {
    return pass.longPage
      ? { budget: VIEWPORT_BUDGET, timeCap: RUBY_TIME_CAP.longViewport }
      : { budget: SHORT_VIEWPORT_BUDGET, timeCap: RUBY_TIME_CAP.shortViewport };
  }
  // Where the page's own relayout makes every frame long, our time may be as long as that part:
  // the frame is long anyway, and a short cap would only multiply the frames.
  const fixed = pass.fixedMs ?? 0;
  return { budget: pass.rubyBudget, timeCap: fixed > LONG_FRAME_MS ? Math.min(fixed, FIXED_TIME_CAP) : RUBY_TIME_CAP.rest };
}

/**
 * A frame longer than this (ms) is a long frame (the scroll test's line). Only where the page's own
 * part of a frame is longer does the batch grow past the frame target: below it, frames stay short
 * (the long page's frames pay ≈15–40 ms of their own and must stay under the line).
 */
export const LONG_FRAME_MS = 50;

/** Frames remembered to tell the page's fixed part of a frame from ours. */
export const FRAME_HISTORY = 12;
/** Our own time (ms) per frame at most, however long the page's fixed part. */
const FIXED_TIME_CAP = 200;

/** One rendered frame: how long it took (ms) and what we wrote in it (ruby elements). */
export interface FrameSample {
  ms: number;
  cost: number;
}

/** A frame's length as the page's fixed part plus a part per ruby element we wrote. */
export interface FrameModel {
  fixedMs: number;
  msPerCost: number;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The recent frames as a fixed part plus a part per ruby (Theil–Sen: the median of the slopes
 * between frames of clearly different cost, so that one frame lengthened by something else, a
 * garbage collection, say, moves nothing). A table or grid layout re-measures its whole content
 * after any change, so on such pages even a frame with a few rubies is long. Before there are
 * frames enough to say: no fixed part. With no spread of cost to compare: the shortest frame is
 * taken as the fixed part.
 */
export function estimateFrameModel(samples: readonly FrameSample[]): FrameModel {
  const written = samples.filter((s) => s.cost > 0 && Number.isFinite(s.ms) && s.ms >= 0);
  if (written.length < 3) return { fixedMs: 0, msPerCost: Number.NaN };
  const slopes: number[] = [];
  for (let i = 0; i < written.length; i++) {
    for (let j = i + 1; j < written.length; j++) {
      const [a, b] = [written[i]!, written[j]!];
      if (Math.max(a.cost, b.cost) >= 1.25 * Math.min(a.cost, b.cost)) slopes.push((b.ms - a.ms) / (b.cost - a.cost));
    }
  }
  if (slopes.length < 3) {
    const shortest = written.reduce((x, y) => (y.ms < x.ms ? y : x));
    return { fixedMs: shortest.ms, msPerCost: Number.NaN };
  }
  const msPerCost = Math.max(0, median(slopes));
  return { fixedMs: Math.max(0, median(written.map((s) => s.ms - msPerCost * s.cost))), msPerCost };
}

/**
 * The next ruby budget after a frame of `frameMs` that wrote `cost`, given the recent frames'
 * model (estimateFrameModel). Two cases:
 * - the fixed part is small: frame length follows the ruby count, so the budget follows the
 *   target (a long frame shrinks it, a short full one grows it), down to a floor that keeps work
 *   moving;
 * - the fixed part alone makes a long frame: fewer rubies would not shorten frames, only multiply
 *   them, each paying the fixed part again. The batch goes to where our part of a frame is as long
 *   as the fixed part (at most doubling or halving per frame): frames at most twice what the page
 *   makes them anyway, and the whole pass at most twice the layout of what we write.
 */
export function adaptBudget(budget: number, frameMs: number, cost: number, target: number, model: FrameModel = { fixedMs: 0, msPerCost: Number.NaN }): number {
  if (cost <= 0 || !Number.isFinite(frameMs)) return budget;
  const clamp = (b: number) => Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, b));
  if (model.fixedMs > LONG_FRAME_MS) {
    // The rate per ruby: the model's, else this frame's own part beyond the fixed one.
    const rate = Number.isFinite(model.msPerCost) ? model.msPerCost : Math.max(0, frameMs - model.fixedMs) / cost;
    const even = rate > 0 ? Math.floor(model.fixedMs / rate) : Infinity;
    return clamp(Math.max(Math.floor(budget / 2), Math.min(budget * 2, even)));
  }
  if (frameMs > target * 1.3) return clamp(Math.floor(budget * Math.max(0.5, target / frameMs)));
  if (frameMs < target * 0.8 && cost >= budget) return clamp(Math.ceil(budget * 1.25));
  return budget;
}

/** What applying pinyin to `chars` characters will cost in layout: about 1.7 characters a word. */
export function estimateRubies(chars: number, grouping: 'word' | 'character'): number {
  return Math.ceil(chars / (grouping === 'word' ? 1.7 : 1));
}

/** Runs `fn` in a task of its own, after what is queued now. */
export function macrotask(win: Window & typeof globalThis, fn: () => void): void {
  if (typeof win.MessageChannel === 'function') {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  } else {
    win.setTimeout(fn, 0);
  }
}

/** Resolves after the next frame has been rendered (so writes then land in the frame after). */
export function afterNextFrame(win: Window & typeof globalThis): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (t: number): void => {
      if (done) return;
      done = true;
      macrotask(win, () => resolve(t));
    };
    if (win.document.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') {
      win.setTimeout(() => finish(win.performance.now()), 0);
    } else {
      win.requestAnimationFrame(finish);
      // rAF stops in background tabs: do not hang there.
      win.setTimeout(() => finish(win.performance.now()), 250);
    }
  });
}

/** One loop's frames: what this frame has cost so far, and the ruby budget carried between loops. */
export interface FramePacer {
  /** A loop starts: a fresh frame. */
  start(): void;
  /** After waiting `waitedMs` (not our time): a fresh frame, its cost forgotten if the wait was longer than a frame. */
  resumeAfterWait(waitedMs: number): void;
  /** Whether a node costing `cost` still fits this frame (a frame's first node always does). */
  fits(cost: number, budget: number): boolean;
  spend(cost: number): void;
  isFull(limits: FrameLimits): boolean;
  /** Lets the browser render this frame, then adapts the budget to how long it took. */
  nextFrame(): Promise<void>;
  rubyBudget(): number;
  /** The page's fixed part of a frame (ms) as recently measured (estimateFrameModel); 0 where not used. */
  fixedMs(): number;
  /**
   * Whether a long fixed part may grow the batch: yes while a switch is being done; on a long page
   * not afterwards, when the reading window writes while the reader scrolls (frames there must stay
   * under the line, and a busy machine's long frames would read as a fixed part).
   */
  useFixedPart(on: boolean): void;
}

export function createFramePacer(win: Window & typeof globalThis, frameTarget: number): FramePacer {
  let budget = START_BUDGET;
  let cost = 0;
  let frameStart = 0;
  let lastFrame = 0;
  let samples: FrameSample[] = [];
  let model: FrameModel = estimateFrameModel([]);
  let useFixed = true;
  const NO_FIXED: FrameModel = { fixedMs: 0, msPerCost: Number.NaN };
  const now = (): number => win.performance.now();
  return {
    start() {
      cost = 0;
      lastFrame = frameStart = now();
    },
    resumeAfterWait(waitedMs) {
      frameStart = now();
      // A frame was rendered while we waited: the wait is no part of the next frame's length.
      if (waitedMs > FRAME_MS) {
        cost = 0;
        lastFrame = frameStart;
      }
    },
    fits: (next, limit) => cost === 0 || cost + next <= limit,
    spend(next) {
      cost += next;
    },
    isFull: (limits) => cost >= limits.budget || now() - frameStart > limits.timeCap,
    async nextFrame() {
      const t = await afterNextFrame(win);
      const ms = t - lastFrame;
      if (cost > 0) {
        samples = [...samples.slice(1 - FRAME_HISTORY), { ms, cost }];
        model = estimateFrameModel(samples);
      }
      budget = adaptBudget(budget, ms, cost, frameTarget, useFixed ? model : NO_FIXED);
      lastFrame = t;
      cost = 0;
      frameStart = now();
    },
    rubyBudget: () => budget,
    fixedMs: () => (useFixed ? model.fixedMs : 0),
    useFixedPart(on) {
      useFixed = on;
    },
  };
}

/** A loop's pause: until `calm` resolves (none: at once), or new work wakes it first. */
export function createPause(): { until(calm: Promise<void> | null): Promise<void>; wake(): void } {
  let wake: (() => void) | null = null;
  return {
    until(calm) {
      return new Promise<void>((resolve) => {
        wake = resolve;
        if (calm) void calm.then(resolve);
        else resolve();
      }).finally(() => (wake = null));
    },
    wake() {
      const resume = wake;
      wake = null;
      resume?.();
    },
  };
}
