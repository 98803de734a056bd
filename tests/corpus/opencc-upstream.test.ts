/**
 * OpenCC's own test suite (../shared/fixtures/opencc-upstream: its testcases.json and the golden
 * outputs of the US constitution) through DuBao's script layer, for the configurations DuBao has:
 * s2tw → tw, s2twp → twp, s2hk → hk, and tw2s / hk2s / t2s → cn. Every line must come out as
 * OpenCC writes it, unless it is listed below with the reason DuBao writes it otherwise; a listed
 * line that starts to agree with OpenCC fails too, so the lists stay exact.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { ScriptVariant } from '@/lib/reading/contract';
import { convertText } from '@/lib/reading/script';
import { sharedPath } from './shared';

const VARIANT: Record<string, ScriptVariant> = { s2tw: 'tw', s2twp: 'twp', s2hk: 'hk', tw2s: 'cn', hk2s: 'cn', t2s: 'cn' };
// opencc-js's own converter for the same configuration, to score the library alone beside DuBao.
const LOCALES: Record<string, [string, string]> = { s2tw: ['cn', 'tw'], s2twp: ['cn', 'twp'], s2hk: ['cn', 'hk'], tw2s: ['tw', 'cn'], hk2s: ['hk', 'cn'], t2s: ['t', 'cn'] };

interface Line {
  /** case id and configuration, or golden:LINE and configuration */
  key: string;
  config: string;
  input: string;
  expected: string;
}

function readLines(): Line[] {
  // testcases.json is JSONC (trailing commas).
  const json = readFileSync(sharedPath('opencc-upstream/testcases.json'), 'utf8').replace(/,(\s*[\]}])/g, '$1');
  const { cases } = JSON.parse(json) as { cases: Array<{ id: string; input: string; expected: Record<string, string> }> };
  const lines: Line[] = [];
  for (const c of cases) {
    for (const [config, expected] of Object.entries(c.expected)) {
      if (VARIANT[config]) lines.push({ key: `${c.id} ${config}`, config, input: c.input, expected });
    }
  }
  const input = readFileSync(sharedPath('opencc-upstream/golden/us_constitution_zhs.txt'), 'utf8').split('\n');
  for (const config of ['s2tw', 's2twp', 's2hk']) {
    const output = readFileSync(sharedPath(`opencc-upstream/golden/us_constitution_zhs.${config}.txt`), 'utf8').split('\n');
    input.forEach((line, k) => {
      if (line.trim()) lines.push({ key: `golden:${k + 1} ${config}`, config, input: line, expected: output[k]! });
    });
  }
  return lines;
}

/** Deliberate: DuBao's Taiwan and mainland usage, better than OpenCC's for news (lib/reading/exceptions.ts, script.ts). */
const DELIBERATE: Record<string, string> = {
  'variants_tw_s2twp s2twp': '社区 stays 社區 (a neighbourhood; 社群 is an online community): a Taiwan-phrase veto',
  'golden:27 s2twp': '发布选举令 stays 發佈 (釋出 is a software release): a Taiwan-phrase veto',
  'golden:53 s2twp': '保存议事录 stays 保存 (儲存 is saving a file): a Taiwan-phrase veto; and 五分之一出席, not 一齣席 (below)',
  'golden:59 s2twp': '设置 stays 設置 (設定 is a software setting): a Taiwan-phrase veto',
  'BYVoid_OpenCC_Issue_767_solace t2s': '著 → 着 in 慰藉著: DuBao reads Taiwan and Hong Kong forms first, where 著 is the particle 着',
  'BYVoid_OpenCC_Issue_767_solace hk2s': 'as above: 慰藉著 → 慰藉着',
};

/**
 * Word boundaries: OpenCC's greedy longest match runs a phrase across a word boundary, and DuBao
 * converts along the word segmentation (script.ts wordBoundaryRule), as issue 19 asks.
 */
const WORD_BOUNDARY: Record<string, string> = {
  'golden:53 s2tw': '五分之一|出席: 一出 → 一齣 (a play) across the boundary; 出席 is the word',
  'golden:53 s2hk': 'as above: 出席, not 齣席',
  'golden:63 s2tw': '进行|复议: OpenCC matches 行复 → 行復 across the boundary; the word 复议 is 複議 in its own dictionary',
  'golden:63 s2twp': 'as above: 複議',
  'golden:63 s2hk': 'as above: 複議',
  'golden:105 s2tw': '认为|准予: 为准 → 為準 across the boundary gives 準予; 准予 (to permit) is the word',
  'golden:105 s2twp': 'as above: 准予',
  'golden:105 s2hk': 'as above: 准予',
  'golden:194 s2tw': '一部分|合并: 分合 across the boundary leaves 并 → 並; 合并 (to merge) is 合併',
  'golden:194 s2twp': 'as above: 合併',
  'golden:194 s2hk': 'as above: 合併',
  'golden:227 s2tw': '同意|后|制定: 后制 → 後製 (post-production) across the boundary; 制定 is the word',
  'golden:227 s2twp': 'as above: 制定',
  'golden:227 s2hk': 'as above: 制定',
};

/** OpenCC's repository is newer than the opencc-js 1.4.2 data DuBao ships (opencc-js alone differs the same way). */
const UPSTREAM_NEWER: Record<string, string> = {
  'BYVoid_OpenCC_PR_1228_existing_behaviors t2s': '殢 → 𣨼, added upstream after opencc-js 1.4.2',
  'BYVoid_OpenCC_PR_1229_existing_behaviors t2s': '圞 → 𪢮, added upstream after opencc-js 1.4.2',
  'BYVoid_OpenCC_PR_464_xi_vs_xi t2s': '樠 → 𣗊, added upstream after opencc-js 1.4.2',
};

describe('OpenCC upstream suite', () => {
  const lines = readLines();
  const listed = { ...DELIBERATE, ...WORD_BOUNDARY, ...UPSTREAM_NEWER };

  it('reads 782 lines of the configurations DuBao has', () => {
    expect(lines).toHaveLength(782);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });

  it('differs from OpenCC only where listed, and on every listed line', () => {
    const differ = lines.filter((l) => convertText(l.input, VARIANT[l.config]!) !== l.expected);
    const converters = new Map<string, (s: string) => string>();
    const library = lines.filter((l) => {
      if (!converters.has(l.config)) {
        const [from, to] = LOCALES[l.config]!;
        converters.set(l.config, OpenCC.Converter({ from, to } as unknown as Parameters<typeof OpenCC.Converter>[0]));
      }
      return converters.get(l.config)!(l.input) !== l.expected;
    });
    console.log(
      `OpenCC upstream: DuBao ${lines.length - differ.length}/${lines.length} exact (${Object.keys(DELIBERATE).length} deliberate, ` +
        `${Object.keys(WORD_BOUNDARY).length} word boundary, ${Object.keys(UPSTREAM_NEWER).length} newer upstream); ` +
        `opencc-js alone ${lines.length - library.length}/${lines.length}`,
    );
    const unexpected = differ.filter((l) => !listed[l.key]).map((l) => `${l.key}: ${convertText(l.input, VARIANT[l.config]!)} ≠ ${l.expected}`);
    expect(unexpected).toEqual([]);
    expect(differ.map((l) => l.key).sort()).toEqual(Object.keys(listed).sort());
    // opencc-js alone differs exactly on the newer upstream lines.
    expect(library.map((l) => l.key).sort()).toEqual(Object.keys(UPSTREAM_NEWER).sort());
  });
});
