/**
 * The reading layers in real Chromium with the built extension, on the seed page, driven through
 * the in-page buttons: a textarea and a contenteditable are never touched, and the content script
 * stays small. (Both layers on and off byte for byte, and the page's own edits kept, are shared
 * scenarios run in Chromium and Firefox: scenarios/shared.ts.)
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONTENT_SCRIPT_ROW, findLimit, loadBudget } from '../../scripts/bench/budget';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { EXTENSION_DIR, FIXTURES_DIR, readEngineWorker } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { unannotated } from './scenarios/page-checks';

let browser: ExtensionBrowser;
let server: FixtureServer;

const SEED = readFileSync(resolve(FIXTURES_DIR, 'seed-epaper.html'), 'utf8');
// The seed page with editable places inside the feature.
const EDITABLE = SEED.replace(
  '</founder-content>',
  '<textarea id="ta">读者在这里写的发展评论</textarea><div id="ce" contenteditable="true">可以编辑的发展段落</div></founder-content>',
);

// The seed page with a paragraph of words pinyin-pro's own dictionary misreads (心脏, 逮捕) and 一/不.
const WORDS = SEED.replace('</founder-content>', '<p id="words">医生说他的心脏很好，警方逮捕了一个人，不是两个。</p></founder-content>');

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('editable.html', { body: EDITABLE });
  server.route('words.html', { body: WORDS });
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

const state = (page: Page) =>
  page.evaluate(() => [document.documentElement.getAttribute('data-dubao-pinyin'), document.documentElement.getAttribute('data-dubao-script')]);

describe('reading layers on the seed page', () => {
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

describe('readings from the background', () => {
  it('read with the word dictionary the background loads, and follow the tones setting (spoken ↔ written)', async () => {
    const { page, errors } = await open('words.html');
    // Word by word: the readings of the paragraph's rubies, in order.
    const words = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#words rt[data-dubao]')].map(
          (rt) => rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join(''),
        ),
      );
    await button(page, 'pinyin').click();
    await expect.poll(() => unannotated(page), { timeout: 20_000 }).toBe(0);
    const spoken = await words();
    expect(spoken).toContain('xīnzàng');
    expect(spoken).toContain('dàibǔ');
    expect(spoken.join(' ')).toMatch(/yí ?gè/);
    expect(spoken.join(' ')).toMatch(/bú ?shì/);
    await patchSettings(browser, { tonesAs: 'written' });
    await expect.poll(async () => (await words()).join(' '), { timeout: 20_000 }).toMatch(/yī ?gè/);
    expect((await words()).join(' ')).toMatch(/bù ?shì/);
    expect(await words()).toContain('xīnzàng');
    await patchSettings(browser, { tonesAs: 'spoken' });
    await expect.poll(async () => (await words()).join(' '), { timeout: 20_000 }).toMatch(/yí ?gè/);
    await button(page, 'pinyin').click();
    await expect.poll(() => state(page)).toEqual(['off', 'original']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the content script stays small', () => {
  it('does not carry the pinyin dictionary or the converters (they live in the engine host, not the background)', () => {
    const file = resolve(EXTENSION_DIR, 'content-scripts/dubao.js');
    const source = readFileSync(file, 'utf8');
    const background = readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8');
    const engine = readEngineWorker();
    // A few dictionary entries that any pinyin or conversion table holds: in Chrome only the engine host's
    // worker has them (a background without them starts fast when a click wakes it)
    for (const marker of ['zhǎng', '髮', '軟體']) {
      expect(engine).toContain(marker);
      expect(source).not.toContain(marker);
    }
    // the background keeps only the segmenter's common words (髮 is one): no reading, no conversion pair
    for (const marker of ['zhǎng', '軟體']) expect(background).not.toContain(marker);
    const limit = findLimit(loadBudget(), CONTENT_SCRIPT_ROW)?.max;
    expect(limit).toBeGreaterThan(0);
    expect(statSync(file).size / 1000).toBeLessThanOrEqual(limit!); // KB, budget.json's one limit
  });
});
