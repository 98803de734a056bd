/** Reads of the page and of DuBao's in-page UI that every shared scenario uses, through TestPage.evaluate. */
import type { TestPage } from '../drivers/driver';

export const htmlAttribute = (page: TestPage, name: string) =>
  page.evaluate((name) => document.documentElement.getAttribute(name), name);

export const bodyHtml = (page: TestPage) => page.evaluate(() => document.body.innerHTML);

/** [data-dubao-pinyin, data-dubao-script] of <html>. */
export const layerState = (page: TestPage) =>
  page.evaluate(() => [document.documentElement.getAttribute('data-dubao-pinyin'), document.documentElement.getAttribute('data-dubao-script')]);

/** Whether the element `selector` matches in DuBao's shadow UI is rendered with a box (Playwright's "visible"). */
export const uiVisible = (page: TestPage, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector('dubao-ui')?.shadowRoot?.querySelector(selector);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }, selector);

export const uiCount = (page: TestPage, selector: string) =>
  page.evaluate((selector) => document.querySelector('dubao-ui')?.shadowRoot?.querySelectorAll(selector).length ?? 0, selector);

export const uiTexts = (page: TestPage, selector: string) =>
  page.evaluate(
    (selector) => [...(document.querySelector('dubao-ui')?.shadowRoot?.querySelectorAll(selector) ?? [])].map((el) => el.textContent ?? ''),
    selector,
  );

/** Han characters of the feature (#ozoom) not under a ruby with a reading (0 when pinyin is done). */
export const unannotated = (page: TestPage) =>
  page.evaluate(() => {
    const HAN = /\p{Script=Han}/gu;
    let missing = 0;
    const walker = document.createTreeWalker(document.getElementById('ozoom')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('textarea,[contenteditable]')) continue;
      const ruby = el.closest('ruby[data-dubao]');
      const rt = ruby?.querySelector('rt[data-dubao]');
      const reading =
        rt?.getAttribute('data-r') ?? [...(rt?.querySelectorAll('[data-r]') ?? [])].map((s) => s.getAttribute('data-r')).join('');
      if (!ruby || !reading) missing += ((n as Text).data.match(HAN) ?? []).length;
    }
    return missing;
  });

/** The reading of the first ruby group of the feature whose base is `base`. */
export const readingOf = (page: TestPage, base: string) =>
  page.evaluate((base) => {
    const ruby = [...document.querySelectorAll('#ozoom ruby[data-dubao]')].find((r) => r.firstChild?.textContent === base);
    return ruby?.querySelector('rt')?.getAttribute('data-r') ?? null;
  }, base);

export const bodyIncludes = (page: TestPage, text: string) => page.evaluate((text) => document.body.textContent!.includes(text), text);
