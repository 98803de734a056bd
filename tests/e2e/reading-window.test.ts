/// <reference types="chrome" />
/**
 * Pinyin on a 200,000-character page in real Chromium: ruby lives in a band of screens around the
 * viewport and follows the scroll (reading-window.ts), text left far behind gets its plain text
 * back, and turning pinyin off gives back the page byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { makeLongPage } from './helpers/long-page';
import { findTabId, sendToTab } from './helpers/messages';
import { startFixtureServer, type FixtureServer } from './helpers/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('long.html', { body: makeLongPage() });
  browser = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  // Pinyin over the whole page, so the band is all that limits it.
  await browser.worker.evaluate(async () => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), pinyinScope: 'page' } });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Coverage {
  /** Han characters of paragraphs on screen without a reading. */
  visibleMissing: number;
  visibleHan: number;
  /** Paragraphs carrying ruby, and where they are (px from the viewport's top). */
  annotated: number;
  firstTop: number;
  lastBottom: number;
  paragraphs: number;
}

function coverage(page: Page): Promise<Coverage> {
  return page.evaluate(() => {
    const HAN = /\p{Script=Han}/gu;
    const height = innerHeight;
    const out = { visibleMissing: 0, visibleHan: 0, annotated: 0, firstTop: Infinity, lastBottom: -Infinity, paragraphs: 0 };
    for (const p of document.querySelectorAll('founder-content p')) {
      out.paragraphs++;
      const r = p.getBoundingClientRect();
      const rubies = p.querySelectorAll('ruby[data-dubao]').length;
      if (rubies) {
        out.annotated++;
        out.firstTop = Math.min(out.firstTop, r.top);
        out.lastBottom = Math.max(out.lastBottom, r.bottom);
      }
      if (r.bottom <= 0 || r.top >= height) continue;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const han = ((n as Text).data.match(HAN) ?? []).length;
        out.visibleHan += han;
        const rt = n.parentElement!.closest('ruby[data-dubao]')?.querySelector('rt[data-dubao]');
        if (!rt?.getAttribute('data-r')) out.visibleMissing += han;
      }
    }
    return out;
  });
}

/** Waits until what is on screen is annotated and the band has stopped growing. */
async function settled(page: Page): Promise<Coverage> {
  let last: Coverage | null = null;
  for (let i = 0; i < 100; i++) {
    const now = await coverage(page);
    if (now.visibleMissing === 0 && last && now.annotated === last.annotated) return now;
    last = now;
    await page.waitForTimeout(250);
  }
  throw new Error(`pinyin did not settle: ${JSON.stringify(last)}`);
}

describe('reading window on a 200,000-character page', () => {
  it('annotates around the viewport, follows the scroll, gives back what is far, and restores byte for byte', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url('long.html'));
    await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
    const original = await page.evaluate(() => document.body.innerHTML);
    const tabId = await findTabId(browser.worker, page);

    await sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on: true });
    const top = await settled(page);
    expect(top.visibleHan).toBeGreaterThan(300);
    expect(top.visibleMissing).toBe(0);
    // A band of a few screens, not the page (the page is ~250 screens long).
    expect(top.annotated).toBeGreaterThan(3);
    expect(top.annotated).toBeLessThan(top.paragraphs / 10);
    expect(top.lastBottom).toBeLessThan(900 * 4);

    // Scrolled to the end: the end gets pinyin, the beginning gives it back.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const end = await settled(page);
    expect(end.visibleMissing).toBe(0);
    expect(end.visibleHan).toBeGreaterThan(100);
    expect(end.firstTop).toBeGreaterThan(-900 * 4);
    const firstParagraphRubies = await page.evaluate(() => document.querySelector('founder-content p')!.querySelectorAll('ruby').length);
    expect(firstParagraphRubies).toBe(0);

    await sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on: false });
    await page.waitForFunction(() => !document.querySelector('[data-dubao="pinyin"]'));
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the top of the page too: the navigation links and the headline link get readings, on every load', async () => {
    // Each load's toggle meets the engines' answers at another moment; what is on screen at the
    // top, outside the article (links, the headline link), is never left bare.
    for (let load = 0; load < 3; load++) {
      const page = await browser.context.newPage();
      await page.goto(server.url('long.html'));
      await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
      const tabId = await findTabId(browser.worker, page);
      await sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on: true });
      await settled(page);
      const top = await page.evaluate(() => {
        const HAN = /\p{Script=Han}/u;
        const height = innerHeight;
        const range = document.createRange();
        const bare: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n as Text;
          const el = text.parentElement!;
          if (!HAN.test(text.data) || el.closest('ruby[data-dubao],script,style,dubao-ui')) continue;
          range.selectNodeContents(text);
          if ([...range.getClientRects()].some((r) => r.width > 0 && r.bottom > 0 && r.top < height)) bare.push(`${el.localName}: ${text.data.slice(0, 20)}`);
        }
        const links = [...document.querySelectorAll('.top a, .bmnav a')].map((a) => ({ text: a.textContent, rubies: a.querySelectorAll('ruby[data-dubao]').length }));
        return { bare, links };
      });
      expect(top.bare, `load ${load}`).toEqual([]);
      expect(top.links.map((l) => l.text)).toEqual(['首页', '往期回顾', '版面导航', '第01版', '第02版', '第03版', '第04版', '做活城乡融合“大文章” 下好区域协调“一盘棋”']);
      for (const link of top.links) expect(link.rubies, `load ${load}: ${link.text}`).toBeGreaterThan(0);
      await page.close();
    }
  });
});
