/** The content script's steps (analyze-page.ts): the decision on the main content's opening, then the full parse, then (summarize-outline.ts) the summaries. */
import { describe, expect, it } from 'vitest';
import { blocksFromDocument, type Block } from '@/lib/understand/blocks';
import { beginPageAnalysis, DECISION_CHARS, finishPageAnalysis, openingBlocks, toAnalysis } from '@/lib/understand/analyze-page';
import { analyzePage } from '@/lib/understand';
import { emptySummary } from '@/lib/understand/empty-summary';
import { summarizeOutline } from '@/lib/understand/summarize-outline';
import { checkPage, type PageCheck } from '@/lib/understand/detect';
import { parseBlocks } from '@/lib/understand/parse';
import { parseHtml } from '@/scripts/cli/input';
import { readFixture } from './support';

// A reporter's own sentences (no labels, no voices): the body of a long report.
const NARRATIVE = [
  '今年以来，全市新建改建农村公路一百二十公里，打通了十几个村的断头路。',
  '在城东新区，一批标准厂房已经完工，首批企业预计下月入驻。',
  '据统计，上半年全市接待游客人次同比增长百分之十八，旅游收入稳步回升。',
  '老城片区的改造采取微更新方式，保留了原有街巷肌理和传统民居。',
  '随着地铁二号线开通，沿线商圈客流明显增加，夜间消费更加活跃。',
  '多个社区推出了嵌入式养老服务，为独居老人提供助餐和上门巡访。',
];

function paragraphs(chars: number, offset = 0): string {
  const out: string[] = [];
  let n = 0;
  for (let i = offset; n < chars; i++) {
    const p = NARRATIVE[i % NARRATIVE.length]! + NARRATIVE[(i * 5 + 1) % NARRATIVE.length]!;
    out.push(`<p>${p}</p>`);
    n += p.length;
  }
  return out.join('\n');
}

const page = (body: string) => parseHtml(`<!DOCTYPE html><html lang="zh-CN"><head><title>城市观察</title></head><body><div class="article"><h1>城市观察</h1>${body}</div></body></html>`).document;

/** The seed's article with a long report appended inside it: a feature whose page runs far past the opening. */
function longSeed(): Document {
  const doc = parseHtml(readFixture('seed-epaper.html')).document;
  const article = doc.querySelector('.article')!;
  article.insertAdjacentHTML('beforeend', paragraphs(3 * DECISION_CHARS));
  return doc;
}

const textOf = (blocks: Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);
const passing: PageCheck = { chinese: true, textCues: true, boldLabels: 0, looseLines: 0, paragraphVoices: null, passes: true };

describe('openingBlocks', () => {
  const blocks = ['一二三', '四五六七', '八九'].map((text) => ({ text, el: null, heading: 0, emphasis: false, link: false }));
  it.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [7, 2],
    [8, 3],
    [100, 3],
  ])('reads blocks until %i characters: %i of them', (chars, count) => {
    expect(openingBlocks(blocks, chars)).toHaveLength(count);
  });
  it('keeps every block of a page shorter than the opening', () => {
    expect(openingBlocks(blocks, 100)).toBe(blocks);
  });
});

describe('the decision on the opening, then the full parse', () => {
  it('parses a page no longer than the opening once, as the one-step analysis does', () => {
    const doc = parseHtml(readFixture('seed-epaper.html')).document;
    expect(textOf(blocksFromDocument(doc))).toBeLessThan(DECISION_CHARS);
    const first = beginPageAnalysis(doc);
    expect(first.done).toBe(true);
    const one = toAnalysis(parseBlocks(blocksFromDocument(doc), { fromDocument: true, title: doc.title.split(' - ')[0] }));
    expect(first.done && first.analysis?.outline).toEqual(one.outline);
  });

  it('on a long feature page leaves the full parse pending, and that parse is the one-step analysis', () => {
    const doc = longSeed();
    expect(textOf(blocksFromDocument(doc))).toBeGreaterThan(2 * DECISION_CHARS);
    const first = beginPageAnalysis(doc);
    expect(first.done).toBe(false);
    const analysis = first.done ? null : finishPageAnalysis(first.pending);
    expect(analysis?.outline.detected).toBe(true);
    expect(analysis?.outline.topics.map((t) => t.title)).toEqual(['太原晋中一体化', '老城新貌展活力', '城乡联动共发展', '“小县大城”绘新景']);
    // the steps' outline is unsummarized; summarized after, as the content script has it, it is the one-step analysis
    expect(analysis!.outline.topics.flatMap((t) => t.statements.map((s) => s.summary))).toEqual(Array(4).fill(emptySummary()));
    expect(summarizeOutline(analysis!.outline)).toEqual(analyzePage(longSeed())?.outline);
  });

  it('rules out a long report whose opening holds no feature, without the full parse', () => {
    const doc = page(paragraphs(4 * DECISION_CHARS));
    expect(beginPageAnalysis(doc, passing)).toEqual({ done: true, analysis: null });
    expect(analyzePage(doc, passing)).toBeNull();
  });

  it('does not look for a feature that begins only after the opening (the rule this bounds the work by)', () => {
    const seed = parseHtml(readFixture('seed-epaper.html')).document.querySelector('.article')!.innerHTML;
    const doc = page(paragraphs(2 * DECISION_CHARS) + seed);
    expect(checkPage(doc).passes).toBe(true);
    expect(analyzePage(doc)).toBeNull();
  });

  it('returns null at once where the check does not pass', () => {
    const doc = page(paragraphs(500));
    expect(checkPage(doc).passes).toBe(false);
    expect(beginPageAnalysis(doc)).toEqual({ done: true, analysis: null });
  });
});
