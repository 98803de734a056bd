/** Extractive summaries: the gist (centrality and cues) and points, figures, cited policy lines, always verbatim. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/chinese/chars';
import { extractCites, extractFigures, measureCentrality, summarizeStatement } from '@/lib/understand/summarize';
import { analyzeTextFixture, readFixture, squash } from './support';

describe('measureCentrality', () => {
  it('ranks the sentence that shares most words with the others highest', () => {
    const words = [
      ['县域', '经济', '发展'],
      ['县域', '经济', '高质量', '发展', '规划'],
      ['天气', '晴朗'],
      ['高质量', '发展', '规划'],
    ];
    const rank = measureCentrality(words);
    expect(rank.indexOf(Math.max(...rank))).toBe(1);
    expect(rank[2]).toBeLessThan(rank[0]!);
  });

  it('gives 0 to sentences that share nothing', () => {
    expect(measureCentrality([['甲'], ['乙'], ['丙']])).toEqual([0, 0, 0]);
  });

  it('does not favour a long sentence only for its length: shared words count over the square root of its size', () => {
    const rank = measureCentrality([
      ['乡村', '振兴'],
      ['乡村', '振兴', '人才', '资金', '土地', '技术', '市场', '制度', '机制', '服务', '保障'],
      ['乡村', '振兴', '关键'],
    ]);
    // the long one shares as much but says many other things: the short ones are closer to the statement
    expect(rank[1]).toBeLessThan(rank[0]!);
    expect(rank[2]).toBeLessThan(rank[0]!);
  });

  it('is 0 for an empty sentence', () => {
    expect(measureCentrality([[], ['甲']])).toEqual([0, 0]);
  });
});

describe('extractFigures', () => {
  it.each([
    ['两市“三纵十横”路网基本形成,跨城公交线路已达10条;深挖产业合作发展潜能。', ['跨城公交线路已达10条']],
    ['全年实施项目7个,16个村并行覆盖,300余名党员干部带动2500余名群众共同参与。', ['全年实施项目7个', '16个村并行覆盖', '300余名党员干部带动2500余名群众共同参与']],
    ['有71.8%人每日收看電視，較2014年下跌3.9個百分點。', ['有71.8%人每日收看電視', '較2014年下跌3.9個百分點']],
    ['联合推出以汾河为纽带的三大主题六条旅游线路,丰富了文旅产品供给。', ['联合推出以汾河为纽带的三大主题六条旅游线路']],
    ['2024年,我们不断提升基础设施互联互通水平。', []],
    ['以学习运用“千万工程”经验为笔,深化“百乡千村”治理行动。', []],
  ])('%s', (text, want) => {
    expect(extractFigures([text])).toEqual(want);
  });
});

describe('extractCites', () => {
  it.each([
    ['今年的政府工作报告再次提出,要“加快太原晋中一体化”。近年来,“六个一体化”取得积极成效。', ['加快太原晋中一体化']],
    ['今年的政府工作报告提出,“加快市城区能级提升”,“旧城区重点盘活榆次老城。”这一愿景令人满怀期待。', ['加快市城区能级提升', '旧城区重点盘活榆次老城']],
    ['承接了全市学习运用“千万工程”经验现场观摩任务,“内外兼修”成效显著。', []],
    ['會議強調「堅持穩中求進工作總基調」。', ['堅持穩中求進工作總基調']],
  ])('%s', (text, want) => {
    expect(extractCites([text])).toEqual(want);
  });
});

describe('summarizeStatement', () => {
  it('reads well for the seed’s first speaker', () => {
    const outline = analyzeTextFixture('seed.txt');
    const qu = outline.topics[0]!.statements[0]!.summary;
    // his review of the year is background once he turns to what comes next: the gist is his "下一步…", the
    // sentence the seed's key (tests/corpus/summaries-key.json) picks as best
    expect(qu.gist).toMatch(/^下一步/);
    expect(qu.points.length).toBeGreaterThan(0);
    expect(qu.points.length).toBeLessThanOrEqual(3);
  });

  it('gives the seed’s 王静 her plan, not her closing call on everyone to join in (neither gist nor asks line)', () => {
    const outline = analyzeTextFixture('seed.txt');
    const wang = outline.topics.flatMap((t) => t.statements).find((st) => st.speaker.name === '王静')!.summary;
    // the sentence the seed's key (tests/corpus/summaries-key.json) picks as best
    expect(wang.gist).toMatch(/^展望2025年/);
    expect([wang.gist, ...(wang.asks ?? [])].join('')).not.toMatch(/呼吁广大企业和市民/);
  });

  it('is empty for a statement with no sentences', () => {
    expect(summarizeStatement([])).toEqual({ gist: null, points: [], figures: [], cites: [], asks: [] });
  });

  it('returns only verbatim text, for any statement built from real sentences', () => {
    const pool = readFixture('seed.txt')
      .split('\n')
      .flatMap((line) => splitSentences(line.trim()))
      .filter((s) => s.length > 6);
    const paragraph = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const summary = summarizeStatement(paragraphs);
        const body = squash(paragraphs.join('\n'));
        for (const piece of [summary.gist ?? '', ...summary.points, ...summary.figures, ...summary.cites]) {
          if (!body.includes(squash(piece))) return false;
        }
        return summary.gist !== null && summary.points.length <= 3 && !summary.points.includes(summary.gist);
      }),
      { numRuns: 150, seed: 20250301 },
    );
  });
});
