/**
 * The people quoted, on request, in real Chromium with the built extension: on a Chinese story DuBao does not take
 * for a feature (our own page), no badge; the popup offers the reading under its "no feature" line; pressing it opens
 * the sidebar with the banner and the people; closing it gives the page back exactly. The screenshot (temp dir, never
 * the repo) was looked at once; what it showed is asserted as boxes: the banner inside the sidebar, on screen, above
 * the first card and not over it. The popup's button carries the count the page read on request (2), and the popup's
 * screenshot, looked at once, showed the label whole on one line: asserted as the button's box inside the popup.
 * On a notice that quotes nobody by name the popup shows a muted line and no button. The reading on request loads the
 * summaries' lazy script once (the cards' gists), and not at all where nobody is quoted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { findTabId, readBadge } from './helpers/messages';
import { readPageDom } from './helpers/page-dom';
import type { Box } from './helpers/ui-geometry';

// Our own story: a reporter quoting two people about a street lamp, hostile markup as text in one quote.
const STORY = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>小区门口的新路灯 - 城东晚报</title></head>
<body><nav><a href="/">首页</a> <a href="/city">城事</a></nav>
<article>
<h1>小区门口的新路灯</h1>
<p>本报记者 孙立</p>
<p>上个月，城东翠湖小区门口那段黑了大半年的小路，终于装上了六盏新路灯。</p>
<p>居民张海燕说：“&lt;img src=x onerror=alert(1)&gt;这灯总算亮了，晚上下班回来心里踏实多了。”</p>
<p>物业经理刘建军说：“我们会每周巡查一次线路，灯坏了马上修，请大家放心。”</p>
<p>据了解，这批路灯由街道出资安装，预计下月再增加两盏。</p>
</article></body></html>`;

// Our own notice: a weather warning that quotes nobody by name (the observatory speaks, no person).
const NOTICE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>明天起本市有一次明显降温过程 - 城东晚报</title></head>
<body><article>
<h1>明天起本市有一次明显降温过程</h1>
<p>受强冷空气影响，明天起本市将有一次明显降温过程，最低气温将下降六到八摄氏度，并伴有四到五级偏北风。</p>
<p>市气象台提醒，请市民及时添衣保暖，出行注意交通安全，农户做好大棚蔬菜的防冻工作。</p>
<p>后天早晨郊区有霜冻，预计降温将持续到本周末。</p>
</article></body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;
const shots = mkdtempSync(join(tmpdir(), 'dubao-quoted-'));

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('street-lamps.html', { body: STORY });
  server.route('cold-wave.html', { body: NOTICE });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tabIdOf = (page: Page) => findTabId(browser.worker, page);

/** The extension files a page fetches from now on ("/summaries.js"). */
function watchFetches(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) fetched.push(new URL(request.url()).pathname);
  });
  return fetched;
}
const badgeOf = (tabId: number) => readBadge(browser.worker, tabId);

const boxes = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('dubao-ui')?.shadowRoot;
    const box = (el: Element | null | undefined): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width || r.height ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    return {
      viewport: { width: innerWidth, height: innerHeight },
      sidebar: box(root?.querySelector('[data-dubao-sidebar]')),
      banner: box(root?.querySelector('[data-dubao-quoted]')),
      card: box(root?.querySelector('.db-card')),
      ourMarkup: root?.querySelectorAll('[data-dubao-sidebar] img, [data-dubao-sidebar] script').length ?? -1,
    };
  });

describe('the people quoted, on request', () => {
  it('no badge; the popup offers them; the sidebar shows the banner and the people; closing restores the page', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    const fetched = watchFetches(page);
    await page.goto(server.url('street-lamps.html'));
    const tabId = await tabIdOf(page);

    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const button = popup.locator('[data-action="show-quoted"]');
    await button.waitFor({ timeout: 30_000 });
    expect(await popup.textContent('[data-testid="status"]')).toBe('Chinese page, simplified characters');
    expect(await popup.textContent('[data-testid="feature"]')).toMatch(/^No roundtable feature/);
    // the count, read on request after the popup's paint: the reporter quotes two people
    await expect.poll(() => button.getAttribute('data-count'), { timeout: 30_000 }).toBe('2');
    expect(await button.textContent()).toBe('Show the 2 people quoted');
    expect(await badgeOf(tabId)).toBe('');
    await popup.locator('main').screenshot({ path: join(shots, 'quoted-popup.png') });
    const fit = await popup.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const b = document.querySelector<HTMLElement>('[data-action="show-quoted"]')!;
      const r = b.getBoundingClientRect();
      return { main: { left: main.left, right: main.right }, button: { left: r.left, right: r.right, height: r.height }, clipped: b.scrollWidth > b.clientWidth };
    });
    // the label fits: the button inside the popup's width, nothing of it cut off, on one line
    expect(fit.button.left).toBeGreaterThanOrEqual(fit.main.left);
    expect(fit.button.right).toBeLessThanOrEqual(fit.main.right);
    expect(fit.clipped).toBe(false);
    expect(fit.button.height).toBeLessThan(40);

    await page.bringToFront();
    const before = await readPageDom(page);
    await button.click();

    const banner = page.locator('dubao-ui [data-dubao-quoted]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toBe('Not a roundtable feature: the people this page quotes, read on request.');
    const names = await page.locator('dubao-ui [data-speaker]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-speaker')));
    expect(names).toEqual(['张海燕', '刘建军']);
    // their summaries, from the summaries' script, loaded once for the reading (the count's, kept for the click)
    const gists = await page.locator('dubao-ui [data-speaker] .db-gist').evaluateAll((els) => els.map((e) => e.textContent));
    expect(gists).toEqual(['“<img src=x onerror=alert(1)>这灯总算亮了，晚上下班回来心里踏实多了。”', '“我们会每周巡查一次线路，灯坏了马上修，请大家放心。”']);
    expect(fetched.filter((p) => p === '/summaries.js')).toHaveLength(1);
    // the badge and the popup's status are the feature's: the reading changed neither
    expect(await badgeOf(tabId)).toBe('');
    expect(await popup.textContent('[data-testid="feature"]')).toMatch(/^No roundtable feature/);
    expect(await popup.locator('[data-testid="speakers"]').count()).toBe(0);

    await page.bringToFront();
    await page.screenshot({ path: join(shots, 'quoted-sidebar.png') });
    const b = await boxes(page);
    const { sidebar, banner: bannerBox, card } = b;
    expect(sidebar && bannerBox && card).toBeTruthy();
    // the banner: inside the sidebar, on screen, above the first card without touching it
    expect(bannerBox!.left).toBeGreaterThanOrEqual(sidebar!.left);
    expect(bannerBox!.right).toBeLessThanOrEqual(sidebar!.right);
    expect(bannerBox!.top).toBeGreaterThanOrEqual(sidebar!.top);
    expect(bannerBox!.top).toBeGreaterThanOrEqual(0);
    expect(bannerBox!.bottom).toBeLessThanOrEqual(b.viewport.height);
    expect(bannerBox!.right).toBeLessThanOrEqual(b.viewport.width);
    expect(bannerBox!.bottom).toBeLessThanOrEqual(card!.top);
    expect(bannerBox!.bottom - bannerBox!.top).toBeGreaterThan(16);
    // the page's text stayed text: no element of it in our UI, no script of it ran
    expect(b.ourMarkup).toBe(0);
    expect(dialogs).toEqual([]);

    await page.locator('dubao-ui [data-action="close-sidebar"]').click();
    await expect.poll(() => page.locator('dubao-ui [data-dubao-sidebar]').isHidden()).toBe(true);
    expect(await readPageDom(page)).toBe(before);
    expect(await badgeOf(tabId)).toBe('');
    console.log(`screenshots: ${join(shots, 'quoted-sidebar.png')}, ${join(shots, 'quoted-popup.png')}`);
  });

  it('a notice that quotes nobody by name: the popup shows the muted line and no button', async () => {
    const page = await browser.context.newPage();
    const fetched = watchFetches(page);
    await page.goto(server.url('cold-wave.html'));
    const tabId = await tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const nobody = popup.locator('[data-testid="nobody-quoted"]');
    await nobody.waitFor({ timeout: 30_000 });
    expect(await nobody.textContent()).toBe('No one is quoted by name on this page.');
    expect(await nobody.getAttribute('class')).toContain('muted');
    expect(await popup.locator('[data-action="show-quoted"]').count()).toBe(0);
    expect(await popup.textContent('[data-testid="feature"]')).toMatch(/^No roundtable feature/);
    expect(await badgeOf(tabId)).toBe('');
    // the count read the page (the understanding's script), and nobody was there to summarize
    expect(fetched).toContain('/understanding.js');
    expect(fetched).not.toContain('/summaries.js');
    await popup.close();
    await page.close();
  });
});
