/**
 * README screenshots of the reading sizes (small, medium, large) on the seed page, into
 * docs/images/readings-{small,medium,large}.png: the same lines of the feature at each size, with
 * the default settings otherwise. Uses an already built extension:
 * `DUBAO_OUT_DIR=.output-shots npx wxt build && DUBAO_OUT_DIR=.output-shots node --import tsx scripts/screenshots-readings.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';

const OUT = resolve(ROOT, 'docs/images');
const VIEWPORT = { width: 1100, height: 760 };
const SIZES = ['small', 'medium', 'large'] as const;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    for (const size of SIZES) {
      await browser.worker.evaluate(async (readingSize) => {
        const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
        await chrome.storage.sync.set({ settings: { ...(settings ?? {}), readingSize } });
      }, size);
      const page = await browser.context.newPage();
      await page.goto(server.url('seed-epaper.html'));
      const pinyin = page.locator('dubao-ui [data-action="pinyin"]');
      await pinyin.waitFor({ state: 'visible', timeout: 30_000 });
      await pinyin.click();
      await page.waitForFunction(() => document.querySelectorAll('#ozoom ruby[data-dubao]').length > 1000, null, { timeout: 30_000 });
      await page.waitForTimeout(800);
      // The paragraph with the first speaker's words: its first lines.
      const paragraph = page.locator('#ozoom p:nth-of-type(3)');
      await paragraph.scrollIntoViewIfNeeded();
      await page.mouse.move(5, VIEWPORT.height - 5);
      const box = (await paragraph.boundingBox())!;
      const file = resolve(OUT, `readings-${size}.png`);
      await page.screenshot({ path: file, clip: { x: box.x - 8, y: box.y - 18, width: Math.min(560, box.width + 16), height: 160 } });
      console.log(file);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
