/**
 * The hand-off: a Chinese page every step of the cheap check refused has its opening read on the page
 * (opening-text.ts: text only, no parse) and decided where the engines run (judge-opening.ts); where that finds a
 * feature the page passes, and its own parse decides. Pages and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/understand';
import { handOff } from '@/lib/understand/analyze-page';
import { checkPage, detectFeature, withOpening, type PageCheck } from '@/lib/understand/detect';
import { judgeOpening } from '@/lib/understand/judge-opening';
import { OPENING_CHARS, readOpeningText } from '@/lib/understand/opening-text';
import { parseHtml } from '@/scripts/cli/input';
import { htmlDocument } from './support';

const page = (title: string, body: string) => parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`).document;

describe('readOpeningText', () => {
  it('reads the tab headline without the site name, then each paragraph’s first text node, one per line', () => {
    const doc = page('三位院士谈基础研究 - 示例科技报', '<p>王海明中国科学院院士</p><p>  基础研究是源头。  </p><p>好</p><p><strong>主持人：</strong>请谈谈。</p><p></p>');
    expect(readOpeningText(doc)).toBe('三位院士谈基础研究\n王海明中国科学院院士\n基础研究是源头。');
  });

  it('stops once the opening holds its characters', () => {
    const para = '这是一个用来测试长度的段落，内容没有实际意义，只用来占据篇幅。'.repeat(4);
    const doc = page('标题', Array.from({ length: 100 }, () => `<p>${para}</p>`).join(''));
    const lines = readOpeningText(doc, 1000).split('\n');
    expect(lines.slice(1).join('').length).toBeGreaterThanOrEqual(1000);
    expect(lines.slice(1).join('').length).toBeLessThan(1000 + para.length);
    expect(readOpeningText(doc).split('\n').slice(1).join('').length).toBeLessThan(OPENING_CHARS + para.length);
  });

  it('reads markup in the text as text, and leaves the page as it was', () => {
    const doc = page('标题', '<p>市民&lt;b&gt;张先生&lt;/b&gt;说：很好。</p>');
    const before = doc.documentElement.outerHTML;
    expect(readOpeningText(doc)).toBe('标题\n市民<b>张先生</b>说：很好。');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
  });

  it('a page without a body or a title gives what it has', () => {
    expect(readOpeningText(page('', ''))).toBe('');
  });
});

describe('judgeOpening', () => {
  it.each<[string, unknown, boolean]>([
    ['name-and-title lines over each one’s words', ['院士谈基础研究', '王海明中国科学院院士、某大学教授', '基础研究是科技创新的源头，我们迫切需要在西部布局建设一批基础科学中心。', '刘建华中国工程院院士、某研究院院长', '西部地区有从事基础研究的良好氛围，科研人员容易沉下心来搞基础研究。'].join('\n'), true],
    ['a single reporter’s story with one official quoted', ['本市新增公交线路三条', '本报讯 记者从市交通局获悉，本月起本市新增三条公交线路。', '市交通局副局长李明表示，新线路将覆盖城东新区的主要小区。', '据介绍，三条线路的首末班时间与现有线路一致。'].join('\n'), false],
    ['no text', '', false],
    ['not a string (a page may send anything)', { text: '王海明：你好。' }, false],
    ['a number', 42, false],
  ])('%s → %s', (_, text, want) => {
    expect(judgeOpening(text)).toBe(want);
  });
});

describe('withOpening', () => {
  const refused: PageCheck = { chinese: true, textCues: false, boldLabels: 0, looseLines: 0, paragraphVoices: { reported: 0, lines: 0 }, framedLead: null, passes: false };
  it.each<[string, PageCheck, boolean, boolean, boolean | undefined]>([
    ['a refused Chinese page the opening holds a feature in passes', refused, true, true, true],
    ['a refused Chinese page the opening does not hold one stays refused', refused, false, false, false],
    ['a page that is not Chinese is never passed', { ...refused, chinese: false }, true, false, false],
    ['a page the check passed keeps its check', { ...refused, textCues: true, passes: true }, false, true, undefined],
  ])('%s', (_, check, taken, passes, opening) => {
    const next = withOpening(check, taken);
    expect(next.passes).toBe(passes);
    expect(next.opening).toBe(opening);
    expect(check.opening).toBeUndefined(); // the check given is not changed
  });
});

describe('the hand-off on whole pages', () => {
  it('a round the check cannot see is found: the opening takes it, the page’s own parse reads three people', () => {
    const doc = htmlDocument('understand/handoff-title-lines.html');
    const check = checkPage(doc);
    expect(check.passes).toBe(false);
    const handed = handOff(doc, check);
    expect(handed).toMatchObject({ passes: true, opening: true });
    const analysis = analyzePage(doc);
    expect(analysis?.outline.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['王海明', '中国科学院院士、某大学教授'],
      ['刘建华', '中国工程院院士、某研究院院长'],
      ['陈立新', '中国科学院院士、某研究所所长'],
    ]);
    // the page's own detection (what the bench measures) asks no engine: without one it stays refused
    expect(detectFeature(doc)).toBe(false);
    expect(detectFeature(doc, judgeOpening)).toBe(true);
  });

  it.each(['understand/neg-headlines.html', 'understand/neg-release.html', 'pages/plain-news.html'])('a page with no voices stays refused (%s)', (path) => {
    const doc = htmlDocument(path);
    expect(handOff(doc, checkPage(doc))).toMatchObject({ passes: false, opening: false });
    expect(analyzePage(doc)).toBeNull();
  });

  it('a check that already has the opening’s answer is not asked again', () => {
    const doc = htmlDocument('understand/handoff-title-lines.html');
    const answered = { ...checkPage(doc), opening: false };
    expect(handOff(doc, answered)).toBe(answered);
  });
});
