/**
 * The poor gists a reader named on summaries-18 and -19 (issue 18): a closing rhetorical question on a side issue, one
 * more item added with 还要/此外, the tail of a numbered item, the last step of a chronology, a leader's or a report's
 * line cited without quotes, the anecdote a 前两天 opens, a deputy's preamble on being elected. Each statement is written
 * for these tests in one pattern, with the gist a reader picks; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { citesUnquoted, measureChronology } from '@/lib/understand/summary/cues';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: the poor kinds of summaries-18 and -19', () => {
  it.each([
    [
      'a closing rhetorical question on a side issue is no conclusion',
      ['有改变总是好事，但是新的收费办法跟原来的办法不是一样吗？', '如果市民还是得跑三个窗口，并不会达到减少排队时间的目标。', '窗口人员办事时主管没有审核，材料出了问题，这些不用处理吗？'],
      '如果市民还是得跑三个窗口，并不会达到减少排队时间的目标。',
    ],
    [
      'one more prescription added with 还要 is one item of the run',
      [
        '只有学校、家庭和社区一起用力，才能真正解决青少年的近视问题，让孩子们看得清楚。',
        '要保证学生每天的户外活动时间。',
        '应指导家长控制孩子使用手机的时间。',
        '还要加强对近视防控的专业研究和专业人员的培养。',
      ],
      // (the run's first item, not the one added at its end: the sentence that frames the run scores below both)
      '要保证学生每天的户外活动时间。',
    ],
    [
      'a closing 此外 adds to the list before it',
      ['首先是争取在路口装上红绿灯，其次是在小区门口增设公交站。', '此外，还要能帮居民调解邻里纠纷，让大家住得和和气气！'],
      '首先是争取在路口装上红绿灯，其次是在小区门口增设公交站。',
    ],
    [
      'what goes on after a numbered item in its paragraph is that item’s tail, not the statement’s close',
      [
        '这次报告讲得很全面，城乡规划不仅要管经济，也要管人口和环境。',
        '建议：一是成立跨部门的规划协调机构，避免各管一段；二是加快审批速度；三是解决好退休职工的生活困难；四是节假日期间停车场不应加价；五是希望工会多为一线职工说话，职工的收入和住房都要有人关心；加强调研，更多关注一线职工的工作和生活状况，特别是外来务工人员。',
      ],
      '这次报告讲得很全面，城乡规划不仅要管经济，也要管人口和环境。',
    ],
    [
      'the steps of a chronology, each opening on its year, are the story of the point',
      [
        '不少偏远山区的学校至今没有一名专职的心理老师，留守儿童的心理问题没有人管。',
        '2015年我第一次提心理老师这件事，没有什么回音。2017年，我提的心理老师这件事得到了重视。2019年，省里把心理老师这件事列为重点督办。',
        '等到国家为此立了规矩，我的心愿才算了结。',
      ],
      '等到国家为此立了规矩，我的心愿才算了结。',
    ],
    [
      'the last year of a timetable closes the timetable, not the statement',
      [
        '海上风电是本省未来最大的优势，要及早做好整体的规划，让它带动一批新的产业。',
        '2026年作为建设启动年，开工第一批风电场和配套的输电线路。',
        '2028年实现第一批风电场全部并网发电，让落户的企业稳定用上绿电。',
      ],
      '海上风电是本省未来最大的优势，要及早做好整体的规划，让它带动一批新的产业。',
    ],
    [
      'a leader’s line told without quotes is a quoted policy line',
      ['总理在参加代表团审议时强调，要牢牢抓住科技创新这个关键，加快培育新兴产业。', '作为一家生物医药企业，这番话让我们更加坚定了走自主研发道路的决心。'],
      '作为一家生物医药企业，这番话让我们更加坚定了走自主研发道路的决心。',
    ],
    [
      'the anecdote a 前两天 opens runs to its paragraph’s end',
      [
        '乡村医生的补助太低了，多干一年每个月才多几块钱，年轻人都不愿意来。',
        '前两天，邻村的一位老医生请我去看他的诊室。屋顶漏雨，墙皮也掉了，的确需要尽快翻修。',
      ],
      '乡村医生的补助太低了，多干一年每个月才多几块钱，年轻人都不愿意来。',
    ],
    [
      'a deputy telling of being elected and what it feels like opens the speech: a preamble',
      [
        '第一次当选市人大代表，感觉肩上的担子特别重，因为在社区工作了十多年，对社区的老人真的有很深的感情，所以我的建议就是和社区养老有关。',
        '我们街道去年建了三个长者食堂。',
        '社区养老要和家庭医生签约结合起来，让老人在家门口就能看上病。',
      ],
      '社区养老要和家庭医生签约结合起来，让老人在家门口就能看上病。',
    ],
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...paragraphs)).toBe(gist);
  });

  it('asks nothing for the speaker in a leader’s line told without quotes', () => {
    const said = ['政府工作报告明确提出，要加快建设全国统一大市场。', '这让我们民营企业家倍感振奋，也建议各地尽快清理妨碍公平竞争的规定。'];
    expect(summarizeStatement(said).asks).toEqual(['也建议各地尽快清理妨碍公平竞争的规定']);
  });

  it('reads thanks put with 要 (要感谢…) as thanks, not as an ask (summaries-18)', () => {
    const said = ['要感谢报社为我们搭建了一个很好的交流平台。', '希望报社今后多报道基层教师的故事。'];
    expect(summarizeStatement(said).asks).toEqual(['希望报社今后多报道基层教师的故事']);
  });
});

describe('the cues behind them', () => {
  it.each([
    ['总书记在考察时强调，要推动高质量发展。', true],
    ['政府工作报告中也明确提出：深入实施科教兴国战略。', true],
    // the speaker's own word after the line: the sentence is theirs
    ['政府工作报告提出，要推动高质量发展，我觉得这对我们企业很重要。', false],
    // a proposal drawn up is no document quoted
    ['我们建议政府尽快提出具体的实施办法。', false],
  ])('citesUnquoted(%s) is %s', (text, expected) => {
    expect(citesUnquoted(text)).toBe(expected);
  });

  it('reads the steps of a chronology only where two years are told', () => {
    expect(measureChronology(['2015年我第一次提这件事。', '2017年，建议得到了重视。', '现在情况好多了。'])).toEqual([true, true, false]);
    expect(measureChronology(['2015年我第一次提这件事。', '现在情况好多了。'])).toEqual([false, false]);
  });
});
