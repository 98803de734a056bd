/**
 * The understanding's lazy scripts in real Chromium with the built extension: the content script carries
 * the cheap check only, and imports the full parse (understanding.js) on the pages whose check passes,
 * once; a page whose check fails never fetches it, unless the engine finds a round in its opening (the hand-off).
 * The summaries (summaries.js) are imported once the parse finds a feature, and only then. (Firefox runs the same
 * imports in the shared scenarios: the seed's sidebar there, under a strict CSP too, comes from them.)
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLimit, loadBudget, SUMMARIES_ROW, UNDERSTANDING_ROW } from '../../scripts/bench/budget';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { findTabId, sendToTab } from './helpers/messages';
import { EXTENSION_DIR } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { openWatchedPage, type WatchedPage } from './helpers/watched-page';

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

interface Visit extends WatchedPage {
  state: { detected: boolean; chinese: boolean; speakers: number };
}

/** Opens a fixture and waits for the content script's boot (the page state answers after it). */
async function visit(path: string): Promise<Visit> {
  const watched = await openWatchedPage(browser, server, path);
  const tabId = await findTabId(browser.worker, watched.page);
  const state = await sendToTab<Visit['state']>(browser.worker, tabId, 'getPageState');
  return { ...watched, state };
}

describe('the understanding loads only where the cheap check passes', () => {
  it('a roundtable page imports it once, then the summaries once, and gets its outline, launcher and gists', async () => {
    const { page, fetched, errors, state } = await visit('seed-epaper.html');
    expect(state).toMatchObject({ chinese: true, detected: true });
    expect(fetched.filter((p) => p === '/understanding.js')).toHaveLength(1);
    expect(fetched.filter((p) => p === '/summaries.js')).toHaveLength(1);
    const launcher = page.locator('dubao-ui [data-action="sidebar"]');
    await launcher.waitFor({ state: 'visible', timeout: 20_000 });
    await launcher.click();
    // the summaries' gists: the lead's and each speaker's, a sentence of what they said
    const gist = page.locator('dubao-ui [data-speaker="王静"] .db-gist');
    await gist.waitFor({ state: 'visible', timeout: 20_000 });
    expect((await gist.textContent())!.length).toBeGreaterThan(10);
    expect(await page.locator('dubao-ui [data-speaker] .db-gist').count()).toBe(4);
    expect((await page.locator('dubao-ui .db-lead').textContent())!.length).toBeGreaterThan(10);
    expect(fetched.filter((p) => p === '/summaries.js')).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose check fails but whose opening the engine finds a round in (the hand-off) imports it and finds the feature', async () => {
    // name-and-title lines with no colon: no step of the check reads them; the engine's parse of the opening does
    const { page, fetched, errors, state } = await visit('understand/handoff-title-lines.html');
    expect(state).toMatchObject({ chinese: true, detected: true, speakers: 3 });
    expect(fetched.filter((p) => p === '/understanding.js')).toHaveLength(1);
    expect(fetched.filter((p) => p === '/summaries.js')).toHaveLength(1);
    await page.locator('dubao-ui [data-action="sidebar"]').waitFor({ state: 'visible', timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a story whose check passes but is no feature imports it, not the summaries, and shows no launcher', async () => {
    const { page, fetched, errors, state } = await visit('understand/neg-single-reporter.html');
    expect(state).toMatchObject({ chinese: true, detected: false });
    expect(fetched).toContain('/understanding.js');
    expect(fetched).not.toContain('/summaries.js');
    expect(await page.locator('dubao-ui [data-action="sidebar"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['understand/neg-headlines.html', 'understand/neg-release.html', 'pages/plain-news.html'])(
    'a Chinese page whose check fails (%s) never fetches it',
    async (path) => {
      const { page, fetched, errors, state } = await visit(path);
      expect(state).toMatchObject({ chinese: true, detected: false });
      expect(fetched).not.toContain('/understanding.js');
      expect(fetched).not.toContain('/summaries.js');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('the full parse is in the lazy script, not in the content script', () => {
    const lazy = readFileSync(resolve(EXTENSION_DIR, 'understanding.js'), 'utf8');
    const content = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/dubao.js'), 'utf8');
    // a rail's title that main content (only the parse reads it) leaves out of the article
    for (const marker of ['推荐阅读', '相關新聞']) {
      expect(lazy).toContain(marker);
      expect(content).not.toContain(marker);
    }
  });

  it('the summariser is in the summaries’ script only, and each lazy script is within its budget', () => {
    const read = (path: string) => readFileSync(resolve(EXTENSION_DIR, path), 'utf8');
    const [summaries, understanding, content] = ['summaries.js', 'understanding.js', 'content-scripts/dubao.js'].map(read);
    // a weight of the gist's scorer (summary/score-units.ts), and a counter the figures read (summary/figures.ts)
    for (const marker of ['summaryHead', '个百分点']) {
      expect(summaries).toContain(marker);
      expect(understanding).not.toContain(marker);
      expect(content).not.toContain(marker);
    }
    const budget = loadBudget();
    for (const [file, row] of [['understanding.js', UNDERSTANDING_ROW], ['summaries.js', SUMMARIES_ROW]] as const) {
      const limit = findLimit(budget, row)?.max;
      expect(limit).toBeGreaterThan(0);
      expect(statSync(resolve(EXTENSION_DIR, file)).size / 1000).toBeLessThanOrEqual(limit!); // KB, budget.json's limit
    }
  });
});
