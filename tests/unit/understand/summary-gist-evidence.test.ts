/**
 * A figure of the state of things, told with no view, request or conclusion, is the evidence a speaker cites for the
 * point (issue 18): the claim or the proposal it supports is the gist. A figure the speaker tells of themselves (我, 我们,
 * 自己) is their own story and keeps its weight. Statements written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarizeStatement } from '@/lib/understand/summarize';
import { measureFeatures } from '@/lib/understand/summary/score-units';
import { splitUnits } from '@/lib/understand/summary/split-units';

const evidenceOf = (...paragraphs: string[]) => measureFeatures(splitUnits(paragraphs)).map((f) => f.evidence);

describe('gist: a figure cited as evidence', () => {
  it('marks a bare figure of the state of things, not the proposal beside it', () => {
    expect(
      evidenceOf('全市现有社区食堂四十二家，其中一半在老城区。', '建议把新建小区的配套用房优先留给社区食堂。'),
    ).toEqual([1, 0]);
  });

  it('leaves a figure the speaker tells of their own loss, and the institutional 我国 still counts as the state of things', () => {
    expect(evidenceOf('去年我家的果园因为霜冻少收了三千斤苹果。')).toEqual([0]);
    expect(evidenceOf('我国每年新增的城镇人口约一千万。')).toEqual([1]);
  });

  it('leaves a figure put as the speaker’s view or request', () => {
    expect(evidenceOf('我认为每个乡镇至少应配备两名全科医生。')).toEqual([0]);
  });

  it('the claim a statistic supports is the gist, not the statistic that opens the statement', () => {
    const gist = summarizeStatement([
      '全省乡村教师去年流失了四千多人，比前年多了百分之十五。',
      '乡村学校的老师留不住，是教育均衡最大的难题。',
      '不少年轻老师干满三年服务期就调走了，这难道没人管吗？',
    ]).gist;
    expect(gist).toBe('乡村学校的老师留不住，是教育均衡最大的难题。');
  });
});
