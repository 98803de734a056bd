/**
 * The occasion a policy statement opens on (issue 18): what a meeting or a document said, or what a new law marks, frames the
 * point; the speaker's own view or proposal after it is the gist. Statements written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { citesOccasion } from '@/lib/understand/summary/occasions';

describe('gist: the occasion restated before the point', () => {
  it.each([
    ['市人代会的报告明确了今年要新建五十个口袋公园。', true],
    ['这部条例的出台标志着垃圾分类进入了有章可循的阶段。', true],
    ['省里的会议部署了秋粮收购的各项工作。', true],
    ['我提出了关于增加夜间公交线路的建议。', false],
    ['公园建好以后，附近的老人散步方便多了。', false],
  ])('%s → %s', (text, expected) => {
    expect(citesOccasion(text)).toBe(expected);
  });

  it.each([
    [['老旧小区装电梯，难就难在楼上楼下的住户意见不一。', '今年市人代会的报告明确了老旧小区加装电梯的目标。'], '老旧小区装电梯，难就难在楼上楼下的住户意见不一。'],
    [['分类的桶摆好了，居民却常常扔错。', '新条例的实施标志着垃圾分类进入了有法可依的新阶段。'], '分类的桶摆好了，居民却常常扔错。'],
  ])('the speaker’s own line, not the occasion restated after it, is the gist', (paragraphs, expected) => {
    expect(summarizeStatement(paragraphs).gist).toBe(expected);
  });

  it('a sentence that answers the restated line with the speaker’s view (我认为…) is no preamble', () => {
    const gist = summarizeStatement([
      '今年的市人代会报告提出要多建口袋公园，我认为这对老城区特别合适。',
      '老城区空地少，小块绿地能让附近的居民多一个散步的地方。',
    ]).gist;
    expect(gist).toBe('今年的市人代会报告提出要多建口袋公园，我认为这对老城区特别合适。');
  });
});
