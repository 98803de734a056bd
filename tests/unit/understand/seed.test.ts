/** The reference article: seed.txt as printed and seed-epaper.html as served both yield seed-expected.json. */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeHtmlFixture, analyzeTextFixture, readFixture, summaryProblems, withoutSummaries } from './support';

const expected = JSON.parse(readFixture('seed-expected.json')) as Outline;

const cases: Array<[string, () => Outline]> = [
  ['seed.txt', () => analyzeTextFixture('seed.txt')],
  ['seed-epaper.html', () => analyzeHtmlFixture('seed-epaper.html').outline],
];

describe.each(cases)('%s', (_name, analyze) => {
  const outline = analyze();

  it('yields seed-expected.json in every field it has', () => {
    expect(withoutSummaries(outline)).toEqual(expected);
  });

  it('summarises every speaker with verbatim text: a gist, at most 3 points', () => {
    expect(summaryProblems(outline)).toEqual([]);
  });

  it('lists the figures each speaker cites, as clauses', () => {
    const figures = outline.topics.map((t) => t.statements[0]!.summary.figures);
    expect(figures[0]).toEqual(
      expect.arrayContaining(['跨城公交线路已达10条', '跨省异地就医直接结算定点医院达到3842家', '100项高频政务服务实现跨市通办']),
    );
    expect(figures[2]).toEqual(expect.arrayContaining(['全年实施乡村振兴产业类和基础设施类项目7个', '16个村并行覆盖']));
    expect(figures[3]).toEqual(['每县至少壮大1个主导产业、培育1个优势产业、布局1个未来产业']);
    // a year alone, or a slogan in quotes ("六个一体化", "千万工程"), is not a figure
    for (const list of figures) {
      expect(list).not.toContain('2024年');
      expect(list.some((f) => f.includes('千万工程') || f.includes('百乡千村'))).toBe(false);
    }
  });

  it('finds the policy line each speaker answers', () => {
    const cites = outline.topics.map((t) => t.statements[0]!.summary.cites);
    expect(cites[0]).toEqual(['加快太原晋中一体化']);
    expect(cites[1]).toContain('加快市城区能级提升');
    expect(cites[2]).toContain('推进乡村由表及里、形神兼备的全面提升');
    expect(cites[3]![0]).toMatch(/^实施好县域经济高质量发展总体规划/);
  });

  it('picks the gist by ranking, not by position', () => {
    const firstSentences = outline.topics.map((t) => t.statements[0]!.paragraphs[0]!.split('。')[0]);
    const gists = outline.topics.map((t) => t.statements[0]!.summary.gist!);
    expect(gists.filter((g, i) => g.startsWith(firstSentences[i]!)).length).toBeLessThan(gists.length);
  });
});

describe('seed-epaper.html sources', () => {
  const { sources, root, outline } = analyzeHtmlFixture('seed-epaper.html');

  it('points at the headline, the displaced lead and every paragraph of every statement', () => {
    expect(sources.headline?.tagName).toBe('H1');
    expect(sources.lead.map((el) => el.textContent)).toEqual([outline.lead]);
    expect(sources.topics.map((t) => t.title?.textContent)).toEqual(outline.topics.map((t) => t.title));
    outline.topics.forEach((topic, t) => {
      topic.statements.forEach((statement, s) => {
        const els = sources.topics[t]!.statements[s]!;
        const pageText = els.map((el) => el.textContent).join('');
        for (const para of statement.paragraphs) {
          // a re-joined paragraph comes from two elements, in reading order
          expect(pageText.replace(/\s/g, '')).toContain(para.replace(/\s/g, ''));
        }
      });
    });
  });

  it('includes the continuation of a broken paragraph after the captions and credits', () => {
    const zhang = sources.topics[1]!.statements[0]!.map((el) => el.textContent ?? '');
    const cut = zhang.findIndex((t) => t.endsWith('亲眼见'));
    expect(cut).toBeGreaterThanOrEqual(0);
    expect(zhang[cut + 1]).toMatch(/^证了新春社火巡演的盛况/);
  });

  it('finds the smallest element that holds the feature', () => {
    expect(root?.className).toBe('article');
  });
});
