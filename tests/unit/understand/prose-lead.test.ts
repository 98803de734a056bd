/**
 * The lead of a round told in the reporter's prose is what comes before the first voice. The walk finds no label in
 * such a piece and had taken every paragraph for the lead, so the sidebar's lead repeated the people's own words
 * (seen on a vox pop's sidebar, twenty-fourth round). Text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';

const HEADLINE = '老街改造后的新变化';
const LEAD = '本月起，城南老街完成改造，沿街店铺陆续重新开张，不少街坊专程回来看看。';
const VOICES = [
  '街道办事处主任赵建国介绍，“这次改造保留了老街原有的青石板路，同时更换了地下的排水管道，雨天不再积水。”',
  '在老街经营茶叶店二十多年的店主孙玉梅告诉记者，“以前一下雨门口就是水坑，客人都不愿意进来，现在生意比去年好了不少。”',
  '市规划设计院工程师郑晓东认为，“老街改造不能只看外观，更要让居民住得舒服，下一步还要增加公共座椅和照明。”',
  '每天傍晚来散步的退休教师周桂兰说，“路平了，灯亮了，晚上出来走走心里踏实。”',
];

describe('the lead of a round told in prose', () => {
  it('is the paragraphs before the first voice, none of the voices’ words', () => {
    const outline = analyzeText([HEADLINE, LEAD, ...VOICES].join('\n'));
    expect(outline.detected).toBe(true);
    expect(outline.kind).toBe('voices');
    expect(outline.lead).toBe(LEAD);
  });
});
