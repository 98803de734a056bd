/**
 * Issue 18, item 2, round 14: the requests news statements put without a request word of their own (a sentence that
 * opens on 要/必须/尽快, 应/須 whoever its subject, 要 with an adverb of effort, 可考慮), the proposals named by their
 * titles, how a line ends (before its purpose, before what happens otherwise), and the look-alikes that ask nothing:
 * the speaker's own resolve, a report that someone asked, a question, an expectation, a word that holds 应/須/要.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractAsk, summarizeStatement } from '@/lib/understand/summarize';

const asksOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).asks;

describe('asks: prescriptions without a request word', () => {
  it.each([
    // a sentence that opens on what must be done, its subject left out
    ['要守住耕地红线，也要让种粮农民有钱赚。', '要守住耕地红线，也要让种粮农民有钱赚'],
    ['应当学会用数据说话，少拍脑袋做决定。', '应当学会用数据说话，少拍脑袋做决定'],
    // …or on doing something soon, as a delegate's proposal is put (the purpose after it left out)
    ['尽快完善乡村客运站的候车设施，方便群众出行。', '尽快完善乡村客运站的候车设施'],
    // a lone 应/應 whoever its subject, 不应 too
    ['本市應給予小商戶更多租金寬免。', '本市應給予小商戶更多租金寬免'],
    ['老旧小区改造不应只刷外墙，管线也要一并更新。', '老旧小区改造不应只刷外墙，管线也要一并更新'],
    // 要 with an adverb of effort or urgency
    ['基层医院要切实提高急诊的接诊能力。', '基层医院要切实提高急诊的接诊能力'],
    ['年轻人不仅要会用手机，更要积极帮家里老人学会用。', '更要积极帮家里老人学会用'],
    // a step to consider, its subject left out
    ['區內有幾幢空置大廈，將來可考慮改作社區會堂。', '將來可考慮改作社區會堂'],
    // 須 as "must"
    ['當局須盡快公布新校舍的落成時間表。', '當局須盡快公布新校舍的落成時間表'],
    // the Hong Kong papers' 局方; a hope whose 的 phrase says how things should change; a request for better with what it
    // spares the public
    ['盼局方盡快撥款維修球場。', '盼局方盡快撥款維修球場'],
    ['希望城乡之间的差距越来越小。', '希望城乡之间的差距越来越小'],
    ['希望新一屆政府做得好啲，市民唔使再排長龍。', '希望新一屆政府做得好啲，市民唔使再排長龍'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });
});

describe('asks: where a line ends', () => {
  it.each([
    // before its purpose: what is asked, not why
    ['建议市政府在老城区增设公共充电桩，方便电动车车主充电。', '建议市政府在老城区增设公共充电桩'],
    // …unless the request only points back and the purpose says what it asks
    ['希望交通局正视此问题，让山区学生上学有车坐。', '希望交通局正视此问题，让山区学生上学有车坐'],
    // before what happens otherwise
    ['大家千万不要在河边烧烤，要不然一场火就把林子毁了。', '大家千万不要在河边烧烤'],
    // a sentence much quoted is still the speaker's when the request word is outside the quotes
    ['本地农业应加快转型，“从种得出到卖得好”，让“土特产”走出大山。', '本地农业应加快转型，“从种得出到卖得好”'],
  ])('%s → %s', (sentence, ask) => {
    expect(asksOf(sentence)).toEqual([ask]);
  });
});

describe('asks: proposals named by their titles', () => {
  it('reads each title, without its 关于 and its 的建议', () => {
    expect(asksOf('今年我带来两份建议：“关于增设社区托育点的建议”和“关于延长地铁末班车时间”的建议。')).toEqual([
      '增设社区托育点',
      '延长地铁末班车时间',
    ]);
    expect(asksOf('他提交了《关于加快老旧电梯更新的提案》。')).toEqual(['加快老旧电梯更新']);
  });

  it('does not read a quoted title that is no proposal', () => {
    expect(asksOf('他写过一本《关于城市的记忆》，讲的是老街的故事。')).toEqual([]);
  });
});

describe('asks: look-alikes that ask nothing', () => {
  it.each([
    // the speaker's own resolve or hope
    '我们要把自己的店经营好。',
    '我们应加强自身学习。',
    '我希望能考上研究生。',
    // a report that someone asked, or of what a document says
    '从前年开始，居民就多次要求物业更换电梯。',
    '政府工作报告指出，要加快建设保障性住房。',
    // questions
    '难道我们应该眼睁睁看着老街消失吗？',
    '要怎么办才好？',
    '事故责任应如何划分，至今没有说法。',
    // an expectation, what should have been
    '明年的房价应该会回落。',
    '这笔钱本应早就发到农户手里。',
    // 要 that is no "must": a noun phrase, what is about to happen, a way of looking at it
    '要做的事情还有很多。',
    '要开学了，孩子们都很兴奋。',
    '要从长远来看，这笔投资是值得的。',
    // 加快 done, or named as a subject
    '加快了审批速度以后，企业办事方便多了。',
    '加快发展数字经济是大势所趋。',
    // words that hold 須 or 应
    '參觀須知已貼在門口。',
    '无须担心，一切正常。',
    '我读过龙应台的书。',
    '嚮應號召的人很多。',
  ])('asks nothing: %s', (sentence) => {
    expect(asksOf(sentence)).toEqual([]);
  });
});
