/**
 * README screenshots of issue 14's other parts, in a zh-HK browser with the built extension:
 *   docs/images/typography-hk.png  the seed page in Hong Kong characters with 「」 quotes (local typography);
 *   docs/images/entries-options.png the settings page's own-entries field with a reader's entries (Hong Kong UI);
 *   docs/images/entries-page.png   the headline with Jyutping where the reader's entry wins (一盤棋 … kei2).
 * Builds the extension unless DUBAO_SKIP_BUILD=1 (DUBAO_OUT_DIR picks another output folder):
 *   node --import tsx scripts/screenshot-hk.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from '../tests/e2e/helpers/browser';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';

const OUT = resolve(ROOT, 'docs/images');
const VIEWPORT = { width: 1100, height: 900 };

/**
 * A Hong Kong reader's entries: a Cantonese reading (the colloquial kei2 of 棋 "a game of chess",
 * where DuBao gives the reading of record kei4), conversions, a pinyin reading, and a reading that is
 * pinyin and Jyutping alike (hang4 wai4), which the field names as read as pinyin.
 */
const ENTRIES = ['# 我的詞條', '一盤棋 → jat1 pun4 kei2  # 口語：捉棋 kei2', '軟件 ↔ 軟體', '菸 → 烟', '行长 → háng zhǎng', '行為 → hang4 wai4', ''].join('\n');

async function openSeed(browser: ExtensionBrowser, url: string): Promise<{ page: Page; button: (action: string) => ReturnType<Page['locator']> }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const button = (action: string) => page.locator(`dubao-ui [data-action="${action}"]`);
  await button('pinyin').waitFor({ state: 'visible', timeout: 30_000 });
  return { page, button };
}

/** The headline's text (its readings included) and what follows it down to `below` px. */
async function shootHeadline(page: Page, file: string, below: number): Promise<void> {
  const h1 = page.locator('h1').first();
  await h1.scrollIntoViewIfNeeded();
  await page.mouse.move(5, VIEWPORT.height - 5);
  // The text's own extent (a range over it), not the block's: ruby makes the line wider than the column.
  const box = await h1.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  const x = Math.max(0, box.x - 12);
  await page.screenshot({ path: file, clip: { x, y: Math.max(0, box.y - 16), width: Math.min(VIEWPORT.width - x, box.width + 24), height: box.height + below } });
  console.log(file);
}

async function main(): Promise<void> {
  if (process.env.DUBAO_SKIP_BUILD !== '1') {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
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

    // 1. Local typography: Hong Kong characters with 「」 in place of “”.
    await patchSettings(browser, { variant: 'hk', cornerQuotes: true, notation: 'jyutping', toneColors: true });
    const seed = await openSeed(browser, server.url('seed-epaper.html'));
    await seed.button('script').click();
    await seed.page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('「一盤棋」'), null, { timeout: 30_000 });
    await seed.page.waitForTimeout(500);
    await shootHeadline(seed.page, resolve(OUT, 'typography-hk.png'), 56);

    // 2. The reader's entries, typed in the settings page (the Hong Kong UI).
    const options = await browser.openExtensionPage('options.html');
    await options.locator('textarea[name="entries"]').waitFor({ state: 'visible', timeout: 30_000 });
    await options.fill('textarea[name="entries"]', ENTRIES);
    await options.locator('textarea[name="entries"]').blur();
    await options.waitForFunction(() => /：5|: 5/.test(document.querySelector('[data-entries-status]')?.textContent ?? ''), null, { timeout: 30_000 });
    const section = options.locator('[data-section="entries"]');
    await section.scrollIntoViewIfNeeded();
    const file = resolve(OUT, 'entries-options.png');
    await section.screenshot({ path: file });
    console.log(file);
    await options.close();

    // 3. The open tab follows: Jyutping over the headline, the entry's kei2 over 一盤棋.
    await seed.button('pinyin').click();
    await seed.page.waitForFunction(
      // With tone colours each syllable is its own span, its reading in data-r (drawn by the style sheet).
      () =>
        [...document.querySelectorAll('h1 ruby[data-dubao]')].some(
          (r) => [...r.querySelectorAll(':scope > rt [data-r]')].map((s) => s.getAttribute('data-r')!.trim()).join(' ') === 'jat1 pun4 kei2',
        ),
      null,
      { timeout: 30_000 },
    );
    await seed.page.waitForTimeout(500);
    await shootHeadline(seed.page, resolve(OUT, 'entries-page.png'), 20);
    await seed.page.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
