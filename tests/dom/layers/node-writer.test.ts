/**
 * One node brought to what it wants (happy-dom, the real reading engines): apply → assert → give
 * back → the page as it was; a node whose data has not come waits (-1).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { NodeWant, PinyinMode } from '@/entrypoints/dubao.content/layers/layer-modes';
import { estimateNodeCost, touchesRuby, writeNode, type NodeWriterContext } from '@/entrypoints/dubao.content/layers/node-writer';
import { createReadingsCache } from '@/entrypoints/dubao.content/layers/readings-cache';
import { createTextRecords } from '@/entrypoints/dubao.content/layers/text-records';
import { createLibSource } from './source';

const PINYIN: PinyinMode = { format: { text: (r) => r, tone: () => 0, joiner: '', colors: false }, grouping: 'word', roots: null, names: [], key: 'k' };

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(html: string) {
  document.body.innerHTML = html;
  const text = document.querySelector('p')!.firstChild as Text;
  let want: NodeWant = { pinyin: null, script: null };
  let range: [number, number] | undefined;
  const detached: Text[] = [];
  const ctx: NodeWriterContext = {
    doc: document,
    records: createTextRecords((fn) => fn()),
    cache: createReadingsCache(createLibSource()),
    pageLang: () => 'zh-CN',
    wantFor: () => want,
    rangeOf: () => range,
    watchDetached: (node) => detached.push(node),
  };
  const fetch = () => ctx.cache.fetch([{ original: ctx.records.originalOf(text), want }], []);
  return {
    ctx,
    text,
    detached,
    fetch,
    want: (next: NodeWant) => (want = next),
    range: (next: [number, number] | undefined) => (range = next),
  };
}

describe('writeNode', () => {
  it.each([
    ['pinyin', { pinyin: PINYIN, script: null }, 'ruby', '银行发展'],
    ['script', { pinyin: null, script: 'tw' }, null, '銀行發展'],
    ['both', { pinyin: PINYIN, script: 'tw' }, 'ruby', '銀行發展'],
  ] as const)('%s: data first, then the write, then back to the page exactly', async (_, want, tag, shown) => {
    const s = setup('<p>银行发展</p>');
    const before = document.body.innerHTML;
    s.want(want);
    expect(writeNode(s.ctx, s.text)).toBe(-1);
    expect(document.body.innerHTML).toBe(before);
    await s.fetch();
    expect(writeNode(s.ctx, s.text)).toBeGreaterThan(0);
    // Readings stand in attributes (shown by CSS): the text is the shown script's.
    expect(document.querySelector('p')!.textContent).toBe(shown);
    if (tag) expect(document.querySelector(`p ${tag}`)).not.toBeNull();
    expect(s.detached).toEqual(want.pinyin ? [s.text] : []);
    // Again with nothing changed: nothing to do.
    expect(writeNode(s.ctx, s.text)).toBe(0);
    s.want({ pinyin: null, script: null });
    expect(writeNode(s.ctx, s.text)).toBe(1);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.firstChild).toBe(s.text);
  });

  it('a node with only part of it on screen carries its own key, so the full pass renders it again', async () => {
    const s = setup('<p>银行发展银行发展</p>');
    s.want({ pinyin: PINYIN, script: null });
    await s.fetch();
    s.range([0, 2]);
    writeNode(s.ctx, s.text);
    expect(s.ctx.records.get(s.text)?.pinyinKey).toBe('k|0-2');
    expect(document.querySelectorAll('p ruby')).toHaveLength(1);
    s.range(undefined);
    expect(writeNode(s.ctx, s.text)).toBeGreaterThan(0);
    expect(document.querySelectorAll('p ruby').length).toBeGreaterThan(1);
  });

  it.each([
    ['text without Han', '<p>news only</p>', 'p'],
    ['text in code', '<p><code>银行</code></p>', 'code'],
  ])('%s is left alone', (_, html, selector) => {
    const s = setup(html);
    const node = document.querySelector(selector)!.firstChild as Text;
    s.want({ pinyin: PINYIN, script: 'tw' });
    expect(writeNode(s.ctx, node)).toBe(0);
    expect(s.ctx.records.size()).toBe(0);
  });

  it('a node the page removed: ours is given back and forgotten', async () => {
    const s = setup('<p>银行发展</p>');
    s.want({ pinyin: null, script: 'tw' });
    await s.fetch();
    writeNode(s.ctx, s.text);
    s.text.remove();
    expect(writeNode(s.ctx, s.text)).toBe(0);
    expect(s.text.data).toBe('银行发展');
    expect(s.ctx.records.size()).toBe(0);
  });
});

describe('estimateNodeCost and touchesRuby', () => {
  it.each([
    ['plain text', { pinyin: null, script: 'tw' }, undefined, 1, false],
    ['17 characters by word', { pinyin: PINYIN, script: null }, undefined, 10, true],
    ['only 2 of them on screen', { pinyin: PINYIN, script: null }, [0, 2], 2, true],
  ] as const)('%s', (_, want, range, cost, ruby) => {
    const s = setup('<p>银行发展银行发展银行发展银行发展银</p>');
    s.want(want);
    s.range(range ? [range[0], range[1]] : undefined);
    expect(estimateNodeCost(s.ctx, s.text)).toBe(cost);
    expect(touchesRuby(s.ctx, s.text)).toBe(ruby);
  });
});
