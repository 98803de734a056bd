/**
 * A radio or TV programme's hosts greet its audience ("各位好，这里是…访谈") and introduce its guest ("我们请到的是…"):
 * they are the programme's voices in every turn, no speakers. Two hosts and one guest are an interview; two guests
 * with their host are a panel. Transcripts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, explainText } from '@/lib/understand';

const ONE_GUEST = `城市垃圾分类怎么做——市容局局长做客民生访谈
主题：民生访谈
时间：2024年5月10日
周明：各位好，这里是民生访谈，我是周明。
林晓：各位听众早上好，我是林晓。
周明：今天是我们系列访谈的最后一天，很多听众通过网络给我们留言，提了不少问题，我们会在节目里一一转给嘉宾。
林晓：今天我们请到的是市市容局局长赵建国。赵局长您好。
赵建国：主持人好，各位听众朋友大家好。
周明：赵局长，先请您给我们介绍一下，垃圾分类推行这一年，全市的情况怎么样？
林晓：听众最关心的，是小区里的分类投放点什么时候能多建一些，现在走得太远了。`;

const TWO_GUESTS = `老旧小区加装电梯：难在哪里
周明：各位好，这里是民生访谈，今天我们请到了两位嘉宾，市住建局副局长赵建国和社区主任孙丽。
周明：先请赵局长介绍一下，今年全市加装电梯的进展怎么样？
赵建国：今年全市已经完成加装电梯三百多部，比去年多了一倍，但和居民的需要比还差得远，审批还要再简化。
周明：孙主任，社区里最难的是什么？
孙丽：最难的是低层住户的意见，他们用不上电梯，还担心采光和噪音，我们要一户一户上门去做工作。`;

describe("a programme's hosts", () => {
  it('two hosts and one guest: an interview, no feature', () => {
    expect(analyzeText(ONE_GUEST).detected).toBe(false);
    expect(explainText(ONE_GUEST)).toContain('1 voice (2 needed)');
  });

  it('a host with two guests: a panel, the host no speaker', () => {
    const o = analyzeText(TWO_GUESTS);
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['赵建国', '孙丽']);
  });
});
