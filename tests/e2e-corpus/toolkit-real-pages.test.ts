/**
 * Corpus tier (reads third-party pages from ../shared/fixtures/real-pages; not part of `npm test`):
 * the learner's toolkit on real news pages in real Chromium with the built extension, network cut:
 * a word saved from the card (its sentence from the page's own text, headline, address and,
 * inside a detected roundtable, a speaker), "I know this word" hiding its readings, and read
 * aloud per speaker with a fake speech engine (chrome.tts replaced in the service worker).
 * Run: npx vitest run --config tests/vitest.config.ts --project e2e-corpus tests/e2e-corpus/toolkit-real-pages.test.ts
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/helpers/browser';
import { findTabId, sendToTab } from '../e2e/helpers/messages';
import { ROOT } from '../e2e/helpers/paths';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/server';

const REAL_PAGES = resolve(ROOT, '../shared/fixtures/real-pages');
if (!existsSync(REAL_PAGES)) throw new Error(`${REAL_PAGES} is missing: this corpus test reads real pages from ../shared (not part of npm test)`);

// A roundtable (simplified, sina) and a traditional article (CNA).
const PAGES = ['pos_02_163-brokers-panel.html', 'trad_01_cna-fire.html'];

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(REAL_PAGES);
  browser = await launchWithExtension();
  await browser.worker.evaluate(() => {
    const g = self as unknown as Record<string, unknown>;
    const tts = chrome.tts as unknown as Record<string, unknown>;
    g.__spoken = [];
    tts.getVoices = (cb: (v: unknown[]) => void) => cb([{ voiceName: 'Fake 普通话', lang: 'zh-CN', remote: false }]);
    tts.speak = (text: string, options: { onEvent?: (e: { type: string }) => void }) => {
      (g.__spoken as string[]).push(text);
      setTimeout(() => options.onEvent?.({ type: 'end' }), 30);
    };
    tts.stop = () => undefined;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  // The pages' own scripts fail off-line (their libraries are cut off): only errors from our code count.
  page.on('pageerror', (e) => {
    if (/chrome-extension:|dubao/i.test(`${e.stack ?? ''}`)) errors.push(String(e.stack));
  });
  await page.route('**/*', (route) => {
    const request = route.request();
    if (request.url().startsWith(server.origin)) return route.continue();
    // the extension's own files (its lazy understanding, imported by the content script) pass this route too
    if (request.url().startsWith('chrome-extension:')) return route.continue();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      return route.fulfill({ path: resolve(REAL_PAGES, file), contentType: 'text/html; charset=utf-8' });
    }
    return route.abort();
  });
  await page.goto(server.url(file), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => undefined);
  await page.locator('dubao-ui').waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
  return { page, errors };
}

const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);

/**
 * The point of the 3rd Han character of the first visible paragraph with 40+ Han characters in
 * its own text (the article body), scrolled into view; null when there is none.
 */
function pointInBody(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('p, div')].filter((el) => {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3 || (n as Element).localName === 'dubao-text').map((n) => n.textContent ?? '').join('');
      return (own.match(/\p{Script=Han}/gu) ?? []).length >= 40 && (el as HTMLElement).offsetHeight > 0;
    });
    const el = blocks[0];
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentElement as Element).closest('rt, rp, script, style')) continue;
      const text = (n as Text).data;
      for (let i = 0; i < text.length; i++) {
        if (!/\p{Script=Han}/u.test(text[i]!)) continue;
        if (++seen < 3) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
}

describe.each(PAGES)('the toolkit on %s', (file) => {
  it('saves a word with its sentence from the page, and "I know this word" hides its readings', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.clear());
    const { page, errors } = await open(file);
    const text = await page.evaluate(() => document.body.innerText);
    // As the popup and the shortcuts do (a page without a roundtable shows no toolbar until asked).
    const tabId = await findTabId(browser.worker, page);
    await expect
      .poll(() => sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on: true }).then(() => true, () => false), { timeout: 30_000 })
      .toBe(true);
    await expect.poll(() => page.locator('ruby[data-dubao]').count(), { timeout: 30_000 }).toBeGreaterThan(20);
    expect(await sendToTab(browser.worker, tabId, 'dict.toggle', { on: true })).toBe(true);
    let point = await pointInBody(page);
    for (let i = 0; i < 15 && point; i++) {
      await page.waitForTimeout(300);
      const again = await pointInBody(page);
      if (again && again.x === point.x && again.y === point.y) break;
      point = again;
    }
    expect(point).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(point!.x, point!.y);
    const card = ui(page, '[data-dubao-dict]');
    await card.locator('[data-action="save-word"]').waitFor({ timeout: 30_000 });
    const word = (await card.getAttribute('data-word'))!;
    await card.locator('[data-action="save-word"]').click();
    await expect.poll(() => card.locator('.db-dict-note').textContent()).toMatch(/^Saved to the word bank/);
    const [entry] = (await browser.worker.evaluate(async () => (await chrome.storage.local.get('wordBank')).wordBank)) as { word: string; reading: string; sentence: string; headline: string; url: string; speaker: string }[];
    if (!entry) throw new Error('nothing saved');
    expect(entry.word).toBe(word);
    expect(entry.sentence).toContain(word);
    // The sentence is the page's own text (whitespace aside).
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(text)).toContain(squash(entry.sentence).slice(0, 30));
    expect(entry.url).toBe(server.url(file));
    expect(entry.headline.length).toBeGreaterThan(4);
    console.log(`${file}: saved ${JSON.stringify({ word, reading: entry.reading, speaker: entry.speaker, headline: entry.headline, sentence: entry.sentence.slice(0, 60) })}`);

    const bases = () => page.evaluate((word) => [...document.querySelectorAll('ruby[data-dubao]')].filter((r) => r.firstChild?.textContent === word).length, word);
    const before = await bases();
    await card.locator('[data-action="know-word"]').click();
    await expect.poll(bases, { timeout: 20_000 }).toBe(0);
    expect(await page.locator('ruby[data-dubao]').count()).toBeGreaterThan(20);
    console.log(`${file}: ${word} had ${before} rubies, now 0`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('read aloud on a real roundtable', () => {
  it('reads the first speaker clause by clause and gives the page back', async () => {
    const { page, errors } = await open(PAGES[0]!);
    const before = await page.evaluate(() => document.body.innerHTML.replace(/<dubao-ui[\s\S]*<\/dubao-ui>/, ''));
    await ui(page, '[data-action="sidebar"]').click({ timeout: 30_000 });
    const button = ui(page, '.db-card [data-action="speak"]').first();
    await button.click();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-dubao-speaking]').length), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => button.getAttribute('data-speaking'), { timeout: 120_000 }).toBe('false');
    const spoken = (await browser.worker.evaluate(() => (self as unknown as { __spoken: string[] }).__spoken)) as string[];
    expect(spoken.length).toBeGreaterThan(3);
    console.log(`read aloud: ${spoken.length} clauses, first ${JSON.stringify(spoken.slice(0, 3))}`);
    expect(await page.evaluate(() => document.querySelectorAll('[data-dubao-speaking]').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.replace(/<dubao-ui[\s\S]*<\/dubao-ui>/, ''))).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
