/** The learned gist scorer: its features, its pick on statements of the kinds that made poor gists, and its weights' signs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { measureGistFeatures } from '@/lib/understand/summary/gist-features';
import { GIST_MODEL, scoreGistFeatures } from '@/lib/understand/summary/gist-model';
import { pickGist } from '@/lib/understand/summary/pick-sentences';
import { describeUnits } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';
import { squash } from './support';

/** The index of the unit the scorer picks (pickGist's hard filters kept, as summarizeStatement does). */
const pickOf = (text: string) => {
  const units = splitUnits([text]);
  return pickGist(measureGistFeatures(units).map((f) => scoreGistFeatures(f)), describeUnits(units), units);
};

describe('learned gist scorer: the pick', () => {
  it.each([
    ['praise, then the speaker’s "but"', '感谢主办方的邀请，这次论坛办得非常成功。但是我认为，社区养老服务还远远不够，政府应该加大投入。', 1],
    ['congratulations, then 不过', '首先祝贺大会顺利召开，各位代表辛苦了。不过，我想提醒一句，老旧小区加装电梯的补贴标准太低，建议提高到每台二十万元。', 1],
    ['a background year, then the view', '2018年，我们街道开始试点垃圾分类，当时很多居民不理解。现在我觉得，分类投放已经成了大家的习惯，关键是要把回收渠道打通。', 1],
    ['a rhetorical question, then its answer', '为什么年轻人不愿意留在县城？说到底还是因为就业机会太少，县里应该多引进一些制造业项目。', 1],
    ['a slogan line, then the proposal', '我们要同题共答、同声共鸣、同向共行、同频共振。具体来说，我建议明年先把社区食堂办起来，解决老人吃饭难的问题。', 1],
    ['a background figure, then the view', '去年全区地区生产总值增长了6.5%，达到1200亿元。我认为，增长的质量比速度更重要，要把更多资源投向民生。', 1],
    ['a closing good wish after the request', '希望市里尽快出台停车收费的细则，让居民心里有数。祝大家新年快乐，身体健康！', 0],
    ['traditional script: praise, then 但', '非常感謝各位的支持，活動辦得很圓滿。但我認為，場地租金太貴，政府應該提供更多免費的社區空間。', 1],
  ])('%s', (_, text, want) => {
    expect(pickOf(text)).toBe(want);
    expect(squash(splitUnits([text])[want]!.text)).toContain(squash(summarizeStatement([text]).gist ?? '').slice(0, 6));
  });
});

describe('learned gist scorer: the features', () => {
  const featuresOf = (text: string) => measureGistFeatures(splitUnits([text]));

  it.each([
    ['但是我认为这样不行。', 1],
    ['不過，問題還是很多。', 1],
    ['其实大家都知道。', 1],
    ['我认为这样不行。', 0],
  ])('turn(%s) = %s', (sentence, want) => {
    expect(featuresOf(`前面先说一句话。${sentence}`)[1]!.turn).toBe(want);
  });

  it('marks the unit after thanks or a preamble, and the first of two', () => {
    const f = featuresOf('谢谢主持人。我觉得这个政策很好，应该推广。');
    expect(f.map((x) => x.afterCourtesy)).toEqual([0, 1]);
    expect(f.map((x) => x.firstOfTwo)).toEqual([1, 0]);
  });

  it('tells a sentence that is mostly figures from one that only holds a figure', () => {
    const f = featuresOf('增长了12.5%，达到3000亿元。我们还要继续努力，把全市的营商环境建设得更好，让更多企业愿意留下来。');
    expect(f.map((x) => x.figureOnly)).toEqual([1, 0]);
  });

  it('marks the unit after one that opens in the past', () => {
    expect(featuresOf('小时候我家门前有条河。现在河水又变清了，孩子们又能下河玩了。').map((x) => x.afterBackground)).toEqual([0, 1]);
  });

  it('gives every unit a finite number for every feature the model weighs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('我认为应该加大投入。', '感谢大家！', '为什么会这样？', '去年增长了5%。', '但是问题还很多，', '一、完善制度；'), { minLength: 1, maxLength: 6 }), (parts) => {
        for (const f of measureGistFeatures(splitUnits([parts.join('')]))) {
          for (const key of Object.keys(GIST_MODEL) as (keyof typeof GIST_MODEL)[]) expect(Number.isFinite(f[key])).toBe(true);
          expect(Number.isFinite(scoreGistFeatures(f))).toBe(true);
        }
      }),
    );
  });
});

describe('learned gist scorer: the weights', () => {
  // the directions the issue fixes (a request is the point; a slogan, background, a good wish or a figure alone is not),
  // whatever a refit gives: a refit that turns one of these round is no better scorer
  it.each([
    ['request', 1],
    ['last', 1],
    ['slogan', -1],
    ['background', -1],
    ['wish', -1],
    ['figureOnly', -1],
    ['courtesy', -1],
    ['narration', -1],
  ] as const)('%s has sign %s', (key, sign) => {
    expect(Math.sign(GIST_MODEL[key])).toBe(sign);
  });
});
