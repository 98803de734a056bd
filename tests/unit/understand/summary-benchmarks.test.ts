/**
 * The world's figure a home case is measured against supports the point (./lib/understand/summary/benchmarks.ts).
 * Statements written for these tests; each gist case fails without the rule.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { citesForeignBenchmark } from '@/lib/understand/summary/benchmarks';

describe('benchmarks: the cue', () => {
  it.each([
    ['在发达国家，每千名老人拥有的护理床位普遍超过50张。', true],
    ['目前，国际上已有40多个国家立法保护个人数据。', true],
    ['國外的社區圖書館，平均每兩萬人就有一座。', true],
    // where the speaker is, a view of abroad with no figure, a home figure
    ['在国外过春节时，总会想起家里的年夜饭。', false],
    ['在发达国家，垃圾分类早已成为习惯。', false],
    ['我国每千名老人拥有的护理床位不到30张。', false],
  ] as const)('citesForeignBenchmark(%s) is %s', (text, expected) => {
    expect(citesForeignBenchmark(text)).toBe(expected);
  });
});

describe('benchmarks: the gist', () => {
  it.each([
    [
      'the world’s figure closing the statement supports the home case before it',
      ['目前，我国的护理人员缺口很大，老人对上门护理的需求越来越多。', '在发达国家，每千名老人拥有的护理人员普遍在20人以上。'],
      '目前，我国的护理人员缺口很大，老人对上门护理的需求越来越多。',
    ],
  ] as const)('%s', (_, paragraphs, gist) => {
    expect(summarizeStatement([...paragraphs]).gist).toBe(gist);
  });
});
