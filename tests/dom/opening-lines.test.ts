/**
 * The hand-off on a page that keeps its article as lines broken by <br> in one block, its <p>s holding a byline
 * only (as thepaper.cn and Apple Daily print articles): the opening reads those lines (opening-text.ts), so a round
 * told in prose there reaches the engine's parse, and the product finds it. Before, the opening read the <p>s only
 * and handed off the headline and the byline. Page and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectAndAnalyze } from '@/lib/understand';
import { handOff } from '@/lib/understand/analyze-page';
import { checkPage } from '@/lib/understand/detect';
import { judgeOpening } from '@/lib/understand/judge-opening';
import { readOpeningText } from '@/lib/understand/opening-text';

function page(title: string, body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, 'text/html') as unknown as Document;
}

const HEADLINE = '老街改造后的新变化';
const BYLINE = '本报记者 林晓';
// A round told in prose: four named people, each with a role and words of their own, no label, no colon.
const LINES = [
  '本月起，城南老街完成改造，沿街店铺陆续重新开张。',
  '街道办事处主任赵建国介绍，“这次改造保留了老街原有的青石板路，同时更换了地下的排水管道，雨天不再积水。”',
  '在老街经营茶叶店二十多年的店主孙玉梅告诉记者，“以前一下雨门口就是水坑，客人都不愿意进来，现在生意比去年好了不少。”',
  '市规划设计院工程师郑晓东认为，“老街改造不能只看外观，更要让居民住得舒服，下一步还要增加公共座椅和照明。”',
  '每天傍晚来散步的退休教师周桂兰说，“路平了，灯亮了，晚上出来走走心里踏实。”',
];
const NAV = '<div class="nav"><a href="/">首页</a> <a href="/city">城市</a> <a href="/photo">图片</a></div>';
const roundPage = () =>
  page(`${HEADLINE} - 示例晚报`, `${NAV}<div class="article"><h1>${HEADLINE}</h1><p>${BYLINE}</p><div class="content">${LINES.join('<br>\n')}</div></div>`);

describe('readOpeningText on a page of <br> lines', () => {
  it('reads the headline, the <p>s, then each line of the <br>-broken block, whole', () => {
    expect(readOpeningText(roundPage())).toBe([HEADLINE, BYLINE, ...LINES].join('\n'));
  });

  it('the <p>s alone, all the opening read before, hold no round; with the lines the engine finds it', () => {
    expect(judgeOpening([HEADLINE, BYLINE].join('\n'))).toBe(false);
    expect(judgeOpening(readOpeningText(roundPage()))).toBe(true);
  });

  it('every step of the check refuses the page, the hand-off lets it through, and the product finds the four people', () => {
    const doc = roundPage();
    const check = checkPage(doc);
    expect(check).toMatchObject({ chinese: true, textCues: false, boldLabels: 0, looseLines: 0, framedLead: null, passes: false });
    expect(handOff(doc, check)).toMatchObject({ passes: true, opening: true });
    const found = detectAndAnalyze(roundPage());
    expect(found?.outline.detected).toBe(true);
    expect(found?.outline.topics.flatMap((t) => t.statements.map((s) => [s.speaker.name, s.speaker.role]))).toEqual([
      ['赵建国', '街道办事处主任'],
      ['孙玉梅', '在老街经营茶叶店二十多年的店主'],
      ['郑晓东', '市规划设计院工程师'],
      ['周桂兰', '退休教师'],
    ]);
  });

  it('reads a line with its inline markup, not its links or boxes; a line break in the source is a space', () => {
    const doc = page(
      '标题',
      '<div>市民<b>王小明</b>表示，<span>很满意</span>。<br><a href="/n/1">相关新闻链接文字</a>第二行的文字<br><div>框里的一段文字</div>第三行的文字<br>第四行的\n  文字在此</div>',
    );
    expect(readOpeningText(doc).split('\n')).toEqual(['标题', '市民王小明表示，很满意。', '第二行的文字', '第三行的文字', '第四行的 文字在此']);
  });

  it('reads a block once, whatever <br>s of other blocks come between its own', () => {
    const doc = page('标题', '<div>第一行的文字<br><span>另一个块的甲行<br>另一个块的乙行</span><br>最后一行的文字</div>');
    const lines = readOpeningText(doc).split('\n');
    expect(lines.filter((l) => l === '最后一行的文字')).toHaveLength(1);
    expect(lines.filter((l) => l === '第一行的文字')).toHaveLength(1);
  });

  it('where the <p>s hold a lead (200 characters or more) they alone are read, as before', () => {
    const lead = '本报讯 今年以来，我市持续推进老城区改造，已完成街巷整治四十余条，惠及居民两万余户，改造工程同步更新了供水、排水和燃气管网。'.repeat(4);
    const doc = page(HEADLINE, `<p>${lead}</p><div>${LINES.join('<br>')}</div>`);
    expect(readOpeningText(doc)).toBe(`${HEADLINE}\n${lead}`);
  });

  it('stops once the opening holds its characters', () => {
    const line = '这是一个用来测试长度的句子，内容没有实际意义，只用来占据篇幅。';
    const doc = page('标题', `<div>${Array.from({ length: 200 }, () => line).join('<br>')}</div>`);
    const read = readOpeningText(doc, 500).split('\n').slice(1).join('');
    expect(read.length).toBeGreaterThanOrEqual(500);
    expect(read.length).toBeLessThan(500 + line.length);
  });
});
