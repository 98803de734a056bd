/**
 * The dictionary card's lazy script in real Chromium with the built extension: the content script carries
 * the switch only, and imports the card (dictionary-card.js) the first time the reader turns the dictionary
 * on, once; a page where it is never turned on never fetches it. From a fresh page, each way in gives the
 * right card: the toolbar's switch and the pointer, the keyboard shortcut on a selection (a page without a
 * feature, whose UI is not even mounted yet), the context menu on a word. (Firefox runs the same import in
 * the shared dictionary scenarios.)
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DICTIONARY_CARD_ROW, findLimit, loadBudget } from '../../scripts/bench/budget';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { findTabId, sendToTab } from './helpers/messages';
import { EXTENSION_DIR } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { openWatchedPage } from './helpers/watched-page';
import { findWordPoint } from './helpers/word-point';

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

const CARD_SCRIPT = '/dictionary-card.js';

/** Opens a fixture in a fresh tab and waits for the content script's boot. */
const visit = (path: string) => openWatchedPage(browser, server, path);

const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);
const cardWord = (page: Page) =>
  ui(page, '[data-dubao-dict]')
    .getAttribute('data-word', { timeout: 2_000 })
    .catch(() => null);

describe('the dictionary card loads the first time the dictionary is turned on', () => {
  it('the switch, then the pointer on 重塑: the card comes from the lazy script, fetched once', async () => {
    const { page, fetched, errors } = await visit('seed-epaper.html');
    const button = ui(page, '[data-action="dict"]');
    await button.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(500);
    expect(fetched).not.toContain(CARD_SCRIPT);
    await button.click();
    // the switch shows its state at once, whether or not the card's script is in yet
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const point = await findWordPoint(page, '重塑', 1);
    if (!point) throw new Error('重塑 not found');
    await page.mouse.move(point.x - 30, point.y - 30);
    // the pointer moves on the word until its card shows (the first moves may come before the script is in)
    let moves = 0;
    await expect
      .poll(
        async () => {
          await page.mouse.move(point.x, point.y + (moves++ % 2 ? 0.5 : -0.5));
          return cardWord(page);
        },
        { timeout: 20_000 },
      )
      .toBe('重塑');
    expect(await ui(page, '[data-dubao-dict]').getAttribute('data-reading')).toBe('chóngsù');
    await page.keyboard.press('Escape');
    // off and on again: the same script, not fetched again
    await button.click();
    await button.click();
    await page.mouse.move(point.x, point.y + 1);
    await expect.poll(() => cardWord(page), { timeout: 20_000 }).toBe('重塑');
    expect(fetched.filter((p) => p === CARD_SCRIPT)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the keyboard shortcut on a selection, on a page without a feature (its UI not yet mounted): the selection’s first word', async () => {
    const { page, fetched, errors } = await visit('pages/plain-news.html');
    expect(await ui(page, '[data-action="dict"]').count()).toBe(0);
    // 城乡人居环境: a keyboard reader's selection starting on 城乡
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('城乡人居'))!;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('城乡人居');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const tabId = await findTabId(browser.worker, page);
    expect(await sendToTab<boolean>(browser.worker, tabId, 'dict.toggle', {})).toBe(true);
    await expect.poll(() => cardWord(page), { timeout: 20_000 }).toBe('城乡');
    expect(await ui(page, '[data-action="dict"]').getAttribute('aria-pressed')).toBe('true');
    expect(fetched.filter((p) => p === CARD_SCRIPT)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the context menu on a word (the menu turns it on): that word’s card', async () => {
    const { page, fetched, errors } = await visit('seed-epaper.html');
    await ui(page, '[data-action="dict"]').waitFor({ state: 'visible', timeout: 30_000 });
    const point = await findWordPoint(page, '城乡', 1);
    if (!point) throw new Error('城乡 not found');
    // the page's context menu opens over 城乡 (the switch keeps the point), then the menu's entry is chosen
    await page.evaluate(({ x, y }) => {
      document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('contextmenu', { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
    }, point);
    expect(fetched).not.toContain(CARD_SCRIPT);
    const tabId = await findTabId(browser.worker, page);
    expect(await sendToTab<boolean>(browser.worker, tabId, 'dict.toggle', { on: true, fromMenu: true })).toBe(true);
    await expect.poll(() => cardWord(page), { timeout: 20_000 }).toBe('城乡');
    expect(fetched.filter((p) => p === CARD_SCRIPT)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page where the dictionary is never turned on never fetches it', async () => {
    const { page, fetched, errors } = await visit('seed-epaper.html');
    await ui(page, '[data-action="dict"]').waitFor({ state: 'visible', timeout: 30_000 });
    await ui(page, '[data-action="sidebar"]').click();
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    expect(fetched).not.toContain(CARD_SCRIPT);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the card is in the lazy script, not in the content script, and the lazy script is within its budget', () => {
    const lazy = resolve(EXTENSION_DIR, 'dictionary-card.js');
    const content = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/dubao.js'), 'utf8');
    // the card's styles and its hit-test (caretPositionFromPoint) live only in the lazy script
    for (const marker of ['db-dict-chars', 'caretPositionFromPoint']) {
      expect(readFileSync(lazy, 'utf8')).toContain(marker);
      expect(content).not.toContain(marker);
    }
    const limit = findLimit(loadBudget(), DICTIONARY_CARD_ROW)?.max;
    expect(limit).toBeGreaterThan(0);
    expect(statSync(lazy).size / 1000).toBeLessThanOrEqual(limit!); // KB, budget.json's limit
  });
});
