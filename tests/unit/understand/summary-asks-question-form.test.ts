/**
 * A request put as a question without its question mark: the speaker's view put as one ("我觉得是否可以…") or help asked
 * of someone ("能不能帮我们…"), as speakers say them in a street interview (summaries-57: three requests the asks line
 * missed). A question of whether something works, or one the speaker asks themself, stays none. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: a request put as a question, no question mark', () => {
  it.each([
    ['我觉得是否可以把晚高峰的公交班次加密一些', '公交站的人太多了，车子一来根本挤不上去。我觉得是否可以把晚高峰的公交班次加密一些。'],
    ['我認為是否可以延長地鐵的末班車時間', '很多人加班到十一點才下班。我認為是否可以延長地鐵的末班車時間。'],
    ['你们能不能帮我们反映一下停车收费的问题', '小区门口的停车费一年涨了两次，大家意见都很大。你们能不能帮我们反映一下停车收费的问题。'],
  ])('takes "%s"', (ask, text) => {
    expect(asksOf(text)).toContain(ask);
  });

  it.each([
    ['a question of whether a measure works', '这样的限行办法能不能真正缓解拥堵，现在还很难说。'],
    ['the speaker asking themself', '我每天都在想，我能不能早一点下班回家陪孩子。'],
  ])('asks nothing in %s', (_, text) => {
    expect(asksOf(text)).toEqual([]);
  });
});
