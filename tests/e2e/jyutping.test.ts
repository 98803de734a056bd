/**
 * Jyutping in real Chromium with the built extension, on the seed page: the reader picks the
 * notation in the settings, switches readings on with the in-page button, and the ruby carries
 * Cantonese (渠 keoi4; 重塑 cung4 sou3, the sense the Mandarin reading chóng tells), coloured by the
 * six Cantonese tones; off again, the page is as it was.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { EXTENSION_DIR, readEngineWorker } from './helpers/paths';
import { JYUTPING_TONE_COLORS } from '../../lib/reading/jyutping-tones';
import { parseCssColor, readableOn } from '../../lib/readable-color';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { unannotated } from './scenarios/page-checks';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const button = (page: Page, action: string) => page.locator(`dubao-ui [data-action="${action}"]`);

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url('seed-epaper.html'));
  await button(page, 'pinyin').waitFor({ state: 'visible', timeout: 30_000 });
  return { page, errors };
}

/** The reading over the first ruby whose base text is `base`. */
const readingOver = (page: Page, base: string) =>
  page.evaluate((base) => {
    const ruby = [...document.querySelectorAll('ruby[data-dubao]')].find((r) => r.firstChild?.textContent === base);
    return ruby?.querySelector(':scope > rt')?.getAttribute('data-r') ?? null;
  }, base);

describe('Jyutping on the seed page', () => {
  it('reads the feature in Cantonese: 渠 keoi4, 重塑 cung4 sou3; off again, the page as it was', async () => {
    await patchSettings(browser, { notation: 'jyutping', toneColors: false });
    const { page, errors } = await open();
    const before = await page.evaluate(() => document.body.innerHTML);
    await button(page, 'pinyin').click();
    await expect.poll(() => readingOver(page, '重塑'), { timeout: 30_000 }).toBe('cung4 sou3');
    expect(await readingOver(page, '渠德鹏')).toBe('keoi4 dak1 paang4');
    await expect.poll(() => unannotated(page), { timeout: 20_000 }).toBe(0);
    // No pinyin left anywhere in the feature's readings.
    const readings = await page.evaluate(() => [...document.querySelectorAll('#ozoom rt[data-dubao]')].map((rt) => rt.getAttribute('data-r') ?? ''));
    expect(readings.length).toBeGreaterThan(100);
    for (const r of readings) expect(r, r).toMatch(/^[a-z]+[1-6]( [a-z]+[1-6])*$/);
    await button(page, 'pinyin').click();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('ruby[data-dubao]').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the sidebar in Cantonese too: the speakers\' names', async () => {
    await patchSettings(browser, { notation: 'jyutping', toneColors: false });
    const { page } = await open();
    const ui = (selector: string) => page.locator(`dubao-ui ${selector}`);
    if ((await ui('[data-action="sidebar"]').getAttribute('aria-expanded')) !== 'true') await ui('[data-action="sidebar"]').click();
    await ui('[data-dubao-sidebar]').waitFor({ state: 'visible' });
    await button(page, 'pinyin').click();
    await expect
      .poll(() => ui('[data-speaker="渠德鹏"] .db-name rt').allTextContents(), { timeout: 30_000 })
      .toEqual(['keoi4', 'dak1', 'paang4']);
    await page.close();
  });

  it('colours syllables by the six Cantonese tones, and switches back to pinyin live', async () => {
    await patchSettings(browser, { notation: 'jyutping', toneColors: true });
    const { page } = await open();
    await button(page, 'pinyin').click();
    const syllables = () =>
      page.evaluate(() => {
        const ruby = [...document.querySelectorAll('ruby[data-dubao]')].find((r) => r.firstChild?.textContent === '重塑');
        return [...(ruby?.querySelectorAll('rt > span') ?? [])].map((s) => [s.getAttribute('data-r'), s.getAttribute('data-t'), getComputedStyle(s).color]);
      });
    // Each tone's colour, made readable (4.5:1) on the page's own background (body over html over white).
    const layers = await page.evaluate(() => [document.documentElement, document.body].map((el) => getComputedStyle(el).backgroundColor));
    const background = layers.reduce((under, css) => parseCssColor(css, under) ?? under, '#ffffff');
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    const tone = (t: 3 | 4) => rgb(readableOn(JYUTPING_TONE_COLORS[t], background));
    await expect.poll(syllables, { timeout: 30_000 }).toEqual([
      ['cung4', '4', tone(4)],
      [' sou3', '3', tone(3)],
    ]);
    // The reader goes back to pinyin: the open page follows.
    await patchSettings(browser, { notation: 'pinyin', toneColors: false });
    await expect.poll(() => readingOver(page, '重塑'), { timeout: 30_000 }).toBe('chóngsù');
    await page.close();
  });
});

describe('where the Jyutping table lives', () => {
  // The Jyutping table is a file of the extension (built from to-jyutping at build time), fetched by
  // the engine on the first Jyutping read. In Chrome the engine is the engine host's worker (the
  // background carries none): neither the background nor the content script carries the lexicon or
  // to-jyutping.
  it('is a file of the extension, in neither script', () => {
    const table = readFileSync(resolve(EXTENSION_DIR, 'jyutping/lexicon.txt'), 'utf8');
    expect(table).toContain('\n銀行\tngan4 hong4\n');
    const background = readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8');
    const content = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/dubao.js'), 'utf8');
    const engine = readEngineWorker();
    // Markers of to-jyutping's code (its IPA table) and of the table's lines.
    for (const script of [background, content, engine]) {
      expect(script).not.toContain('t͡sʰ');
      expect(script).not.toContain('ngan4 hong4');
    }
    expect(engine).toContain('jyutping/lexicon.txt');
    expect(background).not.toContain('jyutping/lexicon.txt');
  });
});
