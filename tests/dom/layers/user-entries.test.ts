/** The reader's own entries in the layers, applied and removed live: apply → assert → remove → the page as it was. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseEntries } from '@/lib/entries/parse-entries';
import { disposeAll, readingsOf, setup, textNodes } from './helpers';

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const PAGE = '<p id="a">银行行长说，这款软件很好用。</p>';

describe('own entries in the layers', () => {
  it('script: a conversion entry shows as soon as the engine has it, and goes when it is removed', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const nodes = textNodes(document.body);
    const { controller, source } = setup();
    await controller.setScript('hk');
    const a = document.getElementById('a')!;
    expect(a.textContent).toBe('銀行行長説，這款軟件很好用。');
    source.engine.setEntries(parseEntries('软件 ↔ 軟體').entries);
    await controller.reloadEntries();
    expect(a.textContent).toBe('銀行行長説，這款軟體很好用。');
    source.engine.setEntries(parseEntries('').entries);
    await controller.reloadEntries();
    expect(a.textContent).toBe('銀行行長説，這款軟件很好用。');
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original);
    textNodes(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
  });

  it('pinyin: a reading entry re-renders the ruby, and removing it gives the built-in reading back', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const { controller, source } = setup({ settings: { pinyinScope: 'page', grouping: 'character' } });
    await controller.setPinyin(true);
    const a = document.getElementById('a')!;
    expect(readingsOf(a).slice(2, 4)).toEqual(['háng', 'zhǎng']);
    source.engine.setEntries(parseEntries('行长 → xing2 chang2').entries);
    await controller.reloadEntries();
    expect(readingsOf(a).slice(2, 4)).toEqual(['xíng', 'cháng']);
    source.engine.setEntries(parseEntries('').entries);
    await controller.reloadEntries();
    expect(readingsOf(a).slice(2, 4)).toEqual(['háng', 'zhǎng']);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(original);
  });

  it('with both layers: the converted text and the readings follow the entries', async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const { controller, source } = setup({ settings: { pinyinScope: 'page', grouping: 'word' } });
    source.engine.setEntries(parseEntries('软件 ↔ 軟體\n行长 → xing2 chang2').entries);
    await controller.reloadEntries();
    await controller.setScript('tw');
    await controller.setPinyin(true);
    const a = document.getElementById('a')!;
    const shown = [...a.querySelectorAll('ruby')].map((r) => r.firstChild?.textContent ?? '').join('');
    expect(shown).toContain('軟體');
    expect(readingsOf(a).join(' ')).toContain('xíngcháng');
    await controller.setPinyin(false);
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original);
  });
});
