/**
 * The asks line on what only looks like a request: a wish the speaker tells of other people, whose clause before names
 * them ("很多老人不愿麻烦子女，希望…"), and 要 in an explanation's moves ("要了解这个概念，…", "我们先要明确一个说法",
 * "我们要注意两个关系"); against the speaker's own wishes and requests put to someone. Sentences written for these
 * tests, in simplified and traditional script (the shapes of summaries-58).
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: a wish told of other people', () => {
  it.each([
    '现在很多老人不愿意麻烦子女，希望能够自己出去住。',
    '人到了六十岁的时候，反而希望能继续上班，不想闲下来。',
    '不少年輕人買不起樓，也希望能搬出去住。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });

  it.each([
    ['很多老人都跟我说过这件事。我希望政府能多建几个老年食堂。', '我希望政府能多建几个老年食堂'],
    ['很多老人希望社区能多开几个助餐点。', '很多老人希望社区能多开几个助餐点'],
    ['不少長者輪候多年，我們希望當局盡快增加宿位。', '我們希望當局盡快增加宿位'],
  ])('keeps the request in %s', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });
});

describe("asks: 要 as an explanation's move", () => {
  it.each([
    '要了解这个概念，我们先要明确一个说法，老龄化不等于社会老化。',
    '我们要注意两个关系，一个是年轻人和老人，一个是家庭和社会。',
    '要理解這項政策，先要分清兩個概念。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });

  it.each([
    ['政府要注意保护老人的权益，不能一退了之。', '政府要注意保护老人的权益，不能一退了之'],
  ])('keeps the request in %s', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });
});
