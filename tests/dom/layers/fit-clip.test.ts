/**
 * The fit check's clip rule (fit-check.ts): readings that push a ruby's characters out of the
 * visible part of a clipping ancestor are hidden there, even where the text's box spilled before;
 * characters hidden before readings (a slide off the box) and boxes that scroll leave readings
 * alone. happy-dom does no layout: the boxes and the characters' rects are given, with readings
 * drawn or not (the fit mark on the text's element).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFitKeeper, FIT_ATTR } from '@/entrypoints/dubao.content/layers/fit-check';

/** Tab `id` in a clipping item 100 px tall: its rubies' characters at `withReadings` / `without` (top px, 14 px tall). */
function tab(id: string, overflowY: string, words: string[], withReadings: number[], without: number[]): HTMLElement {
  const li = document.createElement('li');
  li.style.cssText = `overflow-y:${overflowY};height:100px`;
  Object.defineProperty(li, 'clientHeight', { value: 100 });
  li.getBoundingClientRect = () => ({ top: 0, bottom: 100, left: 0, right: 98, width: 98, height: 100, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
  const span = document.createElement('span');
  span.id = id;
  const wrapper = document.createElement('dubao-text');
  wrapper.setAttribute('data-dubao', 'pinyin');
  words.forEach((word, i) => {
    const ruby = document.createElement('ruby');
    ruby.setAttribute('data-dubao', '');
    ruby.append(word);
    const rt = document.createElement('rt');
    rt.setAttribute('data-dubao', '');
    ruby.append(rt);
    wrapper.append(ruby);
    tops.set(ruby.firstChild!, () => (span.hasAttribute(FIT_ATTR) ? without[i]! : withReadings[i]!));
  });
  wrapper.getBoundingClientRect = () => {
    const ys = words.map((_, i) => (span.hasAttribute(FIT_ATTR) ? without[i]! : withReadings[i]!));
    const top = Math.min(...ys) - 10;
    const bottom = Math.max(...ys) + 24;
    return { top, bottom, left: 0, right: 98, width: 98, height: bottom - top, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  span.append(wrapper);
  li.append(span);
  document.body.append(li);
  return span;
}

/** Each ruby base's top, as laid out now. */
const tops = new Map<Node, () => number>();
const nativeRange = document.createRange.bind(document);
document.createRange = () => {
  const range = nativeRange();
  let node: Node | null = null;
  range.selectNodeContents = (n: Node) => void (node = n);
  range.getBoundingClientRect = () => {
    const top = tops.get(node!)?.() ?? 0;
    return { top, bottom: top + 14, left: 0, right: 28, width: 28, height: 14, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  return range;
};

afterEach(() => {
  document.body.innerHTML = '';
  tops.clear();
});

describe('the clip rule', () => {
  it('characters shown before and pushed out by readings: readings hidden there; hidden before, or scrolled to: readings stay; clear() removes every mark', async () => {
    // Line 1 (城市 交通) shown before at 75 px, pushed to 104 px by readings; line 2 out either way.
    const pushed = tab('pushed', 'hidden', ['城市', '交通', '新闻'], [104, 104, 140], [75, 75, 111]);
    // A slide below the box: out with readings and without.
    const slide = tab('slide', 'hidden', ['天气', '预报'], [130, 130], [120, 120]);
    // Inside with readings: nothing to do.
    const inside = tab('inside', 'hidden', ['图书'], [60], [50]);
    // A box that scrolls: what passes it is scrolled to.
    const scroller = tab('scroller', 'auto', ['音乐'], [104], [75]);
    const before = document.body.innerHTML;
    const fit = createFitKeeper(document);
    fit.check();
    expect(pushed.hasAttribute(FIT_ATTR)).toBe(true);
    expect(slide.hasAttribute(FIT_ATTR)).toBe(false);
    expect(inside.hasAttribute(FIT_ATTR)).toBe(false);
    expect(scroller.hasAttribute(FIT_ATTR)).toBe(false);
    expect(fit.marked()).toEqual([pushed]);
    fit.clear();
    expect(document.querySelector(`[${FIT_ATTR}]`)).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });
});
