/** Corner quotes with the script layer: apply → assert → remove → the page as it was, node for node. */
import { afterEach, describe, expect, it } from 'vitest';
import { disposeAll, readingsOf, setup, textNodes } from './helpers';

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const PAGE =
  '<p id="a">他说：“我们支持‘新发展’理念。”</p>' +
  '<p id="b">“<b>十三五</b>”里民生领域</p>' +
  '<p id="c" lang="en">Tom’s book is “great”.</p>' +
  '<p id="d">他读了 Tom’s book。</p>';

describe('corner quotes (settings.cornerQuotes)', () => {
  it('script alone: “” ‘’ become 「」 『』 in Chinese text only, and everything comes back', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const nodes = textNodes(document.body);
    const { controller } = setup({ settings: { cornerQuotes: true } });
    await controller.setScript('tw');
    expect(document.getElementById('a')!.textContent).toBe('他說：「我們支持『新發展』理念。」');
    // A mark alone in its text node goes by the text beside it.
    expect(document.getElementById('b')!.textContent).toBe('「十三五」裡民生領域');
    expect(document.getElementById('c')!.textContent).toBe('Tom’s book is “great”.');
    expect(document.getElementById('d')!.textContent).toBe('他讀了 Tom’s book。');
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original);
    textNodes(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('off by default; switching the setting re-renders the converted page', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const { controller, settings } = setup();
    await controller.setScript('hk');
    expect(document.getElementById('a')!.textContent).toBe('他説：“我們支持‘新發展’理念。”');
    await controller.applySettings({ ...settings, cornerQuotes: true });
    expect(document.getElementById('a')!.textContent).toBe('他説：「我們支持『新發展』理念。」');
    await controller.applySettings({ ...settings, cornerQuotes: false });
    expect(document.getElementById('a')!.textContent).toBe('他説：“我們支持‘新發展’理念。”');
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original);
  });

  it('with pinyin: the marks in the ruby text change, the readings do not', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const { controller } = setup({ settings: { cornerQuotes: true, pinyinScope: 'page', grouping: 'character' } });
    await controller.setScript('tw');
    await controller.setPinyin(true);
    const a = document.getElementById('a')!;
    expect(a.textContent!.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/g, '')).toContain('「');
    expect(readingsOf(a).slice(0, 2)).toEqual(['tā', 'shuō']);
    await controller.setPinyin(false);
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original);
  });

  it('traditional → simplified: 「」 『』 become “” ‘’', async () => {
    document.documentElement.setAttribute('lang', 'zh-TW');
    document.body.innerHTML = '<p id="t">他說：「我們支持『新發展』理念。」</p>';
    const original = document.body.innerHTML;
    const { controller } = setup({ settings: { cornerQuotes: true } });
    await controller.setScript('cn');
    expect(document.getElementById('t')!.textContent).toBe('他说：“我们支持‘新发展’理念。”');
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original);
  });
});
