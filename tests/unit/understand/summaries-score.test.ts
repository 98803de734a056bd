/** The evaluation's pure scoring: ROUGE-1 and ROUGE-L F1 on characters, punctuation ignored; seeded bootstrap. */
import { describe, expect, it } from 'vitest';
import {
  bootstrapMeanDifference,
  computeMean,
  createRandom,
  measureLcs,
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
