/**
 * Readings as the reader sees them on pages of our own, in Chromium with the built extension: every
 * tone's colour reads at 4.5:1 on the page's own background, light or dark, in pinyin and Jyutping
 * (readings are small text); and a tab of fixed height inside a clipping list item (a sidebar
 * widget's shape) keeps its characters inside the visible box when readings would push them out of
 * it, though its text spilled its own box before. Off gives the page back to the byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { findTabId, sendToTab } from './helpers/messages';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { contrastRatio, parseCssColor } from '../../lib/readable-color';

let browser: ExtensionBrowser;
let server: FixtureServer;

// Sentences of our own holding every Mandarin tone (天 1, 来 2, 好 3, 去 4, 们 neutral) and every
// Cantonese one (詩 si1, 史 si2, 試 si3, 時 si4, 市 si5, 事 si6).
const TEXT = `<p id="p1">今天我们一起来学中文，天气很好，他们去书店买了三本书。</p>
<p id="p2">詩人讀史，考試時到市場做事。</p>`;

const page = (background: string, color: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font:16px/1.6 sans-serif;margin:20px;background:${background};color:${color}}
</style></head><body>${TEXT}</body></html>`;

// A sidebar list of tabs: each item 100 px tall and clipping, an icon of 64 px above a tab of 40 px
// whose line is 36 px; the list 98 px wide. The first tab's text takes two lines already: it
// spills its tab and its item (the second line is hidden), the first line shows. Readings make
// lines taller: that first line's characters would fall below the item's bottom.
const CLIPPED = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font:16px/1.5 sans-serif;margin:20px}
.tabs{width:98px;border:1px solid #ccc;margin:0;padding:0;list-style:none}
.tabs li{height:100px;text-align:center;overflow:hidden}
.tabs li:before{content:"";display:block;width:52px;height:52px;margin:12px auto 0;background:#eee}
.tabs li span{font-size:14px;display:block;line-height:36px;height:40px}
</style></head><body>
<p>城市新闻每天更新，欢迎阅读。</p>
<ul class="tabs"><li><span id="t1">城市交通新闻快报</span></li><li><span id="t2">天气</span></li><li><span id="t3">图书馆开放时间</span></li></ul>
</body></html>`;

// A programme page of about 10,000 characters (sentences of our own), all of it under the reading
// window's threshold: the whole page gets readings, the screen first.
const PHRASES = ['上午九点开幕式在大礼堂举行', '各位专家围绕城市交通与环境保护发言', '下午分组讨论教育改革和科技创新', '会议期间安排参观图书馆和博物馆', '晚上举办欢迎晚宴并交流合作经验'];
const PROGRAMME = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font:16px/1.6 sans-serif;margin:20px}</style></head><body>
${Array.from({ length: 300 }, (_, i) => `<p>第${i + 1}项：${PHRASES[i % 5]}，${PHRASES[(i + 2) % 5]}。</p>`).join('\n')}
</body></html>`;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/programme.html', { body: PROGRAMME });
  server.route('/light.html', { body: page('#ffffff', '#222222') });
  server.route('/dark.html', { body: page('#121212', '#e8e8e8') });
  server.route('/clipped.html', { body: CLIPPED });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pinyin on or off the popup's way (no feature on these pages, so no in-page toolbar). */
async function setPinyin(p: Page, on: boolean): Promise<void> {
  const tabId = await findTabId(browser.worker, p);
  await expect
    .poll(() => sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on }).then(() => true, () => false), { timeout: 20_000 })
    .toBe(true);
}

async function openWithPinyin(path: string, root: string, before?: (p: Page) => Promise<void>): Promise<{ p: Page; original: string }> {
  const p = await browser.context.newPage();
  await p.goto(server.url(path));
  await p.waitForLoadState('load');
  await before?.(p);
  const original = await p.evaluate(() => document.body.innerHTML);
  await setPinyin(p, true);
  await expect.poll(() => p.evaluate((root) => document.querySelectorAll(`${root} ruby[data-dubao]`).length, root), { timeout: 30_000 }).toBeGreaterThan(0);
  await p.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  return { p, original };
}

async function turnOff(p: Page, original: string): Promise<void> {
  await setPinyin(p, false);
  await expect.poll(() => p.evaluate(() => document.body.innerHTML), { timeout: 20_000 }).toBe(original);
  expect(await p.evaluate(() => document.querySelector('style[data-dubao], [data-dubao-fit]'))).toBeNull();
}

/** Each tone's colour as painted, with the background behind it (the nearest painted one, else the canvas). */
function toneColors(p: Page): Promise<{ tone: string; color: string; background: string }[]> {
  return p.evaluate(() => {
    const seen = new Map<string, { tone: string; color: string; background: string }>();
    for (const span of document.querySelectorAll('rt[data-dubao] > span[data-t]')) {
      const tone = span.getAttribute('data-t')!;
      if (seen.has(tone)) continue;
      let background = 'rgb(255, 255, 255)';
      for (let el: Element | null = span; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          background = bg;
          break;
        }
      }
      seen.set(tone, { tone, color: getComputedStyle(span).color, background });
    }
    return [...seen.values()].sort((a, b) => a.tone.localeCompare(b.tone));
  });
}

describe('tone colours on the page', () => {
  it.each([
    ['pinyin', 'light', ['1', '2', '3', '4', '5']],
    ['pinyin', 'dark', ['1', '2', '3', '4', '5']],
    ['jyutping', 'light', ['1', '2', '3', '4', '5', '6']],
    ['jyutping', 'dark', ['1', '2', '3', '4', '5', '6']],
  ] as const)('%s on a %s page: every tone reads at 4.5:1 or more on its background, and the tones stay distinct', async (notation, shade, tones) => {
    await patchSettings(browser, { notation, toneColors: true, pinyinScope: 'page' });
    const { p, original } = await openWithPinyin(`${shade}.html`, 'body');
    const found = await toneColors(p);
    const ratios = found.map(({ tone, color, background }) => {
      const ratio = contrastRatio(parseCssColor(color)!, parseCssColor(background)!);
      return { tone, color, ratio: Math.round(ratio * 100) / 100 };
    });
    console.log(`${notation}, ${shade} page:`, ratios.map((r) => `${r.tone} ${r.color} ${r.ratio}`).join(' | '));
    for (const tone of tones) expect(found.map((f) => f.tone)).toContain(tone);
    for (const r of ratios) expect(r.ratio, `tone ${r.tone} (${r.color})`).toBeGreaterThanOrEqual(4.5);
    const painted = found.filter((f) => tones.includes(f.tone as never));
    expect(new Set(painted.map((f) => f.color)).size).toBe(painted.length);
    await turnOff(p, original);
    await p.close();
  });

  afterAll(async () => {
    await patchSettings(browser, { notation: 'pinyin', toneColors: false });
  });
});

/**
 * For each tab, which of its characters show inside its list item's box (by index in its text; the
 * readings are drawn from attributes, so the text is the characters alone, with readings or without).
 */
function visibleChars(p: Page): Promise<Record<string, number[]>> {
  return p.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const tab of document.querySelectorAll('.tabs span[id]')) {
      const box = tab.closest('li')!.getBoundingClientRect();
      const walker = document.createTreeWalker(tab, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const shown: number[] = [];
      let index = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++, index++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1) shown.push(index);
        }
      }
      out[tab.id] = shown;
    }
    return out;
  });
}

describe('a clipped tab that spilled before readings', () => {
  it('the characters it showed stay inside the clipping item; tabs that fit keep their readings; off restores the page', async () => {
    await patchSettings(browser, { notation: 'pinyin', toneColors: false, grouping: 'word', pinyinScope: 'page' });
    let shownBefore: Record<string, number[]> = {};
    const { p, original } = await openWithPinyin('clipped.html', '.tabs', async (p) => {
      // Before readings: the first tab and its item spill already (the held-text rule leaves them
      // alone), its first line shows and its second is hidden.
      const spills = await p.evaluate(() => {
        const li = document.querySelector('.tabs li')!;
        const t1 = document.getElementById('t1')!;
        return [li.scrollHeight - li.clientHeight, t1.scrollHeight - t1.clientHeight];
      });
      expect(spills[0]).toBeGreaterThan(4);
      expect(spills[1]).toBeGreaterThan(4);
      shownBefore = await visibleChars(p);
      expect(shownBefore.t1!.length).toBeGreaterThan(2);
      expect(shownBefore.t1!.length).toBeLessThan(8);
    });
    // Every character shown before is shown with readings on.
    await expect.poll(() => visibleChars(p), { timeout: 10_000 }).toEqual(shownBefore);
    const drawn = (id: string) => p.evaluate((id) => [...document.querySelectorAll(`#${id} rt[data-dubao]`)].some((rt) => getComputedStyle(rt).display !== 'none'), id);
    expect(await p.evaluate(() => document.querySelectorAll('.tabs ruby[data-dubao]').length)).toBeGreaterThan(3);
    // The tab whose readings pushed characters out has none drawn; the short one keeps them.
    expect(await drawn('t1')).toBe(false);
    expect(await drawn('t2')).toBe(true);
    // The paragraph outside the list keeps its readings.
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('body > p rt[data-dubao]')!).display)).not.toBe('none');
    await turnOff(p, original);
    await p.close();
  });
});

describe('the toggle answers when the screen shows it', () => {
  it('on a page of 10,000 characters: when setLayer answers, no character on screen is bare; the rest follows; off gives the page back', async () => {
    await patchSettings(browser, { notation: 'pinyin', toneColors: false, pinyinScope: 'page' });
    const p = await browser.context.newPage();
    await p.goto(server.url('programme.html'));
    await p.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
    const original = await p.evaluate(() => document.body.innerHTML);
    expect(await p.evaluate(() => (document.body.textContent!.match(/\p{Script=Han}/gu) ?? []).length)).toBeGreaterThan(9000);
    const tabId = await findTabId(browser.worker, p);
    const started = Date.now();
    await sendToTab(browser.worker, tabId, 'setLayer', { layer: 'pinyin', on: true });
    const answered = Date.now() - started;
    // Han characters on screen outside our ruby, at the moment of the answer; and paragraphs with readings.
    const state = () =>
      p.evaluate(() => {
        const range = document.createRange();
        let bare = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n as Text;
          if (!/\p{Script=Han}/u.test(text.data) || text.parentElement!.closest('ruby[data-dubao], dubao-ui')) continue;
          range.selectNodeContents(text);
          if ([...range.getClientRects()].some((r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight)) bare++;
        }
        const paragraphs = [...document.querySelectorAll('body > p')];
        return { bare, annotated: paragraphs.filter((q) => q.querySelector('ruby[data-dubao]')).length, paragraphs: paragraphs.length };
      });
    const atAnswer = await state();
    console.log(`programme page: setLayer pinyin on answered after ${answered} ms; ${atAnswer.annotated}/${atAnswer.paragraphs} paragraphs annotated then`);
    expect(atAnswer.bare).toBe(0);
    await expect.poll(async () => (await state()).annotated, { timeout: 60_000 }).toBe(atAnswer.paragraphs);
    await setPinyin(p, false);
    expect(await p.evaluate(() => document.body.innerHTML)).toBe(original);
    await p.close();
  });
});
