/** The question a statement answers: what kind of answer it asks for, and the gist that gives it; closing formulas. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { isGoodWish } from '@/lib/understand/summary/cues';
import { answersKind, readQuestionKind } from '@/lib/understand/summary/question';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { squash } from './support';

describe('readQuestionKind', () => {
  it.each([
    ['满分十分，你给这份报告打几分？', 'score'],
    ['滿分十分，新政府可得幾分？', 'score'],
    ['你觉得哪些地方还需要改进？', 'request'],
    ['對新一屆政府有甚麼期望？', 'request'],
    ['回想起来，那次比赛留给你印象最深的是什么？', 'focus'],
    ['你为什么选择回乡创业？', 'reason'],
    ['你怎么看共享单车的乱停乱放？', 'view'],
    ['其他', null],
    ['社区食堂', null],
    [null, null],
  ] as const)('%s → %s', (question, kind) => {
    expect(readQuestionKind(question)).toBe(kind);
  });
});

describe('answersKind', () => {
  it.each([
    ['我给七十分，交通方面还差一点。', 'score', true],
    ['我會畀佢6分，不過不失。', 'score', true],
    ['勉强及格吧。', 'score', true],
    // the adverb 十分 'very' and a fraction are no score
    ['这件事十分重要，大家都要重视。', 'score', false],
    ['三分之一的家长都有同感。', 'score', false],
    ['等了二十分钟才上车。', 'score', false],
    ['印象最深的是考场外送水的志愿者。', 'focus', true],
    ['因为家里的老人需要人照顾。', 'reason', true],
    ['希望公交站多加几个座椅。', 'request', true],
    ['我覺得這個做法值得推廣。', 'view', true],
    ['今天天气很好，我们去公园走了走。', 'view', false],
  ] as const)('%s (%s) → %s', (text, kind, want) => {
    expect(answersKind(text, kind)).toBe(want);
  });

  it('is false when there is no question', () => {
    expect(answersKind('希望公交站多加几个座椅。', null)).toBe(false);
  });
});

describe('gist: the answer to the question asked', () => {
  it.each([
    // without the question the closing sentence is the gist; the question asks for what the first one gives
    ['我给八十分，扣分主要在住房方面。报告写得很扎实，看得出政府下了不少功夫。', '满分一百分，你给这份报告打几分？', '我给八十分，扣分主要在住房方面。'],
    ['因为家里的老人需要人照顾，我就回来了。现在村里的路修好了，种的果子也卖得出去。', '你为什么选择回乡创业？', '因为家里的老人需要人照顾，我就回来了。'],
  ])('%s (asked %s)', (text, question, answer) => {
    expect(summarizeStatement([text]).gist).not.toBe(answer);
    expect(summarizeStatement([text], { question }).gist).toBe(answer);
  });

  it('is the same with no question, or a topic title that asks nothing', () => {
    const text = '我给八十分，扣分主要在住房方面。报告写得很扎实，看得出政府下了不少功夫。';
    const plain = summarizeStatement([text]).gist;
    expect(summarizeStatement([text], { question: null }).gist).toBe(plain);
    expect(summarizeStatement([text], { question: '其他' }).gist).toBe(plain);
    expect(summarizeStatement([text], { question: '社区食堂' }).gist).toBe(plain);
  });
});

describe('isGoodWish: closing formulas', () => {
  it.each([
    ['期望新一年身體健康，萬事順利。', true],
    ['盼望孩子们都能健康快乐。', true],
    ['香港運動員、香港加油！', true],
    ['中国队加油', true],
    // a request with content, and 加油 that is fuel, are no formula
    ['期望今年加薪的幅度能追上通胀。', false],
    ['现在加油站排队的车太多了，要等半个钟头。', false],
    ['我们要给一线的医护人员加油打气，也要给他们加工资。', false],
  ])('%s → %s', (text, want) => {
    expect(isGoodWish(text)).toBe(want);
  });
});

describe('with a question, every piece is still verbatim', () => {
  const pool = [
    '我给八十分，扣分主要在住房方面。',
    '报告写得很扎实，看得出政府下了不少功夫。',
    '因为家里的老人需要人照顾，我就回来了。',
    '希望公交站多加几个座椅，老人等车太累。',
    '印象最深的是考场外那些送水的志愿者。',
    '現在村裡的路修好了，種的果子也賣得出去。',
    '我覺得這個做法值得推廣，街坊都說好。',
  ];
  const questions = ['你给这份报告打几分？', '你为什么回乡？', '哪里需要改进？', '印象最深的是什么？', '你怎么看？', '其他', ''];
  it('holds for any statement and question', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.constantFrom(...questions), (paras, question) => {
        const paragraphs = paras.map((p) => p.join(''));
        const s = summarizeStatement(paragraphs, { question });
        const body = squash(paragraphs.join(''));
        return s.gist !== null && [s.gist, ...s.points, ...s.figures, ...(s.asks ?? [])].every((piece) => body.includes(squash(piece)));
      }),
      { numRuns: 100, seed: 20261205 },
    );
  });
});

describe('dependent: what is shown leans on the sentence before', () => {
  const second = (sentence: string) => measureFeatures(splitUnits([`社区里新开了一家食堂，价格很实惠。${sentence}`]))[1]!.dependent;
  it.each([
    ['这让老人们不用再自己做饭了。', 1],
    ['這讓老人們不用再自己做飯了。', 1],
    ['而且每天的菜单都不一样。', 1],
    ['同时也解决了送餐员的就业。', 1],
    ['也有居民担心以后会涨价。', 1],
    ['它的菜品每周都会换一次。', 1],
    // a place or a time named with 这/那, or "其实", opens a sentence of its own
    ['这里的居民都说住得舒心。', 0],
    ['这几年社区的变化确实很大。', 0],
    ['那时候大家只能自己做饭。', 0],
    ['其实老人最需要的是有人陪。', 0],
    ['我觉得街道应该多办几家。', 0],
  ])('%s → %s', (sentence, want) => {
    expect(second(sentence)).toBe(want);
  });

  it('never marks the first sentence', () => {
    expect(measureFeatures(splitUnits(['这件事大家都很关心。食堂开在小区门口。']))[0]!.dependent).toBe(0);
  });
});
