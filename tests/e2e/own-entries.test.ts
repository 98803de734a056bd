/**
 * The reader's own entries and corner quotes in real Chromium with the built extension: typed in
 * the settings page, applied live in an open tab by both layers, removed live, and the page given
 * back byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const button = (page: Page, action: string) => page.locator(`dubao-ui [data-action="${action}"]`);
const h1 = (page: Page) => page.evaluate(() => document.querySelector('h1')!.textContent);
// Readings over the h1 (attributes of our rt elements).
const h1Readings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1 rt[data-dubao]')]
      .map((rt) => rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join(''))
      .join(' '),
  );

/** The reading over the first ruby whose base text is `base`. */
const readingOver = (page: Page, base: string) =>
  page.evaluate((base) => {
    const ruby = [...document.querySelectorAll('ruby[data-dubao]')].find((r) => r.firstChild?.textContent === base);
    return ruby?.querySelector(':scope > rt')?.getAttribute('data-r') ?? null;
  }, base);

async function openSeed(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('seed-epaper.html'));
  await button(page, 'pinyin').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

async function setEntries(options: Page, text: string): Promise<void> {
  await options.fill('textarea[name="entries"]', text);
  await options.locator('textarea[name="entries"]').blur();
}

describe('own entries and corner quotes, live', () => {
  it('an entry typed in the settings page changes the open tab, and removing it changes it back', async () => {
    const page = await openSeed();
    const original = await page.evaluate(() => document.body.innerHTML);
    await button(page, 'script').click();
    await expect.poll(() => h1(page), { timeout: 30_000 }).toBe('做活城鄉融合“大文章” 下好區域協調“一盤棋”');

    const options = await browser.openExtensionPage('options.html');
    await setEntries(options, '一盘棋 → 一局棋\n文章 → wen2 zang1\n');
    await expect.poll(() => options.textContent('[data-entries-status]')).toMatch(/Entries in use: 2/);
    expect(await browser.worker.evaluate(() => chrome.storage.sync.get('userEntries'))).toMatchObject({ userEntries: { text: '一盘棋 → 一局棋\n文章 → wen2 zang1\n' } });
    // The script layer follows without a reload …
    await expect.poll(() => h1(page), { timeout: 30_000 }).toBe('做活城鄉融合“大文章” 下好區域協調“一局棋”');
    // … and so does pinyin.
    await button(page, 'pinyin').click();
    await expect.poll(() => h1Readings(page), { timeout: 30_000 }).toContain('wénzāng');

    await setEntries(options, '');
    await expect.poll(() => h1Readings(page), { timeout: 30_000 }).not.toContain('wénzāng');
    await expect.poll(() => h1Readings(page)).toContain('wénzhāng');
    await button(page, 'pinyin').click();
    await expect.poll(() => h1(page), { timeout: 30_000 }).toBe('做活城鄉融合“大文章” 下好區域協調“一盤棋”');
    await button(page, 'script').click();
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 30_000 }).toBe(original);
    await options.close();
    await page.close();
  });

  it('a Cantonese reading typed in the settings page wins in the open tab with Jyutping on, and goes when removed', async () => {
    await patchSettings(browser, { notation: 'jyutping', toneColors: false });
    const page = await openSeed();
    const original = await page.evaluate(() => document.body.innerHTML);
    await button(page, 'pinyin').click();
    await expect.poll(() => readingOver(page, '重塑'), { timeout: 30_000 }).toBe('cung4 sou3');

    const options = await browser.openExtensionPage('options.html');
    await setEntries(options, '重塑 → cung5 sou3\n');
    await expect.poll(() => options.textContent('[data-entries-status]')).toMatch(/Entries in use: 1/);
    await expect.poll(() => readingOver(page, '重塑'), { timeout: 30_000 }).toBe('cung5 sou3');

    await setEntries(options, '');
    await expect.poll(() => readingOver(page, '重塑'), { timeout: 30_000 }).toBe('cung4 sou3');
    await button(page, 'pinyin').click();
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 30_000 }).toBe(original);
    await patchSettings(browser, { notation: 'pinyin' });
    await options.close();
    await page.close();
  });

  it('corner quotes: 「」 with traditional characters in the open tab, “” again when switched off', async () => {
    const page = await openSeed();
    const original = await page.evaluate(() => document.body.innerHTML);
    // Every write of the settings the background makes from now on, counted (a write of an unchanged
    // value fires no change event, so the calls are counted, not the events).
    await browser.worker.evaluate(() => {
      const g = globalThis as unknown as { settingsWrites: number };
      g.settingsWrites = 0;
      const area = chrome.storage.sync;
      const set = area.set.bind(area);
      area.set = ((items: Record<string, unknown>, ...rest: unknown[]) => {
        if ('settings' in items) g.settingsWrites++;
        return (set as (...a: unknown[]) => unknown)(items, ...rest);
      }) as typeof area.set;
    });
    await patchSettings(browser, { cornerQuotes: true, variant: 'tw' });
    await button(page, 'script').click();
    await expect.poll(() => h1(page), { timeout: 30_000 }).toBe('做活城鄉融合「大文章」 下好區域協調「一盤棋」');
    // Only the writer writes: no read of the tab's or the background's (their warm-ups, the switch)
    // puts a value back, which could undo the change below.
    await page.waitForTimeout(500);
    expect(await browser.worker.evaluate(() => (globalThis as unknown as { settingsWrites: number }).settingsWrites)).toBe(1);
    await patchSettings(browser, { cornerQuotes: false });
    await expect.poll(() => h1(page), { timeout: 30_000 }).toBe('做活城鄉融合“大文章” 下好區域協調“一盤棋”');
    await button(page, 'script').click();
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 30_000 }).toBe(original);
    await page.close();
  });
});
