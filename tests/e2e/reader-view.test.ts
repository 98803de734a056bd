/**
 * What a reader sees of DuBao's own UI, as geometry from Chromium's layout with the built extension
 * on the seed page (each defect was first seen in a screenshot, then written down here as boxes):
 * - a phone (390 px): the sidebar takes the whole width (no sliver of page beside it) and the
 *   toolbar lies on a strip at its foot, over none of its text, every button on screen and on top;
 * - a card's buttons wrap as whole buttons, never a label broken inside its button;
 * - the dictionary's card and hint stay inside a short window;
 * - the card's tone-coloured Jyutping and the sidebar's text read at 4.5:1 or better, light and
 *   dark, on a dark page;
 * - the sidebar's readings do not run into each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, patchSettings, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { edgeContrast, insideViewport, overlaps, uiContrast, uiGeometry, type Box } from './helpers/ui-geometry';

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

const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);

/** The seed page at a size, light or dark, the page's own background dark when asked. */
async function open(size: { width: number; height: number }, options: { scheme?: 'light' | 'dark'; darkPage?: boolean } = {}): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: options.scheme ?? 'light' });
  await page.goto(server.url('seed-epaper.html'));
  // A white page is said so (the seed's body is transparent over the canvas).
  await page.addStyleTag({ content: options.darkPage ? 'html,body,#ozoom{background:#121212 !important;color:#e6e6e6 !important}' : 'html,body{background:#ffffff}' });
  await ui(page, '[data-action="sidebar"]').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

async function openSidebar(page: Page): Promise<void> {
  await ui(page, '[data-action="sidebar"]').click();
  await ui(page, '[data-dubao-sidebar] .db-card').first().waitFor({ state: 'visible', timeout: 20_000 });
}

/** The box of an element of ours. */
const boxOf = (page: Page, selector: string) =>
  ui(page, selector).first().evaluate((el): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });

describe('a phone, 390 × 800', () => {
  it('the sidebar takes the whole width; the toolbar lies at its foot, over none of its text, every button on screen and on top', async () => {
    const page = await open({ width: 390, height: 800 });
    await openSidebar(page);
    const g = await uiGeometry(page);
    const sidebar = g.sidebar!;
    expect(insideViewport(sidebar, g.viewport)).toBe(true);
    // Beside a sidebar that covers the text, a sliver of page narrower than a button is no use (and looks broken).
    const strip = g.viewport.width - (sidebar.right - sidebar.left);
    expect(strip === 0 || strip >= 72, `page strip beside the sidebar: ${strip}px`).toBe(true);
    const text = await boxOf(page, '[data-dubao-sidebar] .db-scroll');
    expect(Object.keys(g.tools).sort()).toEqual(['dict', 'pinyin', 'script', 'sidebar']);
    for (const [name, tool] of Object.entries(g.tools)) {
      expect(insideViewport(tool, g.viewport), `${name} on screen`).toBe(true);
      expect(overlaps(tool, text), `${name} over the sidebar's text`).toBe(false);
    }
    expect(g.coveredTools).toEqual([]);
    // The bar's buttons: inside the sidebar, their labels whole.
    for (const [name, button] of Object.entries(g.barButtons)) {
      expect(button.left >= sidebar.left && button.right <= sidebar.right, `${name} inside the sidebar`).toBe(true);
      expect(button.clipped, `${name} clipped`).toBe(false);
    }
    // The launcher still closes it, and the toolbar goes back to its column in the corner.
    await ui(page, '[data-action="sidebar"]').click();
    await ui(page, '[data-dubao-sidebar]').waitFor({ state: 'hidden' });
    const after = await uiGeometry(page);
    expect(after.tools.pinyin!.bottom).toBeLessThanOrEqual(after.tools.sidebar!.top);
    for (const tool of Object.values(after.tools)) expect(insideViewport(tool, after.viewport)).toBe(true);
    await page.close();
  });
});

describe('the card the sidebar marks as in view', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 800 },
  ])('$width × $height: it shows whole, and with its topic’s title when it is the topic’s first card', async (size) => {
    const page = await open(size);
    await openSidebar(page);
    const current = ui(page, '[data-dubao-sidebar] .db-card[aria-current="true"]');
    await current.waitFor({ timeout: 20_000 });
    // The sidebar scrolls to it once, when marked: measured after that.
    const seen = await current.evaluate((card) => {
      const scroll = card.closest('.db-scroll')!.getBoundingClientRect();
      const topic = card.closest('.db-topic')!;
      const first = topic.querySelector('.db-card') === card;
      const title = topic.querySelector('.db-topic-title')!.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      return { first, cardTop: c.top - scroll.top, titleTop: title.top - scroll.top };
    });
    expect(seen.cardTop).toBeGreaterThanOrEqual(0);
    if (seen.first) expect(seen.titleTop, 'the topic title under the bar').toBeGreaterThanOrEqual(0);
    await page.close();
  });
});

describe('a jump from the sidebar on a phone (390 × 800)', () => {
  it('the statement it leads to shows, not hidden behind the sidebar; the launcher opens it again at that card', async () => {
    const page = await open({ width: 390, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSidebar(page);
    const target = ui(page, '[data-dubao-sidebar] .db-card').nth(2);
    const key = await target.getAttribute('data-card');
    await target.locator('.db-gist').click();
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-dubao-highlight]').length)).toBeGreaterThan(0);
    // What is on top at the highlighted statement's centre: the page's own text, not our sidebar.
    const onTop = await page.evaluate(() => {
      const r = document.querySelector('[data-dubao-highlight]')!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, Math.min(r.top + r.height / 2, innerHeight - 1));
      return { tag: hit?.tagName.toLowerCase() ?? null, inside: r.bottom > 0 && r.top < innerHeight };
    });
    expect(onTop).toEqual({ tag: expect.not.stringMatching(/^dubao-ui$/), inside: true });
    await expect.poll(() => ui(page, '[data-action="sidebar"]').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await ui(page, '[data-action="sidebar"]').click();
    const card = ui(page, `[data-dubao-sidebar] .db-card[data-card="${key}"]`);
    await expect.poll(() => card.getAttribute('aria-current')).toBe('true');
    const [cardBox, scrollBox] = [await boxOf(page, `[data-dubao-sidebar] .db-card[data-card="${key}"]`), await boxOf(page, '[data-dubao-sidebar] .db-scroll')];
    expect(cardBox.top).toBeGreaterThanOrEqual(scrollBox.top - 0.5);
    expect(cardBox.top).toBeLessThan(scrollBox.bottom);
    await page.close();
  });
});

describe('the floating buttons against the page behind them (WCAG 1.4.11, 3:1)', () => {
  it.each([
    ['light', false],
    ['light', true],
    ['dark', false],
    ['dark', true],
  ] as const)('%s scheme, dark page %s: each button’s edge or fill stands out from the page', async (scheme, darkPage) => {
    const page = await open({ width: 1280, height: 800 }, { scheme, darkPage });
    await ui(page, '[data-action="pinyin"]').click();
    await expect.poll(() => ui(page, '[data-action="pinyin"]').getAttribute('aria-pressed')).toBe('true');
    const faint = (await edgeContrast(page, '.db-toolbar [data-action]', 'border')).filter((b) => b.ratio < 3).map((b) => `${b.what} ${b.ratio.toFixed(2)}`);
    expect(faint).toEqual([]);
    await page.close();
  });
});

describe('the keyboard focus ring on the floating buttons (3:1 against what lies next to it)', () => {
  it.each([
    ['light', false],
    ['light', true],
    ['dark', false],
    ['dark', true],
  ] as const)('%s scheme, dark page %s', async (scheme, darkPage) => {
    const page = await open({ width: 1280, height: 800 }, { scheme, darkPage });
    await ui(page, '[data-action="pinyin"]').focus();
    const rings: string[] = [];
    for (let i = 0; i < 4; i++) {
      if (i) await page.keyboard.press('Tab');
      const focused = await ui(page, '.db-toolbar [data-action]:focus-visible').getAttribute('data-action', { timeout: 5_000 }).catch(() => 'nothing');
      const [ring] = (await edgeContrast(page, '.db-toolbar [data-action]:focus-visible', 'outline')).map((r) => `${r.what}: ${r.ratio >= 3 ? 'ok' : r.ratio.toFixed(2)}`);
      rings.push(ring ?? `${focused}: no ring`);
    }
    expect(rings).toEqual(['pinyin: ok', 'script: ok', 'dict: ok', 'sidebar: ok']);
    await page.close();
  });
});

describe('a speaker card in a narrow sidebar (the seed at 1280 × 800: the sidebar fits left of the column)', () => {
  it('its buttons wrap as whole buttons, each label on one line, inside the card', async () => {
    const page = await open({ width: 1280, height: 800 });
    await openSidebar(page);
    const cards = await ui(page, '[data-dubao-sidebar] .db-card').evaluateAll((cards) =>
      cards.map((card) => {
        const c = card.getBoundingClientRect();
        return [...card.querySelectorAll(':scope > .db-card-actions > button')].map((button) => {
          const range = document.createRange();
          range.selectNodeContents(button);
          const b = button.getBoundingClientRect();
          return { label: button.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, inside: b.left >= c.left && b.right <= c.right };
        });
      }),
    );
    const buttons = cards.flat();
    expect(buttons.length).toBeGreaterThanOrEqual(8);
    expect(buttons.filter((b) => b.lines !== 1 || !b.inside)).toEqual([]);
    // The toolbar beside the sidebar: not under it.
    const g = await uiGeometry(page);
    for (const tool of Object.values(g.tools)) expect(overlaps(tool, g.sidebar!)).toBe(false);
    expect(g.coveredTools).toEqual([]);
    await page.close();
  });
});

/**
 * Scrolls the page so the first `word` under `scope` sits at the window's vertical middle; returns
 * its centre. The page is measured again until it stays put (no readings here, nothing moves it).
 */
async function centreWord(page: Page, word: string, scope = '#ozoom'): Promise<{ x: number; y: number }> {
  const measure = () =>
    page.evaluate(
      ({ word, scope }) => {
        const root = document.querySelector(scope)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(word);
          if (at < 0) continue;
          // Its first character (a word can break over two lines).
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 1);
          let r = range.getBoundingClientRect();
          window.scrollBy(0, r.top + r.height / 2 - innerHeight / 2);
          r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      },
      { word, scope },
    );
  let point = await measure();
  if (!point) throw new Error(`${word} not on the page`);
  await expect.poll(async () => {
    const again = await measure();
    const same = !!again && Math.abs(again.y - point!.y) < 1;
    point = again;
    return same;
  }).toBe(true);
  return point!;
}

const card = (page: Page) => ui(page, '[data-dubao-dict]');

async function lookUp(page: Page, word: string): Promise<void> {
  if (await card(page).count()) {
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  }
  const point = await centreWord(page, word);
  // Straight onto the word (a pass over the line above would open that word's card over this one).
  await page.mouse.move(point.x, point.y);
  await page.mouse.move(point.x + 1, point.y);
  // The word the reading engine cuts there (its first character is under the pointer).
  await expect
    .poll(async () => [...word].slice(0, 1).join('') === (await card(page).getAttribute('data-word', { timeout: 2_000 }).catch(() => ''))?.slice(0, 1), { timeout: 20_000 })
    .toBe(true);
}

describe('the dictionary in a short window (390 × 560)', () => {
  it('its hint and its card stay inside the window, the card off the word it explains', async () => {
    const page = await open({ width: 390, height: 560 });
    await ui(page, '[data-action="dict"]').click();
    const hint = ui(page, '.db-dict-hint');
    await hint.waitFor({ state: 'visible' });
    const viewport = { width: 390, height: 560 };
    const hintBox = await boxOf(page, '.db-dict-hint');
    expect(insideViewport(hintBox, viewport), `hint ${JSON.stringify(hintBox)}`).toBe(true);
    // A word in the middle: neither above nor below has room for the whole card. A long word
    // with its other form (高质量 gāozhìliàng 高質量) fills the card's first row.
    for (const word of ['城乡', '发展', '高质量']) {
      await lookUp(page, word);
      // Placed once its content is in (the card re-places itself as it fills).
      await expect.poll(() => card(page).locator('[data-dubao-def]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      let box: Box | null = null;
      await expect
        .poll(async () => {
          box = await boxOf(page, '[data-dubao-dict]');
          return insideViewport(box, viewport);
        }, { timeout: 5_000 })
        .toBe(true)
        .catch(() => expect.soft(box, `${word} card`).toBe('inside the window'));
      const mark = await boxOf(page, '.db-dict-mark');
      expect.soft(overlaps(box!, mark), `${word} card over its word`).toBe(false);
      // Its close button: on the word's row at the card's top right, over nothing of the head.
      const head = await card(page).locator('.db-dict-head').evaluate((head) => {
        const rect = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const nav = head.querySelector('.db-dict-nav')!;
        return { word: rect(head.querySelector('.db-dict-word')!), close: rect(nav.querySelector('[data-action="dict-close"]')!), nav: rect(nav), parts: [...head.children].filter((el) => el !== nav).map(rect) };
      });
      expect.soft(head.close.top, `${word}: the close button on the word's row`).toBeLessThan(head.word.bottom);
      expect.soft(head.close.right).toBeLessThanOrEqual(box!.right);
      expect.soft(head.parts.filter((part) => overlaps(part, head.nav))).toEqual([]);
    }
    await page.close();
  });
});

describe('contrast of our text (WCAG 4.5:1), on a dark page', () => {
  afterAll(() => patchSettings(browser, { notation: 'pinyin', toneColors: false }));

  it.each(['light', 'dark'] as const)('%s scheme: the card’s tone-coloured Jyutping, the sidebar and the toolbar', async (scheme) => {
    await patchSettings(browser, { notation: 'jyutping', toneColors: true });
    const page = await open({ width: 1280, height: 800 }, { scheme, darkPage: true });
    await ui(page, '[data-action="dict"]').click();
    // 发展 faat3 zin2, 城乡 sing4 hoeng1, 一体化 jat1 tai2 faa3: tones whose ruby colours are light on white or dark on dark.
    const low: string[] = [];
    let syllables = 0;
    for (const word of ['发展', '城乡', '一体化']) {
      await lookUp(page, word);
      await expect.poll(() => card(page).locator('[data-tone]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const samples = await uiContrast(page, '[data-dubao-dict] *');
      syllables += samples.filter((s) => /^span\.db-dict-jt/.test(s.what)).length;
      low.push(...samples.filter((s) => s.ratio < 4.5).map((s) => `${word}: ${s.what} ${s.color} on ${s.background} ${s.ratio.toFixed(2)}`));
    }
    expect(syllables).toBeGreaterThanOrEqual(10);
    await page.keyboard.press('Escape');
    await openSidebar(page);
    const ours = await uiContrast(page, '.db-sidebar *, .db-toolbar *');
    expect(ours.length).toBeGreaterThan(50);
    low.push(...ours.filter((s) => s.ratio < 4.5).map((s) => `${s.what} ${s.color} on ${s.background} ${s.ratio.toFixed(2)}`));
    expect(low).toEqual([]);
    await page.close();
  });
});

describe('the outline round the word the card explains (3:1 against the page)', () => {
  it.each([
    ['light', true],
    ['dark', false],
  ] as const)('%s scheme, dark page %s', async (scheme, darkPage) => {
    const page = await open({ width: 1280, height: 800 }, { scheme, darkPage });
    await ui(page, '[data-action="dict"]').click();
    await lookUp(page, '城乡');
    await ui(page, '.db-dict-mark').first().waitFor();
    const faint = (await edgeContrast(page, '.db-dict-mark', 'border')).filter((m) => m.ratio < 3).map((m) => m.ratio.toFixed(2));
    expect(faint).toEqual([]);
    await page.close();
  });
});

describe('the sidebar’s readings', () => {
  afterAll(() => patchSettings(browser, { notation: 'pinyin' }));

  it.each(['pinyin', 'jyutping'] as const)('%s: adjacent readings on a line do not touch', async (notation) => {
    await patchSettings(browser, { notation });
    const page = await open({ width: 1280, height: 800 });
    await ui(page, '[data-action="pinyin"]').click();
    await openSidebar(page);
    await expect.poll(() => ui(page, '[data-dubao-sidebar] rt').count(), { timeout: 20_000 }).toBeGreaterThan(10);
    const m = await ui(page, '[data-dubao-sidebar]').evaluate((sidebar) => {
      // The painted text of each reading (a range over the rt's text, not the rt box the browser stretches).
      const items = [...sidebar.querySelectorAll('ruby > rt')].map((rt) => {
        const range = document.createRange();
        range.selectNodeContents(rt);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, text: rt.textContent ?? '', size: parseFloat(getComputedStyle(rt).fontSize) };
      }).filter((r) => r.right > r.left);
      let pairs = 0;
      const touching: string[] = [];
      for (let i = 1; i < items.length; i++) {
        const a = items[i - 1]!;
        const b = items[i]!;
        if (Math.abs(a.top - b.top) > a.size / 2 || b.left < a.left) continue;
        pairs++;
        if (b.left - a.right < 0.1 * a.size) touching.push(`${a.text}|${b.text} ${(b.left - a.right).toFixed(1)}px`);
      }
      return { readings: items.length, pairs, touching };
    });
    expect(m.pairs).toBeGreaterThan(10);
    expect(m.touching).toEqual([]);
    await page.close();
  });
});
