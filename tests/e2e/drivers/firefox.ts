/**
 * The shared-scenario driver for Firefox: Debian's firefox-esr, headless, driven by puppeteer-core
 * over WebDriver BiDi, with the built MV2 add-on installed as a temporary add-on.
 *
 * Extension pages: BiDi refuses to navigate a tab to moz-extension:// unless the browser is started
 * with --remote-allow-system-access, and the page's internal UUID is random per profile unless the
 * `extensions.webextensions.uuids` pref fixes it before the install. With both, the popup and the
 * options page open as tabs like in Chromium, and an options tab kept open is where extension APIs
 * (tabs.query, browserAction.getBadgeText) are called from: Firefox's background page is not a
 * target puppeteer can evaluate in.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ConsoleMessage, type KeyInput, type Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_EXTENSION_DIR } from '../helpers/paths';
import { callSource, type ExtensionDriver, type OpenOptions, type TestPage } from './driver';

// The extension pages' API, as seen from a page evaluated in (typed loosely: no WebExtension types here).
declare const browser: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no gecko id in its manifest');
  return id;
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    // Firefox fetches /favicon.ico for every tab by itself; under a strict CSP that fetch is refused
    // and reported as a page error. The browser's request, not the page's nor ours.
    if (/blocked the loading of a resource \(img-src\) at \S*\/favicon\.ico\b/.test(String(error))) return;
    errors.push(String(error));
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.location().url?.endsWith('/favicon.ico')) return; // the fixture server has none
    errors.push(message.text());
  });
  return errors;
}

function wrapPage(page: Page, status: number | null, headers: Record<string, string>, errors: string[]): TestPage {
  return {
    errors,
    status,
    headers,
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    // Brought to the front first: puppeteer's locator waits for the element to be in view, which a
    // background tab never reports.
    click: async (selector) => {
      await page.bringToFront();
      await page.locator(selector).click();
    },
    // `>>>` is puppeteer's deep combinator: it reaches into open shadow roots.
    clickUi: async (selector) => {
      await page.bringToFront();
      await page.locator(`dubao-ui >>> ${selector}`).click();
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchFirefoxDriver(): Promise<ExtensionDriver> {
  const uuid = randomUUID();
  const id = geckoId();
  const browserApp: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      // The same UI language as the Chromium tier (the extension's messages follow it).
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  try {
    await browserApp.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browserApp.close();
    throw error;
  }

  async function openExtensionTab(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browserApp.newPage();
    const errors = collectErrors(page);
    const url = `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
    // The navigation happens, but puppeteer never sees it finish (the tab moves to the extension
    // process): wait for the document ourselves.
    page.goto(url, { timeout: 15_000 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page
        .evaluate((target) => location.href === target && document.readyState === 'complete', url)
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { page, errors };
  }

  async function openExtensionPage(path: string): Promise<TestPage> {
    const { page, errors } = await openExtensionTab(path);
    return wrapPage(page, null, {}, errors);
  }

  // Kept open for calling extension APIs.
  let control: Page;
  try {
    ({ page: control } = await openExtensionTab('options.html'));
  } catch (error) {
    await browserApp.close();
    throw error;
  }

  return {
    name: 'firefox',
    async open(url: string, options: OpenOptions = {}) {
      const page = await browserApp.newPage();
      const errors = collectErrors(page);
      if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
      const response = await page.goto(url);
      return wrapPage(page, response?.status() ?? null, response?.headers() ?? {}, errors);
    },
    openExtensionPage,
    async tabIdOf(page: TestPage) {
      await page.bringToFront();
      const tabId = await control.evaluate(async () => {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (tabId == null) throw new Error('no active tab');
      return tabId;
    },
    inExtension: (fn, arg) => control.evaluate(callSource(fn, arg)) as Promise<never>,
    badgeText: (tabId: number) => control.evaluate((tabId) => browser.browserAction.getBadgeText({ tabId }), tabId),
    close: () => browserApp.close(),
  };
}
