/**
 * Corpus tier (reads third-party text from ../shared/fixtures/hk; not part of `npm test`): the
 * three Hong Kong articles as pages (one <p> a line, lang zh-HK) in real Chromium with the built
 * extension, whole-page readings in Jyutping. Every Han character gets a Jyutping reading, words
 * whose Mandarin reading tells the sense read the Cantonese sense, and switching off gives the
 * page back byte for byte.
 * Run: npx vitest run --config tests/vitest.config.ts --project e2e-corpus tests/e2e-corpus/hk-jyutping.test.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from '../e2e/helpers/browser';
import { findTabId, sendToTab } from '../e2e/helpers/messages';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/server';
import { ROOT } from '../e2e/helpers/paths';

const HK = resolve(ROOT, '../shared/fixtures/hk');
if (!existsSync(HK)) {
  throw new Error(`${HK} is missing: this corpus test reads the Hong Kong articles from ../shared/fixtures beside the project; it is not part of npm test`);
}
const FILES = readdirSync(HK).filter((f) => f.endsWith('.txt')).sort();

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as a page: its lines after the source line, each a paragraph (text escaped, never HTML). */
function asPage(file: string): string {
  const lines = readFileSync(`${HK}/${file}`, 'utf8').split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
  return `<!doctype html><html lang="zh-HK"><head><meta charset="utf-8"><title>${escape(lines[0] ?? file)}</title></head><body><article>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</article></body></html>`;
}

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const file of FILES) server.route(`/hk/${file}.html`, { body: asPage(file) });
  browser = await launchWithExtension({ locale: 'zh-HK', args: ['--lang=zh-HK'] });
  // After the first-install default (a zh-HK browser gets Hong Kong forms), ours go over it.
  const variant = () => browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { variant?: string } | undefined)?.variant ?? null);
  for (let i = 0; i < 100 && (await variant()) !== 'hk'; i++) await new Promise((r) => setTimeout(r, 100));
  await patchSettings(browser, { notation: 'jyutping', pinyinScope: 'page', grouping: 'word', toneColors: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Readings on or off as the popup and the shortcut ask for them (a page without a feature has no in-page button). */
async function setPinyin(page: Page, on: boolean): Promise<void> {
  const tabId = await findTabId(browser.worker, page);
  await expect
    .poll(() => sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on }).then(() => true, () => false), { timeout: 30_000 })
    .toBe(true);
}

/** The body's text as read: each character with its reading (null outside a ruby). */
const readBody = (page: Page) =>
  page.evaluate(() => {
    const out: Array<[string, string | null]> = [];
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement!.closest('rt')) continue;
      const ruby = n.parentElement!.closest('ruby[data-dubao]');
      const readings = ruby?.querySelector(':scope > rt')?.getAttribute('data-r')?.split(' ') ?? [];
      Array.from(n.textContent ?? '').forEach((ch, i) => out.push([ch, ruby ? (readings[i] ?? null) : null]));
    }
    return out;
  });

/** The readings of the first `phrase` in the body. */
function readingsOf(body: Array<[string, string | null]>, phrase: string): string {
  const text = body.map(([c]) => c);
  const chars = Array.from(phrase);
  const at = text.findIndex((_, i) => chars.every((c, k) => text[i + k] === c));
  if (at < 0) throw new Error(`${phrase} is not on the page`);
  return body.slice(at, at + chars.length).map(([, r]) => r).join(' ');
}

// [file prefix, phrase as printed, its Jyutping]: the sense the Mandarin reading tells.
const SENSES: Array<[string, string, string]> = [
  ['hkcnews-10243', '統計處調查', 'tung2 gai3 cyu3 diu6 caa4'],
  ['hkcnews-10243', '收看', 'sau1 hon3'],
  ['hkcnews-10364', '曾鈺成', 'zang1 juk6 sing4'],
  ['hkcnews-10364', '教育', 'gaau3 juk6'],
  ['hkcnews-13232', '遊行', 'jau4 hang4'],
  ['hkcnews-13232', '學系學生', 'hok6 hai6 hok6 saang1'],
];

describe('Jyutping on the Hong Kong articles', () => {
  it.each(FILES)('%s: every Han character read in Jyutping, the senses right, off again byte for byte', async (file) => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url(`hk/${file}.html`));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-dubao-pinyin') === 'off', null, { timeout: 30_000 });
    const before = await page.evaluate(() => document.body.innerHTML);
    await setPinyin(page, true);
    const unread = async () => (await readBody(page)).filter(([c, r]) => /\p{Script=Han}/u.test(c) && r === null).length;
    await expect.poll(unread, { timeout: 60_000 }).toBe(0);
    const body = await readBody(page);
    const readings = body.map(([, r]) => r).filter((r): r is string => r !== null);
    expect(readings.length).toBeGreaterThan(500);
    for (const r of readings) expect(r).toMatch(/^[a-z]+[1-6]$/);
    for (const [prefix, phrase, expected] of SENSES.filter(([p]) => file.startsWith(p))) expect(readingsOf(body, phrase), phrase).toBe(expected);
    await setPinyin(page, false);
    await expect.poll(() => page.evaluate(() => document.body.innerHTML), { timeout: 30_000 }).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
