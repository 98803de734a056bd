/**
 * A lead counting the people given the floor (lib/understand/announced-interviewees.ts): three or more who accept the
 * outlet's interview, or tell each their own. A press event's group interview, a pair and a story's one actor are not
 * counted. Sentences written here, simplified and traditional.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { announcesInterviewees } from '@/lib/understand/announced-interviewees';
import { announcesGroupViews } from '@/lib/understand/framing-cues';

describe('announcesInterviewees', () => {
  it.each([
    ['四位返乡创业的年轻人日前接受本报采访，谈起这几年的得失。', true],
    ['多位外贸企业负责人接受记者专访时表示，订单正在回暖。', true],
    ['三名在讀研究生近日接受本台訪問，講述求職路上的起落。', true],
    ['五位摊主各自讲述了夜市这十年的变化。', true],
    ['幾位老街坊在茶樓裡談了各自的搬遷打算。', true],
    // a press event's group interview: many outlets, one event
    ['十位省人大代表昨天接受境内外媒体的集体采访，回答了大家关心的问题。', false],
    // a pair is the pair's rules'
    ['两位老师接受本报采访，说起山村学校的变化。', false],
    // one person
    ['一位退休教师接受本报采访，说起他办夜校的经过。', false],
    // counted, but no interview and no telling: a story's numbers
    ['三名工人昨晚被困在井下，救援人员连夜施救。', false],
  ])('%s → %s', (text, expected) => {
    expect(announcesInterviewees(text)).toBe(expected);
    // (the framing reads it as a lead announcing several people)
    if (expected) expect(announcesGroupViews(text)).toBe(true);
  });
});

describe('a counted round whose reader finds two of its people: framed, so no "unframed pair"', () => {
  const LEAD = '今年的毕业季格外不同。日前，三位应届毕业生接受本报采访，讲述各自这半年找工作的经历。';
  const A = '“投了四十多份简历，回音只有五六个。”在省城读会计专业的罗晓峰说，他原本打算回老家考公务员，现在也在犹豫要不要先去企业干两年。';
  const B = '学建筑设计的钟雨晴情况好一些，实习单位已经答应留用，但工资比她预想的低了不少。钟雨晴说，她还是想先把手上的项目做完，再看看别的城市有没有更合适的机会，“毕竟刚毕业，多试几条路也不亏。”';
  it.each([
    ['the lead counts three interviewees', [LEAD, A, B], true],
    ['no count in the lead: an unframed pair', ['今年的毕业季格外不同，求职的学生比往年更多，岗位却没有多起来。', A, B], false],
  ])('%s → detected %s', (_, paras, expected) => {
    expect(analyzeText((paras as string[]).join('\n')).detected).toBe(expected);
  });
});
