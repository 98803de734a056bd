/**
 * Planning a pinyin pass (happy-dom; block positions given): the screen first and, past the reading
 * window's size, only what is near it; the window seeded with what was just measured.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PinyinMode } from '@/entrypoints/dubao.content/layers/layer-modes';
import { planPinyinPass, type PinyinPassInput } from '@/entrypoints/dubao.content/layers/pinyin-pass';
import type { ReadingWindow } from '@/entrypoints/dubao.content/layers/reading-window';
import { createTextRecords } from '@/entrypoints/dubao.content/layers/text-records';

const SCREEN = 800;
const PINYIN: PinyinMode = { format: { text: (r) => r, tone: () => 0, joiner: '', colors: false }, grouping: 'word', roots: null, names: [], key: 'k' };

afterEach(() => {
  document.body.innerHTML = '';
});

/** Ten paragraphs of 8 characters, paragraph i at `tops[i]` px from the viewport's top. */
function makePage(tops: number[]): Text[] {
  Object.defineProperty(window, 'innerHeight', { value: SCREEN, configurable: true });
  return tops.map((top, i) => {
    const p = document.createElement('p');
    p.textContent = `第${i}段银行发展`;
    p.getBoundingClientRect = () => ({ top, bottom: top + 40, left: 0, right: 600, width: 600, height: 40, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;
    document.body.append(p);
    return p.firstChild as Text;
  });
}

/** A reading window that records its seed and calls every block near that the seed said was. */
function fakeWindow() {
  const seeded: { near: Element[]; all: Element[]; order: number | null | undefined }[] = [];
  let near = new Set<Element>();
  const win: ReadingWindow = {
    isNear: (el) => near.has(el),
    seed(n, all, order) {
      near = new Set(n);
      seeded.push({ near: [...n], all: [...all], order });
    },
    isFlicking: () => false,
    calm: () => Promise.resolve(),
    dispose() {},
  };
  return { win, seeded };
}

function input(nodes: Text[], over: Partial<PinyinPassInput>): PinyinPassInput & { closed: () => number } {
  let closed = 0;
  const { win } = fakeWindow();
  return {
    win: window as unknown as Window & typeof globalThis,
    records: createTextRecords((fn) => fn()),
    nodes,
    mode: PINYIN,
    scriptOn: false,
    longPage: false,
    windowChars: 20_000,
    openWindow: () => win,
    closeWindow: () => closed++,
    isStale: () => false,
    ...over,
    closed: () => closed,
  };
}

const paragraph = (t: Text) => Number(/第(\d+)段/.exec(t.data)![1]);
// Paragraphs 0–2 above the screen, 3–5 on it, 6–9 below (8 and 9 beyond the band).
const TOPS = [-3000, -1000, -100, 0, 400, 780, 1000, 1900, 2500, 9000];

describe('planPinyinPass', () => {
  it('a short scope: the screen first, then below, then above; no window', async () => {
    const nodes = makePage(TOPS);
    const i = input(nodes, {});
    const pass = (await planPinyinPass(i))!;
    expect(pass.ordered.map(paragraph)).toEqual([3, 4, 5, 6, 7, 8, 9, 2, 1, 0]);
    expect(pass.viewportCount).toBe(3);
    expect(i.closed()).toBe(1);
  });

  it.each([
    ['pinyin alone: far text waits for the scroll', false, [3, 4, 5, 6, 7, 1, 2]],
    ['with script: far text stays in the pass (it converts)', true, [3, 4, 5, 6, 7, 8, 9, 2, 1, 0]],
  ])('past the window\'s size, %s', async (_, scriptOn, expected) => {
    const nodes = makePage(TOPS);
    const { win, seeded } = fakeWindow();
    const pass = (await planPinyinPass(input(nodes, { windowChars: 40, scriptOn, openWindow: () => win })))!;
    expect(pass.ordered.map(paragraph).sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    expect(pass.ordered.slice(0, 3).map(paragraph)).toEqual([3, 4, 5]);
    expect(seeded).toHaveLength(1);
    expect(seeded[0]!.all).toHaveLength(10);
    expect(seeded[0]!.order).toBe(0);
  });

  it('a newer pass took over while the boxes were measured: null', async () => {
    const nodes = makePage(TOPS);
    expect(await planPinyinPass(input(nodes, { longPage: true, isStale: () => true }))).toBeNull();
  });
});
