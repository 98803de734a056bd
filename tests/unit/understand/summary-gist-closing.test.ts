/**
 * The twentieth round's gist conventions (issue 18): what tells the speaker's point from a sentence that only closes
 * the statement. Each statement is written for these tests in one pattern, with the gist a reader picks; each case
 * fails without its rule, and the look-alikes keep their bounds. Figures: a vehicle's wheels, things pointed at again,
 * a saying of fingers and a question's clause are no numeric facts.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { hasStance } from '@/lib/understand/summary/cues';
import { extractFigures } from '@/lib/understand/summary/figures';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const gistOf = (...paragraphs: string[]) => summarizeStatement(paragraphs).gist;
const featuresOf = (...paragraphs: string[]) => measureFeatures(splitUnits(paragraphs));

describe('gist: the closing sentence that is not the point', () => {
  it.each([
    // a concession after the claim (当然…) qualifies it
    ['a concession opened by 当然', ['这次能拿到冠军，我觉得主要是运气好。', '当然我平时训练也很刻苦，教练一直陪着我加练。'], '这次能拿到冠军，我觉得主要是运气好。'],
    ['a concession in traditional script', ['這次能拿到冠軍，我覺得主要是運氣好。', '當然我平時訓練也很刻苦，教練一直陪著我加練。'], '這次能拿到冠軍，我覺得主要是運氣好。'],
    // the speaker glossing what they said ("我所说的…") explains an earlier point
    [
      'the speaker glossing an earlier point',
      ['我认为社区养老的难处被大家严重低估了。', '我所说的难处并不是否定这些年的工作，而在于怎样用越来越少的人手照顾越来越多的老人。'],
      '我认为社区养老的难处被大家严重低估了。',
    ],
  ])('%s', (_, paragraphs, gist) => {
    expect(gistOf(...(paragraphs as string[]))).toBe(gist);
  });

  it.each([
    // 当然 inside a sentence, or a single 在…方面 sentence, is no concession and no list
    ['这次能拿到冠军，我觉得主要是运气好。我平时训练当然也很刻苦，教练一直陪着我加练，所以最后拿下了比赛。', '我平时训练当然也很刻苦，教练一直陪着我加练，所以最后拿下了比赛。'],
    ['社区的需求这些年变化很大。在养老服务方面，我们要尽快补上护理站不够的短板。', '在养老服务方面，我们要尽快补上护理站不够的短板。'],
  ])('keeps its bounds: %s', (statement, gist) => {
    expect(gistOf(statement)).toBe(gist);
  });

  it.each([
    ['我所说的难处并不是否定这些年的工作。', 1],
    ['我刚才讲的办法，街坊都试过了。', 1],
    ['我说话一向很直。', 0],
    ['当然，我们也要看到不足。', 1],
    ['大家当然都支持这个办法。', 0],
  ])('%s leans on what was said before: dependent %s', (text, dependent) => {
    expect(featuresOf('社区养老的难处被低估了。', text)[1]!.dependent).toBe(dependent);
  });

  // "在…方面，…" openings, two or more, are the items of a list the speaker runs through, numbered or not
  it.each([
    ['在交通方面，打通断头路。', '在商业方面，扶持老字号。', 1],
    ['在交通方面，打通断头路。', '商业也要扶持老字号。', 0],
  ])('%s / %s: the items of a list (listItem %s)', (a, b, item) => {
    const f = featuresOf('老城更新要先摸清需求。', a, b);
    expect([f[1]!.listItem, f[2]!.listItem]).toEqual([item, item]);
  });

  it.each([
    // a prescription with no request word (尽快…, 要 with no subject) is read apart from the weak requests
    ['尽快建立全市统一的评价指标体系。', 1],
    ['要坚定信心，把短板补起来。', 1],
    // what is about to happen asks nobody
    ['要开学了，孩子们都很兴奋。', 0],
  ])('%s: prescription %s', (text, weak) => {
    expect(featuresOf(text)[0]!.prescription).toBe(weak);
  });
});

describe("hasStance: 我看，… is the speaker's view", () => {
  it.each([
    ['我看，每年发一次文件不如好好落实一次。', true],
    ['依我看，这个办法行不通。', true],
    ['说到底，我看，还是要靠自己。', true],
    ['我看到很多老人在排队。', false],
    ['我看了三遍才看懂。', false],
  ])('%s → %s', (text, stance) => {
    expect(hasStance(text)).toBe(stance);
  });
});

describe('extractFigures: not numeric facts (sentences written for these tests)', () => {
  it.each([
    // a vehicle named by its wheels
    ['他每天骑两轮电动车送快递，一天要跑八十公里。', ['一天要跑八十公里']],
    ['街上的三輪摩托車越來越多。', []],
    // things already named, pointed at again
    ['这两位老师都是学校的骨干。', []],
    ['那三个项目今年都开工了，总投资五亿元。', ['总投资五亿元']],
    // a saying: three fingers point back at yourself
    ['批评别人的时候，首先有三个手指指向自己。', []],
    // the clause that ends a question asks; the fact before it stays
    ['十年来发了十个文件，哪个落实了？', ['十年来发了十个文件']],
    ['这三年里有哪两个月没加班？', []],
    // counts stay counts
    ['学校今年招了两位老师，都是本地人。', ['学校今年招了两位老师']],
  ])('%s → %j', (text, want) => {
    expect(extractFigures([text])).toEqual(want);
  });
});
