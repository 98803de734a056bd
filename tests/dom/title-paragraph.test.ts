/**
 * A page that prints its tab's headline again as a plain <p> above the story (no <h1>, no box called a title): that
 * paragraph is the headline, read once. Read twice, by the hand-off (opening-text.ts) and by the parse of the page
 * (frame-feature.ts), it was the story's first paragraph too, a long lead before the people, and a vox pop the text
 * parse finds was refused on the page (batches 100 and 101: two features, their leads telling what one of the people says; batch-103, run before the
 * change: one more).
 * Page and sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { detectAndAnalyze } from '@/lib/understand';
import { analyzeDocument } from '@/lib/understand';
import { handOff } from '@/lib/understand/analyze-page';
import { checkPage } from '@/lib/understand/detect';
import { judgeOpening } from '@/lib/understand/judge-opening';
import { readOpeningText } from '@/lib/understand/opening-text';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title: string, paragraphs: readonly string[]): Document {
  const body = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article>${body}</article></body></html>`, 'text/html') as unknown as Document;
}

// The lead, printed as the page's first paragraph and as its title (as a page's text is stored: its first line); like
// many a lead it tells what one of the people says, so read as a paragraph too, the story goes back to her.
const LEAD = '周末花市今日開鑼，維園一早已有大批市民入場選購年花。市民黃太表示，每年都會陪孫仔來買風車，今年只打算買兩束劍蘭。';
const STORY = [
  LEAD,
  '有市民一早入場 稱只為買一盆好意頭',
  '陳先生今早七時已從屯門出發，他指每年都會來花市買桃花，「桃花開得好，一家人一年都順順利利」，今年預算約五百元。另一位何小姐住在灣仔，就指今年想買一盆年桔放在店舖門口。',
  '黃太亦在九時左右入場，她指因為孫仔喜歡風車，所以每年都會陪他來花市。她今年打算只買兩束劍蘭，「最緊要開心，唔使買太多」。',
  '中午十二時，場內人流明顯增加，部分通道一度擠得水洩不通，場外亦有保安員維持秩序。',
];

describe('a paragraph printing the page title again', () => {
  it('is read once by the hand-off: the headline, then the story from its second paragraph', () => {
    expect(readOpeningText(page(LEAD, STORY))).toBe(STORY.join('\n'));
    // (read twice, the opening's parse refused the vox pop that the opening without the repeat holds)
    expect(judgeOpening([LEAD, ...STORY].join('\n'))).toBe(false);
    expect(judgeOpening(readOpeningText(page(LEAD, STORY)))).toBe(true);
  });

  it('is the headline of the page parse, and the product finds the three people', () => {
    const doc = page(LEAD, STORY);
    expect(analyzeDocument(doc).outline.headline).toBe(LEAD);
    expect(handOff(doc, checkPage(doc))).toMatchObject({ passes: true, opening: true });
    const found = detectAndAnalyze(page(LEAD, STORY));
    expect(found?.outline.detected).toBe(true);
    expect(found?.outline.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['陳先生', '何小姐', '黃太']);
  });

  it('a page without the repeat reads as before: its first paragraph is the story', () => {
    const doc = page('維園花市 市民買年花', STORY);
    expect(readOpeningText(doc)).toBe(['維園花市 市民買年花', ...STORY].join('\n'));
  });
});
