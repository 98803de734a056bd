/** The page's own changes win, and places DuBao must never touch stay untouched. */
import { afterEach, describe, expect, it } from 'vitest';
import { readingsOf, setup, textNodes, disposeAll } from './helpers';

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  document.documentElement.setAttribute('lang', 'zh-CN');
});

function load(html: string): { original: string; nodes: Text[] } {
  document.body.innerHTML = html;
  return { original: document.body.innerHTML, nodes: textNodes(document.body) };
}

describe('page edits while layers are on', () => {
  it('script: the page rewrites a converted node; off keeps the page text, converted while on', async () => {
    const { nodes } = load('<p id="a">经济发展</p><p id="b">银行</p>');
    const { controller } = setup();
    await controller.setScript('tw');
    expect(nodes[0]!.data).toBe('經濟發展');
    nodes[0]!.data = '乡村振兴'; // the page's own update through its node reference
    await controller.idle();
    expect(nodes[0]!.data).toBe('鄉村振興'); // still under the layer
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe('<p id="a">乡村振兴</p><p id="b">银行</p>');
    expect(textNodes(document.body)[0]).toBe(nodes[0]);
    controller.dispose();
  });

  it('pinyin: the page edits its (detached) node by reference; the new text is shown and kept', async () => {
    const { nodes } = load('<p id="a">经济发展</p>');
    const { controller } = setup({ settings: { pinyinScope: 'page', grouping: 'character' } });
    await controller.setPinyin(true);
    expect(nodes[0]!.isConnected).toBe(false);
    nodes[0]!.data = '银行行长';
    await controller.idle();
    expect(document.getElementById('a')!.textContent).toBe('银行行长');
    expect(readingsOf(document.getElementById('a')!)).toEqual(['yín', 'háng', 'háng', 'zhǎng']);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p id="a">银行行长</p>');
    expect(document.getElementById('a')!.firstChild).toBe(nodes[0]);
    controller.dispose();
  });

  it('pinyin: the page moves its (detached) node elsewhere and then clears it; off does not bring it back', async () => {
    // Found by the fast-check property: the page keeps a reference to its text node, inserts it
    // in another element and empties that element, all before our observer runs.
    const { nodes } = load('<div id="a"><p id="b"></p>发展</div>');
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    expect(nodes[0]!.isConnected).toBe(false);
    document.getElementById('b')!.appendChild(nodes[0]!);
    document.getElementById('b')!.textContent = '';
    await controller.idle();
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<div id="a"><p id="b"></p></div>');
    controller.dispose();
  });

  it('both on: the page replaces an element\'s text; the edit survives both layers going off', async () => {
    load('<p id="a">经济发展</p><p id="b">增长</p>');
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.setScript('tw');
    document.getElementById('a')!.textContent = '页面自己的新文字';
    await controller.idle();
    expect(document.getElementById('a')!.textContent).toBe('頁面自己的新文字');
    expect(document.getElementById('a')!.querySelector('ruby[data-dubao]')).not.toBeNull();
    await controller.setScript('original');
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p id="a">页面自己的新文字</p><p id="b">增长</p>');
    controller.dispose();
  });

  it('nodes the page adds get the layers, and leave with them', async () => {
    const { original } = load('<div id="list"><p>第一条新闻</p></div>');
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.setScript('hk');
    const added = document.createElement('p');
    added.textContent = '后来加载的发展新闻';
    document.getElementById('list')!.appendChild(added);
    await controller.idle();
    expect(added.querySelector('ruby[data-dubao]')).not.toBeNull();
    expect(added.textContent).toBe('後來加載的發展新聞');
    await controller.setPinyin(false);
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe(original.replace('</div>', '<p>后来加载的发展新闻</p></div>'));
    controller.dispose();
  });

  it('the page removes annotated content: nothing comes back on undo', async () => {
    load('<p id="a">经济</p><p id="b">发展</p>');
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    document.getElementById('a')!.remove();
    await controller.idle();
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p id="b">发展</p>');
    controller.dispose();
  });

  it('the page changes its lang while converted: the page lang stays', async () => {
    load('<p>发展</p>');
    const { controller } = setup();
    await controller.setScript('tw');
    document.documentElement.setAttribute('lang', 'zh-TW');
    await controller.setScript('original');
    expect(document.documentElement.getAttribute('lang')).toBe('zh-TW');
    controller.dispose();
  });
});

describe('never touched', () => {
  const UNTOUCHABLE = [
    '<textarea id="t">发展经济</textarea>',
    '<input id="i" value="发展经济">',
    '<select><option>发展经济</option></select>',
    '<div contenteditable="true"><p>发展经济</p></div>',
    '<div contenteditable="false">发展经济</div>',
    '<script>var s = "发展经济";</script>',
    '<style>.x::before { content: "发展经济"; }</style>',
    '<noscript>发展经济</noscript>',
    '<code>发展经济</code>',
    '<pre>发展经济</pre>',
    '<svg><text>发展经济</text></svg>',
    '<ruby>发展<rt>fāzhǎn</rt></ruby>',
    '<dubao-ui>发展经济</dubao-ui>',
    '<div data-dubao="ui"><span>发展经济</span></div>',
    '<p lang="ja">日本の経済発展</p>',
    '<p lang="ja-JP"><span>東京</span>の経済</p>',
    '<p lang="ko">經濟發展 (경제 발전)</p>',
    '<p lang="vi">經濟發展</p>',
    '<div lang="en-GB"><p>BBC 中文网</p></div>',
  ];

  it.each(UNTOUCHABLE)('%s', async (html) => {
    const { original, nodes } = load(`<p>发展</p>${html}`);
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.setScript('tw');
    // The paragraph before it is annotated and converted: the layers did run.
    expect(document.body.firstElementChild!.querySelector('ruby[data-dubao]')?.firstChild?.textContent).toBe('發展');
    const rest = [...document.body.children].slice(1);
    for (const el of rest) {
      expect(el.querySelector('[data-dubao]:not(dubao-ui [data-dubao]):not([data-dubao="ui"])')).toBeNull();
      expect(el.outerHTML).toBe(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.firstElementChild!.outerHTML);
    }
    expect((document.getElementById('i') as HTMLInputElement | null)?.value ?? '发展经济').toBe('发展经济');
    await controller.setScript('original');
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(original);
    textNodes(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
    controller.dispose();
  });

  it('text marked Chinese, or with an empty lang, gets readings; a template lang="en" on <body> is not heeded', async () => {
    const { original } = load('<p lang="zh-Hans">发展</p><p lang="cmn-Hans">经济</p><p lang="">行动</p><p lang="und">银行</p><p lang="en">中国</p>');
    document.body.setAttribute('lang', 'en');
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    expect(readingsOf(document.body)).toEqual(['fāzhǎn', 'jīngjì', 'xíngdòng', 'yínháng']);
    await controller.setPinyin(false);
    document.body.removeAttribute('lang');
    expect(document.body.innerHTML).toBe(original);
    controller.dispose();
  });

  it('a Japanese page gets neither layer', async () => {
    document.documentElement.setAttribute('lang', 'ja');
    const { original } = load('<p>日本の経済発展について</p>');
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    await controller.setScript('tw');
    expect(controller.state()).toEqual({ pinyin: false, script: 'original' });
    expect(document.body.innerHTML).toBe(original);
    expect(document.documentElement.getAttribute('lang')).toBe('ja');
    controller.dispose();
  });
});
