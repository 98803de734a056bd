/**
 * The README's pictures of the learner's toolkit (issue 20): the dictionary card with its actions
 * (read aloud, save word, I know this word), the settings page's word bank after saving words from
 * the card, and the level setting: the settings page's learner section and the sample page with
 * readings only above HSK 4 and on no known word. Builds the extension unless DUBAO_SKIP_BUILD=1;
 * writes docs/images/toolkit-card.png, word-bank.png, learner-settings.png and reading-level.png.
 * Run: node --import tsx scripts/screenshot-toolkit.ts
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';
import { findWordPoint } from '../tests/e2e/helpers/word-point';

const IMAGES = resolve(ROOT, 'docs/images');

/** Points at `word`'s first occurrence in #ozoom, once the text stays put; resolves to the point. */
async function pointAt(page: Page, word: string): Promise<{ x: number; y: number }> {
  const point = await findWordPoint(page, word);
  if (!point) throw new Error(`${word} not found`);
  // Straight onto the word (a path over other words would open their cards in the way).
  await page.mouse.move(5, 5);
  await page.mouse.move(point.x, point.y);
  await page
    .waitForFunction(
      (word) => document.querySelector('dubao-ui')?.shadowRoot?.querySelector(`[data-dubao-dict][data-word="${word}"]`),
      word,
      { timeout: 30_000 },
    )
    .catch(async (error: unknown) => {
      await page.screenshot({ path: '/tmp/toolkit-fail.png' });
      const card = await page.evaluate(() => document.querySelector('dubao-ui')?.shadowRoot?.querySelector('.db-dict')?.outerHTML.slice(0, 300));
      process.stderr.write(`point ${JSON.stringify(point)} card ${card}\n`);
      throw error;
    });
  return point;
}

async function main(): Promise<void> {
  if (process.env.DUBAO_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ viewport: { width: 1100, height: 760 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    const ui = (s: string) => page.locator(`dubao-ui ${s}`);
    await ui('[data-action="dict"]').waitFor({ state: 'visible', timeout: 30_000 });
    await ui('[data-action="pinyin"]').click();
    await ui('[data-action="dict"]').click();

    // 1. Two words saved from the card; the second card shown with its actions and message.
    await pointAt(page, '乡长');
    await ui('[data-dubao-dict] [data-action="save-word"]').click();
    await page.keyboard.press('Escape');
    const point = await pointAt(page, '重塑');
    await ui('[data-dubao-dict] [data-action="save-word"]').click();
    await page.waitForFunction(() => document.querySelector('dubao-ui')?.shadowRoot?.querySelector('.db-dict-note')?.textContent);
    await page.waitForTimeout(4500); // the switch's hint fades
    const card = (await ui('[data-dubao-dict]').boundingBox())!;
    const top = Math.max(0, point.y - 110);
    await page.screenshot({
      path: resolve(IMAGES, 'toolkit-card.png'),
      clip: { x: Math.max(0, Math.min(point.x, card.x) - 180), y: top, width: 720, height: Math.min(760 - top, card.y + card.height - top + 24) },
    });

    // 2. The word bank on the settings page.
    const options = await browser.openExtensionPage('options.html');
    await options.setViewportSize({ width: 900, height: 900 });
    const bank = options.locator('[data-section="word-bank"]');
    await options.locator('tr[data-word]').nth(1).waitFor();
    await bank.scrollIntoViewIfNeeded();
    await bank.screenshot({ path: resolve(IMAGES, 'word-bank.png') });

    // 3. Readings only above HSK 4: the level chosen in the settings, the page follows without a reload.
    await page.keyboard.press('Escape');
    await ui('[data-action="dict"]').click();
    await patchSettings(browser, { readingLevel: 4 });
    // And a known word: 产业 (HSK 6) would keep its reading at level 4 (the card's "I know this word" stores the same).
    await browser.worker.evaluate(() => chrome.storage.local.set({ knownWords: ['产业'] }));
    const learner = options.locator('[data-section="learner"]');
    await options.waitForFunction(() => document.querySelector<HTMLSelectElement>('select[name="readingLevel"]')?.value === '4');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(2500);
    const para = await page.evaluate(() => {
      const p = [...document.querySelectorAll('#ozoom p')].find((el) => (el.textContent ?? '').includes('重塑'))!;
      p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    await page.waitForTimeout(1500);
    await page.screenshot({
      path: resolve(IMAGES, 'reading-level.png'),
      clip: { x: Math.max(0, para.x - 10), y: Math.max(0, para.y - 40), width: 760, height: 300 },
    });
    await learner.screenshot({ path: resolve(IMAGES, 'learner-settings.png') });
    process.stdout.write('wrote docs/images/toolkit-card.png, word-bank.png, learner-settings.png, reading-level.png\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
