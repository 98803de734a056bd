/**
 * The readings' typography, measured from Chromium's layout on the seed page with the built
 * extension: painted readings (the span inside each rt, never the rt box) keep at least 0.2 of their
 * size apart on a line, in word and in character grouping; each is centred over its characters;
 * they are drawn in one Latin font that has every tone mark; the reading size follows the setting
 * live; 一/不 follow the tones setting; a fixed-height box keeps its text; text marked as another
 * language gets none. Real pages: tests/e2e-corpus/real-pages-typography.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { FIXTURES_DIR } from './helpers/paths';
import { findTabId, sendToTab } from './helpers/messages';
import { measureReadings, readingFonts } from './helpers/ruby-layout';
import { startFixtureServer, type FixtureServer } from './helpers/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

const SEED = readFileSync(resolve(FIXTURES_DIR, 'seed-epaper.html'), 'utf8');

// A page with a fixed 20 px footer line (thepaper's shape), a nav bar clipped to its height, text in
// other languages, and an ordinary paragraph.
const BOXES = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font:16px/1.5 sans-serif;margin:20px}
#copy{height:20px;line-height:20px;font-size:12px}
#nav{height:32px;overflow:hidden;line-height:32px}
#nav a{margin-right:1em}
#scroll{height:60px;overflow:auto}
</style></head><body>
<p id="para">今年的政府工作报告再次提出,要加快太原晋中一体化。</p>
<p id="umlaut">绿色旅游策略,女性律师,法律,略有,吕梁</p>
<div id="nav"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">经济发展</a><a href="#">关于我们</a></div>
<p lang="ja" id="ja">日本の経済発展について</p>
<p lang="ko" id="ko">大韓民國 經濟發展</p>
<div id="scroll"><p>第一段文字</p><p>第二段文字</p><p>第三段文字</p></div>
<div id="copy">版权所有 © 2014-2024 上海东方报业有限公司</div>
</body></html>`;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('boxes.html', { body: BOXES });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setSettings = (patch: Record<string, unknown>) => patchSettings(browser, patch);

const pinyinButton = (page: Page) => page.locator('dubao-ui [data-action="pinyin"]');

/** Opens a page, switches pinyin on, waits until the rubies under `root` stop changing. */
async function openWithPinyin(path: string, root: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await pinyinButton(page).waitFor({ state: 'visible', timeout: 30_000 });
  await pinyinButton(page).click();
  await settle(page, root);
  return page;
}

/** Waits until the count of rubies under `root` is non-zero and the same twice 300 ms apart. */
async function settle(page: Page, root: string): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const n = await page.evaluate((root) => document.querySelectorAll(`${root} ruby[data-dubao]`).length, root);
        const stable = n > 0 && n === last;
        last = n;
        return stable;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
}

describe('readings on the seed page', () => {
  // Issue 19 measured 12% (word) and 19% (character) of pairs touching before; the bound is 2%.
  it.each(['word', 'character'] as const)('%s grouping: adjacent readings ≥ 0.2 of their size apart, centred, one Latin font', async (grouping) => {
    await setSettings({ grouping, readingSize: 'medium', toneColors: false });
    const page = await openWithPinyin('seed-epaper.html', '#ozoom');
    const m = await measureReadings(page, '#ozoom');
    console.log(`seed, ${grouping} grouping: ${m.close}/${m.pairs} adjacent pairs closer than 0.2 (${(m.share * 100).toFixed(1)}%), readings ${m.readingPx}px over ${m.basePx}px`, m.worst);
    expect(m.unmeasurable).toBe(0);
    expect(m.readings).toBeGreaterThan(grouping === 'word' ? 1000 : 1800);
    expect(m.pairs).toBeGreaterThan(m.readings * 0.8);
    expect(m.share).toBeLessThanOrEqual(0.02);
    expect(m.maxOffCentre).toBeLessThan(0.05);
    // Readable at arm's length: not half the text size.
    expect(m.basePx).toBe(16);
    expect(m.readingPx).toBeGreaterThanOrEqual(10);
    // Every reading drawn in one font, and not the page's CJK font.
    const fonts = await readingFonts(browser.context, page, 200);
    console.log('reading fonts:', fonts);
    expect(Object.keys(fonts)).toHaveLength(1);
    expect(Object.keys(fonts)[0]).not.toMatch(/CJK/);
    expect(Object.values(fonts)[0]).toBeGreaterThanOrEqual(150);
    await page.close();
  });

  it('the reading size follows the setting live, without re-rendering; off gives the page back', async () => {
    await setSettings({ grouping: 'word', readingSize: 'medium' });
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    // The page as it is once DuBao's UI is in (the understanding asks the background for its words first).
    await pinyinButton(page).waitFor();
    const original = await page.evaluate(() => document.body.innerHTML);
    await pinyinButton(page).click();
    await settle(page, '#ozoom');
    const rtSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#ozoom rt[data-dubao]')!).fontSize));
    expect(await rtSize()).toBe(10);
    // The same ruby element before and after: the stylesheet changed, not the page.
    await page.evaluate(() => ((window as unknown as { kept: Element }).kept = document.querySelector('#ozoom ruby[data-dubao]')!));
    // From the settings page, as a reader would.
    const options = await browser.openExtensionPage('options.html');
    await options.check('input[name="readingSize"][value="large"]');
    await expect.poll(rtSize, { timeout: 10_000 }).toBe(12);
    await options.close();
    await setSettings({ readingSize: 'small' });
    await expect.poll(rtSize, { timeout: 10_000 }).toBe(8);
    expect(await page.evaluate(() => (window as unknown as { kept: Element }).kept.isConnected)).toBe(true);
    const small = await measureReadings(page, '#ozoom');
    expect(small.share).toBeLessThanOrEqual(0.02);


    await pinyinButton(page).click();
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 20_000 }).toBe(original);
    await setSettings({ readingSize: 'medium' });
    await page.close();
  });
});

describe('boxes and languages', () => {
  it('a fixed-height footer line and a clipped nav bar keep holding their text; other languages get no readings; off restores the page', async () => {
    await setSettings({ pinyinScope: 'page', grouping: 'word', readingSize: 'medium' });
    const page = await browser.context.newPage();
    await page.goto(server.url('boxes.html'));
    // No feature here, so no in-page toolbar: the popup's way in.
    const tabId = await findTabId(browser.worker, page);
    const setPinyin = (on: boolean) => expect.poll(() => sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on }).then(() => true, () => false), { timeout: 20_000 }).toBe(true);
    const spill = () =>
      page.evaluate(() =>
        Object.fromEntries(['copy', 'nav', 'para', 'scroll'].map((id) => [id, document.getElementById(id)!.scrollHeight - document.getElementById(id)!.clientHeight])),
      );
    const before = await spill();
    expect(before).toMatchObject({ copy: 0, nav: 0, para: 0 });
    const original = await page.evaluate(() => document.body.innerHTML);
    await setPinyin(true);
    await settle(page, 'body');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('#copy ruby[data-dubao]').length), { timeout: 20_000 }).toBeGreaterThan(0);
    const after = await spill();
    expect(after.copy).toBeLessThanOrEqual(1);
    expect(after.nav).toBeLessThanOrEqual(1);
    // An ordinary paragraph grows with its readings and shows them.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#para rt[data-dubao]')!).display)).not.toBe('none');
    // The scroll box holds more by scrolling: it keeps its readings.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('#scroll rt[data-dubao]')!).display)).not.toBe('none');
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-dubao-fit]')].map((e) => e.id).sort())).toEqual(['copy', 'nav']);
    // ü with every tone (lǜ lǚ nǚ lüè) drawn in the same one font as the rest.
    const umlauts = await page.evaluate(() => [...document.querySelectorAll('#umlaut rt[data-dubao]')].map((rt) => rt.getAttribute('data-r')).join(' '));
    expect(umlauts).toMatch(/ǜ/);
    expect(umlauts).toMatch(/ǚ/);
    expect(umlauts).toMatch(/üè/);
    const fonts = await readingFonts(browser.context, page, 100);
    expect(Object.keys(fonts)).toHaveLength(1);
    expect(Object.keys(fonts)[0]).not.toMatch(/CJK/);
    // Japanese and Korean text: untouched.
    expect(await page.evaluate(() => document.querySelectorAll('#ja [data-dubao], #ko [data-dubao]').length)).toBe(0);
    await setPinyin(false);
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 20_000 }).toBe(original);
    await setSettings({ pinyinScope: 'feature' });
    await page.close();
  });
});
