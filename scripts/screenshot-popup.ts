/**
 * `npm run screenshot:popup`: the README's picture of the popup. Builds the extension (unless
 * DUBAO_SKIP_BUILD=1), opens the sample roundtable page in Chromium, opens the popup for that tab
 * (`popup.html?tabId=N`), switches pinyin on and writes docs/images/popup.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/browser';
import { findTabId } from '../tests/e2e/helpers/messages';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';

async function main(): Promise<void> {
  if (process.env.DUBAO_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ viewport: { width: 360, height: 420 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    const tabId = await findTabId(browser.worker, page);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="speakers"]', { timeout: 30_000 });
    await popup.click('[data-action="pinyin"]');
    await popup.waitForSelector('[data-action="pinyin"][aria-pressed="true"]', { timeout: 30_000 });
    // No focus ring in the picture.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const out = resolve(ROOT, 'docs/images/popup.png');
    mkdirSync(resolve(out, '..'), { recursive: true });
    await popup.locator('main').screenshot({ path: out });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
