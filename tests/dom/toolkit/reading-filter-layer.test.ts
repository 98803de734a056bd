/**
 * "Pinyin only where the reader needs it" on the layer: known words and words under the reader's
 * level lose their readings (their text stays), a change applies without a reload, and switching
 * pinyin off still gives the page back exactly.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { createLayerController } from '@/entrypoints/dubao.content/layers/controller';
import { compileLevels, parseLevels } from '@/lib/levels/compile';
import { createReadingFilter, type ReadingFilter } from '@/lib/levels/reading-filter';
import { createLibSource } from '../layers/source';
import { seedBody, textNodes } from '../layers/helpers';

let original = '';
let nodes: Text[] = [];
const live: { dispose(): void }[] = [];

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.body.innerHTML = seedBody();
  original = document.body.innerHTML;
  nodes = textNodes(document.body);
});

afterEach(() => {
  for (const c of live.splice(0)) c.dispose();
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

/** The rubies' base texts (the words that carry readings) under a root. */
const rubyBases = (root: ParentNode): string[] => [...root.querySelectorAll('ruby[data-dubao]')].map((r) => r.firstChild?.textContent ?? '');

function start(filter: () => ReadingFilter | null, patch: Partial<Settings> = {}) {
  const settings: Settings = { ...DEFAULT_SETTINGS, pinyinScope: 'page', ...patch };
  const controller = createLayerController({
    document,
    engines: createLibSource(),
    getSettings: () => settings,
    getAnalysis: () => null,
    getReadingFilter: filter,
  });
  live.push(controller);
  return controller;
}

function expectOriginal(): void {
  expect(document.body.innerHTML).toBe(original);
  textNodes(document.body).forEach((node, i) => expect(node).toBe(nodes[i]));
}

// A small table of our own (the real one is built from chinese-lexicon at build time).
const LEVELS = parseLevels(compileLevels([['城乡', '发展'], ['区域'], [], ['融合']], () => []));

describe('the reading filter on the pinyin layer', () => {
  it('a known word loses its readings everywhere, at once; unknown again, they come back; off gives the page back', async () => {
    let known = new Set<string>();
    let version = 0;
    const controller = start(() => createReadingFilter({ level: 0, known, levels: LEVELS }, version));
    await controller.setPinyin(true);
    const h1 = document.querySelector('h1')!;
    expect(h1.textContent).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(rubyBases(document.body)).toContain('城乡');
    const before = rubyBases(document.body).filter((b) => b === '城乡').length;
    expect(before).toBeGreaterThan(3);

    known = new Set(['城乡']);
    version++;
    await controller.applySettings({ ...DEFAULT_SETTINGS, pinyinScope: 'page' });
    expect(rubyBases(document.body)).not.toContain('城乡');
    expect(rubyBases(h1)).toContain('融合');
    // The text is the page's, unchanged: only readings went.
    expect(h1.textContent).toBe('做活城乡融合“大文章” 下好区域协调“一盘棋”');
    expect(document.body.textContent).toBe(nodes.map((n) => n.data).join(''));

    known = new Set();
    version++;
    await controller.applySettings({ ...DEFAULT_SETTINGS, pinyinScope: 'page' });
    expect(rubyBases(document.body).filter((b) => b === '城乡').length).toBe(before);

    await controller.setPinyin(false);
    expectOriginal();
  });

  it('level N keeps readings only on words above it; words HSK does not list keep theirs', async () => {
    let level = 1;
    const controller = start(() => createReadingFilter({ level, known: new Set(), levels: LEVELS }, 0));
    await controller.setPinyin(true);
    const h1 = document.querySelector('h1')!;
    let bases = rubyBases(h1);
    expect(bases).not.toContain('城乡'); // level 1
    expect(bases).toContain('区域'); // level 2
    expect(bases).toContain('融合'); // level 4
    expect(bases).toContain('文章'); // not in our table: read
    level = 4;
    await controller.applySettings({ ...DEFAULT_SETTINGS, pinyinScope: 'page' });
    bases = rubyBases(h1);
    expect(bases).not.toContain('区域');
    expect(bases).not.toContain('融合');
    expect(bases).toContain('文章');
    await controller.setPinyin(false);
    expectOriginal();
  });

  it('with the script layer on too, hidden words stay converted and unread; both off gives the page back', async () => {
    const controller = start(() => createReadingFilter({ level: 0, known: new Set(['城乡', '城鄉']), levels: LEVELS }, 0));
    await controller.setScript('tw');
    await controller.setPinyin(true);
    const h1 = document.querySelector('h1')!;
    expect(h1.textContent).toContain('城鄉');
    expect(rubyBases(h1).some((b) => b.includes('城') || b.includes('鄉'))).toBe(false);
    await controller.setPinyin(false);
    await controller.setScript('original');
    expectOriginal();
  });
});
