/** Reads of the page and of DuBao's in-page UI that every shared scenario uses, through TestPage.evaluate. */
import type { ExtensionDriver, TestPage } from '../drivers/driver';

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
export const unannotated = (page: Pick<TestPage, 'evaluate'>) =>
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

/**
 * Sends a protocol message to a tab's content script from the extension, as the popup does, in the
 * wire format of @webext-core/messaging ({id, type, data, timestamp} → {res} | {err}).
 */
export async function sendToTab<T = unknown>(driver: ExtensionDriver, tabId: number, type: string, data?: unknown): Promise<T> {
  const reply = (await driver.inExtension(
    (api, m) => api.tabs.sendMessage(m.tabId, { id: Math.floor(Math.random() * 1e9), type: m.type, data: m.data, timestamp: Date.now() }),
    { tabId, type, data: data ?? null },
  )) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`no answer to ${type} from tab ${tabId}`);
  if (reply.err) throw new Error(`${type} failed in the tab: ${reply.err.message ?? 'unknown error'}`);
  return reply.res as T;
}

/** Merges `patch` into the stored settings (storage.sync 'settings'), as the options page does. */
export async function patchSettings(driver: ExtensionDriver, patch: Record<string, unknown>): Promise<void> {
  await driver.inExtension(async (api, patch) => {
    const { settings } = (await api.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await api.storage.sync.set({ settings: { ...(settings ?? {}), ...patch } });
  }, patch);
}

/**
 * Where the browser drew one reading: a one-character word with a long reading (5+ letters), its
 * rt's box and its base's, in px. The reading is CSS generated content (content: attr(data-r)), so
 * an rt wider than 1em holds laid-out text; above the base means ruby-position took effect.
 */
export const rubyGeometry = (page: TestPage) =>
  page.evaluate(() => {
    const ruby = [...document.querySelectorAll('#ozoom ruby[data-dubao]')].find(
      (r) => Array.from(r.firstChild?.textContent ?? '').length === 1 && (r.querySelector('rt')?.getAttribute('data-r') ?? '').length >= 5,
    );
    if (!ruby) return null;
    const range = document.createRange();
    range.selectNodeContents(ruby.firstChild!);
    const base = range.getBoundingClientRect();
    const rt = ruby.querySelector('rt')!.getBoundingClientRect();
    return {
      fontSize: parseFloat(getComputedStyle(ruby).fontSize),
      rt: { top: rt.top, bottom: rt.bottom, width: rt.width },
      base: { top: base.top, bottom: base.bottom },
    };
  });
