/**
 * A "voices" feature (collected statements, each quote then `——` its speaker, no topic sections) in real Chromium
 * with the built extension: the badge counts the people, the sidebar heads its one untitled topic "Voices" (not
 * "Topic 1" of sections the page does not have) with a card per person in the page's order, and closing it gives the
 * page back exactly. The screenshot (temp dir, never the repo) was looked at once; what it showed is asserted as
 * boxes: the head above the first card, both inside the sidebar and on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { findTabId, readBadge } from './helpers/messages';
import { readPageDom } from './helpers/page-dom';

// Our own page: four people on a new school term, each quote followed by `——` and who said it.
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>新学期，我们这样说 - 江城日报</title></head>
<body><nav><a href="/">首页</a> <a href="/edu">教育</a></nav>
<article>
<h1>新学期，我们这样说</h1>
<p>开学第一周，本报记者走进几所中小学，听听老师、家长和学生对新学期的期待。</p>
<p>“今年我们把课后服务的时间延长到了下午六点，家长再也不用提前请假来接孩子。”——江城市实验小学校长周文清</p>
<p>“孩子上初中以后作业多了，我最担心的是他的睡眠，希望学校能把作业量控制好。”——学生家长韩立梅</p>
<p>“我想在新学期加入学校的机器人社团，和同学一起做一台会送快递的小车。”——江城二中初一学生邱子航</p>
<p>“我们年级组每周开一次教研会，把每个孩子的学习情况都摸清楚，做到心中有数。”——江城二中数学教师梁晓峰</p>
<p>（记者 陶然）</p>
</article></body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;
const shots = mkdtempSync(join(tmpdir(), 'dubao-voices-'));

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('new-term-voices.html', { body: PAGE });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a voices feature in the sidebar', () => {
  it('badge 4; the one topic is headed "Voices", a card per person in order; closing restores the page', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url('new-term-voices.html'));
    const tabId = await findTabId(browser.worker, page);
    const launcher = page.locator('dubao-ui [data-action="sidebar"]');
    await launcher.waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => readBadge(browser.worker, tabId), { timeout: 30_000 }).toBe('4');

    const before = await readPageDom(page);
    await launcher.click();
    await page.locator('dubao-ui [data-dubao-sidebar]').waitFor({ state: 'visible' });

    const heads = await page.locator('dubao-ui .db-topic-number').allTextContents();
    expect(heads).toEqual(['Voices']);
    const names = await page.locator('dubao-ui [data-speaker]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-speaker')));
    expect(names).toEqual(['周文清', '韩立梅', '邱子航', '梁晓峰']);
    expect(await page.locator('dubao-ui .db-role').allTextContents()).toEqual([
      '江城市实验小学校长',
      '学生家长',
      '江城二中初一学生',
      '江城二中数学教师',
    ]);

    await page.screenshot({ path: join(shots, 'voices-sidebar.png') });
    const b = await page.evaluate(() => {
      const root = document.querySelector('dubao-ui')?.shadowRoot;
      const box = (el: Element | null | undefined) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      return {
        viewport: { width: innerWidth, height: innerHeight },
        sidebar: box(root?.querySelector('[data-dubao-sidebar]')),
        head: box(root?.querySelector('.db-topic-number')),
        card: box(root?.querySelector('.db-card')),
      };
    });
    const { sidebar, head, card, viewport } = b;
    expect(sidebar && head && card).toBeTruthy();
    // the head: inside the sidebar, on screen, a line of text tall, above the first card
    expect(head!.left).toBeGreaterThanOrEqual(sidebar!.left);
    expect(head!.right).toBeLessThanOrEqual(Math.min(sidebar!.right, viewport.width));
    expect(head!.top).toBeGreaterThanOrEqual(Math.max(sidebar!.top, 0));
    expect(head!.bottom).toBeLessThanOrEqual(viewport.height);
    expect(head!.bottom - head!.top).toBeGreaterThan(10);
    expect(head!.bottom).toBeLessThanOrEqual(card!.top);

    await page.locator('dubao-ui [data-action="close-sidebar"]').click();
    await expect.poll(() => page.locator('dubao-ui [data-dubao-sidebar]').isHidden()).toBe(true);
    const after = await readPageDom(page);
    expect(after).toBe(before);
    expect(errors).toEqual([]);
    console.log(`screenshot: ${join(shots, 'voices-sidebar.png')}`);
  });
});
