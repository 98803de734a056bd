/**
 * The asks line on a proposal's steps and where a request ends: 建议中… as the verb, a numbered step with 要 ("三是要…"), and
 * "，即…" that says the request again. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: a proposal put as its steps', () => {
  it('reads 建议中… as the verb before whom or what it proposes, not the noun "in the proposal"', () => {
    expect(asksOf('她建议中小学增开书法课，每周至少安排一节。')).toEqual(['她建议中小学增开书法课，每周至少安排一节']);
  });

  it('reads a numbered step that opens on 要, its marker kept', () => {
    expect(asksOf('二是要简化小微企业的登记手续；三是要延长社区食堂的供餐时间。')).toEqual([
      '二是要简化小微企业的登记手续',
      '三是要延长社区食堂的供餐时间',
    ]);
  });

  it('stops where "，即…" says the request again in other words', () => {
    expect(asksOf('必须守住本市的水源保护红线，即不在上游新建化工项目。')).toEqual(['必须守住本市的水源保护红线']);
  });
});
