/**
 * Several people's views run together in one long paragraph of a meeting report
 * (lib/understand/sentence-voices.ts). Texts written here, in the layout of provincial papers' 两会 reports.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';
import { findSentenceVoices } from '@/lib/understand/sentence-voices';

type Row = [name: string | null, role: string | null];
const speakers = (o: Outline): Row[] => o.topics.flatMap((t) => t.statements.map((s): Row => [s.speaker.name, s.speaker.role]));

describe('findSentenceVoices', () => {
  const rows: Array<[string, Row[]]> = [
    ['会议结束后，代表们纷纷表示振奋。韩立明代表说，报告实在。程秀英代表说，要抓好落实。', [['韩立明', '代表'], ['程秀英', '代表']]],
    ['此刻，会场内气氛热烈。政协委员方国强直言：“调研还有难度。”政协委员邵文斌说：“时间太短。”', [['方国强', '政协委员'], ['邵文斌', '政协委员']]],
    ['会后大家很振奋。岳春生是一位来自山区的基层代表，他很关注教育。他说，山里的学校变化很大。', [['岳春生', '一位来自山区的基层代表']]],
    ['会后大家很振奋。岳春生是一位来自山区的基层代表，他很关注教育。', []], // introduced, but never speaks
    ['市政府昨日召开常务会议，研究部署春耕生产工作。会议要求各部门抓好落实。', []],
  ];
  it.each(rows)('%s', (text, want) => expect(findSentenceVoices(text).map((v): Row => [v.name, v.role])).toEqual(want));
});

describe('meeting reports in a text', () => {
  it('three deputies in one long paragraph are three voices', () => {
    const o = analyzeText(
      [
        '代表热议政府工作报告',
        '3月5日上午，大会开幕，代表们认真聆听政府工作报告。会后大家纷纷表示，报告令人振奋。韩立明代表说，报告总结成绩客观实在，部署工作切合实际，我们要认真审议。程秀英代表说，报告里有很多新思路，我带来了几条民生建议，回去还要结合报告再完善。岳春生是一位来自山区的基层代表，他一直关注乡村教育。他说，从报告中可以看到，国家对山区学校的投入一年比一年大，我们非常振奋。',
      ].join('\n'),
    );
    expect(o.detected).toBe(true);
    expect(speakers(o)).toEqual([
      ['韩立明', '代表'],
      ['程秀英', '代表'],
      // (the only role is the predicate "是…": keyed as printed, the collected batches' rule)
      ['岳春生', '一位来自山区的基层代表'], // settled (role-tidy.ts): a counted noun phrase is one whole, as printed
    ]);
  });

  it('a news story whose paragraph quotes two officials once each, the rest narrative, is not a feature', () => {
    const o = analyzeText(
      [
        '新城区地铁工程开工',
        '本报讯 昨日上午，新城区地铁一号线工程正式开工，全长二十公里，设站十五座，预计三年后通车。',
        '开工仪式上，市长钱立新表示，工程将缓解新城区交通压力。副市长高志远说，各部门要保障施工安全。',
        '据了解，一号线总投资约一百五十亿元，沿线将配套建设公交接驳站和停车场。',
        '工程指挥部介绍，施工期间部分路段将实行交通管制，请市民提前规划出行路线。',
        '另悉，二号线的前期研究工作也已启动，线路方案将于年内向社会公开征求意见。',
      ].join('\n'),
    );
    expect(o.detected).toBe(false);
  });
});
