/**
 * `npm run demo`: builds DuBao, serves the sample roundtable page on 127.0.0.1 and opens Chromium
 * with the extension loaded on it. With a display it stays open until you close the window; with no
 * display, or with `--headless`, it drives the page itself, writes a PNG per state to demo-output/
 * and prints what DuBao found, then exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/helpers/browser';
import { findTabId, sendToTab } from '../tests/e2e/helpers/messages';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer } from '../tests/e2e/helpers/server';
import type { PageState } from '../lib/messages';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(ROOT, 'demo-output');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(outDir, `${name}.png`);
  await page.screenshot({ path });
  log(`  screenshot: demo-output/${name}.png`);
}

/** Clicks a button of DuBao's in-page UI if this build has it; reports what happened. */
async function clickControl(page: Page, action: string): Promise<boolean> {
  const button = page.locator(`dubao-ui [data-action="${action}"]`).first();
  if ((await button.count()) === 0) {
    log(`  (no "${action}" control in this build)`);
    return false;
  }
  await button.click();
  return true;
}

async function settle(page: Page): Promise<void> {
  // Two frames after the layer orchestrator's last chunk: the page is as a reader sees it.
  await page.waitForTimeout(300);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function main(): Promise<void> {
  log('Building DuBao…');
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const server = await startFixtureServer();
  const url = server.url('seed-epaper.html');
  log(`Serving the sample roundtable page at ${url}`);
  const browser = await launchWithExtension({ headless, viewport: { width: 1280, height: 900 } });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-dubao-chinese'), null, {
      timeout: 15_000,
    });
    const tabId = await findTabId(browser.worker, page);
    const state = await sendToTab<PageState>(browser.worker, tabId, 'getPageState');
    log('What DuBao found on the page:');
    log(`  Chinese: ${state.chinese ? 'yes' : 'no'} (lang ${state.lang ?? 'none'}, ${Math.round(state.hanShare * 100)}% Han)`);
    log(`  roundtable: ${state.detected ? `yes, ${state.topics} topics, ${state.speakers} speakers` : 'no'}`);
    await printSidebarOutline(page);

    if (!headless) {
      log('Chromium is open with DuBao loaded. Close the window to stop.');
      await new Promise<void>((done) => browser.context.on('close', () => done()));
      return;
    }
    mkdirSync(outDir, { recursive: true });
    log('States:');
    await shoot(page, '1-original');
    if (await clickControl(page, 'pinyin')) {
      await page.waitForSelector('html[data-dubao-pinyin="on"]');
      await settle(page);
      await shoot(page, '2-pinyin');
      await clickControl(page, 'pinyin');
      await page.waitForSelector('html[data-dubao-pinyin="off"]');
    }
    if (await clickControl(page, 'script')) {
      await page.waitForSelector('html[data-dubao-script]:not([data-dubao-script="original"])');
      await settle(page);
      await shoot(page, '3-traditional');
      await clickControl(page, 'script');
      await page.waitForSelector('html[data-dubao-script="original"]');
    }
    if (await clickControl(page, 'sidebar')) {
      await page.waitForSelector('dubao-ui [data-dubao-sidebar]');
      await settle(page);
      await shoot(page, '4-sidebar');
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** The outline as the sidebar renders it, when this build has a sidebar. */
async function printSidebarOutline(page: Page): Promise<void> {
  const topics = page.locator('dubao-ui [data-topic-index]');
  const count = await topics.count();
  for (let i = 0; i < count; i++) {
    const topic = topics.nth(i);
    const title = (await topic.locator('.db-topic-text').first().textContent())?.trim();
    log(`  topic ${i + 1}: ${title || '(untitled)'}`);
    const speakers = await topic.locator('[data-speaker]').evaluateAll((cards) =>
      cards.map((card) => {
        const role = card.querySelector('.db-role')?.textContent?.trim();
        return `${card.getAttribute('data-speaker') ?? ''}${role ? ` (${role})` : ''}`;
      }),
    );
    for (const speaker of speakers) log(`    speaker: ${speaker}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
