/**
 * The engine host in real Chromium with the built extension: a Chinese page opening makes the
 * offscreen document that keeps the engines (entrypoints/engine-host); it outlives the service
 * worker (stopped over CDP, as Chrome stops an idle worker after 30 s), and a reader's first
 * toggles on a page not read before are answered through it: pinyin, then the other script. The
 * host still being there afterwards says the background did not fall back to an engine of its own
 * (it closes the host when it does: one converter per browser). A host that is gone is made again
 * by the next request. No error reaches a console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { unannotated } from './scenarios/page-checks';
import { attachServiceWorker, type WorkerSession } from '../../scripts/bench/service-worker';

let browser: ExtensionBrowser;
let server: FixtureServer;
let sw: WorkerSession;
let cdp: CDPSession;
const workerErrors: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await browser.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  sw = await attachServiceWorker(browser.context.browser()!, (text) => workerErrors.push(text), `chrome-extension://${browser.extensionId}/`);
  cdp = await browser.context.browser()!.newBrowserCDPSession();
});

afterAll(async () => {
  await sw?.detach().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const button = (page: Page, action: string) => page.locator(`dubao-ui [data-action="${action}"]`);

/** Whether the engine host document exists (a target of its own: Chrome lists offscreen documents). */
async function hostOpen(): Promise<boolean> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
  return targetInfos.some((t) => t.url === `chrome-extension://${browser.extensionId}/engine-host.html`);
}

/** The extension's service worker as it is now (a restarted worker is a new object). */
const currentWorker = () => browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)) ?? browser.worker;

async function open(errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  // The page's own missing images log 404s: only errors of a script count.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  await page.goto(server.url('seed-epaper.html'));
  await button(page, 'pinyin').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

async function stopWorker(page: Page): Promise<void> {
  // Stopped as Chrome stops an idle worker; a message still on its way from the last toggle (the rest
  // of the page's readings) can wake it again at once, so it is stopped again until it stays stopped.
  await expect
    .poll(
      async () => {
        await sw.stopAll(page);
        await page.waitForTimeout(200);
        return sw.isRunning();
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(false);
}

const readings = (page: Page) => page.evaluate(() => [...document.querySelectorAll('#ozoom rt[data-dubao]')].map((rt) => rt.getAttribute('data-r') ?? '').join(' '));
const featureText = (page: Page) => page.evaluate(() => document.getElementById('ozoom')?.textContent ?? '');

/** Pinyin, off, then the script toggle, on `page` with the worker stopped before each click. */
async function toggleBoth(page: Page): Promise<void> {
  await stopWorker(page);
  await button(page, 'pinyin').click();
  await expect.poll(() => unannotated(page), { timeout: 60_000 }).toBe(0);
  // Read with the word dictionary and by word (the page's own grouping): the engines answered whole.
  expect((await readings(page)).includes('chéngxiāng rónghé fāzhǎn')).toBe(true);
  await button(page, 'pinyin').click();
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('ruby[data-dubao]').length), { timeout: 20_000 }).toBe(0);
  await stopWorker(page);
  await button(page, 'script').click();
  await expect.poll(() => featureText(page), { timeout: 60_000 }).toContain('城鄉融合');
  expect(await featureText(page)).not.toContain('城乡融合');
}

describe('the engine host (Chrome offscreen document)', () => {
  it('is made when a Chinese page opens, outlives the stopped worker, and answers a page not read before', async () => {
    const errors: string[] = [];
    const first = await open(errors);
    await expect.poll(hostOpen, { timeout: 20_000 }).toBe(true);
    await first.close();
    // A page not read before: nothing of it kept in storage.session.
    await currentWorker().evaluate(() => chrome.storage.session.clear());
    const page = await open(errors);
    await toggleBoth(page);
    // Still there: the background sent the requests on and built no engine of its own.
    expect(await hostOpen()).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });

  it('is made again by the next request when it is gone, and the toggles still work', async () => {
    const errors: string[] = [];
    await currentWorker().evaluate(() => chrome.storage.session.clear());
    const page = await open(errors);
    await expect.poll(hostOpen, { timeout: 20_000 }).toBe(true);
    await currentWorker().evaluate(() => (chrome as unknown as { offscreen: { closeDocument(): Promise<void> } }).offscreen.closeDocument());
    expect(await hostOpen()).toBe(false);
    await toggleBoth(page);
    expect(await hostOpen()).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
