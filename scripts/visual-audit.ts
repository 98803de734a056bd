/**
 * A look at what a reader sees (not a test): the built extension in Chromium on the seed page, real
 * pages and the Hong Kong articles from ../shared, at 1280×800 and 390×800, light and dark pages;
 * screenshots of each state into /tmp/visual3 (never the repo). Numbers printed beside each shot
 * are the geometry the e2e tests assert (tests/e2e/reader-view.test.ts).
 *   DUBAO_SKIP_BUILD=1 node --import tsx scripts/visual-audit.ts [name-filter]
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from '../tests/e2e/helpers/browser';
import { findTabId, sendToTab } from '../tests/e2e/helpers/messages';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/helpers/server';
import { findWordPoint } from '../tests/e2e/helpers/word-point';
import { uiGeometry } from '../tests/e2e/helpers/ui-geometry';

const OUT = process.env.AUDIT_OUT ?? '/tmp/visual3';
const SHARED = resolve(ROOT, '../shared/fixtures');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Target {
  name: string;
  path: string;
  /** A word to look up in the dictionary. */
  word?: string;
  scope?: string;
}

const TARGETS: Target[] = [
  { name: 'seed', path: 'seed-epaper.html', word: '城乡', scope: '#ozoom' },
  { name: 'pos01', path: 'real-pages/pos_01_sina-cio-panel.html', word: '人民币', scope: 'body' },
  { name: 'pos02', path: 'real-pages/pos_02_163-brokers-panel.html', word: '市场', scope: 'body' },
  { name: 'neg03', path: 'real-pages/neg_03_thepaper-powerbank.html', word: '充电宝', scope: 'body' },
  { name: 'neg10', path: 'real-pages/neg_10_163-news-list.html', word: '新闻', scope: 'body' },
  { name: 'neg13', path: 'real-pages/neg_13_bbc-zhongwen.html', word: '香港', scope: 'body' },
  { name: 'trad02', path: 'real-pages/trad_02_udn-airport.html', word: '機場', scope: 'body' },
  { name: 'hk10364', path: 'hk/hkcnews-10364-budget-voices.txt.html', word: '預算', scope: 'article' },
];

function hkPage(file: string): string {
  const lines = readFileSync(resolve(SHARED, 'hk', file), 'utf8').split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
  return `<!doctype html><html lang="zh-HK"><head><meta charset="utf-8"><title>${escape(lines[0] ?? file)}</title></head><body><article>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</article></body></html>`;
}

async function open(browser: ExtensionBrowser, server: FixtureServer, t: Target, dark: boolean): Promise<Page> {
  const page = await browser.context.newPage();
  // tsx names the functions it compiles with a helper the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  await page.route('**/*', (route) => {
    const request = route.request();
    // (the extension's own files too: the content script imports its lazy scripts, understanding.js and summaries.js)
    if (request.url().startsWith(server.origin) || request.url().startsWith('chrome-extension://')) return route.continue();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      return route.fulfill({ path: resolve(SHARED, t.path), contentType: 'text/html; charset=utf-8' });
    }
    return route.abort();
  });
  await page.goto(server.url(t.path), { waitUntil: 'domcontentloaded' });
  if (dark) await page.addStyleTag({ content: 'html,body{background:#121212 !important;color:#e0e0e0 !important}' });
  return page;
}

async function rubyCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('ruby[data-dubao]').length);
}

async function settle(page: Page, test: (p: Page) => Promise<number>): Promise<void> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const n = await test(page);
    if (n > 0 && n === last) return;
    last = n;
    await page.waitForTimeout(400);
  }
}

async function shoot(page: Page, file: string): Promise<void> {
  const g = await uiGeometry(page).catch((e: unknown) => String(e));
  await page.screenshot({ path: `${OUT}/${file}.png` });
  console.log(file, JSON.stringify(g));
}

async function run(browser: ExtensionBrowser, server: FixtureServer, t: Target, tag: string, dark: boolean): Promise<void> {
  const page = await open(browser, server, t, dark);
  const tabId = await findTabId(browser.worker, page);
  const send = (type: string, data?: unknown) => sendToTab(browser.worker, tabId, type, data);
  for (let i = 0; i < 100; i++) {
    if (await send('getPageState').then(() => true, () => false)) break;
    await page.waitForTimeout(200);
  }
  const f = `${t.name}-${tag}`;
  await shoot(page, `${f}-0-base`);
  await send('setLayer', { layer: 'pinyin', on: true });
  await settle(page, rubyCount);
  await shoot(page, `${f}-1-pinyin`);
  await patchSettings(browser, { notation: 'jyutping' });
  await page.waitForFunction(() => /\d/.test(document.querySelector('rt[data-dubao]')?.getAttribute('data-r') ?? ''), null, { timeout: 20_000 }).catch(() => undefined);
  await settle(page, rubyCount);
  await shoot(page, `${f}-2-jyutping`);
  await patchSettings(browser, { notation: 'pinyin' });
  await send('setLayer', { layer: 'pinyin', on: false });
  await send('setLayer', { layer: 'script', on: true });
  await page.waitForTimeout(1500);
  await shoot(page, `${f}-3-script`);
  await send('setLayer', { layer: 'script', on: false });
  await send('setLayer', { layer: 'pinyin', on: true });
  await settle(page, rubyCount);
  await send('toggleSidebar', { open: true });
  await page.waitForTimeout(800);
  await shoot(page, `${f}-4-sidebar`);
  // A speaker card: its full statement opened.
  const expand = page.locator('dubao-ui .db-expand').first();
  if (await expand.count()) {
    await expand.click();
    await expand.scrollIntoViewIfNeeded();
    await shoot(page, `${f}-5-speaker`);
  }
  // Focus rings: tab into the sidebar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await shoot(page, `${f}-6-focus`);
  await send('toggleSidebar', { open: false });
  // The dictionary on a word.
  const dict = page.locator('dubao-ui [data-action="dict"]');
  if (t.word) {
    await page.evaluate(() => undefined);
    if (!(await dict.isVisible().catch(() => false))) {
      // No toolbar: the sidebar's open and close show it while the dictionary is on.
      await send('toggleSidebar', { open: true });
    }
    if (await dict.isVisible().catch(() => false)) {
      await dict.click();
      await send('toggleSidebar', { open: false }).catch(() => undefined);
      const point = await findWordPoint(page, t.word, 0, t.scope ?? 'body');
      if (point) {
        await page.mouse.move(point.x - 20, point.y - 20);
        await page.mouse.move(point.x, point.y, { steps: 3 });
        await page.locator('dubao-ui [data-dubao-dict]').waitFor({ timeout: 15_000 }).catch(() => undefined);
        await shoot(page, `${f}-7-dict`);
      } else console.log(`${f}: ${t.word} not found`);
    }
  }
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 320, height: 480 });
  await popup.waitForSelector('[data-testid="status"]').catch(() => undefined);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: `${OUT}/${f}-8-popup.png`, fullPage: true });
  await popup.close();
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(SHARED)) throw new Error(`${SHARED} missing`);
  const filter = process.argv[2] ?? '';
  const server = await startFixtureServer(SHARED);
  for (const file of ['hkcnews-10364-budget-voices.txt']) server.route(`hk/${file}.html`, { body: hkPage(file) });
  const sizes = (process.env.SIZES ?? '1280,390').split(',').map(Number);
  const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as Array<'light' | 'dark'>;
  for (const width of sizes) {
    for (const scheme of schemes) {
      const browser = await launchWithExtension({ viewport: { width, height: 800 }, colorScheme: scheme });
      try {
        await patchSettings(browser, { pinyinScope: 'page' });
        for (const t of TARGETS) {
          if (filter && !new RegExp(filter).test(t.name)) continue;
          const tag = `${width}-${scheme}`;
          await run(browser, server, t, tag, scheme === 'dark').catch((e: unknown) => console.log(`${t.name}-${tag} failed`, e));
        }
      } finally {
        await browser.close();
      }
    }
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
