/**
 * The poor gists a reader named on summaries-18 and -19 (issue 18): a closing rhetorical question on a side issue, one
 * more item added with 还要/此外, the last step of a chronology, a leader's or a report's line cited without quotes, the
 * anecdote a 前两天 opens. Each statement is written for these tests in one pattern, with the gist a reader picks; each
 * fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';

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
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...paragraphs)).toBe(gist);
  });
});
