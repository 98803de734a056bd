/**
 * Round 40 of issue 18 (the speaker's point, not the preamble): the frames a skimmer must look past. A saying or a classic
 * cited first, the story's 当时, a cause named as such, a couplet motto, a foreign case set against the home one, a
 * turn to the future after an example, a report the gist would be shown with; and on the asks line, a prescription after
 * where it applies and a list of one's own bills. Statements written for these tests; the look-alikes keep their bounds.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { citesForeignBenchmark } from '@/lib/understand/summary/benchmarks';
import { isBackground, isPreamble, measureSloganShare, opensWithSupport } from '@/lib/understand/summary/cues';
import { findRequestCues, hasRequest } from '@/lib/understand/summary/requests';
import { measureExamples, measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

describe('frames the gist looks past', () => {
  it.each([
    ['俗话说，远亲不如近邻。', true],
    ['《论语》云：学而时习之，读书最要紧的是温习。', true],
    ['古人讲究修身齐家。', false],
    ['老师说的话我一直记着。', false],
  ])('a saying or a classic cited first is preamble: %s → %s', (text, want) => {
    expect(isPreamble(text)).toBe(want);
  });

  it.each([
    ['当时的厂房很破，下雨天到处漏水。', true],
    ['當時我們一家五口擠在一間小屋裡。', true],
    ['当时间不够的时候，要先做最要紧的事。', false],
    ['不能像过去那样只看分数。', false],
    ['问题原来是出在水管上。', false],
  ])('the story told is background: %s → %s', (text, want) => {
    expect(isBackground(text)).toBe(want);
  });

  it.each([
    ['主要原因是附近新开了两家大型商场。', true],
    ['原因在于审批的环节太多。', true],
    ['原因很简单，大家都想省钱。', false],
  ])('a cause named as such supports the sentence before: %s → %s', (text, want) => {
    expect(opensWithSupport(text)).toBe(want);
  });

  it('a reason after a figure makes the figure a claim, the reason no closing point', () => {
    const [figure, reason] = measureFeatures(
      splitUnits(['跟去年同期相比，今年店里的客人少了将近三成。', '主要原因是附近新开了两家大型商场，分走了不少客流。', '另一方面，房租也涨了不少，生意越来越难做。']),
    );
    expect([figure!.claim, reason!.last]).toEqual([1, 0]);
  });

  it.each([
    ['安全出行一小步，文明交通一大步。', 1],
    ['房价涨得太快了，工资涨得太慢了。', 0],
    ['早上出门买菜去，晚上回家做饭吃。', 0],
    // a plight told in parallel, not a motto
    ['车位又租不到，房子又买不起。', 0],
    ['工资没见涨，房租没见少。', 0],
  ])('a couplet motto is a slogan: %s → %s', (text, want) => {
    expect(measureSloganShare(text)).toBe(want);
  });

  it.each([
    ['与我国形成对比的是，有的国家在2015年前后撤掉了整个研究所，十年积累一朝散尽。', true],
    ['和我国不同，邻国的药师每万人只有3名。', true],
    ['与去年相比，我们的药师多了3名。', false],
  ])('the foreign case set against the home one is a benchmark: %s → %s', (text, want) => {
    expect(citesForeignBenchmark(text)).toBe(want);
  });

  it('a turn to the future leaves the example before it', () => {
    const first = '这几年河道整治的效果很明显，比如城东那条小河，现在已经能看到鱼了。';
    const texts = (next: string) => [first, next];
    const read = (next: string) => measureExamples(splitUnits([first + next]), texts(next));
    expect(read('未来，垃圾分类应该是全区工作的一个重点。')).toEqual([false, false]);
    expect(read('下一步，垃圾分类应该是全区工作的一个重点。')).toEqual([false, true]);
  });

  it('a gist leaning on a report cited before it is shown alone', () => {
    const gist = summarizeStatement(['这次的政府工作报告指出，要稳步提高农村老人的养老金水平。而且我也看到，很多代表都在为农民养老的事情奔走，这让我们很受鼓舞。']).gist;
    expect(gist).toBe('而且我也看到，很多代表都在为农民养老的事情奔走，这让我们很受鼓舞。');
  });
});

describe('the asks line', () => {
  it.each([
    ['所以，平时生活中要做到少油少盐、按时作息。', ['prescribe']],
    ['在工作上要多向老同志请教。', ['prescribe']],
    ['我们在生活中要做到节约。', []],
  ])('a prescription after where it applies: %s', (text, kinds) => {
    expect(findRequestCues(text, true).map((c) => c.kind)).toEqual(kinds);
  });

  it.each([
    ['我这次带来的议案和建议涉及养老、托育、教育等方面，一共十多条。', false],
    ['我的提案和建议比较多，已经开始找其他委员联名了。', false],
    ['我建议政府加快建设社区托育中心。', true],
  ])('one\'s own bills listed ask nothing: %s → %s', (text, want) => {
    expect(hasRequest(text, true)).toBe(want);
  });
});
