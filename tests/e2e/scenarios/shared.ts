/**
 * The end-to-end scenarios every browser tier runs, written once against ExtensionDriver: the seed
 * page detected (badge and popup), both reading layers on and off with the page byte-identical
 * afterwards (and drawn), the page's own edits kept, the popup and the options page acting on an
 * open tab (messaging and storage), the sidebar's 4 topics and 4 speakers, a strict-CSP page, an
 * English page left alone, and the popup's count of the people a page without a feature quotes. tests/e2e/shared-scenarios.test.ts runs them in Chromium,
 * tests/e2e-firefox/shared-scenarios.test.ts in Firefox.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionDriver, TestPage } from '../drivers/driver';
import { FIXTURES_DIR } from '../helpers/paths';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import {
  bodyHtml,
  bodyIncludes,
  htmlAttribute,
  layerState,
  readingOf,
  rubyGeometry,
  uiCount,
  uiTexts,
  uiVisible,
  unannotated,
} from './page-checks';

const SEED = readFileSync(resolve(FIXTURES_DIR, 'seed-epaper.html'), 'utf8');
const STRICT_CSP = "default-src 'none'; style-src 'self'";
const ENGLISH_BODY = '<p>The city council met on Monday to discuss the budget.</p>';
const ENGLISH = `<!doctype html><html lang="en"><head><title>Council</title></head><body>${ENGLISH_BODY}</body></html>`;

// Every CSP violation the page's document sees, recorded before the page's own scripts (and ours) run.
const RECORD_CSP_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, line: e.lineNumber });
  });
`;

const SPEAKERS = [
  ['渠德鹏', '市发展和改革委员会党组成员、副主任'],
  ['张新海', '市民'],
  ['闫万玲', '太谷区小白乡党委副书记、乡长'],
  ['王静', '市发展和改革委员会党组成员、副主任'],
];
const TOPICS = ['太原晋中一体化', '老城新貌展活力', '城乡联动共发展', '“小县大城”绘新景'];

// Our own pages without a feature: a reporter quoting two people, and a notice quoting nobody (the popup counts them).
const zhPage = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
const TWO_QUOTED = zhPage(
  '社区食堂开张了',
  '<p>本报记者 周敏</p><p>上周，东关街道的社区食堂正式开张，每天中午供应三荤两素。</p>' +
    '<p>退休教师王桂兰说：“一顿饭十二块钱，比自己做还省事，我每天都来。”</p>' +
    '<p>食堂负责人陈晓东说：“下个月我们会增加送餐服务，行动不便的老人打个电话就行。”</p>',
);
// name-and-title lines with no colon: no step of the page check reads them; the engine's parse of the opening does
// (the hand-off), and the page then parses itself
const TITLE_LINES = zhPage(
  '三位院士谈基础研究',
  '<p>王海明中国科学院院士、某大学教授</p><p>基础研究是科技创新的源头，我们迫切需要在西部布局建设一批基础科学中心。</p>' +
    '<p>刘建华中国工程院院士、某研究院院长</p><p>西部地区有从事基础研究的良好氛围，科研人员容易沉下心来搞基础研究。</p>' +
    '<p>陈立新中国科学院院士、某研究所所长</p><p>青年科学家是基础研究的生力军，评价体系要给他们更长的周期。</p>',
);
const NOBODY_QUOTED = zhPage('本周末部分路段临时交通管制', '<p>因道路维修，本周六、周日全天，解放路中段实行临时交通管制。</p><p>请过往车辆提前绕行。</p>');

const slow = { timeout: 20_000 };

export function describeSharedScenarios(launch: () => Promise<ExtensionDriver>): void {
  let driver: ExtensionDriver;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('english.html', { body: ENGLISH });
    server.route('csp.html', { body: SEED, headers: { 'Content-Security-Policy': STRICT_CSP } });
    server.route('two-quoted.html', { body: TWO_QUOTED });
    server.route('nobody-quoted.html', { body: NOBODY_QUOTED });
    server.route('title-lines.html', { body: TITLE_LINES });
    driver = await launch();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  /** The seed page with DuBao's in-page buttons up. */
  async function openSeed(path = 'seed-epaper.html'): Promise<TestPage> {
    const page = await driver.open(server.url(path));
    await expect.poll(() => uiVisible(page, '[data-action="pinyin"]'), { timeout: 30_000 }).toBe(true);
    return page;
  }

  describe('detection', () => {
    it('the seed page: judged Chinese, the badge counts its 4 speakers, the popup shows 4 topics and 4 speakers', async () => {
      const page = await driver.open(server.url('seed-epaper.html'));
      await expect.poll(() => htmlAttribute(page, 'data-dubao-chinese')).toBe('true');
      const tabId = await driver.tabIdOf(page);
      // The content script reports its analysis when done; the badge follows.
      await expect.poll(() => driver.badgeText(tabId), { timeout: 30_000 }).toBe('4');

      const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const popupText = (selector: string) => popup.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
      const popupCount = (selector: string) =>
        popup.evaluate((s) => document.querySelector(s)?.getAttribute('data-count') ?? null, selector);
      await expect.poll(() => popupCount('[data-testid="topics"]'), slow).toBe('4');
      expect(await popupCount('[data-testid="speakers"]')).toBe('4');
      expect(await popupText('[data-testid="topics"]')).toBe('4 topics');
      expect(await popupText('[data-testid="speakers"]')).toBe('4 speakers');
      expect(await popupText('[data-testid="status"]')).toBe('Chinese page, simplified characters');
      expect(popup.errors).toEqual([]);
      expect(page.errors).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('a round the page check cannot see, found in the opening by the engine (the hand-off): the badge counts its 3 speakers', async () => {
      const page = await driver.open(server.url('title-lines.html'));
      await expect.poll(() => htmlAttribute(page, 'data-dubao-chinese')).toBe('true');
      const tabId = await driver.tabIdOf(page);
      await expect.poll(() => driver.badgeText(tabId), { timeout: 30_000 }).toBe('3');
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('no feature: no badge, and the popup counts the people the page quotes (2), or says nobody is quoted by name', async () => {
      for (const [path, people] of [['two-quoted.html', 2], ['nobody-quoted.html', 0]] as const) {
        const page = await driver.open(server.url(path));
        await expect.poll(() => htmlAttribute(page, 'data-dubao-chinese')).toBe('true');
        const tabId = await driver.tabIdOf(page);
        const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
        const read = () =>
          popup.evaluate(() => {
            const button = document.querySelector('[data-action="show-quoted"]');
            const nobody = document.querySelector('[data-testid="nobody-quoted"]');
            return { count: button?.getAttribute('data-count') ?? null, label: button?.textContent ?? null, nobody: nobody?.textContent ?? null };
          });
        if (people) {
          await expect.poll(async () => (await read()).count, slow).toBe(String(people));
          expect((await read()).label).toBe(`Show the ${people} people quoted`);
        } else {
          await expect.poll(async () => (await read()).nobody, slow).toBe('No one is quoted by name on this page.');
          expect((await read()).label).toBeNull();
        }
        expect(await driver.badgeText(tabId)).toBe('');
        expect([...page.errors, ...popup.errors]).toEqual([]);
        await popup.close();
        await page.close();
      }
    });

    it('an English page: judged not Chinese and left untouched (no UI, no badge, the same body)', async () => {
      const page = await driver.open(server.url('english.html'));
      await expect.poll(() => htmlAttribute(page, 'data-dubao-chinese')).toBe('false');
      const tabId = await driver.tabIdOf(page);
      expect(await driver.badgeText(tabId)).toBe('');
      expect(await bodyHtml(page)).toBe(ENGLISH_BODY);
      expect(await page.evaluate(() => document.querySelectorAll('dubao-ui, [data-dubao], ruby, rt').length)).toBe(0);
      // Only our own marker on <html>; the page's attributes as served.
      expect(
        await page.evaluate(() =>
          [...document.documentElement.attributes].filter((a) => !a.name.startsWith('data-dubao')).map((a) => [a.name, a.value]),
        ),
      ).toEqual([['lang', 'en']]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });

  describe('reading layers on the seed page', () => {
    it('pinyin over every Han character of the feature, traditional script, and back byte for byte', async () => {
      const page = await openSeed();
      const original = await bodyHtml(page);
      expect(await layerState(page)).toEqual(['off', 'original']);

      await page.clickUi('[data-action="pinyin"]');
      await expect.poll(() => unannotated(page), slow).toBe(0);
      expect(await layerState(page)).toEqual(['on', 'original']);
      // Readings in context: 发展 fāzhǎn as a word.
      expect(await readingOf(page, '发展')).toBe('fāzhǎn');
      // Drawn: the reading's text is laid out (wider than its one-character base) above the base.
      const geometry = await rubyGeometry(page);
      expect(geometry).not.toBeNull();
      expect(geometry!.rt.width).toBeGreaterThan(geometry!.fontSize);
      expect(geometry!.rt.top).toBeLessThan(geometry!.base.top);
      expect(geometry!.rt.bottom).toBeLessThan((geometry!.base.top + geometry!.base.bottom) / 2);
      // Copying gives the Chinese only: readings are not text.
      const copied = await page.evaluate(() => {
        const p = document.querySelector('#ozoom p:nth-of-type(3)')!;
        const range = document.createRange();
        range.selectNodeContents(p);
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const text = selection.toString();
        selection.removeAllRanges();
        return text;
      });
      expect(copied.startsWith('市发展和改革委员会党组成员、副主任渠德鹏:')).toBe(true);
      expect(copied).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔù]/);

      await page.clickUi('[data-action="script"]');
      await expect.poll(() => bodyIncludes(page, '發展'), slow).toBe(true);
      await expect.poll(() => unannotated(page), slow).toBe(0);
      expect(await layerState(page)).toEqual(['on', 'tw']);
      expect(await htmlAttribute(page, 'lang')).toBe('zh-Hant');
      // Both on: traditional bases with the readings of what they read.
      expect(await readingOf(page, '發展')).toBe('fāzhǎn');

      await page.clickUi('[data-action="pinyin"]');
      await page.clickUi('[data-action="script"]');
      await expect.poll(() => layerState(page)).toEqual(['off', 'original']);
      await expect.poll(() => bodyHtml(page), slow).toBe(original);
      expect(await htmlAttribute(page, 'lang')).toBe('zh-CN');
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('a page script that edits text while both layers are on keeps its edit after both are off', async () => {
      const page = await openSeed();
      const original = await bodyHtml(page);
      // A page script that holds its own Text node (as frameworks do) from before the layers.
      await page.evaluate(() => {
        const h2 = document.querySelector('.title h2')!;
        (window as unknown as { held: Text }).held = [...h2.childNodes].find((n) => n.nodeType === 3) as Text;
      });
      await page.clickUi('[data-action="pinyin"]');
      await page.clickUi('[data-action="script"]');
      await expect.poll(() => unannotated(page), slow).toBe(0);
      await expect.poll(() => bodyIncludes(page, '發展'), slow).toBe(true);
      // The page's own scripts: one rewrites an element, one edits a text node it holds.
      await page.evaluate(() => {
        document.querySelector('#ozoom p:nth-of-type(2)')!.textContent = '页面脚本改写的标题:城乡发展';
        (window as unknown as { held: Text }).held.data = '页面自己更新的副标题';
      });
      await expect
        .poll(() => page.evaluate(() => document.querySelector('#ozoom p:nth-of-type(2)')!.textContent), slow)
        .toBe('頁面腳本改寫的標題:城鄉發展');
      await page.clickUi('[data-action="pinyin"]');
      await page.clickUi('[data-action="script"]');
      await expect.poll(() => layerState(page)).toEqual(['off', 'original']);
      const expected = await page.evaluate((html) => {
        const clone = document.createElement('body');
        clone.innerHTML = html;
        clone.querySelector('#ozoom p:nth-of-type(2)')!.textContent = '页面脚本改写的标题:城乡发展';
        const h2 = clone.querySelector('.title h2')!;
        ([...h2.childNodes].find((n) => n.nodeType === 3) as Text).data = '页面自己更新的副标题';
        return clone.innerHTML;
      }, original);
      await expect.poll(() => bodyHtml(page), slow).toBe(expected);
      // The page's own Text node is back in its place, with the page's text.
      expect(
        await page.evaluate(() => {
          const held = (window as unknown as { held: Text }).held;
          return held.isConnected && held.parentElement === document.querySelector('.title h2') && held.data;
        }),
      ).toBe('页面自己更新的副标题');
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });

  describe('messaging and storage', () => {
    it('the popup’s toggles act on the open page, and a setting saved in the options page reaches it without a reload', async () => {
      const page = await openSeed();
      const tabId = await driver.tabIdOf(page);
      const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
      const pressed = (action: string) =>
        popup.evaluate((a) => document.querySelector(`[data-action="${a}"]`)?.getAttribute('aria-pressed') ?? null, action);
      await expect.poll(() => pressed('pinyin'), slow).toBe('false');
      const rubies = () => page.evaluate(() => document.querySelectorAll('ruby').length);

      // popup → content script (tabs.sendMessage) → the page; the answer comes back to the popup.
      await popup.click('[data-action="pinyin"]');
      await expect.poll(() => htmlAttribute(page, 'data-dubao-pinyin'), slow).toBe('on');
      await expect.poll(rubies, slow).toBeGreaterThan(100);
      await expect.poll(() => pressed('pinyin')).toBe('true');

      // options page → storage.sync → storage.onChanged in the tab: zhuyin replaces pinyin in place.
      const options = await driver.openExtensionPage('options.html');
      await options.click('input[name="readingStyle"][value="zhuyin"]');
      await expect.poll(() => options.evaluate(() => document.querySelector('[data-testid="saved"]')?.textContent ?? '')).toMatch(/Saved/);
      const zhuyin = () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('rt[data-dubao]')].filter((rt) =>
              /[\u3105-\u3129]/.test(rt.getAttribute('data-r') ?? [...rt.querySelectorAll('[data-r]')].map((s) => s.getAttribute('data-r')).join('')),
            ).length,
        );
      await expect.poll(zhuyin, slow).toBeGreaterThan(100);
      await options.click('[data-action="reset"]');
      await expect.poll(zhuyin, slow).toBe(0);
      expect(await readingOf(page, '发展')).toBe('fāzhǎn');

      await popup.click('[data-action="pinyin"]');
      await expect.poll(rubies, slow).toBe(0);
      await expect.poll(() => pressed('pinyin')).toBe('false');
      expect([...page.errors, ...popup.errors, ...options.errors]).toEqual([]);
      await options.close();
      await popup.close();
      await page.close();
    });
  });

  describe('the sidebar', () => {
    it('opens from the launcher to 4 topics and 4 speakers with their roles', async () => {
      const page = await openSeed();
      expect(await uiVisible(page, '[data-action="sidebar"]')).toBe(true);
      expect(await uiVisible(page, '[data-action="script"]')).toBe(true);
      expect(await uiVisible(page, '[data-dubao-sidebar]')).toBe(false);
      await page.clickUi('[data-action="sidebar"]');
      await expect.poll(() => uiVisible(page, '[data-dubao-sidebar]')).toBe(true);
      await expect.poll(() => uiCount(page, '[data-topic-index]')).toBe(4);
      const speakers = await page.evaluate(() =>
        [...document.querySelector('dubao-ui')!.shadowRoot!.querySelectorAll('[data-speaker]')].map((c) => [
          c.getAttribute('data-speaker'),
          c.querySelector('.db-role')?.textContent ?? null,
        ]),
      );
      expect(speakers).toEqual(SPEAKERS);
      expect(await uiTexts(page, '[data-topic-index] .db-topic-text')).toEqual(TOPICS);
      expect(await uiTexts(page, '.db-headline')).toEqual(['做活城乡融合“大文章” 下好区域协调“一盘棋”']);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('gets a working, styled sidebar under a strict Content-Security-Policy', async () => {
      const page = await driver.open(server.url('csp.html'), { initScript: RECORD_CSP_VIOLATIONS });
      expect(page.headers['content-security-policy']).toBe(STRICT_CSP);
      // The page's own inline <style> is refused: the policy is in force.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.article')!).backgroundColor)).toBe(
        'rgba(0, 0, 0, 0)',
      );
      await expect.poll(() => uiVisible(page, '[data-action="sidebar"]'), { timeout: 30_000 }).toBe(true);
      await page.clickUi('[data-action="sidebar"]');
      await expect.poll(() => uiCount(page, '[data-speaker]')).toBe(4);
      const style = await page.evaluate(() => {
        const cs = getComputedStyle(document.querySelector('dubao-ui')!.shadowRoot!.querySelector('[data-dubao-sidebar]')!);
        return { position: cs.position, width: cs.width, background: cs.backgroundColor, font: cs.fontSize };
      });
      expect(style.position).toBe('fixed');
      expect(style.font).toBe('14px');
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
      const launcher = await page.evaluate(
        () => getComputedStyle(document.querySelector('dubao-ui')!.shadowRoot!.querySelector('[data-action="sidebar"]')!).borderRadius,
      );
      expect(launcher).toBe('26px');
      await page.clickUi('[data-speaker="王静"] .db-card-head');
      const lastInView = () =>
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('市发展和改革委员会党组成员、副主任王静:'))!;
          const r = p.getBoundingClientRect();
          return r.top < window.innerHeight && r.bottom > 0;
        });
      await expect.poll(lastInView).toBe(true);
      // The only thing the policy refused is the page's own inline <style>: nothing of ours.
      // (Firefox also fetches /favicon.ico for the tab by itself, which img-src refuses: the browser's, not ours.)
      const violations = (await page.evaluate(() => (window as unknown as { __violations: Array<{ blocked: string }> }).__violations)).filter(
        (v) => !v.blocked.endsWith('/favicon.ico'),
      );
      expect(violations).toEqual([{ directive: expect.stringMatching(/^style-src/), blocked: 'inline', line: expect.any(Number) }]);
      const pageStyle = /<style>([\s\S]*?)<\/style>/.exec(SEED)![1]!;
      const pageStyleHash = createHash('sha256').update(pageStyle).digest('base64');
      expect(page.errors).toHaveLength(1);
      expect(page.errors[0]).toContain(pageStyleHash);
      await page.close();
    });
  });
}
