/**
 * The dictionary (issue 20, item 1) in real Chromium with the built extension, on the seed page:
 * the switch, the pointer on 城乡, 重塑 and 乡长 (cards with the readings in context and CC-CEDICT's
 * definitions), the same reading as the ruby when pinyin is on, arrows and Esc, the sidebar's
 * text, and never on editable fields. The dictionary data is the build's real compiled file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { FIXTURES_DIR, ROOT } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { findWordPoint } from './helpers/word-point';
import { unannotated } from './scenarios/page-checks';

let browser: ExtensionBrowser;
let server: FixtureServer;

const SEED = readFileSync(resolve(FIXTURES_DIR, 'seed-epaper.html'), 'utf8');
const EDITABLE = SEED.replace(
  '</founder-content>',
  '<textarea id="ta">读者写的城乡发展评论</textarea><div id="ce" contenteditable="true">可以编辑的城乡发展段落</div></founder-content>',
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

const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);
const card = (page: Page) => ui(page, '[data-dubao-dict]');

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url(path));
  await ui(page, '[data-action="dict"]').waitFor({ state: 'visible', timeout: 30_000 });
  return { page, errors };
}

/**
 * Moves the mouse over the `nth` character of the first occurrence of `word` in the page's text
 * under `scope` (pinyin rubies or not), scrolled into view first.
 */
async function pointAt(page: Page, word: string, nth = 0, scope = '#ozoom'): Promise<void> {
  // A card open over the text would take the pointer (it stays open while pointed at): close it.
  if (await card(page).count()) {
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  }
  const point = await findWordPoint(page, word, nth, scope);
  if (!point) throw new Error(`${word} not found`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

async function cardFor(page: Page, word: string) {
  await expect.poll(() => card(page).getAttribute('data-word', { timeout: 2_000 }).catch(() => null), { timeout: 20_000 }).toBe(word);
  return {
    reading: await card(page).getAttribute('data-reading'),
    definitions: await card(page).locator('[data-dubao-def]').allTextContents(),
    text: await card(page).textContent(),
  };
}

describe('the dictionary on the seed page', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await open('seed-epaper.html'));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('is off until switched on: pointing shows nothing', async () => {
    expect(await ui(page, '[data-action="dict"]').getAttribute('aria-pressed')).toBe('false');
    await pointAt(page, '重塑');
    await page.waitForTimeout(500);
    expect(await card(page).count()).toBe(0);
  });

  it.each([
    ['城乡', 1, 'chéngxiāng', /city and countryside/],
    ['重塑', 0, 'chóngsù', /remodel|reconstruct/],
    ['乡长', 1, 'xiāngzhǎng', /village chief/],
  ])('the pointer on %s gives its card, read in context', async (word, nth, reading, definition) => {
    if ((await ui(page, '[data-action="dict"]').getAttribute('aria-pressed')) !== 'true') await ui(page, '[data-action="dict"]').click();
    await pointAt(page, word, nth);
    const got = await cardFor(page, word);
    expect(got.reading).toBe(reading);
    expect(got.definitions.join(' / ')).toMatch(definition);
    expect(got.text).toContain('CC-CEDICT');
  });

  it('lists 重’s other reading as such, and shows 鄉長 for 乡长', async () => {
    await pointAt(page, '乡长');
    await cardFor(page, '乡长');
    expect(await card(page).locator('[data-other-form]').textContent()).toBe('鄉長');
    await pointAt(page, '重塑');
    await cardFor(page, '重塑');
    expect(await card(page).locator('.db-dict-char').allTextContents()).toEqual(['重', '塑']);
    expect(await card(page).locator('.db-dict-char-reading').first().textContent()).toBe('chóng');
  });

  it('moves word by word with the arrow keys and closes with Esc', async () => {
    await pointAt(page, '重塑');
    await cardFor(page, '重塑');
    await page.mouse.move(5, 5); // the keys, not the pointer, move now (the card stays a moment)
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => card(page).getAttribute('data-word').catch(() => null)).not.toBe('重塑');
    const next = await card(page).getAttribute('data-word');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => card(page).getAttribute('data-word').catch(() => null)).toBe('重塑');
    expect(next).toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  it('shows the reading the ruby shows when pinyin is on', async () => {
    await ui(page, '[data-action="pinyin"]').click();
    // Every Han character of the feature annotated: the layer has finished, so nothing moves under the pointer.
    await expect.poll(() => unannotated(page), { timeout: 30_000 }).toBe(0);
    for (const word of ['重塑', '乡长', '城乡']) {
      await pointAt(page, word);
      const got = await cardFor(page, word);
      const ruby = await page.evaluate((word) => {
        // The readings over the word's characters, as the page shows them.
        const rubies = [...document.querySelectorAll('#ozoom ruby[data-dubao]')];
        for (let i = 0; i < rubies.length; i++) {
          const base = rubies.slice(i).map((r) => r.firstChild!.textContent).join('');
          if (!base.startsWith(word)) continue;
          let chars = 0;
          let reading = '';
          for (const r of rubies.slice(i)) {
            if (chars >= word.length) break;
            chars += r.firstChild!.textContent!.length;
            const rt = r.querySelector('rt')!;
            reading += rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join('');
          }
          return reading;
        }
        return null;
      }, word);
      expect(ruby, word).toBe(got.reading);
    }
    await ui(page, '[data-action="pinyin"]').click();
    await expect.poll(() => page.locator('#ozoom ruby[data-dubao]').count(), { timeout: 20_000 }).toBe(0);
  });

  it('looks up the traditional text when the page shows it: 鄉長, with 乡长 as the other form', async () => {
    await ui(page, '[data-action="script"]').click();
    await expect.poll(() => page.evaluate(() => document.getElementById('ozoom')!.textContent!.includes('鄉長')), { timeout: 20_000 }).toBe(true);
    await pointAt(page, '鄉長', 1);
    const got = await cardFor(page, '鄉長');
    expect(got.reading).toBe('xiāngzhǎng');
    expect(got.definitions.join(' / ')).toMatch(/village chief/);
    expect(await card(page).locator('[data-other-form]').textContent()).toBe('乡长');
    await page.keyboard.press('Escape');
    await ui(page, '[data-action="script"]').click();
    await expect.poll(() => page.evaluate(() => document.getElementById('ozoom')!.textContent!.includes('乡长')), { timeout: 20_000 }).toBe(true);
  });

  it('works on the sidebar’s text, and reads a speaker’s name as a name', async () => {
    await ui(page, '[data-action="sidebar"]').click();
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
    const name = ui(page, '[data-speaker="闫万玲"] .db-name').first();
    await name.scrollIntoViewIfNeeded();
    const box = await name.boundingBox();
    await page.mouse.move(box!.x + 8, box!.y + box!.height / 2, { steps: 3 });
    const got = await cardFor(page, '闫万玲');
    expect(got.reading!.toLowerCase()).toBe('yánwànlíng');
    expect(await card(page).locator('.db-dict-name').count()).toBe(1);
    await page.keyboard.press('Escape');
    await ui(page, '[data-action="sidebar"]').click();
  });

  it('leaves the page as it was and reports no error', async () => {
    await ui(page, '[data-action="dict"]').click();
    expect(await ui(page, '[data-action="dict"]').getAttribute('aria-pressed')).toBe('false');
    await pointAt(page, '城乡');
    await page.waitForTimeout(500);
    expect(await card(page).count()).toBe(0);
    expect(await page.locator('#ozoom [data-dubao]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('never on editable fields', () => {
  it('shows no card over a textarea or a contenteditable', async () => {
    const { page, errors } = await open('editable.html');
    await ui(page, '[data-action="dict"]').click();
    // A word on the page first, so that a card would have to appear over the fields if it could.
    await pointAt(page, '城乡');
    await cardFor(page, '城乡');
    await page.keyboard.press('Escape');
    for (const id of ['#ce']) {
      await pointAt(page, '城乡', 0, id);
      await page.waitForTimeout(600);
      expect(await card(page).count(), id).toBe(0);
    }
    const ta = await page.locator('#ta').boundingBox();
    await page.mouse.move(ta!.x + 10, ta!.y + 10);
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the switch from the keyboard shortcut and the context menu (background → page)', () => {
  it('the background’s dict.toggle turns it on and off', async () => {
    const { page } = await open('seed-epaper.html');
    await page.bringToFront();
    const toggle = () =>
      browser.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        const reply = (await chrome.tabs.sendMessage(tab!.id!, { id: 7, type: 'dict.toggle', data: {}, timestamp: Date.now() })) as { res?: unknown };
        return reply?.res;
      });
    expect(await toggle()).toBe(true);
    expect(await ui(page, '[data-action="dict"]').getAttribute('aria-pressed')).toBe('true');
    expect(await toggle()).toBe(false);
    const manifest = JSON.parse(readFileSync(resolve(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(manifest.commands['toggle-dictionary']?.suggested_key?.default).toBe('Alt+Shift+D');
    await page.close();
  });
});

describe('with Jyutping as the notation, and the reader’s own reading entries', () => {
  afterAll(async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.remove('userEntries'));
    await patchSettings(browser, { notation: 'pinyin' });
  });

  it('shows 重塑 as cung4 sou3 in the ruby’s tone colours, then as the reader’s entry reads it, live', async () => {
    await patchSettings(browser, { notation: 'jyutping', toneColors: true });
    const { page, errors } = await open('seed-epaper.html');
    await ui(page, '[data-action="dict"]').click();
    await pointAt(page, '重塑');
    await cardFor(page, '重塑');
    await expect.poll(() => card(page).getAttribute('data-jyutping'), { timeout: 20_000 }).toBe('cung4 sou3');
    expect(await card(page).getAttribute('data-reading')).toBe('chóngsù');
    const syllables = card(page).locator('.db-dict-reading [data-tone]');
    expect(await syllables.allTextContents()).toEqual(['cung4', 'sou3']);
    // The ruby's colours for tone 4 (low falling) and tone 3 (mid level): lib/reading/jyutping-tones.ts.
    const colours = await syllables.evaluateAll((els) => els.map((el) => getComputedStyle(el).color));
    expect(colours).toEqual(['rgb(37, 99, 235)', 'rgb(192, 38, 211)']);
    // The senses keep the dictionary's pinyin.
    expect(await card(page).locator('[data-in-context="true"] .db-dict-sense-reading').textContent()).toBe('chóngsù');

    // The reader adds an entry in the settings' storage: the open card closes, the next one reads it.
    await browser.worker.evaluate(() => chrome.storage.sync.set({ userEntries: { text: '重塑 → zhòng sù\n' } }));
    await expect.poll(() => card(page).count(), { timeout: 20_000 }).toBe(0);
    await pointAt(page, '重塑');
    await expect.poll(() => card(page).getAttribute('data-reading', { timeout: 2_000 }).catch(() => null), { timeout: 20_000 }).toBe('zhòngsù');
    expect(await card(page).getAttribute('data-jyutping')).toMatch(/^(zung6|cung5) sou3$/);
    await page.keyboard.press('Escape');

    // A Cantonese reading entry (the older 塑 sok3): the card shows it, the pinyin stays DuBao's.
    await browser.worker.evaluate(() => chrome.storage.sync.set({ userEntries: { text: '重塑 → cung4 sok3\n' } }));
    await expect.poll(() => card(page).count(), { timeout: 20_000 }).toBe(0);
    await pointAt(page, '重塑');
    await expect.poll(() => card(page).getAttribute('data-jyutping', { timeout: 2_000 }).catch(() => null), { timeout: 20_000 }).toBe('cung4 sok3');
    expect(await card(page).getAttribute('data-reading')).toBe('chóngsù');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.close();
  });
});
