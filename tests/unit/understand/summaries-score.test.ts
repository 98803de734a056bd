/** The evaluation's pure scoring: ROUGE-1 and ROUGE-L F1 on characters, punctuation ignored; seeded bootstrap. */
import { describe, expect, it } from 'vitest';
import {
  bootstrapMeanDifference,
  computeMean,
  createRandom,
  measureLcs,
  saysAsk,
  scoreAsks,
  scoreRouge1,
  scoreRougeL,
  splitEvalSentences,
  tokenizeChars,
} from '@/scripts/summaries-eval/score';

describe('tokenizeChars', () => {
  it('keeps Han, Latin and digits; drops punctuation and spaces', () => {
    expect(tokenizeChars('县域经济，是“重要支撑”。 GDP 3%')).toEqual(['县', '域', '经', '济', '是', '重', '要', '支', '撑', 'g', 'd', 'p', '3']);
  });
});

describe('ROUGE on characters', () => {
  it.each([
    // candidate, reference, ROUGE-1 F1, ROUGE-L F1
    ['县域经济', '县域经济', 1, 1],
    ['县域经济。', '“县域经济”', 1, 1],
    ['天气晴朗', '县域经济', 0, 0],
    ['', '县域经济', 0, 0],
    // 4 candidate chars, 2 reference chars, both shared: P=1/2, R=1 → 2/3
    ['经济发展', '经济', 2 / 3, 2 / 3],
    // same characters, reversed order: all unigrams shared, LCS only 1
    ['甲乙', '乙甲', 1, 0.5],
    // clipped counts: 好 twice in the candidate, once in the reference → overlap 1; P=1/2, R=1
    ['好好', '好', 2 / 3, 2 / 3],
  ])('%s vs %s', (cand, ref, r1, rl) => {
    expect(scoreRouge1(cand, ref)).toBeCloseTo(r1, 10);
    expect(scoreRougeL(cand, ref)).toBeCloseTo(rl, 10);
  });

  it('LCS of known sequences', () => {
    expect(measureLcs([...'ABCBDAB'], [...'BDCABA'])).toBe(4);
    expect(measureLcs([], [...'甲'])).toBe(0);
  });
});

describe('splitEvalSentences', () => {
  it.each([
    ['县域经济很重要。我们要抓好落实！', ['县域经济很重要。', '我们要抓好落实！']],
    ['他说：“今年会更好。”大家都笑了', ['他说：“今年会更好。”', '大家都笑了']],
    ['真的吗?是的!!', ['真的吗?', '是的!!']],
    ['', []],
  ])('%s', (text, want) => {
    expect(splitEvalSentences(text)).toEqual(want);
  });
});

describe('bootstrap and random source', () => {
  it('repeats a seeded run exactly', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('gives a point interval when every difference is the same', () => {
    expect(bootstrapMeanDifference([0.5, 0.6, 0.7], [0.4, 0.5, 0.6], 500)).toEqual({ mean: expect.closeTo(0.1, 10), low: expect.closeTo(0.1, 10), high: expect.closeTo(0.1, 10) });
  });

  it('brackets the mean difference, and is wider for noisier data', () => {
    const a = [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6, 0.4];
    const b = a.map(() => 0.5);
    const wide = bootstrapMeanDifference(a, b, 2000);
    expect(wide.low).toBeLessThanOrEqual(wide.mean);
    expect(wide.high).toBeGreaterThanOrEqual(wide.mean);
    expect(wide.high - wide.low).toBeGreaterThan(0.1);
    expect(computeMean([1, 2, 3])).toBe(2);
  });
});

describe('the asks scorer: a line says a keyed request when it covers half of it and is mostly it', () => {
  it.each([
    // line, keyed request, says it
    ['希望政府尽快公布时间表', '希望政府尽快公布时间表', true],
    ['他说，希望政府尽快公布时间表', '希望政府尽快公布时间表', true],
    // a fragment of the request does not
    ['形成政策建议', '政协应该有一种程序，让委员经过调研形成政策建议', false],
    // a whole paragraph around it does not
    ['现在生意很难做，租金又贵，工人也难请，我们每天都在亏钱，希望政府尽快公布时间表，大家等得很辛苦', '希望政府尽快公布时间表', false],
    // pinyin glosses left in a page do not count against the line
    ['希望加快推進(jìn)電商', '希望加快推進電商', true],
  ])('%s ~ %s → %s', (line, ask, says) => {
    expect(saysAsk(line, ask)).toBe(says);
  });

  it('counts right, wrong, found and missed; a borderline request is neither', () => {
    const key = { asks: ['请大家节约用水', '希望水务署更换旧水管'], maybe: ['要好好治一治水'] };
    expect(scoreAsks(['请大家节约用水', '要好好治一治水', '他提交了相关建议'], key)).toEqual({ right: 1, wrong: 1, found: 1, missed: 1 });
    expect(scoreAsks([], { asks: [] })).toEqual({ right: 0, wrong: 0, found: 0, missed: 0 });
  });
});
