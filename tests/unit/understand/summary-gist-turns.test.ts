/**
 * Two habits behind poor gists the hand judges named on summaries-26 and -27 (issue 18): a run of areas opened by
 * "X方面，" and "至于Y，" (the closing area is one item, not the point), and a past or a hope the speaker turns from with
 * 可/但 + now ("那时…。可现在，…"), which is the present's foil. Each statement is written for these tests; each fails
 * without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const gistOf = (paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: the turns of summaries-26 and -27', () => {
  it.each([
    ['开好社区食堂，口味要紧，价格也要紧。', '口味方面，老人们普遍喜欢清淡软烂的菜，食堂请了附近的老师傅掌勺。', '至于价格，希望街道拿出一部分场地租金来补贴社区食堂，让老人吃得起。'],
    ['照看留守老人，一靠邻里，二靠志愿者。', '邻里方面，村里每五户结成一个小组，每天互相串门看看。', '至于志愿者，希望镇上能建立留守老人志愿服务队，定期上门帮老人理发、打扫、量血压。'],
  ])('a closing 至于-area is one item of the areas the opening names (%s)', (frame, ...rest) => {
    expect(gistOf([frame, ...rest])).toBe(frame);
  });

  it('the present turned to with 可现在 is the point, the happier past its foil', () => {
    const gist = gistOf(['我上初中那几年天天骑车去镇上，路虽然颠簸，我觉得上学挺方便。', '可现在，镇上的中学撤了，孩子们得坐一个多小时的车去县城。']);
    expect(gist).toBe('可现在，镇上的中学撤了，孩子们得坐一个多小时的车去县城。');
  });
});
