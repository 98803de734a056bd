/**
 * Where the point is, by what a sentence does rather than where it stands: a claim the next sentence
 * supports, the speaker singling something out, the reporter's account of a speaker quoted in their own
 * words, a stance said without 我. Every row has a counter-example where the cue must not fire.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasFocus, hasStance, isNarration, isPreamble, isReporterFrame, opensWithSupport } from '@/lib/understand/summary/cues';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;
const featuresOf = (...paragraphs: string[]) => measureFeatures(splitUnits(paragraphs));

describe('cues: what a sentence does', () => {
  it.each([
    ['因为早上六点就要出门，孩子根本睡不够。', true],
    ['毕竟老小区的水管都用了二十多年。', true],
    ['比如上周三，公交车晚了四十分钟。', true],
    ['像我们楼下那家店，一到晚上就排长队。', true],
    ['当时我们整个班只有三个人考上。', true],
    ['他认为，毕竟这条路是大家的。', true],
    ['因此我们决定自己买菜做饭。', false],
    ['像素太低的照片打印出来很模糊。', false],
    ['我觉得这个政策出得很及时。', false],
  ])('opensWithSupport(%s) = %s', (text, expected) => {
    expect(opensWithSupport(text)).toBe(expected);
  });

  it.each([
    ['印象最深的是去年取消了学杂费。', true],
    ['我印象比较深的是排队排了三个小时。', true],
    ['最让我担心的还是孩子的安全。', true],
    ['这次比赛留给我的印象是节奏太快。', true],
    ['这是全市最大的菜市场。', false],
    ['我最近比较忙，没怎么关注。', false],
  ])('hasFocus(%s) = %s', (text, expected) => {
    expect(hasFocus(text)).toBe(expected);
  });

  it.each([
    ['感觉现在的孩子比我们那时候辛苦多了。', true],
    ['看得出来，这次整治是下了决心的。', true],
    ['我今天送孩子来考试，感觉考场安排得很周到。', true],
    ['有的人总是看不惯，觉得别人都应该跟他一样。', false],
    ['他们觉得这样不公平。', false],
  ])('hasStance(%s) = %s', (text, expected) => {
    expect(hasStance(text)).toBe(expected);
  });

  it.each([
    ['12日，来自师范大学的研究生王晓接受采访时说。', true],
    ['比赛期间，她在体育馆负责观众引导。', true],
    ['“我希望大家都能遵守秩序。”', false],
    ['我每天早上都去这个早市买菜。', false],
    ['王先生告诉记者，他每天都要排队两个小时。', false],
    ['这家店的包子又便宜又好吃。', false],
  ])('isNarration(%s) = %s', (text, expected) => {
    expect(isNarration(text)).toBe(expected);
  });

  it.each([
    ['大学二年级学生陈静在游泳馆担任观众引导员，认识了不少新朋友。', true],
    ['可以先引导，但不要一刀切。', false],
    ['政府应该尽快把这条路修好。', false],
    ['“菜价比上个月便宜了。”', false],
  ])('isNarration(%s) in a statement that quotes the speaker = %s', (text, expected) => {
    expect(isNarration(text, true)).toBe(expected);
    // without quotes to tell the speaker's words apart, only a third person or an attribution is narration
    expect(isNarration(text)).toBe(false);
  });

  it.each([
    ['王先生告诉记者，菜价比上个月涨了不少。', true],
    ['她告訴中外記者，家鄉的路修好了。', true],
    ['我告诉记者，菜价涨了。', false],
  ])('isReporterFrame(%s) = %s', (text, expected) => {
    expect(isReporterFrame(text)).toBe(expected);
  });

  it.each([
    ['我们知道，教育是一个长期的过程。', true],
    ['众所周知，这里的交通一直很拥堵。', true],
    ['首先谈谈我对这个问题的理解。', true],
    ['我们不知道该去哪里办手续。', false],
  ])('isPreamble(%s) = %s', (text, expected) => {
    expect(isPreamble(text)).toBe(expected);
  });
});

describe('gist: the claim that the rest supports', () => {
  it.each([
    ['这个早市比以前规范多了，买菜也方便。', '因为摊位都划了线，车也能正常通过。'],
    ['高考那几天是我这辈子最难熬的一段日子。', '当时家里没有空调，晚上热得睡不着。'],
    ['高考的压力一年比一年大。', '比如我表妹，每天晚上学到十二点。'],
  ])('takes the claim over the reason, example or story after it: %s', (claim, support) => {
    expect(gistOf(claim + support)).toBe(claim);
  });

  it('takes the reason after a bare answer: alone the answer says too little', () => {
    expect(gistOf('完全不会涨价。', '因为今年的收成比去年好了两成，库存也足够。')).toBe('因为今年的收成比去年好了两成，库存也足够。');
  });

  it('still takes a closing conclusion when the first sentence is the story', () => {
    expect(gistOf('当时我们家门口的路一下雨就淹。这几年修了排水管，所以现在下大雨也不怕了。')).toBe('这几年修了排水管，所以现在下大雨也不怕了。');
  });

  it('takes what the speaker singles out over what follows it', () => {
    expect(gistOf('印象最深的是公交车换成了电动的。坐着比以前安静多了。')).toBe('印象最深的是公交车换成了电动的。');
    // without the cue the closing line keeps its weight
    expect(gistOf('公交车换成了电动的。坐着比以前安静多了，站台也干净了不少。')).toBe('坐着比以前安静多了，站台也干净了不少。');
  });
});

describe('gist: the speaker quoted in their own words, not the reporter’s account of them', () => {
  it('takes the quote over the narration that follows it', () => {
    const s = featuresOf('“我希望通过这次服务，让更多人了解我们的城市。”', '12日，来自师范大学的研究生王晓接受采访时说。', '比赛期间，她在体育馆负责观众引导工作。');
    expect(s.map((f) => f.narration)).toEqual([0, 1, 1]);
    expect(gistOf('“我希望通过这次服务，让更多人了解我们的城市。”', '12日，来自师范大学的研究生王晓接受采访时说。', '比赛期间，她在体育馆负责观众引导工作。')).toBe(
      '“我希望通过这次服务，让更多人了解我们的城市。”',
    );
  });

  it('does not add the reporter’s account of the speaker as a point, figure or not', () => {
    const s = summarizeStatement(['“现在的早市比以前规范多了，买菜也不用跟汽车抢路。”今年68岁的赵阿姨每天早上都来这里买菜。']);
    expect(s.gist).toBe('“现在的早市比以前规范多了，买菜也不用跟汽车抢路。”');
    expect(s.points).toEqual([]);
  });

  it('does not take a quoted term at a sentence’s head for the speaker’s quoted words', () => {
    const s = featuresOf('“智慧社区”的说法并不新鲜，很多地方早就在做了。', '到了我们这里，这个词却被包装成了一个收费项目，这才是问题所在。');
    expect(s.map((f) => f.narration)).toEqual([0, 0]);
  });

  it('does not treat a speaker’s own third person as narration when nothing is quoted', () => {
    const s = featuresOf('她那场比赛一开始就落后了。', '非常激动，她能反败为胜，真的太厉害了。');
    expect(s.map((f) => f.narration)).toEqual([0, 0]);
  });
});
