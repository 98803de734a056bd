/**
 * README screenshots of the reading layers on the seed page: pinyin, and traditional characters,
 * into docs/images/. Uses an already built extension:
 * `DUBAO_OUT_DIR=.output-shots npx wxt build && DUBAO_OUT_DIR=.output-shots node --import tsx scripts/screenshots-layers.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';

const OUT = resolve(ROOT, 'docs/images');
const VIEWPORT = { width: 1100, height: 760 };

/** The article column from its first topic, where the layers show best. */
async function shootArticle(page: Page, file: string): Promise<void> {
  await page.evaluate(() => document.querySelector('#ozoom')!.scrollIntoView());
  await page.mouse.move(5, VIEWPORT.height - 5);
  const box = await page.locator('.article').boundingBox();
  const x = Math.max(0, box?.x ?? 0);
  await page.screenshot({ path: file, clip: { x, y: 0, width: Math.min(VIEWPORT.width - x, box?.width ?? VIEWPORT.width), height: VIEWPORT.height } });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    const button = (action: string) => page.locator(`dubao-ui [data-action="${action}"]`);
    await button('pinyin').waitFor({ state: 'visible', timeout: 30_000 });
    await button('pinyin').click();
    await page.waitForFunction(() => document.querySelectorAll('#ozoom ruby[data-dubao]').length > 1000, null, { timeout: 30_000 });
    await page.waitForTimeout(800);
    await shootArticle(page, resolve(OUT, 'seed-pinyin.png'));
    await button('pinyin').click();
    await button('script').click();
    await page.waitForFunction(() => document.body.textContent!.includes('發展'), null, { timeout: 30_000 });
    await page.waitForTimeout(800);
    await shootArticle(page, resolve(OUT, 'seed-traditional.png'));
    console.log(resolve(OUT, 'seed-pinyin.png'));
    console.log(resolve(OUT, 'seed-traditional.png'));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
