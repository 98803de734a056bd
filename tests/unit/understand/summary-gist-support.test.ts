/**
 * What supports the point is not the point (issue 18, the hand judge's poor gists on summaries-16): an example and the
 * 所以 that draws its lesson, one item of a run of 要 sentences, what 他/她 did, the measures after the speaker's verdict
 * (…势在必行). Each statement is written for these tests in one pattern, with the gist a reader picks; each fails without
 * its rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasStance, tellsOfThirdPerson } from '@/lib/understand/summary/cues';
import { measureExamples } from '@/lib/understand/summary/score-units';
import { showUnit, splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;

describe('gist: support is not the point', () => {
  it.each([
    [
      'an example (比如) and the 所以 that closes it within its paragraph',
      ['社区养老服务这几年进步很大，老人们的日子过得比以前舒心多了。比如楼下新开了一间长者饭堂，午饭只要十块钱，菜式也常常换。所以老人们都说，这间饭堂比自己在家做饭还方便。'],
      '社区养老服务这几年进步很大，老人们的日子过得比以前舒心多了。',
    ],
    [
      'an example (例如) run on over sentences after the claim in its own paragraph',
      [
        '我们委员要多到基层走一走，把群众最关心的问题带到会上来。',
        '例如农村的快递网点，很多村还没有通。村民寄一箱水果要跑到镇上，所以大家都盼着快递能进村，盼着网店的生意能做起来。',
      ],
      '我们委员要多到基层走一走，把群众最关心的问题带到会上来。',
    ],
    [
      'a run of 要 sentences is a list: the framing line before it is the gist',
      [
        '这次座谈会开得很成功，企业家们提出了很多有价值的意见和建议。',
        '要加快落实各项惠企政策，让企业有实实在在的获得感。要进一步优化审批流程，减少企业来回跑腿。要加大对中小企业的融资支持力度，缓解资金压力。',
      ],
      '这次座谈会开得很成功，企业家们提出了很多有价值的意见和建议。',
    ],
    [
      'what 她 did is told; the view the reporter gives her is the gist',
      ['暑假里她参加了学校的夏令营，在夏令营认识了新同学，所以开学后很快就适应了学校的生活。她在学校和新同学一起玩，性格也开朗了不少。', '虽然也担心功课多，但她认为集体活动对孩子很有帮助。'],
      '虽然也担心功课多，但她认为集体活动对孩子很有帮助。',
    ],
    [
      'the verdict (…势在必行) over the last of the measures after it',
      ['推进老旧小区加装电梯势在必行。很多老人住在六七楼，上下楼非常不便。', '应简化审批程序，让申请更快通过；由政府给予一定补贴，减轻居民负担；协调好低层住户的利益，让加装电梯得到更多支持。'],
      '推进老旧小区加装电梯势在必行。',
    ],
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...paragraphs)).toBe(gist);
  });

  it('keeps a conclusion in the paragraph after an example as the conclusion', () => {
    expect(
      gistOf('比如社区的长者饭堂，午饭只要十块钱。', '总之，只要政府肯投入，社区养老服务就一定能办好，老人们也能安心养老。'),
    ).toBe('只要政府肯投入，社区养老服务就一定能办好，老人们也能安心养老。');
  });
});

describe('the cues behind them', () => {
  it.each([
    // [paragraphs, which units are inside an example]
    [['我们要多听群众意见。比如开座谈会。所以群众愿意说真话。'], [false, true, true]],
    [['比如开座谈会。', '所以群众愿意说真话。'], [true, false]],
    [['举办座谈会很有必要。比方说，居民可以当面提意见。总之，要让居民说话。'], [false, true, false]],
  ] as const)('example span of %j', (paragraphs, inside) => {
    const units = splitUnits(paragraphs);
    expect(measureExamples(units, units.map((u) => u.text))).toEqual(inside);
  });

  it.each([
    [['要坚定信心。要落实政策。要优化环境。'], [true, true, true]],
    [['要坚定信心。要落实政策。我们还要继续努力。'], [false, false, false]],
    [['要求各部门落实政策。要坚定信心。要优化环境。'], [false, false, false]],
  ] as const)('a run of 要 in %j', (paragraphs, items) => {
    expect(splitUnits(paragraphs).map((u) => u.listItem)).toEqual(items);
  });

  it.each([
    ['暑假期间她上了暑期班，很快就适应了。', true],
    ['他上任之后就立即走访了各个社区。', true],
    ['她认为孩子的社交活动很重要。', false],
    ['他主张由政府成立专门机构统筹。', false],
    ['我觉得他做得很好。', false],
    ['学校应该多组织集体活动。', false],
  ])('tellsOfThirdPerson(%s) is %s', (text, expected) => {
    expect(tellsOfThirdPerson(text)).toBe(expected);
  });

  it.each([
    ['改革高校的招生办法势在必行。', true],
    ['整治河道污染刻不容缓。', true],
    ['當務之急是穩住就業。', true],
    ['河道整治工程今年完工。', false],
  ])('hasStance(%s) is %s', (text, expected) => {
    expect(hasStance(text)).toBe(expected);
  });

  it.each([
    ['为此，我们建议增设公交线路。', '我们建议增设公交线路。'],
    ['對此，政府會加快審批。', '政府會加快審批。'],
    ['因此未必每个建议都要联署。', '未必每个建议都要联署。'],
    ['因为人手不够，所以排队很久。', '因为人手不够，所以排队很久。'],
    ['因此，扶持中小企业非常关键。', '扶持中小企业非常关键。'],
  ])('showUnit(%s) is %s', (text, shown) => {
    expect(showUnit(text)).toBe(shown);
  });
});
