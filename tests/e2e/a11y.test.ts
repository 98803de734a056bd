/**
 * Accessibility, checked by a machine (issue 20, item 5): axe-core over the in-page UI (the
 * sidebar and the dictionary card, inside our open shadow root), the popup and the settings page,
 * in the light and the dark theme, in real Chromium with the built extension. Zero critical or
 * serious violations; the page's own markup is not ours to judge (only `dubao-ui` is checked there).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe in the page (over `include`, or the whole document); the violations, with what they hit. */
async function runAxe(page: Page, include?: string): Promise<{ violations: Finding[]; passes: number; unsure: Finding[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; any: { message: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; incomplete: Result[]; passes: unknown[] }> } }).axe;
    // Label in name (WCAG 2.5.3) is an experimental rule in axe: switched on.
    const result = await axe.run(include ? { include: [[include]] } : document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    const findings = (list: Result[]) =>
      list.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.any[0]?.message ?? ''}`) }));
    return {
      passes: result.passes.length,
      violations: findings(result.violations),
      // Contrast axe could not decide (text it cannot see a background for) is not a pass.
      unsure: findings(result.incomplete.filter((v) => v.id === 'color-contrast')),
    };
  }, include ?? null);
}

const severe = (findings: Finding[]) => findings.filter((f) => f.impact === 'critical' || f.impact === 'serious');
const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

/** What each check found, for the report (printed once per theme). */
const summary: Record<string, { serious: number; other: string[] }> = {};

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (theme) => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchWithExtension({ colorScheme: theme });
    page = await browser.context.newPage();
    await page.goto(server.url('seed-epaper.html'));
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
  });
  afterAll(async () => {
    console.log(`axe ${theme}:`, JSON.stringify(summary));
    await browser?.close();
  });

  const record = (name: string, findings: Finding[]) => {
    summary[`${theme}/${name}`] = { serious: severe(findings).length, other: findings.filter((f) => !severe([f]).length).map((f) => `${f.id}(${f.impact})`) };
  };

  it('the toolbar and the sidebar (with pinyin on, a speaker expanded)', async () => {
    await ui(page, '[data-action="pinyin"]').click();
    await ui(page, '[data-action="sidebar"]').click();
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
    await ui(page, '.db-card').first().waitFor();
    await ui(page, '.db-expand').first().click();
    const { violations, passes, unsure } = await runAxe(page, 'dubao-ui');
    record('sidebar', violations);
    expect(passes).toBeGreaterThan(10); // axe saw our shadow root
    expect(severe(violations)).toEqual([]);
    expect(unsure).toEqual([]);
    // What axe leaves undecided for one-character CJK faces (label in name), and the landmark
    // around the floating toolbar (axe's region rule does not look into a shadow root), checked here.
    const buttons = await page.evaluate(() => {
      const shadow = document.querySelector('dubao-ui')!.shadowRoot!;
      return [...shadow.querySelectorAll<HTMLButtonElement>('button[aria-label]')]
        .filter((b) => !b.hidden && (b.textContent ?? '').trim().length > 0 && (b.textContent ?? '').trim().length <= 2)
        .map((b) => ({ face: b.textContent!.trim(), name: b.getAttribute('aria-label')!, landmark: !!b.closest('aside, nav, main, [role="region"], [role="complementary"], [role="dialog"]') }));
    });
    expect(buttons.map((b) => b.face).sort()).toEqual(expect.arrayContaining(['拼', '繁', '读', '词', '×']));
    for (const b of buttons) {
      expect(b.name, b.face).toContain(b.face);
      expect(b.landmark, b.face).toBe(true);
    }
  });

  it('the dictionary card with its actions', async () => {
    await ui(page, '[data-action="dict"]').click();
    const target = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('#ozoom')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('城乡');
        if (at < 0 || (n.parentElement as Element).closest('rt')) continue;
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    await page.waitForTimeout(500);
    await page.mouse.move(target!.x - 20, target!.y - 20);
    await page.mouse.move(target!.x, target!.y, { steps: 3 });
    await ui(page, '[data-dubao-dict] [data-action="save-word"]').waitFor({ timeout: 20_000 });
    const { violations, unsure } = await runAxe(page, 'dubao-ui');
    record('card', violations);
    expect(severe(violations)).toEqual([]);
    // With the card open, what lies under it is overlapped (axe cannot judge it): the card's own text must be decided.
    const inCard = unsure.flatMap((u) => u.targets).filter((t) => /db-dict|data-dubao-dict/.test(t));
    expect(inCard).toEqual([]);
  });

  it('the popup', async () => {
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.locator('button, input').first().waitFor();
    const { violations } = await runAxe(popup);
    record('popup', violations);
    expect(severe(violations)).toEqual([]);
    await popup.close();
  });

  it('the settings page, the learner sections included', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.locator('[data-section="word-bank"]').waitFor();
    const { violations } = await runAxe(options);
    record('options', violations);
    expect(severe(violations)).toEqual([]);
    await options.close();
  });
});
