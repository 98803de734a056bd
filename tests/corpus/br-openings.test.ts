/**
 * The hand-off's opening on the real pages whose article is text broken by <br> (../shared/fixtures/real-pages):
 * the opening now reads those lines where the <p>s hold almost nothing, and the negatives among them stay refused
 * by every step: the check, the engine's decision on the opening, the product's verdict. Counts only: the pages
 * are third-party and stay in ../shared.
 */
import { describe, expect, it } from 'vitest';
import { detectAndAnalyze } from '@/lib/understand';
import { handOff } from '@/lib/understand/analyze-page';
import { checkPage } from '@/lib/understand/detect';
import { readOpeningText } from '@/lib/understand/opening-text';
import { parseHtml } from '@/scripts/cli/input';
import { readShared } from './shared';

const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

describe('real negatives with <br>-broken articles: read whole, still refused', () => {
  it.each<[string, number]>([
    // thepaper.cn: the article is one <div> of lines (the <p>s hold a byline and a date: 48 Han characters read before)
    ['real-pages/neg_03_thepaper-powerbank.html', 2000],
    // Apple Daily: the same (55 before)
    ['real-pages/trad_03_appledaily-tw.html', 500],
  ])('%s: its lines are handed off (over %i Han characters), and refused', (path, atLeast) => {
    const doc = parseHtml(readShared(path)).document;
    expect(han(readOpeningText(doc))).toBeGreaterThan(atLeast);
    const check = checkPage(doc);
    expect(check).toMatchObject({ chinese: true, passes: false });
    expect(handOff(doc, check)).toMatchObject({ passes: false, opening: false });
    expect(detectAndAnalyze(doc)).toBeNull();
  });

  it('real-pages/trad_01_cna-fire.html: an expired story with one paragraph and no <br> reads as before, and is refused', () => {
    const doc = parseHtml(readShared('real-pages/trad_01_cna-fire.html')).document;
    expect(doc.body.getElementsByTagName('br')).toHaveLength(0);
    expect(han(readOpeningText(doc))).toBeLessThan(100);
    const check = checkPage(doc);
    expect(handOff(doc, check)).toMatchObject({ passes: false, opening: false });
    expect(detectAndAnalyze(doc)).toBeNull();
  });
});
