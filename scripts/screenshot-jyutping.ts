/**
 * README screenshots of the Cantonese work: the seed page in Hong Kong characters with Jyutping and
 * tone colours (docs/images/jyutping.png), and the settings page in the Hong Kong UI with the
 * Jyutping choice (docs/images/options-zh-hk.png). Uses an already built extension:
 * `DUBAO_OUT_DIR=.output-shots npx wxt build && DUBAO_OUT_DIR=.output-shots node --import tsx scripts/screenshot-jyutping.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, patchSettings } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';

const OUT = resolve(ROOT, 'docs/images');
const VIEWPORT = { width: 1100, height: 900 };

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ viewport: VIEWPORT, locale: 'zh-HK', args: ['--lang=zh-HK'] });
  try {
    // The first-install default (Hong Kong forms for a zh-HK browser) is written first; ours go over it.
    for (let i = 0; i < 50; i++) {
      const stored = await browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { variant?: string } | undefined)?.variant);
      if (stored === 'hk') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await patchSettings(browser, { notation: 'jyutping', toneColors: true });
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    const button = (action: string) => page.locator(`dubao-ui [data-action="${action}"]`);
    await button('pinyin').waitFor({ state: 'visible', timeout: 30_000 });
    await button('script').click();
    await button('pinyin').click();
    await page.waitForFunction(() => document.querySelectorAll('#ozoom ruby[data-dubao]').length > 1000, null, { timeout: 30_000 });
    await page.waitForTimeout(800);
    // The line with 重塑 (cung4 sou3): the paragraph that holds it.
    const paragraph = page.locator('#ozoom p', { hasText: '重塑' }).first();
    await paragraph.scrollIntoViewIfNeeded();
    await page.mouse.move(5, VIEWPORT.height - 5);
    const box = (await paragraph.boundingBox())!;
    const shot = resolve(OUT, 'jyutping.png');
    await page.screenshot({ path: shot, clip: { x: box.x - 8, y: box.y - 18, width: Math.min(620, box.width + 16), height: Math.min(180, box.height + 30) } });
    console.log(shot);
    await page.close();

    const options = await browser.openExtensionPage('options.html');
    await options.locator('[data-setting="readingStyle"]').waitFor({ state: 'visible', timeout: 30_000 });
    const section = options.locator('section').first();
    const file = resolve(OUT, 'options-zh-hk.png');
    await section.screenshot({ path: file });
    console.log(file);
    await options.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
