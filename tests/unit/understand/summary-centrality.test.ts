/** Character-bigram centrality, the position and answer features, and what the cross-validated fit changed. */
import { describe, expect, it } from 'vitest';
import { listCharBigrams, measureBigramCentrality } from '@/lib/understand/summary/measure-centrality';
import { isGoodWish, isReporterFrame } from '@/lib/understand/summary/cues';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { summarizeStatement } from '@/lib/understand/summarize';

describe('listCharBigrams', () => {
  it.each([
    ['老城改造。', ['老城', '城改', '改造']],
    ['「老城」改造！', ['老城', '城改', '改造']],
    ['用APP', ['用a', 'ap', 'pp']],
    ['好', []],
    ['', []],
  ])('%s → %j', (text, bigrams) => {
    expect(listCharBigrams(text)).toEqual(bigrams);
  });
});

describe('measureBigramCentrality', () => {
  it('ranks the sentence whose character pairs the rest of the statement repeats highest', () => {
    const rank = measureBigramCentrality([
      '老城改造要先听居民的意见。',
      '去年老城改造拆了不少老房子，居民的意见很大。',
      '今天天气不错。',
    ]);
    expect(rank.indexOf(Math.max(...rank))).not.toBe(2);
    expect(rank[2]).toBe(0);
    expect(rank[0]).toBeGreaterThan(0);
  });

  it('counts words the segmenter may not know (Cantonese, names) and both scripts alike', () => {
    const rank = measureBigramCentrality(['啲街坊好擔心。', '街坊擔心租金再加。', '我哋都唔知點算。']);
    expect(rank[0]).toBeGreaterThan(rank[2]!);
    expect(rank[1]).toBeGreaterThan(rank[2]!);
  });

  it.each([
    [[]],
    [['只有一句。']],
    [['两句话一样。', '两句话一样。']],
  ])('is 0 for fewer than three sentences: %j', (texts) => {
    expect(measureBigramCentrality(texts)).toEqual(texts.map(() => 0));
  });

  it('is 0 for a sentence of punctuation only or one that shares nothing', () => {
    expect(measureBigramCentrality(['……', '甲乙丙丁。', '戊己庚辛。'])).toEqual([0, 0, 0]);
  });
});

describe('gist features', () => {
  it('position runs from 0 at the first unit to 1 at the last', () => {
    const f = measureFeatures(splitUnits(['第一句先说背景情况。第二句讲讲具体问题。第三句说出自己的看法。']));
    expect(f.map((x) => x.position)).toEqual([0, 0.5, 1]);
  });

  it.each([
    // a short answer is shown with its question: the pair says the point
    ['小区的停车位到底归谁管呢？物业责无旁贷！业主也要自觉按位停车。', 1, { answers: 0, answersShort: 1 }],
    // a long sentence after a question is the next step of the argument: not the short answer
    [
      '这个规定合理吗？我们先看看周边几个城市是怎么做的，它们大多把收费时间放在晚上十点以后，白天基本不收。',
      1,
      { answers: 1, answersShort: 0 },
    ],
  ])('%s: unit %i reads as %j', (text, i, want) => {
    const f = measureFeatures(splitUnits([text]))[i]!;
    expect({ answers: f.answers, answersShort: f.answersShort }).toEqual(want);
  });

  it('takes a short answer with its question as the gist over a weaker closing line', () => {
    expect(summarizeStatement(['小区的停车位到底归谁管呢？物业责无旁贷！业主也要自觉按位停车。']).gist).toBe(
      '小区的停车位到底归谁管呢？物业责无旁贷！',
    );
  });

  it('does not take the step of an argument that follows a question over the speaker’s own view', () => {
    const text =
      '这些老房子为什么一定要拆掉重建呢？开发商给出的理由是楼龄太长，结构老化，维修成本一年比一年高。我认为老房子完全可以加固改造，保留街区原来的样子比推倒重来更有价值。附近不少居民也都是这么想的。';
    expect(summarizeStatement([text]).gist).toBe('我认为老房子完全可以加固改造，保留街区原来的样子比推倒重来更有价值。');
  });

  it.each([
    ['就好比一场考试，有人提前拿到了答案，其他人再努力也追不上。', 1],
    ['打個比方，這就像排隊買票，總有人插隊。', 1],
    ['好比说，我们先把路修好。', 1],
    ['这好比是一次考验。', 0],
  ])('an analogy supports the point, it is not the point: %s → example %i', (sentence, example) => {
    expect(measureFeatures(splitUnits([sentence]))[0]!.example).toBe(example);
  });

  it('takes the speaker’s view over the analogy that closes the statement', () => {
    const gist = summarizeStatement(['这几年大家都在讨论学区房。我觉得根子在教育资源分布不均，家长只好花高价买房。就好比一场考试，有人提前拿到了答案，其他人再努力也追不上。']).gist;
    expect(gist).toBe('我觉得根子在教育资源分布不均，家长只好花高价买房。');
  });

  it.each([
    ['刘先生表示，限行的时间太长了。', true],
    ['李慧琼又指，议员会继续跟进。', true],
    ['他批評政府沒有提供足夠的資訊。', true],
    ['候任議員陳小明則認為，市民想多了解議會。', true],
    ['我认为，限行的时间太长了。', false],
    ['我們都覺得，政府要多聽意見。', false],
    ['政府应该多听听市民的意见。', false],
    ['限行一个冬季，对我来说就会造成出行不便。', false],
  ])('the reporter’s paraphrase: %s → %s', (sentence, want) => {
    expect(isReporterFrame(sentence)).toBe(want);
  });

  it.each([
    ['为了支持我们的观众，我们也应该有更好的表现。', true],
    ['我們會繼續努力，爭取下一場贏回來。', true],
    ['大家再接再厉！', true],
    ['政府应该把更好的表现作为考核标准。', false],
    ['这支球队今年的表现比去年好很多。', false],
  ])('a stock resolve closes, like a good wish: %s → %s', (sentence, want) => {
    expect(isGoodWish(sentence)).toBe(want);
  });

  it.each([
    ['希望有关部门重视一下这件事。', true],
    ['希望新一屆政府做得好啲，唔好再拖。', true],
    ['盼望下任局長做得更好。', true],
    ['我非常高兴，同时也拭目以待。', true],
    ['希望有关部门在路口增设红绿灯，保障学生安全。', false],
    ['希望政府把公屋輪候時間縮短到三年。', false],
    ['我很高兴看到老旧小区终于装上了电梯。', false],
  ])('an empty request or a bare feeling is not the point: %s → %s', (sentence, want) => {
    expect(isGoodWish(sentence)).toBe(want);
  });

  it('takes what is wrong over a request that only points back to it', () => {
    const gist = summarizeStatement(['小区门口的路边停满了车，孩子上学只能走到马路中间，非常危险。希望有关部门重视一下这件事。']).gist;
    expect(gist).toBe('小区门口的路边停满了车，孩子上学只能走到马路中间，非常危险。');
  });

  it('takes what the speaker says of the match over the stock resolve that closes it', () => {
    const gist = summarizeStatement(['今天我们创造了不少机会，可惜最后没能把握住，输掉了比赛。为了支持我们的观众，我们也应该有更好的表现。']).gist;
    expect(gist).toBe('今天我们创造了不少机会，可惜最后没能把握住，输掉了比赛。');
  });

  it.each([
    ['我觉得这份杂志办得认真、', 1],
    ['我觉得这份杂志办得认真、大气。', 0],
  ])('a sentence cut off mid-list is unfinished: %s → %i', (sentence, want) => {
    expect(measureFeatures(splitUnits([sentence]))[0]!.unfinished).toBe(want);
  });

  it('does not take a sentence the page cut off mid-list', () => {
    const gist = summarizeStatement(['我觉得这份杂志的国际新闻写得客观公正，拉近了读者和编辑的距离。', '它还办了好几期有奖竞猜……我觉得这份杂志办得认真、']).gist;
    expect(gist).toBe('我觉得这份杂志的国际新闻写得客观公正，拉近了读者和编辑的距离。');
  });
});
