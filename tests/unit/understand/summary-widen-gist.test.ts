/** A gist that leans on the sentence before is shown with it: still one line, still verbatim. */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { widenGist } from '@/lib/understand/summary/widen-gist';
import { squash } from './support';

const widen = (lines: string[], gist: number) => widenGist(splitUnits(lines), gist, lines);

describe('widenGist', () => {
  it.each([
    // an opener that points back: 这样, 而且, 她还
    [['小区门口的路常年积水，下雨天根本走不了。这样下去迟早会出事。'], 1, '小区门口的路常年积水，下雨天根本走不了。这样下去迟早会出事。'],
    [['社区食堂的饭菜便宜又好吃。而且每天的菜单都不一样。'], 1, '社区食堂的饭菜便宜又好吃。而且每天的菜单都不一样。'],
    [['她支持发展中医药产业的措施。她还表明，创新科技对各行各业都有帮助。'], 1, '她支持发展中医药产业的措施。她还表明，创新科技对各行各业都有帮助。'],
    // a short sentence whose 那里 refers back
    [['工业区旁边的路天天堵车，还有垃圾站和污水厂。我觉得政府亏欠了那里的居民。'], 1, '工业区旁边的路天天堵车，还有垃圾站和污水厂。我觉得政府亏欠了那里的居民。'],
  ])('shows %j (gist %i) with the sentence before', (lines, gist, want) => {
    expect(widen(lines, gist)).toBe(want);
  });

  it.each([
    // stands alone: no opener pointing back, and long enough that a 他 inside is its own subject
    [['公交站离小区太远了。'], 0],
    [['去年社区换了新的物业公司。居民们普遍反映，他们来了以后垃圾清运及时多了，楼道也干净了不少。'], 1],
    // 这里, 这几年 name a place and a time, they point back to nothing
    [['以前这一带都是菜地。这几年盖起了很多新楼，配套也跟上了。'], 1],
    // the sentence before is in another paragraph, or a question (shown with its answer elsewhere)
    [['小区门口的路常年积水。', '这样下去迟早会出事。'], 1],
    [['路为什么老是积水？这要问施工单位。'], 1],
  ])('keeps %j (gist %i) alone', (lines, gist) => {
    const units = splitUnits(lines);
    expect(widenGist(units, gist, lines)).toBe(units[gist]!.shown);
  });

  it('keeps the gist alone when the two would not make one line', () => {
    const lines = [
      '老人们白天没人照顾，子女又都在外地上班，社区里这样的家庭越来越多，光靠几个志愿者根本忙不过来，街道和居委会已经想了很多办法，也向区里打了报告，但人手还是不够用。这样下去迟早会出事。',
    ];
    expect(widen(lines, 1)).toBe('这样下去迟早会出事。');
  });
});

describe('summarizeStatement with a widened gist', () => {
  it('does not repeat the sentence the gist took in as a point', () => {
    const s = summarizeStatement(['这个月楼下的路灯坏了三次，晚上出门要摸黑。物业说没有经费修。', '这次比赛我们准备了很久，每个人都拼到了最后。这场比赛虽然输了，但是大家都打出了自己的水平，教练也很满意。']);
    for (const point of s.points) expect(s.gist!.includes(point)).toBe(false);
    const body = squash(['这个月楼下的路灯坏了三次，晚上出门要摸黑。物业说没有经费修。', '这次比赛我们准备了很久，每个人都拼到了最后。这场比赛虽然输了，但是大家都打出了自己的水平，教练也很满意。'].join(''));
    expect(body.includes(squash(s.gist!))).toBe(true);
  });
});
