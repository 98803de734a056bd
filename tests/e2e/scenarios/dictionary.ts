/**
 * The dictionary (issue 20) in every browser tier, written once against ExtensionDriver: the
 * switch, then the pointer over 重塑, 乡长 and a speaker's name in the sidebar (a pointermove at the
 * character's centre: the browser's own hit-testing finds the character) gives cards with the
 * readings in context and CC-CEDICT's definitions; Esc closes; the page is unchanged.
 * tests/e2e/dictionary-shared.test.ts runs them in Chromium, tests/e2e-firefox/dictionary.test.ts
 * in Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionDriver, TestPage } from '../drivers/driver';
import { startFixtureServer, type FixtureServer } from '../helpers/server';
import { bodyHtml, uiTexts, uiVisible } from './page-checks';

/** Where the `nth` character of `word` is (under `scope`, page or our shadow root), scrolled into view. */
function charCentre(page: TestPage, word: string, nth: number, inUi: boolean) {
  return page.evaluate(
    ({ word, nth, inUi }) => {
      const root = inUi ? document.querySelector('dubao-ui')!.shadowRoot!.querySelector('[data-dubao-sidebar]')! : document.getElementById('ozoom')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        if (text.parentElement!.closest('rt, rp')) continue;
        const at = text.data.indexOf(word);
        if (at < 0) continue;
        const box = text.parentElement!.getBoundingClientRect();
        if (box.top < 0 || box.bottom > innerHeight) text.parentElement!.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(text, at + nth);
        range.setEnd(text, at + nth + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    { word, nth, inUi },
  );
}

/**
 * A mouse pointermove (or, `tap`, a touch's pointerup) at the character, dispatched where the
 * browser's hit-testing puts it.
 */
async function pointAt(page: TestPage, word: string, nth = 0, inUi = false, tap = false): Promise<void> {
  let point = await charCentre(page, word, nth, inUi);
  for (let i = 0; i < 20 && point; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const again = await charCentre(page, word, nth, inUi);
    if (again && again.x === point.x && again.y === point.y) break;
    point = again;
  }
  if (!point) throw new Error(`${word} not found`);
  await page.evaluate(
    ({ x, y, tap }) => {
      let target: Element | null = document.elementFromPoint(x, y);
      while (target?.shadowRoot) target = target.shadowRoot.elementFromPoint(x, y) ?? null;
      const type = tap ? 'pointerup' : 'pointermove';
      (target ?? document.body).dispatchEvent(
        new PointerEvent(type, { clientX: x, clientY: y, pointerType: tap ? 'touch' : 'mouse', bubbles: true, composed: true }),
      );
    },
    { ...point, tap },
  );
}

const cardAttr = (page: TestPage, name: string) =>
  page.evaluate((name) => document.querySelector('dubao-ui')?.shadowRoot?.querySelector('[data-dubao-dict]')?.getAttribute(name) ?? null, name);

export function describeDictionaryScenarios(launch: () => Promise<ExtensionDriver>): void {
  let driver: ExtensionDriver;
  let server: FixtureServer;
  let page: TestPage;
  let before: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launch();
    page = await driver.open(server.url('seed-epaper.html'));
    // (expect.poll works only inside a test)
    for (let waited = 0; !(await uiVisible(page, '[data-action="dict"]')); waited += 250) {
      if (waited > 30_000) throw new Error('DuBao’s toolbar did not show');
      await new Promise((r) => setTimeout(r, 250));
    }
    before = await bodyHtml(page);
  });

  afterAll(async () => {
    await page?.close();
    await driver?.close();
    await server?.close();
  });

  describe('the dictionary', () => {
    it.each([
      ['重塑', 1, 'chóngsù', /remodel/],
      ['乡长', 0, 'xiāngzhǎng', /village chief/],
    ])('the switch, then the pointer on %s: its card, read in context, with definitions', async (word, nth, reading, definition) => {
      if ((await page.evaluate(() => document.querySelector('dubao-ui')?.shadowRoot?.querySelector('[data-action="dict"]')?.getAttribute('aria-pressed'))) !== 'true') {
        await page.clickUi('[data-action="dict"]');
      }
      await pointAt(page, word, nth);
      await expect.poll(() => cardAttr(page, 'data-word'), { timeout: 20_000 }).toBe(word);
      expect(await cardAttr(page, 'data-reading')).toBe(reading);
      expect((await uiTexts(page, '[data-dubao-def]')).join(' / ')).toMatch(definition);
      await page.press('Escape');
      await expect.poll(() => cardAttr(page, 'data-word')).toBeNull();
    });

    it('a tap (touch) on 城乡 looks it up too', async () => {
      await pointAt(page, '城乡', 1, false, true);
      await expect.poll(() => cardAttr(page, 'data-word'), { timeout: 20_000 }).toBe('城乡');
      expect(await cardAttr(page, 'data-reading')).toBe('chéngxiāng');
      await page.press('Escape');
      await expect.poll(() => cardAttr(page, 'data-word')).toBeNull();
    });

    it('reads a speaker’s name in the sidebar as a name', async () => {
      await page.clickUi('[data-action="sidebar"]');
      await expect.poll(() => uiVisible(page, '[data-dubao-sidebar]')).toBe(true);
      await pointAt(page, '闫万玲', 1, true);
      await expect.poll(() => cardAttr(page, 'data-word'), { timeout: 20_000 }).toBe('闫万玲');
      expect((await cardAttr(page, 'data-reading'))!.toLowerCase()).toBe('yánwànlíng');
      await page.press('Escape');
      await page.clickUi('[data-action="sidebar"]');
    });

    it('leaves the page as it was, with no error', async () => {
      await page.clickUi('[data-action="dict"]');
      expect(await bodyHtml(page)).toBe(before);
      expect(page.errors).toEqual([]);
    });
  });
}
