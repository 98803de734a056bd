/**
 * Where a feature ends on a page (frame-feature.ts): the container of its labels and topic lines. One such line's
 * container is its own paragraph and says nothing of the feature's extent: a prose round whose one label-like
 * paragraph opens it was cut there, and its later voices lost. A page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/understand/analyze-page';
import { analyzeDocument } from '@/lib/understand';
import { htmlDocument } from './support';

describe('the feature’s extent on a page', () => {
  it('a prose round with one label-like paragraph is read to its end', () => {
    const doc = htmlDocument('understand/prose-round-one-label.html');
    const { outline } = analyzeDocument(doc);
    expect(outline.detected).toBe(true);
    expect(outline.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['王女士', '刘先生', '陈阿姨']);
    // the extension's path (check, hand-off, parse) agrees
    expect(analyzePage(doc)?.outline.detected).toBe(true);
  });

  it('the page is left as it was', () => {
    const doc = htmlDocument('understand/prose-round-one-label.html');
    const before = doc.documentElement.outerHTML;
    analyzePage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
