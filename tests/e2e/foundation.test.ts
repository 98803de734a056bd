/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('english.html', {
    body: '<!doctype html><html lang="en"><body><p>The city council met on Monday to discuss the budget.</p></body></html>',
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('loads its service worker with a manifest that names DuBao', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toContain('DuBao');
  });

  it('judges the seed page Chinese and an English page not', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    await expect.poll(() => page.getAttribute('html', 'data-dubao-chinese')).toBe('true');
    await page.goto(server.url('english.html'));
    await expect.poll(() => page.getAttribute('html', 'data-dubao-chinese')).toBe('false');
    await page.close();
  });
});
