/**
 * The scope of the round rules' vetoes (lib/understand/round-vetoes.ts): officials quoted each in their own words are
 * a round of reactions, officials paraphrased are a meeting report; three people named may leave one paragraph of the
 * reporter's among their own, a pair may not. Texts written here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { carriesBody, isMeetingReport, reportsOfficial } from '@/lib/understand/round-vetoes';
import type { ProseReading } from '@/lib/understand/prose-voices';
import type { VoiceRound } from '@/lib/understand/measure-voice-round';

const reading = (people: number, officials: number, quoted: number): ProseReading =>
  ({ people, officials, quoted, sentences: 12, statements: 6, ordinary: 0, top: 0.4, returns: 0, first: 0.2, paragraphs: 5, opened: 3, voices: [], ok: false }) as ProseReading;
const round = (leaders: number, voiced: number, body: number): VoiceRound => ({ paragraphs: body + 1, firstVoiced: 1, body, led: leaders, leaders, voiced, between: body - voiced, after: 0 });

describe('isMeetingReport: officials most of the people, told in the reporter’s words', () => {
  it('three officials, each quoted in their own words: a round of reactions', () => {
    expect(isMeetingReport(reading(3, 2, 3))).toBe(false);
  });
  it('three officials, one of them paraphrased: a meeting report', () => {
    expect(isMeetingReport(reading(3, 2, 2))).toBe(true);
  });
  it('two officials quoted: still a meeting report (a pair is the pair rules’ to judge)', () => {
    expect(isMeetingReport(reading(2, 2, 2))).toBe(true);
  });
  it('officials not most of the people: no meeting report', () => {
    expect(isMeetingReport(reading(4, 2, 0))).toBe(false);
  });
});

describe('carriesBody: the voices carry the paragraphs from the first voice on', () => {
  it('a pair with one paragraph of narrative among theirs: a story', () => {
    expect(carriesBody(reading(2, 0, 2), round(2, 3, 4))).toBe(false);
  });
  it('three people named, two heading paragraphs, one paragraph of narrative: a round', () => {
    expect(carriesBody(reading(3, 0, 3), round(2, 3, 4))).toBe(true);
  });
  it('three people named and two paragraphs of narrative: a story', () => {
    expect(carriesBody(reading(3, 0, 3), round(2, 3, 5))).toBe(false);
  });
});

describe('a round of officials quoted each in their own words, in a text', () => {
  const frame = ['市政府昨天公布了明年的公交票价调整方案，引起各方关注。'];
  const voices = [
    '交通局局长周启明表示，调整后多数乘客的月支出变化不大。“我们算过账，学生和老人的优惠一分都不会少。”',
    '财政局局长韩立新说，补贴的钱每年都要花在刀刃上。“线路越开越多，财政不能一直兜底。”',
    '发改委主任邵文涛指出，票价听证会下个月举行。“市民有意见可以当面提，方案还可以改。”',
  ];
  it('is a feature of three voices', () => {
    const o = analyzeText([...frame, ...voices].join('\n'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['周启明', '韩立新', '邵文涛']);
  });
  it('told in the reporter’s words, one official unquoted: a meeting report, not a feature', () => {
    const told = [...voices.slice(0, 2), '发改委主任邵文涛指出，票价听证会下个月举行，市民有意见可以当面提，方案还可以改。'];
    expect(analyzeText([...frame, ...told].join('\n')).detected).toBe(false);
  });
});

describe('reportsOfficial: an official in office among a few voices, not each quoted', () => {
  it.each([
    ['a principal quoted, a minister paraphrased', reading(2, 1, 1), true],
    ['three voices, one an official, none quoted', reading(3, 1, 0), true],
    ['three voices, one an official, each quoted', reading(3, 1, 3), false],
    ['no official', reading(3, 0, 1), false],
    // (four voices or more: left to the meeting report's veto)
    ['four voices, one an official', reading(4, 1, 1), false],
  ])('%s', (_what, r, want) => {
    expect(reportsOfficial(r)).toBe(want);
  });
});

describe('a round only the frame takes: the official reported along the way is the story', () => {
  const page = (who: string) =>
    [
      '新学期开学 家长盼学校加强课后服务',
      '新学期今天开学，全市中小学生陆续返校，校门口比平时热闹了许多。',
      '城东实验小学的新任校长郑思远一早就在校门口迎接学生。她说，学校今年增加了课后托管的时段。“家长下班晚，孩子可以在学校多待一个小时。”',
      `${who}沈家栋上午到一所中学了解开学情况。他在致辞时说，今年全市新增了两千多个学位，各校的开学工作总体平稳。`,
      '对于课后服务，沈家栋说会继续推进，让更多学校参与进来，也会听取家长的意见。',
    ].join('\n');
  it('the education chief paraphrased beside a principal: not a feature', () => {
    const o = analyzeText(page('市教育局局长'));
    expect(o.detected).toBe(false);
    expect(o.evidence).toContain('an official among few voices');
  });
  it('a parents’ committee member in the same place: the framed round', () => {
    const o = analyzeText(page('家长委员会的'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['郑思远', '沈家栋']);
  });
});

describe('a round-up of reported voices: an official among three is the meeting’s story, whatever reading took it', () => {
  const page = (who: string) =>
    [
      '旧楼加装电梯 三方谈进展',
      '本报讯 昨日，市里召开旧楼加装电梯工作推进会，通报今年以来的进展情况。',
      `${who}周立群表示，今年全市已有一百二十栋旧楼完成加装，明年还将扩大补贴范围，让更多老人受益。`,
      '电梯公司总经理韩启明表示，企业已经组建了专门的施工队伍，每台电梯的工期可以缩短到两个月左右。',
      '居民代表孙桂兰表示，“以前上下楼要歇好几回，现在按一下按钮就到家了，方便多了。”',
      '会议还对下一阶段的工作作出了部署。',
    ].join('\n');
  it('the housing bureau’s chief beside a manager and a resident: not a feature', () => {
    const o = analyzeText(page('市住建局局长'));
    expect(o.detected).toBe(false);
    expect(o.evidence).toContain('an official among few voices');
  });
  it('a volunteer in the same place: the round-up', () => {
    const o = analyzeText(page('社区志愿者'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['周立群', '韩启明', '孙桂兰']);
  });
});
