/**
 * The reading layers in real Chromium with the built extension, on the seed page, driven through
 * the in-page buttons: every Han character of the feature gets a reading, 發展 appears, and both
 * layers off give back the page byte for byte — also after the page edited text meanwhile —
 * while a textarea and a contenteditable are never touched.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { EXTENSION_DIR, FIXTURES_DIR } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

const SEED = readFileSync(resolve(FIXTURES_DIR, 'seed-epaper.html'), 'utf8');
// The seed page with editable places inside the feature.
const EDITABLE = SEED.replace(
  '</founder-content>',
  '<textarea id="ta">读者在这里写的发展评论</textarea><div id="ce" contenteditable="true">可以编辑的发展段落</div></founder-content>',
);

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('editable.html', { body: EDITABLE });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const button = (page: Page, action: string) => page.locator(`dubao-ui [data-action="${action}"]`);

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url(path));
  await button(page, 'pinyin').waitFor({ state: 'visible', timeout: 30_000 });
  return { page, errors };
}

/** Han characters of the feature not under a ruby with a reading (0 when pinyin is done). */
function unannotated(page: Page): Promise<number> {
  return page.evaluate(() => {
    const HAN = /\p{Script=Han}/gu;
    let missing = 0;
    const walker = document.createTreeWalker(document.getElementById('ozoom')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('textarea,[contenteditable]')) continue;
      const ruby = el.closest('ruby[data-dubao]');
      const rt = ruby?.querySelector('rt[data-dubao]');
      const reading = rt?.getAttribute('data-r') ?? [...(rt?.querySelectorAll('[data-r]') ?? [])].map((s) => s.getAttribute('data-r')).join('');
      if (!ruby || !reading) missing += ((n as Text).data.match(HAN) ?? []).length;
    }
    return missing;
  });
}

const bodyHtml = (page: Page) => page.evaluate(() => document.body.innerHTML);
const state = (page: Page) =>
  page.evaluate(() => [document.documentElement.getAttribute('data-dubao-pinyin'), document.documentElement.getAttribute('data-dubao-script')]);

describe('reading layers on the seed page', () => {
  it('pinyin over every Han character of the feature, traditional script, and back byte for byte', async () => {
    const { page, errors } = await open('seed-epaper.html');
    const original = await bodyHtml(page);
    expect(await state(page)).toEqual(['off', 'original']);

    await button(page, 'pinyin').click();
    await expect.poll(() => unannotated(page), { timeout: 20_000 }).toBe(0);
    expect(await state(page)).toEqual(['on', 'original']);
    // Readings in context: 发展 fāzhǎn as a word.
    const reading = await page.evaluate(() => {
      const ruby = [...document.querySelectorAll('#ozoom ruby[data-dubao]')].find((r) => r.firstChild?.textContent === '发展');
      return ruby?.querySelector('rt')?.getAttribute('data-r');
    });
    expect(reading).toBe('fāzhǎn');
    // Copying gives the Chinese only: readings are not text.
    const copied = await page.evaluate(() => {
      const p = document.querySelector('#ozoom p:nth-of-type(3)')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const text = selection.toString();
      selection.removeAllRanges();
      return text;
    });
    expect(copied.startsWith('市发展和改革委员会党组成员、副主任渠德鹏:')).toBe(true);
    expect(copied).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);

    await button(page, 'script').click();
    await expect.poll(() => page.evaluate(() => document.body.textContent!.includes('發展')), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => unannotated(page), { timeout: 20_000 }).toBe(0);
    expect(await state(page)).toEqual(['on', 'tw']);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    // Both on: traditional bases with the readings of what they read.
    const both = await page.evaluate(() => {
      const ruby = [...document.querySelectorAll('#ozoom ruby[data-dubao]')].find((r) => r.firstChild?.textContent === '發展');
      return ruby?.querySelector('rt')?.getAttribute('data-r');
    });
    expect(both).toBe('fāzhǎn');

    await button(page, 'pinyin').click();
    await button(page, 'script').click();
    await expect.poll(() => state(page)).toEqual(['off', 'original']);
    await expect.poll(() => bodyHtml(page), { timeout: 20_000 }).toBe(original);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page script that edits text while both layers are on keeps its edit after both are off', async () => {
    const { page, errors } = await open('seed-epaper.html');
    const original = await bodyHtml(page);
    // A page script that holds its own Text node (as frameworks do) from before the layers.
    await page.evaluate(() => {
      const h2 = document.querySelector('.title h2')!;
      (window as unknown as { held: Text }).held = [...h2.childNodes].find((n) => n.nodeType === 3) as Text;
    });
    await button(page, 'pinyin').click();
    await button(page, 'script').click();
    await expect.poll(() => unannotated(page), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.body.textContent!.includes('發展')), { timeout: 20_000 }).toBe(true);
    // The page's own scripts: one rewrites an element, one edits a text node it holds.
    await page.evaluate(() => {
      document.querySelector('#ozoom p:nth-of-type(2)')!.textContent = '页面脚本改写的标题:城乡发展';
      (window as unknown as { held: Text }).held.data = '页面自己更新的副标题';
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#ozoom p:nth-of-type(2)')!.textContent), { timeout: 20_000 })
      .toBe('頁面腳本改寫的標題:城鄉發展');
    await button(page, 'pinyin').click();
    await button(page, 'script').click();
    await expect.poll(() => state(page)).toEqual(['off', 'original']);
    const expected = await page.evaluate((html) => {
      const clone = document.createElement('body');
      clone.innerHTML = html;
      clone.querySelector('#ozoom p:nth-of-type(2)')!.textContent = '页面脚本改写的标题:城乡发展';
      const h2 = clone.querySelector('.title h2')!;
      ([...h2.childNodes].find((n) => n.nodeType === 3) as Text).data = '页面自己更新的副标题';
      return clone.innerHTML;
    }, original);
    await expect.poll(() => bodyHtml(page), { timeout: 20_000 }).toBe(expected);
    // The page's own Text node is back in its place, with the page's text.
    expect(
      await page.evaluate(() => {
        const held = (window as unknown as { held: Text }).held;
        return held.isConnected && held.parentElement === document.querySelector('.title h2') && held.data;
      }),
    ).toBe('页面自己更新的副标题');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never touches a textarea or a contenteditable', async () => {
    const { page } = await open('editable.html');
    const before = await page.evaluate(() => [document.getElementById('ta')!.outerHTML, (document.getElementById('ta') as HTMLTextAreaElement).value, document.getElementById('ce')!.outerHTML]);
    await button(page, 'pinyin').click();
    await button(page, 'script').click();
    await expect.poll(() => unannotated(page), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.body.textContent!.includes('發展')), { timeout: 20_000 }).toBe(true);
    const during = await page.evaluate(() => [document.getElementById('ta')!.outerHTML, (document.getElementById('ta') as HTMLTextAreaElement).value, document.getElementById('ce')!.outerHTML]);
    expect(during).toEqual(before);
    // Typing into the contenteditable while the layers are on stays the reader's text.
    await page.click('#ce');
    await page.keyboard.type('abc');
    await button(page, 'pinyin').click();
    await button(page, 'script').click();
    await expect.poll(() => state(page)).toEqual(['off', 'original']);
    expect(await page.evaluate(() => document.getElementById('ce')!.textContent)).toContain('可以编辑的发展段落');
    expect(await page.evaluate(() => document.getElementById('ce')!.textContent)).toContain('abc');
    await page.close();
  });
});

describe('the content script stays small', () => {
  it('does not carry the pinyin dictionary or the converters (they live in the background)', () => {
    const file = resolve(EXTENSION_DIR, 'content-scripts/dubao.js');
    const source = readFileSync(file, 'utf8');
    const background = readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8');
    // A few dictionary entries that any pinyin or conversion table holds.
    for (const marker of ['zhǎng', '髮', '軟體']) {
      expect(background).toContain(marker);
      expect(source).not.toContain(marker);
    }
    expect(statSync(file).size).toBeLessThan(250_000);
  });
});
