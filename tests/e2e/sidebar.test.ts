/**
 * The sidebar in real Chromium with the built extension: launcher, outline, links into the page,
 * the script layer in the sidebar, page text as text, the empty state. (Its 4 topics and 4 speakers and
 * the strict-CSP page are shared scenarios, run in Chromium and Firefox: scenarios/shared.ts.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM_ARGS, launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { EXTENSION_DIR, FIXTURES_DIR, findChromium, ROOT } from './helpers/paths';
import { startFixtureServer, type FixtureServer } from './helpers/server';

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

async function open(path: string): Promise<{ page: Page; errors: string[]; dialogs: string[]; response: Response | null }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Errors from the content script's world land in the console, not in pageerror.
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.location().url.endsWith('/favicon.ico')) return; // the fixture server has none
    errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(server.url(path));
  return { page, errors, dialogs, response };
}

const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);

/** Opens the sidebar with the launcher unless it is open already. */
async function ensureOpen(page: Page): Promise<void> {
  if ((await ui(page, '[data-action="sidebar"]').getAttribute('aria-expanded')) !== 'true') {
    await ui(page, '[data-action="sidebar"]').click();
  }
  await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
}

/** Sends a protocol message to the page's content script, as the popup or background does. */
async function sendToPage(page: Page, type: string, data: unknown): Promise<unknown> {
  // The page in front is the active tab (the test extension has no "tabs" permission to match URLs).
  await page.bringToFront();
  return browser.worker.evaluate(
    async ({ type, data }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id == null) throw new Error('no active tab');
      const reply = (await chrome.tabs.sendMessage(tab.id, { id: 1, type, data, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      if (reply?.err) throw new Error(JSON.stringify(reply.err));
      return reply?.res;
    },
    { type, data },
  );
}

describe('the sidebar on the seed page', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await open('seed-epaper.html'));
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the launcher and the layer buttons', async () => {
    await expect.poll(() => ui(page, '[data-action="sidebar"]').isVisible()).toBe(true);
    expect(await ui(page, '[data-action="pinyin"]').isVisible()).toBe(true);
    expect(await ui(page, '[data-action="script"]').isVisible()).toBe(true);
    expect(await ui(page, '[data-dubao-sidebar]').isVisible()).toBe(false);
  });

  it('a click on the third speaker brings the statement’s first paragraph into the viewport', async () => {
    await ensureOpen(page);
    const first = page.locator('p', { hasText: '太谷区小白乡党委副书记、乡长闫万玲:' });
    const inViewport = () =>
      first.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
    expect(await inViewport()).toBe(false);
    await ui(page, '[data-speaker="闫万玲"] .db-card-head').click();
    await expect.poll(inViewport, { timeout: 5_000 }).toBe(true);
    // Highlighted briefly, then the page is as it was.
    expect(await first.getAttribute('data-dubao-highlight')).toBe('');
    await expect.poll(() => page.locator('[data-dubao-highlight]').count(), { timeout: 5_000 }).toBe(0);
  });

  it('marks the card of the statement in view as the page scrolls', async () => {
    await page.locator('p', { hasText: '市发展和改革委员会党组成员、副主任王静:' }).evaluate((el) =>
      el.scrollIntoView({ block: 'start' }),
    );
    await expect.poll(() => ui(page, '.db-current').getAttribute('data-speaker')).toBe('王静');
    await page.locator('p', { hasText: '市发展和改革委员会党组成员、副主任渠德鹏:' }).evaluate((el) =>
      el.scrollIntoView({ block: 'start' }),
    );
    await expect.poll(() => ui(page, '.db-current').getAttribute('data-speaker')).toBe('渠德鹏');
  });

  it('expands a card to the whole statement, re-joined across the layout’s break', async () => {
    await ensureOpen(page);
    const card = ui(page, '[data-speaker="闫万玲"]');
    await card.locator('.db-expand').click();
    const paragraphs = await card.locator('.db-full p').allTextContents();
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[2]).toContain('以环境整治重塑乡村肌理,绘就宜居宜业新图景');
    await card.locator('.db-expand').click();
  });

  it('works by keyboard: arrows between cards, Enter jumps, Esc closes', async () => {
    await ensureOpen(page);
    // The page's own key handlers (e-paper sites page on arrow keys) never see keys typed in our UI.
    await page.evaluate(() => {
      const w = window as unknown as { pageKeys: string[] };
      w.pageKeys = [];
      document.addEventListener('keydown', (e) => w.pageKeys.push(e.key));
    });
    await ui(page, '[data-speaker="渠德鹏"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    const focused = () =>
      page.evaluate(() => document.querySelector('dubao-ui')?.shadowRoot?.activeElement?.getAttribute('data-speaker'));
    expect(await focused()).toBe('闫万玲');
    await page.keyboard.press('Enter');
    const first = page.locator('p', { hasText: '太谷区小白乡党委副书记、乡长闫万玲:' });
    await expect
      .poll(() => first.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight && el.getBoundingClientRect().bottom > 0))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui(page, '[data-dubao-sidebar]').isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.querySelector('dubao-ui')?.shadowRoot?.activeElement?.getAttribute('data-action')),
    ).toBe('sidebar');
  });

  it('copies the outline as Markdown', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await ensureOpen(page);
    await ui(page, '[data-action="copy-markdown"]').click();
    await expect.poll(() => ui(page, '.db-status').textContent()).toMatch(/copied/i);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.startsWith('# 做活城乡融合“大文章” 下好区域协调“一盘棋”\n')).toBe(true);
    expect(markdown).toContain('## 3. 城乡联动共发展');
    expect(markdown).toContain('### 闫万玲(太谷区小白乡党委副书记、乡长)');
    // The same outline as the command line gives for the same page.
    const cli = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/analyze.ts', resolve(FIXTURES_DIR, 'seed-epaper.html'), '--format', 'md'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(markdown).toBe(cli);
  });

  it('with traditional on, the sidebar shows 發展; off again, 发展', async () => {
    await ui(page, '[data-action="script"]').click();
    await expect.poll(() => ui(page, '[data-dubao-sidebar]').textContent(), { timeout: 15_000 }).toContain('發展');
    expect(await ui(page, '[data-action="script"]').getAttribute('aria-pressed')).toBe('true');
    await ui(page, '[data-action="script"]').click();
    await expect.poll(() => ui(page, '.db-deck').textContent(), { timeout: 15_000 }).toBe('我市各界人士就城乡融合发展畅所欲言');
  });

  it('with pinyin on, speaker names and topic titles carry readings', async () => {
    await ui(page, '[data-action="pinyin"]').click();
    await expect
      .poll(() => ui(page, '[data-speaker="渠德鹏"] .db-name rt').allTextContents(), { timeout: 15_000 })
      .toEqual(['qú', 'dé', 'péng']);
    expect(await ui(page, '[data-topic-index="0"] .db-topic-text rt').count()).toBeGreaterThan(0);
    await ui(page, '[data-action="pinyin"]').click();
    await expect.poll(() => ui(page, '[data-dubao-sidebar] rt').count(), { timeout: 15_000 }).toBe(0);
  });

  it('shows the pinyin and other-script form of a selection (context menu → showSelection)', async () => {
    await page.locator('p', { hasText: '话题' }).first().evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent === '城乡联动共发展')!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await sendToPage(page, 'showSelection', { text: '城乡联动共发展' });
    const panel = ui(page, '[data-dubao-selection]');
    await panel.waitFor({ state: 'visible' });
    await expect.poll(() => panel.locator('rt').allTextContents(), { timeout: 15_000 }).toEqual([
      'chéng',
      'xiāng',
      'lián',
      'dòng',
      'gòng',
      'fā',
      'zhǎn',
    ]);
    expect(await panel.locator('[data-part="other"]').textContent()).toContain('城鄉聯動共發展');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('the sidebar elsewhere', () => {
  it('renders page text as text: an XSS fixture runs nothing', async () => {
    const { page, dialogs, errors } = await open('pages/xss-roundtable.html');
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
    await ui(page, '[data-action="sidebar"]').click();
    await expect.poll(() => ui(page, '[data-speaker]').count()).toBeGreaterThan(1);
    const text = (await ui(page, '[data-dubao-sidebar]').textContent()) ?? '';
    expect(text).toContain('共话社区治理新路径 <img src=x onerror=alert(1)>');
    expect(text).toContain('便民服务进社区<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert(2)</script>');
    // markup left in a role's text is page furniture, dropped from the role (role-tidy.ts), never drawn as markup
    expect(await ui(page, '[data-speaker="张伟"] .db-role').textContent()).toBe('市民政局副局长');
    for (const card of await ui(page, '[data-speaker]').all()) await card.locator('.db-expand').click();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    const injected = await page.evaluate(() => {
      const shadow = document.querySelector('dubao-ui')?.shadowRoot;
      return shadow ? shadow.querySelectorAll('img, script, b[onmouseover]').length : -1;
    });
    expect(injected).toBe(0);
    await page.close();
  });

  it('on a Chinese page without a feature: no launcher; asked for, the sidebar says so and offers the layers', async () => {
    const { page } = await open('pages/plain-news.html');
    await expect.poll(() => page.getAttribute('html', 'data-dubao-chinese')).toBe('true');
    const state = (await sendToPage(page, 'getPageState', undefined)) as { detected: boolean; chinese: boolean };
    expect(state).toMatchObject({ chinese: true, detected: false });
    expect(await ui(page, '[data-action="sidebar"]').isVisible()).toBe(false);
    const after = (await sendToPage(page, 'toggleSidebar', { open: true })) as { sidebarOpen: boolean };
    expect(after.sidebarOpen).toBe(true);
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
    expect(await ui(page, '[data-dubao-empty]').textContent()).toMatch(/No roundtable feature/);
    expect(await ui(page, '[data-action="pinyin"]').isVisible()).toBe(true);
    expect(await ui(page, '[data-action="script"]').isVisible()).toBe(true);
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const { page } = await open('seed-epaper.html');
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await ui(page, '[data-action="sidebar"]').click();
    const dark = await ui(page, '[data-dubao-sidebar]').evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await ui(page, '[data-dubao-sidebar]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(dark).toBe('rgb(28, 27, 26)');
    expect(light).toBe('rgb(251, 250, 247)');
    await page.close();
  });

  it('is isolated from the page’s CSS and root font size', async () => {
    const { page } = await open('seed-epaper.html');
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.addStyleTag({
      content:
        'html { font-size: 40px !important; line-height: 3 !important; color: red !important; } ' +
        'button, p, h2, h4, li, aside, article { font-size: 2rem !important; color: red !important; display: inline !important; }',
    });
    await ensureOpen(page);
    const styles = await ui(page, '[data-speaker="王静"]').evaluate((card) => {
      const gist = card.querySelector('.db-gist')!;
      const sidebar = card.closest('[data-dubao-sidebar]')!;
      return {
        gist: getComputedStyle(gist).fontSize,
        gistColor: getComputedStyle(gist).color,
        sidebarDisplay: getComputedStyle(sidebar).display,
        lineHeight: getComputedStyle(sidebar).lineHeight,
      };
    });
    expect(styles).toEqual({ gist: '14px', gistColor: 'rgb(29, 27, 25)', sidebarDisplay: 'flex', lineHeight: '21.7px' });
    await page.close();
  });

  it('beside the text column where the window has room', async () => {
    const { page } = await open('seed-epaper.html');
    await page.setViewportSize({ width: 1920, height: 1000 });
    await ui(page, '[data-action="sidebar"]').click();
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
    const sidebar = await ui(page, '[data-dubao-sidebar]').boundingBox();
    const column = await page.locator('founder-content p').evaluateAll((ps) => ({
      left: Math.min(...ps.map((p) => p.getBoundingClientRect().left)),
      right: Math.max(...ps.map((p) => p.getBoundingClientRect().right)),
    }));
    expect(sidebar!.width).toBeGreaterThanOrEqual(300);
    expect(sidebar!.x >= column.right || sidebar!.x + sidebar!.width <= column.left).toBe(true);
    await page.close();
  });
});

describe('the sidebar follows the settings', () => {
  async function setSettings(patch: Record<string, unknown>): Promise<void> {
    await browser.worker.evaluate(async (patch) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
    }, patch);
  }

  afterAll(async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
  });

  it('opens by itself on a feature when asked to', async () => {
    await setSettings({ openSidebarOnFeature: true });
    const { page } = await open('seed-epaper.html');
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await ui(page, '[data-action="sidebar"]').getAttribute('aria-expanded')).toBe('true');
    await page.close();
    await setSettings({ openSidebarOnFeature: false });
  });

  it('does nothing on a site switched off, and goes away at once when a site is switched off', async () => {
    await setSettings({ offSites: ['127.0.0.1'] });
    const off = await open('seed-epaper.html');
    await off.page.waitForTimeout(1500);
    expect(await off.page.locator('dubao-ui').count()).toBe(0);
    await off.page.close();

    await setSettings({ offSites: [] });
    const { page } = await open('seed-epaper.html');
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
    await setSettings({ offSites: ['127.0.0.1'] });
    await expect.poll(() => page.locator('dubao-ui').count()).toBe(0);
    await setSettings({ offSites: [] });
    await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
    await page.close();
  });
});

describe('the in-page UI in the browser’s language', () => {
  // The extension's locale follows the browser's UI language (--lang here), not the page's.
  it.each([
    ['zh-TW', '读 打開讀報提綱', '話題 1', '複製為 Markdown', '全文'],
    ['zh-CN', '打开读报提纲', '话题 1', '复制为 Markdown', '全文'],
  ])('%s', async (lang, openLabel, firstTopic, copy, full) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'dubao-e2e-lang-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_ARGS, `--lang=${lang}`, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    try {
      const page = await context.newPage();
      await page.goto(server.url('seed-epaper.html'));
      const launcher = ui(page, '[data-action="sidebar"]');
      await launcher.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await launcher.getAttribute('aria-label')).toBe(openLabel);
      await launcher.click();
      await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'visible' });
      expect(await ui(page, '.db-topic-number').first().textContent()).toBe(firstTopic);
      expect(await ui(page, '[data-action="copy-markdown"]').textContent()).toBe(copy);
      expect(await ui(page, '.db-expand').first().textContent()).toBe(full);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
