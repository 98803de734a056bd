import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hanCount, readingsOf, seedBody, setup, textNodes, disposeAll } from './helpers';

let original = '';
let nodes: Text[] = [];

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.body.innerHTML = seedBody();
  original = document.body.innerHTML;
  nodes = textNodes(document.body);
});

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function expectOriginal(): void {
  expect(document.body.innerHTML).toBe(original);
  const now = textNodes(document.body);
  expect(now.length).toBe(nodes.length);
  now.forEach((node, i) => expect(node).toBe(nodes[i]));
}

describe('pinyin layer on the seed page', () => {
  it('puts a reading over every Han character of the page and gives back the very same nodes', async () => {
    const { controller } = setup({ settings: { pinyinScope: 'page', grouping: 'character' } });
    await controller.setPinyin(true);
    expect(document.documentElement.getAttribute('data-dubao-pinyin')).toBe('on');
    const rubies = [...document.body.querySelectorAll('ruby[data-dubao]')];
    const han = hanCount(document.body.textContent ?? '');
    expect(rubies.length).toBe(han);
    // Han characters outside any ruby: none.
    const bare = textNodes(document.body).filter((t) => !t.parentElement?.closest('ruby') && /\p{Script=Han}/u.test(t.data));
    expect(bare).toEqual([]);
    // Readings are attributes: the text of the page (what copy and find see) is unchanged.
    expect(document.body.textContent).toBe(nodes.map((n) => n.data).join(''));
    const first = document.body.querySelector('h1')!;
    expect(first.textContent).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(readingsOf(first).slice(0, 4)).toEqual(['zuò', 'huó', 'chéng', 'xiāng']);
    // Every element we created carries data-dubao.
    for (const el of document.body.querySelectorAll('dubao-text, ruby, rt')) expect(el.hasAttribute('data-dubao')).toBe(true);
    expect(document.head.querySelector('style[data-dubao]')).not.toBeNull();

    // Off: the originals and our stylesheet both go in the switch's own task (one layout, not two).
    const off = controller.setPinyin(false);
    expectOriginal();
    expect(document.head.querySelector('style[data-dubao]')).toBeNull();
    await off;
    expectOriginal();
    controller.dispose();
    expect(document.documentElement.hasAttribute('data-dubao-pinyin')).toBe(false);
  });

  it('scopes pinyin to the feature when one is detected', async () => {
    const root = document.getElementById('ozoom')!;
    const { controller } = setup({
      analysis: { root, outline: { detected: true, topics: [], credits: [] } as never },
    });
    await controller.setPinyin(true);
    expect(root.querySelectorAll('ruby[data-dubao]').length).toBeGreaterThan(1000);
    expect(document.querySelector('.top ruby, h1 ruby, .foot ruby')).toBeNull();
    await controller.setPinyin(false);
    expectOriginal();
    controller.dispose();
  });
});

describe('script layer', () => {
  it('converts in place, sets the page lang, and restores both exactly', async () => {
    const { controller } = setup();
    await controller.setScript('tw');
    expect(document.documentElement.getAttribute('data-dubao-script')).toBe('tw');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
    expect(document.body.textContent).toContain('發展');
    expect(document.body.textContent).not.toContain('发展');
    // In place: the very same Text objects, only their data changed; no element added.
    const now = textNodes(document.body);
    now.forEach((node, i) => expect(node).toBe(nodes[i]));
    expect(document.body.querySelector('[data-dubao]')).toBeNull();
    await controller.setScript('original');
    expectOriginal();
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    controller.dispose();
  });

  it('restores an absent lang as absent', async () => {
    document.documentElement.removeAttribute('lang');
    const { controller } = setup();
    await controller.setScript('hk');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-Hant');
    await controller.setScript('original');
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
    controller.dispose();
  });

  it('switches variants from the originals: no drift on repeated runs (算法 → 演算法 once)', async () => {
    document.body.innerHTML = '<p>新的算法与软件</p>';
    original = document.body.innerHTML;
    nodes = textNodes(document.body);
    const { controller } = setup();
    for (let round = 0; round < 3; round++) {
      await controller.setScript('twp');
      expect(document.body.textContent).toBe('新的演算法與軟體');
      await controller.setScript('tw');
      await controller.setScript('twp');
      expect(document.body.textContent).toBe('新的演算法與軟體');
      await controller.setScript('original');
      expectOriginal();
    }
    controller.dispose();
  });
});

describe('both layers', () => {
  it('shows traditional characters carrying the readings of what they read, and undoes to the byte', async () => {
    const { controller } = setup({ settings: { pinyinScope: 'page', grouping: 'character' } });
    await controller.setScript('tw');
    await controller.setPinyin(true);
    const h1 = document.body.querySelector('h1')!;
    expect(h1.textContent).toBe('做活城鄉融合“大文章” 下好區域協調“一盤棋”');
    const bases = [...h1.querySelectorAll('ruby[data-dubao]')].map((r) => r.firstChild!.textContent);
    expect(bases.slice(0, 4)).toEqual(['做', '活', '城', '鄉']);
    expect(readingsOf(h1).slice(0, 4)).toEqual(['zuò', 'huó', 'chéng', 'xiāng']);
    await controller.setScript('original');
    expect(h1.textContent).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    await controller.setScript('tw');
    await controller.setPinyin(false);
    expect(h1.textContent).toBe('做活城鄉融合“大文章” 下好區域協調“一盤棋”');
    expect(document.body.querySelector('[data-dubao]')).toBeNull();
    await controller.setScript('original');
    expectOriginal();
    controller.dispose();
  });

  it('dispose gives everything back at once, whatever is on', async () => {
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.setScript('twp');
    controller.dispose();
    expectOriginal();
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.head.querySelector('style[data-dubao]')).toBeNull();
  });
});
