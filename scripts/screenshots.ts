/**
 * README screenshots of the sidebar on the seed page, light and dark, into docs/images/.
 * Uses an already built extension: `DUBAO_OUT_DIR=.output-shots npx wxt build` first, then
 * `DUBAO_OUT_DIR=.output-shots node --import tsx scripts/screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';

const OUT = resolve(ROOT, 'docs/images');
const VIEWPORT = { width: 1100, height: 760 };
const SIDEBAR_CLIP = { x: VIEWPORT.width - 560, y: 0, width: 560, height: VIEWPORT.height };

async function shoot(scheme: 'light' | 'dark'): Promise<string> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ colorScheme: scheme, viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    const launcher = page.locator('dubao-ui [data-action="sidebar"]');
    await launcher.waitFor({ state: 'visible', timeout: 30_000 });
    await launcher.click();
    await page.locator('dubao-ui [data-speaker]').first().waitFor({ state: 'visible' });
    // Show a card opened to its key points and mark one in view, as a reader would see it.
    await page.locator('dubao-ui [data-speaker="闫万玲"] .db-card-head').click();
    await page.waitForTimeout(2600); // the highlight fades
    await page.locator('dubao-ui .db-scroll').evaluate((el) => (el.scrollTop = 0));
    if (scheme === 'dark') {
      // The dark picture also shows the pinyin layer: readings over names and topic titles.
      await page.locator('dubao-ui [data-action="pinyin"]').click();
      await page.locator('dubao-ui [data-speaker="渠德鹏"] rt').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await page.locator('dubao-ui .db-scroll').evaluate((el) => (el.scrollTop = 0));
    }
    await page.mouse.move(5, VIEWPORT.height - 5); // no hover state in the picture
    const file = resolve(OUT, `sidebar-${scheme}.png`);
    await page.screenshot({ path: file, clip: SIDEBAR_CLIP });
    return file;
  } finally {
    await browser.close();
    await server.close();
  }
}

mkdirSync(OUT, { recursive: true });
for (const scheme of ['light', 'dark'] as const) {
  console.log(await shoot(scheme));
}
