/** What one node wants of the modes: pinyin only in scope and near; script everywhere. */
import { afterEach, describe, expect, it } from 'vitest';
import { anyLayerOn, scanRoots, wantOf, type LayerModes, type PinyinMode } from '@/entrypoints/dubao.content/layers/layer-modes';

afterEach(() => {
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = '<article><p>银行</p></article><aside><p>发展</p></aside>';
  const [inside, outside] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  return { article: document.querySelector('article')!, inside: inside!, outside: outside! };
}

const mode = (roots: Node[] | null): PinyinMode => ({ format: { text: (r) => r, tone: () => 0, joiner: '', colors: false }, grouping: 'word', roots, names: [], key: 'k' });

describe('wantOf', () => {
  it.each([
    ['pinyin page-wide, no window', 'page', null, 'outside', true],
    ['pinyin in the article: text inside', 'article', null, 'inside', true],
    ['pinyin in the article: text outside', 'article', null, 'outside', false],
    ['a reading window: the block near', 'page', true, 'inside', true],
    ['a reading window: the block far', 'page', false, 'inside', false],
  ] as const)('%s', (_, scope, near, which, pinyin) => {
    const p = page();
    const modes: LayerModes = { pinyin: mode(scope === 'page' ? null : [p.article]), script: 'tw' };
    const want = wantOf(modes, p[which], near === null ? null : () => near);
    expect(want.pinyin !== null).toBe(pinyin);
    expect(want.script).toBe('tw');
  });

  it('pinyin off: nothing of the window is asked', () => {
    const p = page();
    const want = wantOf({ pinyin: null, script: null }, p.inside, () => {
      throw new Error('not asked');
    });
    expect(want).toEqual({ pinyin: null, script: null });
    expect(anyLayerOn(want)).toBe(false);
  });
});

describe('scanRoots: where a pass looks for text', () => {
  it.each([
    ['script: the whole page', false, 'tw', ['BODY']],
    ['page-wide pinyin: the whole page', 'page', null, ['BODY']],
    ['pinyin in the article alone: the article', 'article', null, ['ARTICLE']],
    ['pinyin in the article and script: the whole page', 'article', 'tw', ['BODY']],
    ['nothing on', false, null, []],
  ] as const)('%s', (_, pinyin, script, expected) => {
    const p = page();
    const modes: LayerModes = { pinyin: pinyin === false ? null : mode(pinyin === 'page' ? null : [p.article]), script };
    expect(scanRoots(modes, document).map((n) => (n as Element).tagName)).toEqual(expected);
  });
});
