/**
 * Eligibility with a memo of ancestors (the orchestrator's, within one task) answers exactly as the
 * walk without it, in whatever order the nodes are asked about.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isEligibleText } from '@/entrypoints/dubao.content/layers/dom-scan';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('lang');
});

function buildPage(): Text[] {
  document.body.innerHTML = `
    <article><p>记者<b>张三</b>报道</p><p lang="ja">日本語の文章</p>
      <div contenteditable="true"><p>可以编辑的中文</p></div>
      <section><p>科技创新<i>推动</i>发展</p><pre><code>代码里的汉字</code></pre></section>
      <p lang="en">English with 中文 inside</p><p lang="zh-Hant">繁體中文段落</p>
      <dubao-text data-dubao="pinyin">我们的元素</dubao-text><textarea>输入框</textarea>
      <ruby>汉<rt>hàn</rt></ruby></article>`;
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) nodes.push(n as Text);
  return nodes;
}

describe('eligibility with a memo', () => {
  it('gives the same answers as the plain walk (table)', () => {
    const nodes = buildPage();
    const plain = nodes.map((n) => isEligibleText(n, 'zh-CN'));
    const memo = new Map<Element, boolean>();
    expect(nodes.map((n) => isEligibleText(n, 'zh-CN', memo))).toEqual(plain);
    // The page's own text is eligible; editable, code, other languages, ours, ruby are not.
    const eligible = nodes.filter((_, i) => plain[i]).map((n) => n.data);
    expect(eligible).toEqual(['记者', '张三', '报道', '科技创新', '推动', '发展', '繁體中文段落']);
  });

  it('on a Japanese page nothing is eligible, with or without the memo', () => {
    const nodes = buildPage();
    const memo = new Map<Element, boolean>();
    expect(nodes.some((n) => isEligibleText(n, 'ja', memo))).toBe(false);
  });

  it('in any order of asking (property)', () => {
    const nodes = buildPage();
    const plain = nodes.map((n) => isEligibleText(n, null));
    fc.assert(
      fc.property(fc.shuffledSubarray(nodes.map((_, i) => i), { minLength: 1 }), (order) => {
        const memo = new Map<Element, boolean>();
        for (const i of order) expect(isEligibleText(nodes[i]!, null, memo)).toBe(plain[i]);
      }),
    );
  });
});
