/**
 * Following the page (happy-dom's MutationObserver): the page's own changes come through, ours
 * never do; nodesToFollow turns them into the text nodes to look at again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPageWatch, nodesToFollow, type PageWatch } from '@/entrypoints/dubao.content/layers/page-watch';
import { createTextRecords, type TextRecords } from '@/entrypoints/dubao.content/layers/text-records';

let watch: PageWatch | null = null;
afterEach(() => {
  watch?.disconnect();
  watch = null;
  document.body.innerHTML = '';
});

function setup(html: string, layersOn = true) {
  document.body.innerHTML = html;
  const seen: Text[][] = [];
  let records!: TextRecords;
  watch = createPageWatch(document, (mutations) => seen.push(nodesToFollow(mutations, { records, layersOn, pageLang: 'zh-CN' })));
  records = createTextRecords(watch.write);
  watch.sync(true, () => true);
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0));
    watch!.flush();
    return seen.flat();
  };
  return { records, settle, watch };
}

function wrapperFor(text: string): HTMLElement {
  const w = document.createElement('dubao-text');
  w.setAttribute('data-dubao', 'pinyin');
  w.textContent = text;
  return w;
}

describe('the page watch', () => {
  it('our own writes never come through', async () => {
    const { records, settle } = setup('<p>银行发展</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    records.setRuby(text, text.data, wrapperFor(text.data), null, 'k');
    records.giveBack(records.get(text)!);
    records.setScript(text, text.data, '銀行發展', 'tw');
    expect(await settle()).toEqual([]);
  });

  it('stops only when told it may', () => {
    const { watch } = setup('<p>银行</p>');
    let asked = 0;
    watch.sync(false, () => (asked++, false));
    watch.sync(false, () => (asked++, true));
    expect(asked).toBe(2);
  });
});

describe('nodesToFollow', () => {
  it.each([
    ['the page adds Chinese text (a layer on)', true, (p: HTMLElement) => p.append('新增'), ['新增']],
    ['the page adds Chinese text (all off): not followed', false, (p: HTMLElement) => p.append('新增'), []],
    ['the page adds text without Han', true, (p: HTMLElement) => p.append('news'), []],
    ['the page edits its own Chinese text', true, (p: HTMLElement) => ((p.firstChild as Text).data = '改了'), ['改了']],
    ['the page adds into our UI', true, () => document.querySelector('[data-dubao]')!.append('界面'), []],
  ])('%s', async (_, layersOn, change, expected) => {
    const { settle } = setup('<p>银行发展</p><div data-dubao="ui"></div>', layersOn);
    change(document.querySelector('p')!);
    expect((await settle()).map((t) => t.data)).toEqual(expected);
  });

  it('the page removes our wrapper: its node is followed', async () => {
    const { records, settle } = setup('<p>银行发展</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const wrapper = wrapperFor(text.data);
    records.setRuby(text, text.data, wrapper, null, 'k');
    wrapper.remove();
    expect(await settle()).toEqual([text]);
  });

  it('the page edits inside our wrapper: marked tampered and followed', async () => {
    const { records, settle } = setup('<p>银行发展</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    const wrapper = wrapperFor(text.data);
    records.setRuby(text, text.data, wrapper, null, 'k');
    wrapper.append('x');
    expect(await settle()).toContain(text);
    expect(records.get(text)?.tampered).toBe(true);
  });

  it('the page puts its detached node back somewhere: marked taken', async () => {
    const { records, settle } = setup('<p>银行发展</p><div></div>');
    const text = document.querySelector('p')!.firstChild as Text;
    records.setRuby(text, text.data, wrapperFor(text.data), null, 'k');
    document.querySelector('div')!.append(text);
    expect(await settle()).toContain(text);
    expect(records.get(text)?.taken).toBe(true);
  });
});
