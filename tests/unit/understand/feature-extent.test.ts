/**
 * Where a feature ends on a page (frame-feature.ts): the container of its labels and topic lines. One such line's
 * container is its own paragraph and says nothing of the feature's extent: a prose round whose one label-like
 * paragraph opens it was cut there, and its later voices lost. A page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzePage, analyzeText } from '@/lib/understand';
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

describe('向 before a collective noun is "toward", no surname', () => {
  it.each([
    // (each read as a surname 向 and a given name before a quotation until 人类, 世界, 社会… were known as no names)
    ['再过几年，普通人也都会有机会向人类“新的家园”出发——去月球上住几天。', '向人类'],
    ['但是，很快普通游客都会有机会向人类“下一个目的地”出发，去火星看看。', '向人类'],
    ['这支乐队打算向世界“唱出自己的声音”，明年到欧洲巡演。', '向世界'],
    ['不少企业希望向社會「交出一份滿意的答卷」，今年都加大了投入。', '向社會'],
  ])('%s names nobody as %s', (sentence, notName) => {
    const text = ['月球旅行离我们还有多远', sentence, '航天专家李明说：“短途的太空旅行十年内就会出现。”', '工程师王红认为，“票价会随着技术进步慢慢降下来。”'].join('\n');
    const names = analyzeText(text, { onRequest: true }).topics.flatMap((t) => t.statements.map((s) => s.speaker.name));
    expect(names).not.toContain(notName);
    expect(names).toEqual(expect.arrayContaining(['李明', '王红']));
  });
});
