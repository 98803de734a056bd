/**
 * The README's picture of the dictionary card: builds the extension (unless DUBAO_SKIP_BUILD=1),
 * opens the sample roundtable page in Chromium, switches pinyin and the dictionary on, points at
 * 重塑 and writes docs/images/dictionary-card.png (`--dark` for the dark theme, to /tmp).
 * Run: node --import tsx scripts/screenshot-dictionary.ts [--dark] [word]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';
import { findWordPoint } from '../tests/e2e/helpers/word-point';

async function main(): Promise<void> {
  if (process.env.DUBAO_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dark = process.argv.includes('--dark');
  const word = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '重塑';
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ viewport: { width: 1100, height: 760 }, colorScheme: dark ? 'dark' : 'light' });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    const ui = (s: string) => page.locator(`dubao-ui ${s}`);
    await ui('[data-action="dict"]').waitFor({ state: 'visible', timeout: 30_000 });
    await ui('[data-action="pinyin"]').click();
    await ui('[data-action="dict"]').click();
    const point = await findWordPoint(page, word);
    if (!point) throw new Error(`${word} not found`);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await page.waitForFunction(
      (word) => document.querySelector('dubao-ui')?.shadowRoot?.querySelector(`[data-dubao-dict][data-word="${word}"]`),
      word,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(4500); // the switch's hint fades
    const card = await ui('[data-dubao-dict]').boundingBox();
    const clip = {
      x: Math.max(0, Math.min(point.x, card!.x) - 180),
      y: Math.max(0, point.y - 110),
      width: 720,
      height: Math.min(760 - Math.max(0, point.y - 110), card!.y + card!.height - (point.y - 110) + 24),
    };
    const out = dark ? '/tmp/dictionary-card-dark.png' : resolve(ROOT, 'docs/images/dictionary-card.png');
    mkdirSync(resolve(out, '..'), { recursive: true });
    await page.screenshot({ path: out, clip });
    process.stdout.write(`wrote ${out}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
