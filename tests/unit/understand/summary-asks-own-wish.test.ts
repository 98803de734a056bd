/**
 * The asks line on what only looks like a request put to someone: a wish for the speaker's own gain, its verb right after
 * 希望 (learn, find, reach a level, write or practise well, recruit, master, become), a hope of meeting again, and 请 as
 * hiring or inviting, or someone asking the speaker; against what others are asked to provide and the imperative 请.
 * Sentences written for these tests, in simplified and traditional script.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe("asks: a wish for the speaker's own gain", () => {
  it.each([
    // learn, find, master
    '希望了解这些老房子当年是怎么盖起来的。',
    '希望從中找到繼續畫下去的動力。',
    '希望從中學到一些與人相處的分寸。',
    '她希望可以掌握几门外语。',
    // reach a level, write or practise well
    '希望將來能達到專業演奏的水準。',
    '希望能练好毛笔字。',
    '希望能寫好每一個筆畫。',
    // recruit, become
    '我很希望能够招到肯吃苦的年轻徒弟。',
    '希望将来能成为一名兽医。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });

  it.each([
    // what others provide, no one named
    ['希望能增加夜间公交的班次。', '希望能增加夜间公交的班次'],
    ['希望能尽快解决小区门口的积水问题。', '希望能尽快解决小区门口的积水问题'],
    ['希望能夠出台扶持小農戶的補貼政策。', '希望能夠出台扶持小農戶的補貼政策'],
    // someone named to learn what the speaker asks them to
    ['希望政府能了解小商户的难处。', '希望政府能了解小商户的难处'],
  ])('reads %s as a request', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });

  it("ends a request before the speaker's own wish after it", () => {
    expect(asksOf('区政府要多办几场讲座，希望从中学到养生知识。')).toEqual(['区政府要多办几场讲座']);
  });

  it('keeps a request for provision after a request', () => {
    expect(asksOf('区政府要多开几条线路，希望能增加夜里的班次。')).toEqual(['区政府要多开几条线路', '希望能增加夜里的班次']);
  });
});

describe('asks: a hope of meeting again', () => {
  it.each([
    '我们都期待着下次再相聚。',
    '每年都盼望早日與老同學再相見。',
    '期待下一次和各位球迷相聚。',
    '期待再次和各位见面。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });

  it('reads a hope for the next time that asks for something', () => {
    expect(asksOf('希望下次开会能多留些提问的时间。')).toEqual(['希望下次开会能多留些提问的时间']);
  });
});

describe('asks: 请 as hiring or inviting, or someone asking the speaker', () => {
  it.each([
    '去年收玉米，請人開收割機，省了不少力氣。',
    '忙不过来的时候，请机械来翻地。',
    '有的村民把苹果运过来，请我代为储存。',
    '活太多，请了两个帮工才干完。',
  ])('asks nothing in %s', (text) => {
    expect(asksOf(text)).toEqual([]);
  });

  it.each([
    ['请人大代表多听听基层的声音。', '请人大代表多听听基层的声音'],
    ['请人们过马路时看清信号灯。', '请人们过马路时看清信号灯'],
    ['请大家把垃圾分好类再丢。', '请大家把垃圾分好类再丢'],
    ['請有關部門盡快修好這段路。', '請有關部門盡快修好這段路'],
    ['市议会要删减经费，请议员们再想一想。', '请议员们再想一想'],
  ])('reads the imperative %s as a request', (text, ask) => {
    expect(asksOf(text)).toEqual([ask]);
  });
});
