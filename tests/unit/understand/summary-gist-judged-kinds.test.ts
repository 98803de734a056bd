/**
 * The poor gists the hand judges named on summaries-20 to -25 (issue 18): background instead of the point (a cause told
 * first whose result is the point, a story of earlier years before this year's news, a past told after its subject), a
 * wish already met read as a request, one more measure added with 同时, and the sentence a headline naming the speaker
 * sums up. Each statement is written for these tests in one pattern, with the gist a reader picks; each fails without
 * its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasRequest, isBackground, opensWithSupport, speaksOfNow } from '@/lib/understand/summary/cues';
import { echoHeadline } from '@/lib/understand/summary/question';

const gistOf = (paragraphs: string[], question?: string) => summarizeStatement(paragraphs, { question }).gist;

describe('gist: the poor kinds of summaries-20 to -25', () => {
  it.each([
    [
      'a cause put first with its result after it is a whole sentence, no reason for the one before',
      ['我们这条老街上有三十多家茶馆，一家挨着一家，热闹得很。', '由于租金一年比一年高，年轻人又不爱喝茶，老板们撑不下去，只能一家接一家地关门。'],
      '由于租金一年比一年高，年轻人又不爱喝茶，老板们撑不下去，只能一家接一家地关门。',
    ],
    [
      'a cause put first, then what the speaker or others did (因为…，我…), leads to its own result too',
      ['报名那天，前台的老师一直劝我们买一整年的课。因为整年买下来每节课便宜一半，我身边的家长几乎都买了。', '结果培训班开了不到半年就关门，我们家两个孩子的课费一分也没退回来。'],
      '结果培训班开了不到半年就关门，我们家两个孩子的课费一分也没退回来。',
    ],
    [
      'a wish told with how long it was held is met, it asks nothing',
      ['盼望很久了，上个周六终于带着孩子去看了一场冰球比赛。', '第一次在现场看球，气氛特别热烈，真是不虚此行。'],
      '第一次在现场看球，气氛特别热烈，真是不虚此行。',
    ],
    [
      'a past told after its pronoun subject (我以前…) is background, not the close',
      ['今年厂里的工资跟往年差不多，活儿也一样多。', '我以前就在这家工厂上班，过完年又回来了。'],
      '今年厂里的工资跟往年差不多，活儿也一样多。',
    ],
    [
      'the story of earlier years (早些年) leads to this year’s news',
      ['早些年小区旁边这块空地一直堆着建筑垃圾，后来又围起来停车。', '今年街道把它改成了口袋公园，孩子们放学都来这儿玩。', '我也天天来。'],
      '今年街道把它改成了口袋公园，孩子们放学都来这儿玩。',
    ],
    [
      'a closing 同时 adds one more measure beside the point',
      ['老旧小区加装电梯的审批流程简化了，居民少跑了不少腿。', '同时，物业公司也参与电梯的日常维护，后期费用降下来了。'],
      '老旧小区加装电梯的审批流程简化了，居民少跑了不少腿。',
    ],
  ] as const)('%s', (_, paragraphs, gist) => {
    expect(gistOf([...paragraphs])).toBe(gist);
  });

  it('reads the cause-then-result sentence and the time words as the rules say', () => {
    expect(opensWithSupport('由于路太远，只能坐早班车。')).toBe(false);
    expect(opensWithSupport('因为路太远，孩子每天五点就得起床。')).toBe(true);
    expect(hasRequest('期待已久的新馆终于开门了。')).toBe(false);
    expect(hasRequest('期待政府尽快修好这条路。')).toBe(true);
    expect(isBackground('我们过去住在河对岸。')).toBe(true);
    expect(isBackground('他原来是这个意思。')).toBe(false);
    expect(speaksOfNow('今年孩子上了初中。')).toBe(true);
  });
});

describe('gist: a headline that names the speaker sums up one sentence', () => {
  const statement = [
    '近年来各地建了不少乡村图书馆，但很多平时大门紧锁，借书的人寥寥无几。',
    '要让乡村图书馆真正用起来，得配好管理员，常换新书。',
    '建议把图书馆的开放时间纳入考核，定期公开借阅数据。',
  ];
  it('gives the gist to the sentence the headline repeats', () => {
    expect(gistOf(statement, '王某委员：让乡村图书馆真正用起来')).toBe('要让乡村图书馆真正用起来，得配好管理员，常换新书。');
    expect(gistOf(statement)).toBe('建议把图书馆的开放时间纳入考核，定期公开借阅数据。');
  });
  it.each([
    ['a host’s label', '主持人：让乡村图书馆真正用起来'],
    ['a camp’s label', '支持者：让乡村图书馆真正用起来'],
    ['a section’s number', '第二部分：让乡村图书馆真正用起来'],
    ['a question', '王某委员：怎样让乡村图书馆真正用起来？'],
    ['a headline that names no one', '让乡村图书馆真正用起来'],
  ])('not %s', (_, question) => {
    expect(echoHeadline(statement, question)).toEqual([false, false, false]);
  });
});
