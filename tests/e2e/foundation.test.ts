/// <reference types="chrome" />
/** The Chromium build's own checks (the shared detection scenarios are in scenarios/shared.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built extension in Chromium', () => {
  it('loads its service worker with a manifest that names DuBao', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toContain('DuBao');
    // the engine host is Chrome's only engine: offscreen documents and runtime.getContexts (116)
    expect(manifest.minimum_chrome_version).toBe('116');
  });
});
