/**
 * The Hong Kong UI in real Chromium with the built extension: a browser in zh-HK installs DuBao
 * with Hong Kong character forms as its traditional variant, and its settings page speaks Hong Kong
 * Chinese (zh_HK, not the Taiwan messages), Jyutping among the reading styles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ locale: 'zh-HK', args: ['--lang=zh-HK'] });
});

afterAll(async () => {
  await browser?.close();
});

describe('a Hong Kong browser', () => {
  it('gets Hong Kong forms as the traditional variant on first install', async () => {
    const variant = () =>
      browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { variant?: string } | undefined)?.variant ?? null);
    await expect.poll(variant, { timeout: 10_000 }).toBe('hk');
  });

  it('shows the settings in Hong Kong wording, Jyutping among the reading styles, Hong Kong forms chosen', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.locator('[data-setting="readingStyle"]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-setting="readingStyle"] legend').textContent()).toBe('讀音標註方式');
    expect(await page.locator('input[name="readingStyle"][value="jyutping"]').locator('xpath=..').textContent()).toBe('粵語粵拼（duk6 bou3）');
    expect(await page.locator('input[name="variant"][value="hk"]').isChecked()).toBe(true);
    // Hong Kong words, not Taiwan's: 快捷鍵 (not 快速鍵), 網絡 (not 網路).
    const text = await page.locator('form').textContent();
    expect(text).toContain('鍵盤快捷鍵');
    expect(text).toContain('網絡');
    expect(text).not.toContain('網路');
    await page.close();
  });
});
