/** The per-page check: cheap necessary condition, then a full parse; real pages in happy-dom. */
import { describe, expect, it } from 'vitest';
import { detectFeature, mightBeFeature } from '@/lib/understand/detect';
import { htmlDocument, readFixture } from './support';

describe('detectFeature', () => {
  it.each([
    'seed-epaper.html',
    'understand/npc-voices.html',
    'understand/night-economy.html',
    'understand/school-voices.html',
    'understand/education-quotes.html',
    'understand/policy-address-hk.html',
    'understand/forum-host.html',
    'understand/guests-introduced.html',
  ])('detects %s', (file) => {
    expect(detectFeature(htmlDocument(file))).toBe(true);
  });

  it.each([
    'understand/neg-single-reporter.html',
    'understand/neg-interview.html',
    'understand/neg-headlines.html',
    'understand/neg-release.html',
  ])('rejects %s', (file) => {
    expect(detectFeature(htmlDocument(file))).toBe(false);
  });

  it('rejects a page with no Chinese opening text at once', () => {
    const doc = htmlDocument('understand/neg-headlines.html');
    doc.body.textContent = 'Council approves transport budget. Officials said: ten new routes.';
    expect(detectFeature(doc)).toBe(false);
  });
});

describe('mightBeFeature (the quick condition)', () => {
  it('holds for text with two speaker labels followed by speech', () => {
    expect(mightBeFeature(readFixture('seed.txt'))).toBe(true);
    expect(mightBeFeature(readFixture('hk/hkcnews-10364-budget-voices.txt'))).toBe(true);
    expect(mightBeFeature(readFixture('understand/education-quotes.txt'))).toBe(true);
  });

  it('fails for a story that only reports speech, and for headlines without speech', () => {
    expect(mightBeFeature(readFixture('hk/hkcnews-10243-single-reporter.txt'))).toBe(false);
    expect(mightBeFeature(readFixture('understand/neg-single-reporter.txt'))).toBe(false);
    expect(mightBeFeature(readFixture('understand/neg-headlines.txt'))).toBe(false);
  });
});

describe('detectAndAnalyze', () => {
  it('returns the analysis of a roundtable page in one go, and null elsewhere', async () => {
    const { detectAndAnalyze } = await import('@/lib/understand');
    const analysis = detectAndAnalyze(htmlDocument('seed-epaper.html'));
    expect(analysis?.outline.topics.map((t) => t.title)).toEqual(['太原晋中一体化', '老城新貌展活力', '城乡联动共发展', '“小县大城”绘新景']);
    expect(analysis?.root?.className).toBe('article');
    expect(detectAndAnalyze(htmlDocument('understand/neg-single-reporter.html'))).toBeNull();
  });
});
