/** Issue 18, cause 1: a line broken mid-sentence is one sentence, and the framing half of it is not the gist. */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { joinBrokenLines, splitUnits } from '@/lib/understand/summary/split-units';

describe('joinBrokenLines', () => {
  it.each([
    [['我有两点意见', '：一是电梯老化。'], ['我有两点意见：一是电梯老化。']],
    [['我有兩點意見：', '第一，電梯老化。'], ['我有兩點意見：第一，電梯老化。']],
    [['这条路早上堵得厉害，', '希望交警多派人手。'], ['这条路早上堵得厉害，希望交警多派人手。']],
    [['街坊都說', '最緊要係安全。', '其他可以慢慢來。'], ['街坊都說最緊要係安全。', '其他可以慢慢來。']],
    [['第一句说完了。', '第二句也说完了！'], ['第一句说完了。', '第二句也说完了！']],
    [['他说“先修路。”', '再说别的。'], ['他说“先修路。”', '再说别的。']],
    [['最重要是work', 'together。'], ['最重要是work together。']],
    [['最后一行没有句号'], ['最后一行没有句号']],
  ])('%j → %j', (lines, joined) => {
    expect(joinBrokenLines(lines)).toEqual(joined);
  });
});

describe('gist: a framing line broken from its list', () => {
  it.each([
    [
      ['我们小区住了十几年，大家一直很和睦。我有两点意见', '：一是电梯老化，经常停运；二是停车位太少，建议物业统一规划。'],
      '我有两点意见：一是电梯老化，经常停运；二是停车位太少，建议物业统一规划。',
    ],
    [
      ['這個街市開了三十年，街坊都很熟。我想講兩點', '：第一，冷氣太弱，夏天好熱；第二，通道太窄，希望政府盡快改善。'],
      '我想講兩點：第一，冷氣太弱，夏天好熱；第二，通道太窄，希望政府盡快改善。',
    ],
  ])('reads the framing half with its list, not alone: %j', (lines, gist) => {
    const s = summarizeStatement(lines);
    expect(s.gist).toBe(gist);
    expect(splitUnits(lines).map((u) => u.text)).not.toContain(lines[0]!.slice(lines[0]!.lastIndexOf('。') + 1));
  });

  it('still reads a long list one item at a time', () => {
    const units = splitUnits([
      '我有三点建议：一是把小区门口那段坑坑洼洼的路面重新铺一遍，下雨天老人出门很容易摔倒；二是在菜市场旁边增加一个公交站，方便居民买菜回家；三是晚上十点以后禁止大货车从居民区穿行，噪音实在太大了，很多上了年纪的老人整夜都睡不好觉。',
    ]);
    expect(units.length).toBeGreaterThan(2);
  });
});
