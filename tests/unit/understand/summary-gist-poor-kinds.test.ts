/**
 * The poor gists a reader named on summaries-18 and -19 (issue 18): a closing rhetorical question on a side issue, one
 * more item added with 还要/此外, the tail of a numbered item, the last step of a chronology, a leader's or a report's
 * line cited without quotes, the anecdote a 前两天 opens, a deputy's preamble on being elected. Each statement is written
 * for these tests in one pattern, with the gist a reader picks; each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { citesUnquoted, endsWithAffirmingTag, measureChronology } from '@/lib/understand/summary/cues';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: the poor kinds of summaries-18 and -19', () => {
  it.each([
    [
      'a closing rhetorical question on a side issue is no conclusion',
      ['换了新系统当然好，可是新的预约办法跟老办法难道有区别吗？', '读者要是照样得排队取号，借书的时间一点也省不下来。', '图书馆的书架很多年没有整理，找书很难，这个难道就没人管吗？'],
      '读者要是照样得排队取号，借书的时间一点也省不下来。',
    ],
    [
      'one more prescription added with 还要 is one item of the run',
      [
        '只有学校、家庭和社区一起用力，才能真正解决青少年的近视问题，让孩子们看得清楚。',
        '要保证学生每天的户外活动时间。',
        '应指导家长控制孩子使用手机的时间。',
        '还要多培养一些懂近视防控的校医。',
      ],
      // (the run's first item, not the one added at its end: the sentence that frames the run scores below both)
      '要保证学生每天的户外活动时间。',
    ],
    [
      'a closing 此外 adds to the list before it',
      ['首先是把小区门口的路灯修好，其次是把垃圾站搬远一点。', '此外，还要能多组织一些老人活动，让大家的日子热闹一点！'],
      '首先是把小区门口的路灯修好，其次是把垃圾站搬远一点。',
    ],
    [
      'what goes on after a numbered item in its paragraph is that item’s tail, not the statement’s close',
      [
        '这次报告讲得很全面，对小微企业的困难也很关心，城乡规划不仅要管经济，也要管人口和环境。',
        '建议：一是设立全市统一的规划研究机构，统筹各区的规划；二是简化开办小店的手续；三是提高环卫工人的高温补贴；四是学校周边的道路应限速；五是希望总商会多为小微企业发声，小微企业的融资难要有人关心；多做调查，更多关注小微企业主的经营困难，特别是刚起步的小店。',
      ],
      '这次报告讲得很全面，对小微企业的困难也很关心，城乡规划不仅要管经济，也要管人口和环境。',
    ],
    [
      'the steps of a chronology, each opening on its year, are the story of the point',
      [
        '不少偏远山区的学校至今没有一名专职的心理老师，留守儿童的心理问题没有人管。',
        '2015年我第一次提心理老师这件事，没有什么回音。2017年，我提的心理老师这件事得到了重视。2019年，省里把心理老师这件事列为重点督办。',
        '哪天国家为此定了章程，我才算放下心来。',
      ],
      '哪天国家为此定了章程，我才算放下心来。',
    ],
    [
      'the last year of a timetable closes the timetable, not the statement',
      [
        '海上风电是本省未来最大的优势，要及早做好整体的规划，让它带动一批新的产业。',
        '2026年先开工第一批风电场和配套的输电线路。',
        '2028年实现第一批风电场全部并网发电，让落户的企业稳定用上绿电。',
      ],
      '海上风电是本省未来最大的优势，要及早做好整体的规划，让它带动一批新的产业。',
    ],
    [
      'a leader’s line told without quotes is a quoted policy line',
      ['总理前不久在考察时强调，要把科技创新摆在更突出的位置。', '作为一家生物医药企业，我们听了更有底气走自主研发这条路。'],
      '作为一家生物医药企业，我们听了更有底气走自主研发这条路。',
    ],
    [
      'the anecdote a 前两天 opens runs to its paragraph’s end',
      [
        '乡村教师的补贴太少了，干一年每月才多几块钱，年轻老师留不下来。',
        '前两天，隔壁镇一所小学的校长带我去看他们的宿舍。墙上渗水，窗户也关不严，确实要尽快修一修。',
      ],
      '乡村教师的补贴太少了，干一年每月才多几块钱，年轻老师留不下来。',
    ],
    [
      'a deputy telling of being elected and what it feels like opens the speech: a preamble',
      [
        '这是我头一回当选区人大代表，心里既激动又觉得压力不小，我在学校教了二十年书，最放不下的就是学校的孩子，所以这次的建议都跟学校有关。',
        '我们学校今年新开了两个兴趣班。',
        '学校的课后服务要和社区的少年宫结合起来，让孩子放学后有地方去。',
      ],
      '学校的课后服务要和社区的少年宫结合起来，让孩子放学后有地方去。',
    ],
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...paragraphs)).toBe(gist);
  });

  it('asks nothing for the speaker in a leader’s line told without quotes', () => {
    const said = ['总书记在考察时强调，要把科技创新摆在更突出的位置。', '作为一家生物医药企业，我们听了更有底气，也建议各地尽快简化新药的审批。'];
    expect(summarizeStatement(said).asks).toEqual(['也建议各地尽快简化新药的审批']);
  });

  it('reads thanks put with 要 (要感谢…) as thanks, not as an ask (summaries-18)', () => {
    const said = ['要感谢报社为我们搭建了一个很好的交流平台。', '希望报社今后多报道基层教师的故事。'];
    expect(summarizeStatement(said).asks).toEqual(['希望报社今后多报道基层教师的故事']);
  });
});

describe('the cues behind them', () => {
  it.each([
    ['总书记在考察时强调，要推动高质量发展。', true],
    ['政府工作报告中也明确提出：加快发展社区养老服务。', true],
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

describe('a closing question keeps the closing place only when it asks or affirms', () => {
  const closing = (...paragraphs: string[]) => {
    const features = measureFeatures(splitUnits(paragraphs));
    return features[features.length - 1]!.last;
  };
  it.each([
    // an assertion closed by a tag that affirms it states the point ("…，何乐而不为呢？")
    ['收费不是问题，听说有平价托育计划就报名了，因为对家长有好处，何乐而不为呢？', true],
    ['這樣做對孩子好，對家長也好，不是嗎？', true],
    // a question on one more side issue asks nothing and answers nothing
    ['图书馆的书架很多年没有整理，这个难道就没人管吗？', false],
    ['新办法跟老办法有区别吗？', false],
  ])('%s → %s', (last, keeps) => {
    expect(endsWithAffirmingTag(last)).toBe(keeps);
    expect(closing('我在这个社区住了二十年，看着它一点点变好。', last) > 0).toBe(keeps);
  });
});
