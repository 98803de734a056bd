/**
 * Turning pinyin on over a long page: what is on screen goes first, found from one
 * IntersectionObserver pass (the browser's, in its rendering step) rather than by reading every
 * block's box in the toggle's task; the one-time cost of a document's first <ruby> is paid by a
 * warm-up sample only where the page is long. Block positions are given (happy-dom does no
 * layout); the reading engines are the real ones.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { installIntersectionObserver } from './helpers';
import { createLibSource } from './source';

const SCREEN = 800;
const LINE = 50;
const COUNT = 400;
let scrollTop = 0;
/** getBoundingClientRect calls made by the code under test. */
let measured = 0;
const controllers: { dispose(): void }[] = [];
/** A short page here is 10,000 characters read by the real engine and written whole in happy-dom: seconds on a shared machine. */
const SHORT_PAGE_MS = 30_000;
const boxes = new WeakMap<Element, () => DOMRect>();

/**
 * 400 paragraphs of Chinese, each 40 px tall; `top(i)` places paragraph i on the page. Every box
 * read by the code under test is counted.
 */
function makePage(top: (i: number) => number): HTMLParagraphElement[] {
  Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
  return Array.from({ length: COUNT }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `第${i}段：城市发展需要长期规划，银行行长介绍了情况。`;
    const box = () => {
      const y = top(i) - scrollTop;
      return { top: y, bottom: y + 40, left: 0, right: 600, width: 600, height: 40, x: 0, y, toJSON: () => ({}) } as DOMRect;
    };
    boxes.set(p, box);
    p.getBoundingClientRect = () => {
      measured++;
      return box();
    };
    document.body.append(p);
    return p;
  });
}

/** The browser's IntersectionObserver over the boxes given (`answers` false: a background tab). */
const installObserver = (answers: boolean) => installIntersectionObserver((el) => boxes.get(el)!(), answers);

const originalObserver = Object.getOwnPropertyDescriptor(window, 'IntersectionObserver');

function start(scrollClock?: () => number) {
  const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
  const source = createLibSource();
  // 400 paragraphs ≈ 10,000 characters: a long page for a window of 2,000.
  const controller = createLayerController({
    document,
    engines: source,
    getSettings: () => settings,
    getAnalysis: () => null,
    orchestrator: { windowChars: 2000, scrollClock },
  });
  controllers.push(controller);
  return { controller, source };
}

/** Paragraph numbers of the first texts the layers asked readings for. */
function firstRead(source: ReturnType<typeof createLibSource>): number[] {
  const call = source.calls.find((c) => c.kind === 'read')!;
  return call.texts.map((t) => Number(/^第(\d+)段/.exec(t)![1]));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true, writable: true });
  for (const c of controllers.splice(0)) c.dispose();
  document.body.innerHTML = '';
  scrollTop = 0;
  measured = 0;
  if (originalObserver) Object.defineProperty(window, 'IntersectionObserver', originalObserver);
});

describe('pinyin on a long page: the viewport first', () => {
  it.each([
    ['at the top', 0, range(0, 16)],
    ['scrolled down', 10_000, range(200, 216)],
  ])('%s: the boxes come from one observer pass, not the toggle\'s task, and the screen is read first (its bottom edge included)', async (_, scroll, onScreen) => {
    const paragraphs = makePage((i) => i * LINE);
    const observer = installObserver(true);
    scrollTop = scroll;
    const { controller, source } = start();
    const done = controller.setPinyin(true);
    // The toggle's own task is over once setPinyin returns its promise: it read no box.
    expect(measured).toBe(0);
    await done;
    await controller.idle(); // the band around the screen, not only the screen the toggle answers for
    expect(observer.observed()).toBe(COUNT);
    expect(measured).toBe(0);
    expect(firstRead(source)).toEqual(onScreen);
    // Within the band (1.5 screens around the viewport) there is pinyin; far away there is none.
    const at = (i: number) => paragraphs[i]!.querySelector('ruby[data-dubao]') !== null;
    for (const i of onScreen) expect(at(i)).toBe(true);
    expect(at(onScreen[0]! + 30)).toBe(true);
    expect(at(onScreen[0]! + 100)).toBe(false);
  });

  it('paragraphs out of reading order: the screen still goes first', async () => {
    // Paragraph i stands where paragraph COUNT-1-i would: reading order reversed.
    makePage((i) => (COUNT - 1 - i) * LINE);
    installObserver(true);
    const { controller, source } = start();
    await controller.setPinyin(true);
    // On screen (the bottom edge included): the last 17 paragraphs, in document order.
    expect(firstRead(source)).toEqual(range(COUNT - 17, COUNT - 1));
  });

  it.each([
    ['no IntersectionObserver', false],
    ['an observer that never answers (a background tab)', true],
  ])('%s: every box is read instead, and the screen still goes first', async (_, present) => {
    makePage((i) => i * LINE);
    if (present) installObserver(false);
    else Object.defineProperty(window, 'IntersectionObserver', { value: undefined, configurable: true, writable: true });
    const { controller, source } = start();
    await controller.setPinyin(true);
    expect(measured).toBeGreaterThanOrEqual(COUNT);
    expect(firstRead(source)).toEqual(range(0, 16));
  });

  it.each([
    ['a long page', 2000, ['warm-up-fonts', 'warm-up', 'pinyin']],
    ['a short page', 20_000, ['pinyin']],
  ])('%s: the first <ruby> comes in a hidden warm-up sample first, alone in its frame after the fonts\' sample, only where the page is long', async (_, windowChars, expected) => {
    makePage((i) => i * LINE);
    // Frames rendered so far, and what we put into the page, in order, with its frame: the fonts'
    // sample, the warm-up sample, and the first pinyin wrapper.
    let frames = 0;
    const native = window.requestAnimationFrame.bind(window);
    const rafSpy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => native((t) => (frames++, cb(t))));
    const inserted: string[] = [];
    const frameOf = new Map<string, number>();
    let fontsHadRuby = false;
    const watch = new MutationObserver((records) => {
      for (const r of records)
        r.addedNodes.forEach((n) => {
          const kind = n instanceof Element ? n.getAttribute('data-dubao') : null;
          if (kind === 'warm-up-fonts' && (n as Element).querySelector('ruby,rt')) fontsHadRuby = true;
          if ((kind === 'warm-up-fonts' || kind === 'warm-up' || kind === 'pinyin') && !inserted.includes(kind)) {
            inserted.push(kind);
            frameOf.set(kind, frames);
          }
        });
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
    const controller = createLayerController({ document, engines: createLibSource(), getSettings: () => settings, getAnalysis: () => null, orchestrator: { windowChars } });
    controllers.push(controller);
    await controller.setPinyin(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    watch.disconnect();
    rafSpy.mockRestore();
    expect(inserted).toEqual(expected);
    if (expected.length === 3) {
      // The fonts' sample holds no ruby (no relayout of the page), and each goes in a frame of its own.
      expect(fontsHadRuby).toBe(false);
      expect(frameOf.get('warm-up')!).toBeGreaterThan(frameOf.get('warm-up-fonts')!);
      expect(frameOf.get('pinyin')!).toBeGreaterThan(frameOf.get('warm-up')!);
    }
    expect(document.querySelector('[data-dubao="warm-up"],[data-dubao="warm-up-fonts"]')).toBeNull();
  }, SHORT_PAGE_MS);

  it('a short page: what is on screen goes in one frame, however many rubies it holds', async () => {
    // 61 paragraphs on screen (13 px apart: ≈ 900 word rubies), the rest below it.
    const paragraphs = makePage((i) => i * 13);
    installObserver(true);
    // Frames rendered so far, and the frame each paragraph's pinyin went in.
    let frames = 0;
    const native = window.requestAnimationFrame.bind(window);
    const rafSpy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => native((t) => (frames++, cb(t))));
    const frameOf = new Map<Element, number>();
    const watch = new MutationObserver((records) => {
      for (const r of records)
        r.addedNodes.forEach((n) => {
          if (n instanceof Element && n.getAttribute('data-dubao') === 'pinyin' && !frameOf.has(n.parentElement!)) frameOf.set(n.parentElement!, frames);
        });
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const before = document.body.innerHTML;
    const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
    const controller = createLayerController({ document, engines: createLibSource(), getSettings: () => settings, getAnalysis: () => null, orchestrator: { windowChars: 20_000 } });
    controllers.push(controller);
    await controller.setPinyin(true);
    await controller.idle(); // the rest of the page, after the screen the toggle answers for
    watch.disconnect();
    rafSpy.mockRestore();
    const onScreen = paragraphs.filter((_, i) => i * 13 <= SCREEN);
    expect(onScreen.length).toBe(62);
    const rubiesOnScreen = onScreen.reduce((sum, p) => sum + p.querySelectorAll('ruby[data-dubao]').length, 0);
    expect(rubiesOnScreen).toBeGreaterThan(600);
    expect(new Set(onScreen.map((p) => frameOf.get(p)))).toEqual(new Set([frameOf.get(onScreen[0]!)]));
    // And the rest came in frames after it.
    expect(frameOf.get(paragraphs[COUNT - 1]!)).toBeGreaterThan(frameOf.get(onScreen[0]!)!);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(before);
  }, SHORT_PAGE_MS);

  it('a short page: what follows the screen is asked for once the screen has had its frame, not in its task', async () => {
    const paragraphs = makePage((i) => i * 13);
    installObserver(true);
    let frames = 0;
    const native = window.requestAnimationFrame.bind(window);
    const rafSpy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => native((t) => (frames++, cb(t))));
    // The frame count when each text was first asked for, and when the screen's pinyin went in.
    const askedAt = new Map<string, number>();
    const source = createLibSource();
    const engines = { ...source, read: (texts: readonly string[], names?: readonly string[], options?: never) => (texts.forEach((t) => askedAt.has(t) || askedAt.set(t, frames)), source.read(texts, names ?? [], options)) };
    let screenFrame = -1;
    const watch = new MutationObserver(() => {
      if (screenFrame < 0 && paragraphs[0]!.querySelector('ruby[data-dubao]')) screenFrame = frames;
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const before = document.body.innerHTML;
    const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
    const controller = createLayerController({ document, engines, getSettings: () => settings, getAnalysis: () => null, orchestrator: { windowChars: 20_000 } });
    controllers.push(controller);
    await controller.setPinyin(true);
    await controller.idle(); // the rest of the page, after the screen the toggle answers for
    watch.disconnect();
    rafSpy.mockRestore();
    // The first paragraph below the screen: in the chunk that follows the screen's.
    const below = paragraphs.find((_, i) => i * 13 > SCREEN)!;
    expect(below.querySelector('ruby[data-dubao]')).not.toBeNull();
    expect(askedAt.get(paragraphs[0]!.textContent!)).toBe(screenFrame);
    expect(askedAt.get(below.textContent!)).toBeGreaterThan(screenFrame);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(before);
  }, SHORT_PAGE_MS);

  it('the toggle answers once the screen is written; the rest of the page follows behind, and idle() waits for it', async () => {
    // 400 paragraphs 13 px apart, all to be annotated (no reading window): 62 on screen.
    const paragraphs = makePage((i) => i * 13);
    installObserver(true);
    const before = document.body.innerHTML;
    const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page' };
    const progress: string[] = [];
    const controller = createLayerController({
      document, engines: createLibSource(), getSettings: () => settings, getAnalysis: () => null,
      orchestrator: { windowChars: 20_000, onProgress: (p) => progress.push(p.phase) },
    });
    controllers.push(controller);
    const has = (p: Element) => p.querySelector('ruby[data-dubao]') !== null;
    await controller.setPinyin(true);
    // Answered: the screen is shown, the page's end is not written yet.
    expect(progress).toEqual(['viewport']);
    expect(paragraphs.filter((_, i) => i * 13 <= SCREEN).every(has)).toBe(true);
    expect(has(paragraphs[COUNT - 1]!)).toBe(false);
    expect(controller.state().pinyin).toBe(true);
    await controller.idle();
    expect(progress).toEqual(['viewport', 'done']);
    expect(paragraphs.every(has)).toBe(true);
    // Off answers when the originals are back, to the byte, and our stylesheet is gone.
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('style[data-dubao]')).toBeNull();
  }, SHORT_PAGE_MS);

  it('turning it off gives the page back exactly', async () => {
    makePage((i) => i * LINE);
    const before = document.body.innerHTML;
    const { controller } = start();
    await controller.setPinyin(true);
    expect(document.body.innerHTML).not.toBe(before);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(before);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The clock the reading window takes the scroll speed on in the scrolling tests (ms): it moves only
 * as the test says, so the speed the engine sees is the simulated flick's however loaded the machine
 * (in real time a stall of over 150 ms between two events reads as a stopped scroll).
 */
let clockMs = 0;
const scrollClock = () => clockMs;
/** `ms` of the simulated scroll: on the virtual clock, and in real time for the engine's frames to run in. */
const elapse = (ms: number) => {
  clockMs += ms;
  return sleep(ms);
};

/** A long page with pinyin on, whose window scroll position follows `scrollTop` (for the scroll speed). */
async function startScrollable(script: 'tw' | null = null) {
  const paragraphs = makePage((i) => i * LINE);
  installObserver(true);
  Object.defineProperty(window, 'scrollY', { get: () => scrollTop, configurable: true });
  const { controller } = start(scrollClock);
  await controller.setPinyin(true);
  if (script) await controller.setScript(script);
  await controller.idle(); // the band written whole before the reader scrolls
  const at = (i: number) => paragraphs[i]!.querySelector('ruby[data-dubao]') !== null;
  expect(at(0)).toBe(true);
  return { at };
}

describe('scrolling a long page with pinyin on', () => {
  it('mid-flick nothing is written; once the scroll slows the screen gets pinyin and what is far gives it back', async () => {
    const { at } = await startScrollable();
    let writes = 0;
    const watch = new MutationObserver((records) => (writes += records.length));
    watch.observe(document.body, { childList: true, subtree: true });
    // A jump to 5,000 px: the band there is being written (over several frames) when a flick
    // starts, 800 px every 10 ms down to 10,000 px (paragraph 200 at the top of the screen). The
    // flick's first events give no speed yet: their frame may still write.
    scrollTop = 5000;
    window.dispatchEvent(new Event('scroll'));
    await vi.waitFor(() => expect(writes).toBeGreaterThan(0), { timeout: 3000, interval: 5 });
    clockMs += 1000; // the jump is no part of the flick's speed
    for (let step = 1; step <= 2; step++) {
      scrollTop = 5000 + step * 800;
      window.dispatchEvent(new Event('scroll'));
      await elapse(10);
    }
    await elapse(30);
    const early = writes;
    for (let y = 5000 + 3 * 800; y <= 10_000; y += 800) {
      scrollTop = y;
      window.dispatchEvent(new Event('scroll'));
      await elapse(10);
    }
    // Work was left when the flick began (the band at 5,000 px is far from done).
    expect(range(76, 140).every(at)).toBe(false);
    scrollTop = 10_000;
    window.dispatchEvent(new Event('scroll'));
    expect(writes).toBe(early);
    // Stopped: a quiet second on the clock (well past the speed's 150 ms window), and the band is
    // measured where the scroll came to and written.
    clockMs += 1000;
    await vi.waitFor(() => expect(range(200, 216).every(at)).toBe(true), { timeout: 3000, interval: 20 });
    watch.disconnect();
    await vi.waitFor(() => expect(at(0)).toBe(false), { timeout: 3000, interval: 20 });
  });

  it('both layers on: text the page adds away from the band is converted at once; only ruby waits for the scroll to slow', async () => {
    await startScrollable('tw');
    let rubiesAdded = 0;
    const watch = new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => (rubiesAdded += n instanceof Element ? n.querySelectorAll('ruby').length : 0));
    });
    // 800 px every 10 ms; mid-flick the page appends a paragraph (no box: away from the band). The
    // flick's first events give no speed yet: their frame may still write ruby, so the count
    // starts after them.
    const added = document.createElement('p');
    for (let step = 1; step <= 16; step++) {
      scrollTop = step * 800;
      window.dispatchEvent(new Event('scroll'));
      if (step === 4) {
        watch.observe(document.body, { childList: true, subtree: true });
        added.textContent = '新增段落：银行发展';
        document.body.append(added);
      }
      await elapse(10);
    }
    expect(added.textContent).toBe('新增段落：銀行發展');
    expect(added.querySelector('ruby')).toBeNull();
    expect(rubiesAdded).toBe(0);
    watch.disconnect();
  });
});
