/**
 * The asks line on the habits of written Chinese that prescribe (必须 put to whoever a clause names, the inclusive we:
 *  我们应该…, 咱们要…; 有必要, 最好) and on those that only
 * look like a request: a must that is a noun phrase or a frame of speech, a wish everyone has, hope as a noun, a long wait,
 * a wish for oneself, the proposal as a noun. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: 必须 at the head of a clause', () => {
  it('reads 必须 put to whoever the clause names, not only at the start of a sentence', () => {
    expect(asksOf('从事社区服务的人员必须耐心细致，把居民的小事当大事。')).toEqual(['从事社区服务的人员必须耐心细致，把居民的小事当大事']);
  });

  it.each([
    // what must be faced, as a noun phrase announcing a list
    '小店今年必须面对的三大压力：房租的上涨、客流的减少、人工成本增加。',
    // a frame of speech
    '这件事必須坦白說，票價確實偏高。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });
});

describe('asks: the inclusive we of public speech', () => {
  it.each([
    ['我们应该把更多的公园向夜跑的人开放。', '我们应该把更多的公园向夜跑的人开放'],
    ['我們真的應該在擴建的同時保住老街的風貌。', '我們真的應該在擴建的同時保住老街的風貌'],
    ['咱们要把老手艺一代代传下去。', '咱们要把老手艺一代代传下去'],
    ['大家要和睦相处，互相帮衬着过日子。', '大家要和睦相处，互相帮衬着过日子'],
  ])('reads %s as a call on all who hear it', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });

  it('asks nothing of a way of looking at it', () => {
    expect(asksOf('我们应该从两个角度看这个问题。')).toEqual([]);
  });
});

describe('asks: 有必要 and 最好 as advice', () => {
  it.each([
    ['有必要在每栋楼设立一名安全巡查员。', '有必要在每栋楼设立一名安全巡查员'],
    ['外地游客最好提前一天预约门票。', '外地游客最好提前一天预约门票'],
  ])('reads %s', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });

  it.each([
    // no need
    '没有必要在每个路口都装摄像头。',
    // the best, an adjective
    '这是我吃过最好的一碗面。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });
});

describe('asks: 要 put bare to an institution or a public named at the head of a clause', () => {
  it.each([
    ['区政府要把背街小巷的路灯修好。', '区政府要把背街小巷的路灯修好'],
    ['价格要公道，分量要足。', '价格要公道，分量要足'],
    ['年轻人要多出去走走，见见世面。', '年轻人要多出去走走，见见世面'],
  ])('reads %s', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });

  it.each([
    // what they want or what happens, not what they must do
    '市民要了两份表格就走了。',
    '企业要花三年才能回本。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });
});

describe('asks: what only looks like a request', () => {
  it.each([
    // a wish everyone has
    '说实话谁都希望房价再降一些。',
    // hope as a noun
    '现在才去申请，希望也不大了。',
    // a long wait
    '这部电影我期待很久了，终于在周末看到。',
    // a wish for oneself
    '她渴望在设计行业实现自己的价值。',
    '希望多赚点钱，让父母住上新房。',
    // the proposal as a noun: "具体建议", "倡议提出以来"
    '会议鼓励志愿者踊跃提出具体建议，共同改善社区环境。',
    '“十年规划”倡议提出以来，沿线城市的货运量翻了一番。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });
});
