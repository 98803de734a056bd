/**
 * A fixture opened in a fresh tab of the extension's browser, watched from its first request: which extension files
 * its content script fetched (the lazy scripts' tests count them) and the errors it raised. Resolves once the
 * content script has booted (it marks the root as Chinese or not).
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import type { FixtureServer } from './server';

export interface WatchedPage {
  page: Page;
  /** Paths of the extension files the page fetched ("/understanding.js"). */
  fetched: string[];
  /** Page errors and console errors (the favicon's 404 aside). */
  errors: string[];
}

export async function openWatchedPage(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const fetched: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) fetched.push(new URL(request.url()).pathname);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  await page.goto(server.url(path));
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-dubao-chinese'), undefined, { timeout: 20_000 });
  return { page, fetched, errors };
}
