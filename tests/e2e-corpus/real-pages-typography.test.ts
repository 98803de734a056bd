/**
 * Corpus tier (reads third-party pages from ../shared/fixtures/real-pages; not part of `npm test`):
 * whole-page pinyin in real Chromium with the built extension on the 20 real news pages.
 * - Nothing that fit before overflows after: every box of fixed height (as tall with readings as
 *   without) that held its text before pinyin (content past the box by HELD_SLACK px at most)
 *   spills no more with the readings, checked as the page is
 *   scrolled through so the reading window covers all of it.
 * - Two page styles (thepaper.cn, simplified, sans-serif; cna.com.tw, traditional): painted
 *   readings ≥ 0.2 of their size apart on a line, word and character grouping.
 * Run: npx vitest run --config tests/vitest.config.ts --project e2e-corpus
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from '../e2e/helpers/browser';
import { findTabId, sendToTab } from '../e2e/helpers/messages';
import { ROOT } from '../e2e/helpers/paths';
import { HELD_SLACK } from '../../entrypoints/dubao.content/layers/fit-check';
import { measureReadings, recordBoxes, spilledBoxes, type SpilledBox } from '../e2e/helpers/ruby-layout';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/server';

const REAL_PAGES = resolve(ROOT, '../shared/fixtures/real-pages');

function realPages(): string[] {
  if (!existsSync(REAL_PAGES)) {
    throw new Error(`${REAL_PAGES} is missing: this corpus test reads the real pages from ../shared/fixtures beside the project (see ../shared/README.md); it is not part of npm test`);
  }
  return readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html')).sort();
}

const PAGES = realPages();

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(REAL_PAGES);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const setSettings = (patch: Record<string, unknown>) => patchSettings(browser, patch);

/** Opens a real page with the network cut off (only the fixture server answers). */
async function open(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route('**/*', (route) => {
    const request = route.request();
    if (request.url().startsWith(server.origin)) return route.continue();
    // the extension's own files (its lazy understanding, imported by the content script) pass this route too
    if (request.url().startsWith('chrome-extension:')) return route.continue();
    // A page script sending the tab elsewhere (to https, to its canonical address): the same file
    // answers there, so the page stays itself (its redirect sees where it wanted to be and stops).
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      return route.fulfill({ path: resolve(REAL_PAGES, file), contentType: 'text/html; charset=utf-8' });
    }
    return route.abort();
  });
  await page.goto(server.url(file), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // A cancelled redirect can leave 'load' pending: wait for it a while, not forever.
  await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => undefined);
  return page;
}

async function setPinyin(page: Page, on: boolean): Promise<void> {
  const tabId = await findTabId(browser.worker, page);
  await expect
    .poll(() => sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on }).then(() => true, () => false), { timeout: 30_000 })
    .toBe(true);
}

/** Waits until the page's ruby count is the same twice 300 ms apart. */
async function settle(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const n = await page.evaluate(() => document.querySelectorAll('ruby[data-dubao]').length);
        const stable = n === last;
        last = n;
        return stable;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
}

/** Scrolls through the page a screen at a time, calling `step` once the readings there settled. */
async function scrollThrough(page: Page, step: () => Promise<void>): Promise<void> {
  const screen = await page.evaluate(() => innerHeight);
  for (let y = 0; ; y += screen) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await settle(page);
    await step();
    // The page grows as readings arrive: its height is read again at every step.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (y + screen >= height) break;
  }
}

describe('whole-page pinyin on the 20 real pages: boxes that held their text still hold it', () => {
  const results: Record<string, { holding: number; rubies: number; spilled: SpilledBox[] }> = {};

  it.each(PAGES)('%s', async (file) => {
    await setSettings({ pinyinScope: 'page', grouping: 'word', readingSize: 'medium' });
    const page = await open(file);
    const { boxes, holding } = await recordBoxes(page, HELD_SLACK);
    await setPinyin(page, true);
    const spilled = new Map<string, SpilledBox>();
    let rubies = 0;
    const fitted = new Set<string>();
    let hidden = 0;
    await scrollThrough(page, async () => {
      rubies = Math.max(rubies, await page.evaluate(() => document.querySelectorAll('ruby[data-dubao]').length));
      for (const box of await page.evaluate(() =>
        [...document.querySelectorAll('[data-dubao-fit]')].map((e) => `${e.tagName.toLowerCase()}.${String(e.className)} "${(e.textContent ?? '').trim().slice(0, 12)}"`),
      ))
        fitted.add(box);
      hidden = Math.max(hidden, await page.evaluate(() => document.querySelectorAll('[data-dubao-fit] ruby[data-dubao]').length));
      for (const s of await spilledBoxes(page, HELD_SLACK)) if (!spilled.has(s.box) || spilled.get(s.box)!.now < s.now) spilled.set(s.box, s);
    });
    results[file] = { holding, rubies, spilled: [...spilled.values()] };
    console.log(`${file}: ${boxes} boxes with Han text (${holding} holding it), ${rubies} rubies, ${spilled.size} of those spill more than before; readings left out of ${fitted.size} fixed boxes (${hidden} rubies)`, [...spilled.values()].slice(0, 5), [...fitted].slice(0, 6));
    expect(rubies).toBeGreaterThan(0);
    expect([...spilled.values()]).toEqual([]);
    await page.close();
  });

  afterAll(() => {
    const spilling = Object.entries(results).filter(([, r]) => r.spilled.length > 0);
    console.log(`real pages: ${Object.keys(results).length} checked, ${spilling.length} with a box that held its text and spills more now`);
  });
});

describe('gaps between readings on two real page styles', () => {
  it.each([
    ['neg_03_thepaper-powerbank.html', 'word'],
    ['neg_03_thepaper-powerbank.html', 'character'],
    ['trad_01_cna-fire.html', 'word'],
    ['trad_01_cna-fire.html', 'character'],
  ] as const)('%s, %s grouping', async (file, grouping) => {
    await setSettings({ pinyinScope: 'page', grouping, readingSize: 'medium', toneColors: false });
    const page = await open(file);
    await setPinyin(page, true);
    await settle(page);
    const m = await measureReadings(page, null);
    console.log(`${file}, ${grouping}: ${m.close}/${m.pairs} adjacent pairs closer than 0.2 (${(m.share * 100).toFixed(1)}%)`, m.worst);
    expect(m.unmeasurable).toBe(0);
    expect(m.pairs).toBeGreaterThan(100);
    expect(m.share).toBeLessThanOrEqual(0.02);
    expect(m.maxOffCentre).toBeLessThan(0.05);
    await page.close();
  });
});
