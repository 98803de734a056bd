/**
 * The product around the core, in real Chromium with the built extension: the popup opened for the
 * seed's tab (as `popup.html?tabId=N`, the way a test can aim it), its toggles acting on the page,
 * the toolbar badge, the settings page applying to an open tab, and a tab DuBao cannot reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { FIXTURES_DIR } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { findTabId, readBadge } from './helpers/messages';

let browser: ExtensionBrowser;
let server: FixtureServer;

/** A Hong Kong news page in traditional characters: the lines of a traditional-script fixture as paragraphs. */
function hkPage(): string {
  const lines = readFileSync(resolve(FIXTURES_DIR, 'understand/policy-address-hk.txt'), 'utf8').split('\n').slice(1);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [title = '', ...rest] = lines.map((l) => l.trim()).filter(Boolean);
  const body = rest.map((line) => `<p>${escape(line)}</p>`).join('\n');
  return `<!doctype html><html lang="zh-HK"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>\n${body}</article></body></html>`;
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('hk-budget.html', { body: hkPage() });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tabIdOf = (page: Page) => findTabId(browser.worker, page);
const badgeOf = (tabId: number) => readBadge(browser.worker, tabId);

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

  it('switches DuBao off on a listed site at once, and back on', async () => {
    const { page, tabId } = await openSeed();
    const options = await browser.openExtensionPage('options.html');
    await options.fill('textarea[name="offSites"]', 'https://127.0.0.1/anything');
    await options.locator('textarea[name="offSites"]').blur();
    await expect.poll(() => options.textContent('[data-testid="saved"]')).toMatch(/Saved/);
    expect(await options.inputValue('textarea[name="offSites"]')).toBe('127.0.0.1');

    // The open tab stands down: badge cleared, the popup says DuBao is off here.
    await expect.poll(() => badgeOf(tabId), { timeout: 30_000 }).toBe('');
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.textContent('[data-testid="status"]')).toMatch(/off on this site/);
    expect(await popup.locator('[data-action="pinyin"]').count()).toBe(0);
    await popup.close();

    await options.fill('textarea[name="offSites"]', '');
    await options.locator('textarea[name="offSites"]').blur();
    await expect.poll(() => badgeOf(tabId), { timeout: 30_000 }).toBe('4');
    await options.close();
    await page.close();
  });

  it('switches the chosen layers on by themselves on a listed site, in the open tab and on the next visit', async () => {
    const { page } = await openSeed();
    expect(await page.getAttribute('html', 'data-dubao-pinyin')).not.toBe('on');
    const options = await browser.openExtensionPage('options.html');
    await options.check('input[name="variant"][value="twp"]');
    await options.fill('textarea[name="autoSites"]', '127.0.0.1');
    await options.locator('textarea[name="autoSites"]').blur();
    await expect.poll(() => options.textContent('[data-testid="saved"]')).toMatch(/Saved/);
    // By default pinyin only.
    await expect.poll(() => page.getAttribute('html', 'data-dubao-pinyin'), { timeout: 30_000 }).toBe('on');
    expect(await page.getAttribute('html', 'data-dubao-script')).toBe('original');

    // Script too: the open tab follows, in the settings' variant (the seed is simplified).
    await options.check('input[name="autoLayers"][value="script"]');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-script'), { timeout: 30_000 }).toBe('twp');
    await expect.poll(async () => (await page.locator('body').innerText()).includes('話題'), { timeout: 30_000 }).toBe(true);
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'data-dubao-pinyin'), { timeout: 30_000 }).toBe('on');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-script'), { timeout: 30_000 }).toBe('twp');
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(100);
    await page.close();

    // Script only, on a traditional page (Hong Kong): it turns simplified, without readings.
    await options.uncheck('input[name="autoLayers"][value="pinyin"]');
    await expect.poll(() => options.isChecked('input[name="autoLayers"][value="pinyin"]')).toBe(false);
    const hk = await browser.context.newPage();
    await hk.goto(server.url('hk-budget.html'));
    await expect.poll(() => hk.getAttribute('html', 'data-dubao-script'), { timeout: 30_000 }).toBe('cn');
    await expect.poll(async () => (await hk.locator('body').innerText()).includes('公屋联会主席黄国健'), { timeout: 30_000 }).toBe(true);
    expect(await hk.getAttribute('html', 'data-dubao-pinyin')).toBe('off');
    expect(await rubyCount(hk)).toBe(0);
    await hk.close();

    await options.click('[data-action="reset"]');
    await expect.poll(() => options.inputValue('textarea[name="autoSites"]')).toBe('');
    expect(await options.isChecked('input[name="autoLayers"][value="pinyin"]')).toBe(true);
    expect(await options.isChecked('input[name="autoLayers"][value="script"]')).toBe(false);
    await options.close();
  });

  it('lists the four shortcuts with their default keys', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-command]');
    const rows = await options.locator('[data-command]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-command'), r.querySelector('kbd')?.textContent ?? '']),
    );
    rows.sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(rows).toEqual([
      ['toggle-dictionary', 'Alt+Shift+D'],
      ['toggle-pinyin', 'Alt+Shift+Y'],
      ['toggle-script', 'Alt+Shift+J'],
      ['toggle-sidebar', 'Alt+Shift+S'],
    ]);
    await options.close();
  });
});
