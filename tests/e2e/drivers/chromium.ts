/// <reference types="chrome" />
/** The shared-scenario driver for Chromium: playwright-core, the extension loaded at launch. */
import type { ConsoleMessage, Page } from 'playwright-core';
import { launchWithExtension } from '../helpers/browser';
import { callSource, type ExtensionDriver, type OpenOptions, type TestPage } from './driver';

function wrapPage(page: Page, status: number | null, headers: Record<string, string>, errors: string[]): TestPage {
  return {
    errors,
    status,
    headers,
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    click: (selector) => page.locator(selector).click(),
    clickUi: (selector) => page.locator(`dubao-ui ${selector}`).click(),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.location().url.endsWith('/favicon.ico')) return; // the fixture server has none
    errors.push(message.text());
  });
  return errors;
}

export async function launchChromiumDriver(): Promise<ExtensionDriver> {
  const browser = await launchWithExtension();
  const pages = new WeakMap<TestPage, Page>();
  const driver: ExtensionDriver = {
    name: 'chromium',
    async open(url: string, options: OpenOptions = {}) {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      if (options.initScript) await page.addInitScript({ content: options.initScript });
      const response = await page.goto(url);
      const wrapped = wrapPage(page, response?.status() ?? null, response?.headers() ?? {}, errors);
      pages.set(wrapped, page);
      return wrapped;
    },
    async openExtensionPage(path: string) {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`);
      const wrapped = wrapPage(page, null, {}, errors);
      pages.set(wrapped, page);
      return wrapped;
    },
    async tabIdOf(page: TestPage) {
      await page.bringToFront();
      const id = await browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id == null) throw new Error('no active tab');
      return id;
    },
    inExtension: (fn, arg) => browser.worker.evaluate(callSource(fn, arg)),
    badgeText: (tabId: number) => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    close: () => browser.close(),
  };
  return driver;
}
