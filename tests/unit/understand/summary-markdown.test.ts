/** The Markdown export carries what the speaker asks for, after the points. */
import { describe, expect, it } from 'vitest';
import { outlineToMarkdown, type Outline } from '@/lib/outline';
import { summarizeStatement } from '@/lib/understand/summarize';

function outlineOf(paragraphs: string[]): Outline {
  return {
    detected: true,
    kind: 'roundtable',
    script: 'simplified',
    headline: '市民谈出行',
    deck: null,
    lead: null,
    topics: [{ title: null, statements: [{ speaker: { name: '李明', role: '市民' }, reporter: null, paragraphs, summary: summarizeStatement(paragraphs) }] }],
    credits: [],
    captions: [],
    evidence: [],
  };
}

describe('outlineToMarkdown: asks', () => {
  it('adds an "Asks for" line with the speaker’s requests', () => {
    const md = outlineToMarkdown(outlineOf(['我家附近的公交站去年撤掉了，老人出门很不方便。我建议公交公司恢复这个站点，方便周边居民出行。']));
    expect(md).toContain('Asks for: 我建议公交公司恢复这个站点，方便周边居民出行\n');
  });

  it('has no such line when nothing is asked', () => {
    const md = outlineToMarkdown(outlineOf(['今年我们新建了三座公园。市民的休闲空间明显增加了。']));
    expect(md).not.toContain('Asks for');
  });
});
