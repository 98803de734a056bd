/**
 * Real Chromium with the built extension loaded (playwright-core, persistent context: the only way
 * Chromium loads an unpacked extension).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR, findChromium } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (for calling extension APIs in tests). */
  worker: Worker;
  /** Opens an extension page such as 'popup.html' (optionally for a given tab via query). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Defaults to true; the demo opens a visible window when there is a display. */
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  locale?: string;
  /** More Chromium flags (e.g. --lang=zh-HK for the browser's UI language). */
  args?: string[];
  /** Another build of the extension (the cold bench's A/B against a second build); default EXTENSION_DIR. */
  extensionDir?: string;
}

// Chromium flags that keep it quiet on a closed network and fast in a container.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'dubao-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`, `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`],
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Merges `patch` into the stored settings from the service worker; open tabs follow as they would for a reader. */
export async function patchSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(async (patch) => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}
