/**
 * The product around the core, in real Chromium with the built extension: the popup opened for the
 * seed's tab (as `popup.html?tabId=N`, the way a test can aim it), its toggles acting on the page,
 * the toolbar badge, the settings page applying to an open tab, and a tab DuBao cannot reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
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

/** The id of the tab showing `page` (brought to front: the extension has no `tabs` permission to match URLs). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id == null) throw new Error('no active tab');
  return id;
}

const badgeOf = (tabId: number) => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function openSeed(): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url('seed-epaper.html'));
  const tabId = await tabIdOf(page);
  // The content script reports its analysis when done; the badge follows.
  await expect.poll(() => badgeOf(tabId), { timeout: 30_000 }).toBe('4');
  return { page, tabId, errors };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="status"]');
  return popup;
}

const pressed = (popup: Page, action: string) => popup.getAttribute(`[data-action="${action}"]`, 'aria-pressed');
const rubyCount = (page: Page) => page.locator('ruby').count();

describe('the popup and the badge on the seed e-paper page', () => {
  it('badge shows 4; the popup shows 4 topics and 4 speakers; its toggles act on the page at once', async () => {
    const { page, tabId, errors } = await openSeed();
    const popup = await openPopup(tabId);

    await expect.poll(() => popup.getAttribute('[data-testid="topics"]', 'data-count')).toBe('4');
    expect(await popup.getAttribute('[data-testid="speakers"]', 'data-count')).toBe('4');
    expect(await popup.textContent('[data-testid="topics"]')).toBe('4 topics');
    expect(await popup.textContent('[data-testid="speakers"]')).toBe('4 speakers');
    expect(await popup.textContent('[data-testid="status"]')).toBe('Chinese page, simplified characters');
    expect(await pressed(popup, 'pinyin')).toBe('false');
    expect(await rubyCount(page)).toBe(0);

    // Pinyin on: the page gets ruby readings, the toggle shows pressed.
    await popup.click('[data-action="pinyin"]');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-pinyin')).toBe('on');
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(100);
    await expect.poll(() => pressed(popup, 'pinyin')).toBe('true');

    // And off again: no ruby left.
    await popup.click('[data-action="pinyin"]');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-pinyin')).toBe('off');
    await expect.poll(() => rubyCount(page)).toBe(0);
    await expect.poll(() => pressed(popup, 'pinyin')).toBe('false');

    // Script in the chosen variant (Hong Kong), then back to the original characters.
    const before = await page.locator('body').innerText();
    expect(before).toContain('话题');
    await popup.selectOption('[data-action="variant"]', 'hk');
    await popup.click('[data-action="script"]');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-script')).toBe('hk');
    await expect.poll(async () => (await page.locator('body').innerText()).includes('話題'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => pressed(popup, 'script')).toBe('true');
    await popup.click('[data-action="script"]');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-script')).toBe('original');
    await expect.poll(() => page.locator('body').innerText()).toBe(before);

    // The sidebar opens from the popup.
    await popup.click('[data-action="sidebar"]');
    await expect.poll(() => pressed(popup, 'sidebar')).toBe('true');

    // The variant picked in the popup is the saved setting.
    const stored = await browser.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect((stored.settings as { variant: string }).variant).toBe('hk');

    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says calmly that it cannot work on a tab without its content script', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    const tabId = await tabIdOf(page);
    const popup = await browser.context.newPage();
    const problems: string[] = [];
    popup.on('console', (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(m.text()) : 0));
    popup.on('pageerror', (e) => problems.push(String(e)));
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.textContent('[data-testid="status"]')).toMatch(/can't work on this page/);
    expect(problems).toEqual([]);
    expect(await popup.locator('[data-action="pinyin"]').count()).toBe(0);
    expect(await badgeOf(tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});

describe('the settings page', () => {
  it('saves at once, and an open tab follows: zhuyin readings replace pinyin', async () => {
    const { page } = await openSeed();
    const tabId = await tabIdOf(page);
    const popup = await openPopup(tabId);
    await popup.click('[data-action="pinyin"]');
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(100);
    // Readings by kind: zhuyin (Bopomofo letters) or pinyin with tone marks. The layer keeps them
    // in data-r attributes (shown by CSS), on the rt or on its per-syllable spans.
    const readings = () =>
      page.locator('rt').evaluateAll((rts) => {
        const textOf = (rt: Element) =>
          rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join('');
        const all = rts.map(textOf);
        return {
          zhuyin: all.filter((r) => /[\u3105-\u3129]/.test(r)).length,
          marked: all.filter((r) => /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(r)).length,
        };
      });
    await expect.poll(async () => (await readings()).marked, { timeout: 30_000 }).toBeGreaterThan(100);
    expect((await readings()).zhuyin).toBe(0);

    const options = await browser.openExtensionPage('options.html');
    await options.check('input[name="readingStyle"][value="zhuyin"]');
    await expect.poll(() => options.textContent('[data-testid="saved"]')).toMatch(/Saved/);
    const stored = await browser.worker.evaluate(() => chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({ notation: 'zhuyin' });
    // Zhuyin in the open tab, without reloading it.
    await expect.poll(async () => (await readings()).zhuyin, { timeout: 30_000 }).toBeGreaterThan(100);
    await expect.poll(async () => (await readings()).marked, { timeout: 30_000 }).toBe(0);

    await options.click('[data-action="reset"]');
    await expect.poll(async () => (await readings()).zhuyin, { timeout: 30_000 }).toBe(0);
    await expect.poll(async () => (await readings()).marked, { timeout: 30_000 }).toBeGreaterThan(100);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('lists the three shortcuts with their default keys', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-command]');
    const rows = await options.locator('[data-command]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-command'), r.querySelector('kbd')?.textContent ?? '']),
    );
    rows.sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(rows).toEqual([
      ['toggle-pinyin', 'Alt+Shift+Y'],
      ['toggle-script', 'Alt+Shift+J'],
      ['toggle-sidebar', 'Alt+Shift+S'],
    ]);
    await options.close();
  });
});
