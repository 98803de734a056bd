/** What the pinyin transform shows: readings in context, names, tone styles, zhuyin, colours, both layers. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { disposeAll, readingsOf, setup, textNodes } from './helpers';

afterEach(() => {
  disposeAll();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

function rubies(root: ParentNode): Array<[string, string]> {
  return [...root.querySelectorAll('ruby[data-dubao]')].map((r, i) => [r.firstChild!.textContent!, readingsOf(root)[i]!]);
}

const outlineWith = (names: string[]): Outline =>
  ({
    detected: true,
    kind: 'roundtable',
    evidence: [],
    script: 'simplified',
    headline: null,
    deck: null,
    lead: null,
    topics: [{ title: null, statements: names.map((name) => ({ speaker: { name, role: null }, reporter: null, paragraphs: [], summary: { gist: null, points: [], figures: [], cites: [] } })) }],
    credits: [],
    captions: [],
  }) as Outline;

describe('pinyin readings in context, by words', () => {
  it.each([
    ['发展', [['发展', 'fāzhǎn']]],
    ['银行', [['银行', 'yínháng']]],
    ['行动', [['行动', 'xíngdòng']]],
    ['增长', [['增长', 'zēngzhǎng']]],
  ])('%s', async (text, expected) => {
    document.body.innerHTML = `<p>${text}</p>`;
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    expect(rubies(document.body)).toEqual(expected);
  });

  it('reads speaker names found by the understanding engine as names, only there', async () => {
    document.body.innerHTML = '<div id="f"><p>副主任渠德鹏:今年</p><p>乡长单小明说</p></div>';
    const root = document.getElementById('f')!;
    const { controller } = setup({ settings: { grouping: 'character' }, analysis: { root, outline: outlineWith(['渠德鹏', '单小明']) } });
    await controller.setPinyin(true);
    const shown = new Map(rubies(root));
    expect(shown.get('渠')).toBe('qú');
    expect(shown.get('单')).toBe('shàn');
  });

  it('reads reporters and credited people as names too (the same rule as the CLI)', async () => {
    document.body.innerHTML = '<div id="f"><p>记者单小明</p><p>责编曾红</p></div>';
    const root = document.getElementById('f')!;
    const outline: Outline = {
      ...outlineWith([]),
      topics: [{ title: null, statements: [{ speaker: { name: null, role: '市发改委' }, reporter: '单小明', paragraphs: [], summary: { gist: null, points: [], figures: [], cites: [] } }] }],
      credits: [{ role: '责编', names: ['曾红'] }],
    };
    const { controller } = setup({ settings: { grouping: 'character' }, analysis: { root, outline } });
    await controller.setPinyin(true);
    const shown = new Map(rubies(root));
    expect(shown.get('单')).toBe('shàn');
    expect(shown.get('曾')).toBe('zēng');
  });

  it('tone numbers, no tones, zhuyin, per character', async () => {
    document.body.innerHTML = '<p>发展</p>';
    const { controller, settings } = setup({ settings: { pinyinScope: 'page', grouping: 'character', toneStyle: 'numbers' } });
    await controller.setPinyin(true);
    expect(readingsOf(document.body)).toEqual(['fa1', 'zhan3']);
    await controller.applySettings({ ...settings, toneStyle: 'none' });
    expect(readingsOf(document.body)).toEqual(['fa', 'zhan']);
    await controller.applySettings({ ...settings, notation: 'zhuyin' });
    expect(readingsOf(document.body)).toEqual(['ㄈㄚ', 'ㄓㄢˇ']);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p>发展</p>');
  });

  it('tones as spoken or written: a change re-reads the page from the engine, and off restores it', async () => {
    document.body.innerHTML = '<p>一个不是</p>';
    const { controller, settings, source } = setup({ settings: { pinyinScope: 'page', grouping: 'character' } });
    await controller.setPinyin(true);
    expect(readingsOf(document.body)).toEqual(['yí', 'gè', 'bú', 'shì']);
    const readsBefore = source.calls.filter((c) => c.kind === 'read').length;
    await controller.applySettings({ ...settings, tonesAs: 'written' });
    expect(readingsOf(document.body)).toEqual(['yī', 'gè', 'bù', 'shì']);
    expect(source.calls.filter((c) => c.kind === 'read').length).toBeGreaterThan(readsBefore);
    await controller.applySettings({ ...settings, tonesAs: 'spoken' });
    expect(readingsOf(document.body)).toEqual(['yí', 'gè', 'bú', 'shì']);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe('<p>一个不是</p>');
  });

  it('tone colours: one element per syllable carrying its tone', async () => {
    document.body.innerHTML = '<p>发展银行</p>';
    const { controller } = setup({ settings: { pinyinScope: 'page', toneColors: true } });
    await controller.setPinyin(true);
    const tones = [...document.body.querySelectorAll('rt[data-dubao] > span[data-t]')].map((s) => s.getAttribute('data-t'));
    expect(tones).toEqual(['1', '3', '2', '2']);
    expect(document.head.querySelector('style[data-dubao]')!.textContent).toContain('span[data-t="3"]');
  });

  it('readings are not page text: copy and find see the Chinese only', async () => {
    document.body.innerHTML = '<p>经济发展,行动起来</p>';
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    expect(document.body.textContent).toBe('经济发展,行动起来');
    expect(document.head.querySelector('style[data-dubao]')!.textContent).toMatch(/rt\[data-dubao\]\{[^}]*user-select:none/);
  });
});

describe('both layers', () => {
  it('a rewritten phrase reads as what it became, also where the length changes', async () => {
    document.body.innerHTML = '<p>新的算法</p>';
    const { controller } = setup({ settings: { pinyinScope: 'page', grouping: 'character' } });
    await controller.setScript('twp');
    await controller.setPinyin(true);
    expect(document.body.textContent).toBe('新的演算法');
    const shown = rubies(document.body);
    expect(shown.map(([base]) => base).join('')).toBe('新的演算法');
    const byChar = new Map(shown);
    expect([byChar.get('演'), byChar.get('算'), byChar.get('法')]).toEqual(['yǎn', 'suàn', 'fǎ']);
    await controller.setPinyin(false);
    await controller.setScript('original');
    expect(document.body.innerHTML).toBe('<p>新的算法</p>');
  });

  it('character-form changes carry the reading of the original in its context (头发 → 頭髮 tóufa, 发展 → 發展 fāzhǎn)', async () => {
    document.body.innerHTML = '<p>我们的软件发展很快</p><p>她的头发</p>';
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setScript('twp');
    await controller.setPinyin(true);
    const shown = new Map(rubies(document.body));
    expect(shown.get('發展')).toBe('fāzhǎn');
    expect(shown.get('軟體')).toBe('ruǎntǐ');
    expect(shown.get('頭髮')).toMatch(/^tóuf[aà]$/);
    await controller.setScript('original');
    expect(new Map(rubies(document.body)).get('软件')).toBe('ruǎnjiàn');
  });

  it('asks the engines for each text once, however often the layers flip', async () => {
    document.body.innerHTML = '<p>经济发展</p><p>行动起来</p>';
    const nodes = textNodes(document.body);
    const { controller, source } = setup({ settings: { pinyinScope: 'page' } });
    for (let i = 0; i < 3; i++) {
      await controller.setPinyin(true);
      await controller.setPinyin(false);
    }
    expect(source.calls.filter((c) => c.kind === 'read').flatMap((c) => c.texts).sort()).toEqual(['经济发展', '行动起来']);
    textNodes(document.body).forEach((n, i) => expect(n).toBe(nodes[i]));
  });
});

describe('the markup of a ruby (each a clone of one template)', () => {
  it('every element ours and marked, the reading only in attributes; off gives the page back to the byte', async () => {
    const page = '<p>经济发展，A股<b>银行</b>行动</p><p>二〇二四年</p>';
    document.body.innerHTML = page;
    const { controller } = setup({ settings: { pinyinScope: 'page' } });
    await controller.setPinyin(true);
    const first = document.body.querySelector('ruby[data-dubao]')!;
    expect(first.outerHTML).toBe('<ruby data-dubao="">经济<rt data-dubao="" data-r="jīngjì"></rt></ruby>');
    const made = [...document.body.querySelectorAll('ruby, rt, rt *, dubao-text')];
    expect(made.length).toBeGreaterThan(10);
    expect(made.every((el) => el.hasAttribute('data-dubao'))).toBe(true);
    expect(document.body.textContent).toBe('经济发展，A股银行行动二〇二四年');
    // Every ruby its own rt (clones, never the template itself), which draws its reading with no child.
    const rubies = [...document.body.querySelectorAll('ruby[data-dubao]')];
    expect(rubies.every((ruby) => ruby.children.length === 1 && ruby.lastElementChild!.localName === 'rt' && ruby.lastElementChild!.childNodes.length === 0)).toBe(true);
    expect(document.body.querySelectorAll('rt[data-dubao]').length).toBe(rubies.length);
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(page);
  });

  it('tone colours: one marked span per syllable with its tone, the same way back', async () => {
    const page = '<p>发展银行</p>';
    document.body.innerHTML = page;
    const { controller } = setup({ settings: { pinyinScope: 'page', toneColors: true } });
    await controller.setPinyin(true);
    expect(document.body.querySelector('ruby[data-dubao]')!.outerHTML).toBe(
      '<ruby data-dubao="">发展<rt data-dubao=""><span data-dubao="" data-r="fā" data-t="1"></span><span data-dubao="" data-r="zhǎn" data-t="3"></span></rt></ruby>',
    );
    await controller.setPinyin(false);
    expect(document.body.innerHTML).toBe(page);
  });
});
