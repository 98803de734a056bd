/**
 * Read aloud in Firefox (firefox-esr, WebDriver BiDi): the card's *Read aloud* goes through the
 * background page's speechSynthesis (no chrome.tts there). This headless Firefox has no Chinese
 * voice, so the card must say so: that answer comes from the background's engine choosing among
 * speechSynthesis's voices (a missing engine or a failed message would read "Could not read aloud").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxDriver } from '../e2e/drivers/firefox';
import type { ExtensionDriver, TestPage } from '../e2e/drivers/driver';
import { startFixtureServer, type FixtureServer } from '../e2e/helpers/server';
import { uiVisible } from '../e2e/scenarios/page-checks';

let driver: ExtensionDriver;
let server: FixtureServer;
let page: TestPage;

beforeAll(async () => {
  server = await startFixtureServer();
  driver = await launchFirefoxDriver();
  page = await driver.open(server.url('seed-epaper.html'));
  for (let waited = 0; !(await uiVisible(page, '[data-action="dict"]')); waited += 250) {
    if (waited > 30_000) throw new Error('DuBao’s toolbar did not show');
    await new Promise((r) => setTimeout(r, 250));
  }
});

afterAll(async () => {
  await page?.close();
  await driver?.close();
  await server?.close();
});

const note = () => page.evaluate(() => document.querySelector('dubao-ui')?.shadowRoot?.querySelector('.db-dict-note')?.textContent ?? null);

describe('read aloud in Firefox', () => {
  it('the card speaks through speechSynthesis: without a Chinese voice it says so', async () => {
    await page.clickUi('[data-action="dict"]');
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.getElementById('ozoom')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('乡长');
        if (at < 0) continue;
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.evaluate(({ x, y }) => {
      document.elementFromPoint(x, y)!.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }));
    }, point!);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('dubao-ui')?.shadowRoot?.querySelector('[data-dubao-dict]')?.getAttribute('data-word') ?? null), { timeout: 30_000 })
      .toBe('乡长');
    await page.clickUi('[data-dubao-dict] [data-action="speak"]');
    await expect.poll(note, { timeout: 15_000 }).toMatch(/^No Chinese voice on this system/);
  });
});
