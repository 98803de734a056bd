/** Issue 18, cause 4: the asks line needs a request's form, not any modal or request-like noun. */
import { describe, expect, it } from 'vitest';
import { extractAsk, summarizeStatement } from '@/lib/understand/summarize';
import { describeUnits, measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

describe('asks: a request or proposal', () => {
  it.each([
    ['我觉得政府应该多听听年轻人的声音。', '我觉得政府应该多听听年轻人的声音'],
    ['我認為當局應該重新檢討政策。', '我認為當局應該重新檢討政策'],
    ['應當盡快修例，堵塞漏洞。', '應當盡快修例，堵塞漏洞'],
    ['河水太脏，建议有关部门进行治理。', '建议有关部门进行治理'],
    ['希望街道多招一些护理员。', '希望街道多招一些护理员'],
    ['我們呼籲政府盡快公布時間表。', '我們呼籲政府盡快公布時間表'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });

  it.each([
    // a modal inside an argument
    '批评既是一种学问，它应该有自己的依据。',
    '這些規則應該各有不同的側重點，所以學生常常混淆。',
    '法律关系弄清后，才能判断请求权基础。',
    '請求權基礎分析法側重點不同，法律關係分析法更重整體。',
    // a noun that only announces what follows
    '我在这里住了三年，想提两条建议：',
    '我有幾點意見想講：',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it('an argument with modals has no asks line; the same statement with a request has one', () => {
    const argument = summarizeStatement(['这门课先讲概念，后讲案例。学生弄清概念以后才能分析案例，它应该放在第一学期。']);
    expect(argument.asks).toEqual([]);
    const asking = summarizeStatement(['这门课先讲概念，后讲案例。建议学校把它放在第一学期。']);
    expect(asking.asks).toEqual(['建议学校把它放在第一学期']);
  });
});

describe('the gist’s request cue is the asks line’s: a modal in an argument is only a weak one', () => {
  it.each([
    ['批评既是一种学问，它应该有自己的依据。', false],
    ['这些规则应该各有侧重，学生才容易混淆。', false],
    ['我觉得政府应该多听听年轻人的声音。', true],
    ['媒體不應只顧收視率，還應該承擔教育大眾的責任。', true],
  ])('%s → request %s', (sentence, request) => {
    const [traits] = describeUnits(splitUnits([sentence]));
    expect(traits!.request).toBe(request);
    const [features] = measureFeatures(splitUnits([sentence]));
    expect(features!.request).toBe(request ? 1 : 0);
    expect(features!.weakRequest).toBe(request ? 0 : 1);
  });
});
