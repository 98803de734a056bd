/**
 * The learner's toolkit (issue 20, items 2–4) in real Chromium with the built extension, on the
 * seed page: read aloud per speaker with a fake speech engine in the background (chrome.tts
 * replaced in the service worker: nothing here makes sound), the message on a system without a
 * Chinese voice (this headless Chromium has none), two words saved from the card and exported
 * from the settings page (the downloaded files read back), and a known word's readings hidden.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './helpers/browser';
import { startFixtureServer, type FixtureServer } from './helpers/server';
import { findWordPoint } from './helpers/word-point';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  // A fake speech engine over chrome.tts, on while self.__fakeVoices is set (the background's
  // engine keeps its reference to chrome.tts: the fake's methods answer for the real ones).
  await browser.worker.evaluate(() => {
    const g = self as unknown as Record<string, unknown>;
    const tts = chrome.tts as unknown as Record<string, (...args: never[]) => unknown>;
    const real = { getVoices: tts.getVoices!.bind(chrome.tts), speak: tts.speak!.bind(chrome.tts), stop: tts.stop!.bind(chrome.tts) };
    g.__spoken = [];
    g.__fakeVoices = false;
    g.__voices = [{ voiceName: 'Fake 普通话', lang: 'zh-CN', remote: false }];
    tts.getVoices = ((cb: (v: unknown[]) => void) => (g.__fakeVoices ? cb(g.__voices as unknown[]) : real.getVoices(cb as never))) as never;
    tts.speak = ((text: string, options: { voiceName?: string; rate?: number; onEvent?: (e: { type: string }) => void }) => {
      if (!g.__fakeVoices) return real.speak(text as never, options as never);
      (g.__spoken as unknown[]).push({ text, voiceName: options.voiceName, rate: options.rate });
      setTimeout(() => options.onEvent?.({ type: 'end' }), 120);
    }) as never;
    tts.stop = (() => (g.__fakeVoices ? undefined : real.stop())) as never;
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const SEED = JSON.parse(readFileSync(new URL('../fixtures/seed-expected.json', import.meta.url), 'utf8')) as {
  headline: string;
  topics: { statements: { speaker: { name: string }; paragraphs: string[] }[] }[];
};

const ui = (page: Page, selector: string) => page.locator(`dubao-ui ${selector}`);
const card = (page: Page) => ui(page, '[data-dubao-dict]');

async function openSeed(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(server.url('seed-epaper.html'));
  await ui(page, '[data-action="dict"]').waitFor({ state: 'visible', timeout: 30_000 });
  return { page, errors };
}

/** Points at the `nth` character of `word`'s first occurrence in #ozoom (rubies or not), once the text stays put. */
async function pointAt(page: Page, word: string, nth = 0): Promise<void> {
  if (await card(page).count()) {
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  }
  const point = await findWordPoint(page, word, nth);
  if (!point) throw new Error(`${word} not found`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect.poll(() => card(page).getAttribute('data-word', { timeout: 2_000 }).catch(() => null), { timeout: 20_000 }).toBe(word);
}

/** Clicks a card action and waits for its message. */
async function act(page: Page, action: 'speak' | 'save-word' | 'know-word'): Promise<string> {
  // The pointer goes onto the card (it stays open while pointed at), then clicks.
  await card(page).locator(`[data-action="${action}"]`).click();
  const note = card(page).locator('.db-dict-note');
  await expect.poll(() => note.textContent(), { timeout: 10_000 }).not.toBe('');
  return (await note.textContent()) ?? '';
}

describe('read aloud', () => {
  it('reads a speaker clause by clause with a fake engine, each clause highlighted on the page, and gives the page back', async () => {
    await browser.worker.evaluate(() => Object.assign(self, { __fakeVoices: true, __spoken: [] }));
    const { page, errors } = await openSeed();
    await ui(page, '[data-action="sidebar"]').click();
    const button = ui(page, '.db-card[data-card="0:0"] [data-action="speak"]');
    await button.click();
    expect(await button.getAttribute('data-speaking')).toBe('true');
    // While it reads: one page element carries our mark, and the clause is outlined in our UI.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-dubao-speaking]').length), { timeout: 10_000 }).toBe(1);
    expect(await ui(page, '.db-speak-mark').count()).toBeGreaterThan(0);
    const marked = await page.evaluate(() => document.querySelector('[data-dubao-speaking]')!.textContent);
    await expect.poll(() => button.getAttribute('data-speaking'), { timeout: 60_000 }).toBe('false');
    const spoken = (await browser.worker.evaluate(() => (self as unknown as { __spoken: unknown[] }).__spoken)) as { text: string; voiceName: string; rate: number }[];
    const statement = SEED.topics[0]!.statements[0]!.paragraphs.join('');
    expect(spoken.length).toBeGreaterThan(5);
    expect(spoken.every((s) => s.voiceName === 'Fake 普通话' && s.rate === 1)).toBe(true);
    const said = spoken.map((s) => s.text).join('');
    const plain = (s: string) => s.replace(/[\s,，。、:：“”‘’;；!！?？]/g, '');
    expect(plain(said)).toContain(plain(statement).slice(0, 40));
    expect(marked).toContain(spoken[0]!.text.replace(/[,，]$/, ''));
    // Done: no mark left on the page, no outline in our UI.
    expect(await page.evaluate(() => document.querySelectorAll('[data-dubao-speaking]').length)).toBe(0);
    expect(await ui(page, '.db-speak-mark').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the settings page offers the Chinese voices (network ones only once allowed), and speaks with the one chosen', async () => {
    const more = [{ voiceName: 'Fake 国语', lang: 'zh-TW', remote: false }, { voiceName: 'Cloud 普通话', lang: 'zh-CN', remote: true }];
    await browser.worker.evaluate((more) => {
      const g = self as unknown as { __voices: unknown[] };
      Object.assign(self, { __fakeVoices: true, __spoken: [], __voices: [...g.__voices, ...more] });
    }, more);
    const options = await browser.openExtensionPage('options.html');
    const voice = options.locator('select[name="speechVoice"]');
    await expect.poll(() => voice.locator('option').allTextContents()).toEqual(['Automatic (a Chinese voice on this device)', 'Fake 普通话 (zh-CN)', 'Fake 国语 (zh-TW)']);
    await options.locator('input[name="allowNetworkVoices"]').check();
    await expect.poll(() => voice.locator('option').allTextContents()).toContain('Cloud 普通话 (zh-CN) (network)');
    await options.locator('input[name="allowNetworkVoices"]').uncheck();
    await voice.selectOption('Fake 国语');
    await expect
      .poll(() => browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { speechVoice?: string }).speechVoice))
      .toBe('Fake 国语');
    const { page } = await openSeed();
    await ui(page, '[data-action="dict"]').click();
    await pointAt(page, '乡长');
    await card(page).locator('[data-action="speak"]').click();
    await expect.poll(() => browser.worker.evaluate(() => (self as unknown as { __spoken: { voiceName: string }[] }).__spoken.map((s) => s.voiceName))).toEqual(['Fake 国语']);
    await options.close();
    await page.close();
  });

  it('says so in the card when the system has no Chinese voice (this Chromium has none)', async () => {
    await browser.worker.evaluate(() => Object.assign(self, { __fakeVoices: false }));
    const { page } = await openSeed();
    await ui(page, '[data-action="dict"]').click();
    await pointAt(page, '乡长');
    expect(await act(page, 'speak')).toMatch(/^No Chinese voice on this system/);
    await page.close();
  });
});

describe('the word bank', () => {
  it('saves two words from the card, and the settings page exports them as Anki TSV and CSV', async () => {
    const { page, errors } = await openSeed();
    await ui(page, '[data-action="dict"]').click();
    await pointAt(page, '重塑');
    expect(await act(page, 'save-word')).toBe('Saved to the word bank (1 words).');
    await pointAt(page, '乡长');
    expect(await act(page, 'save-word')).toBe('Saved to the word bank (2 words).');
    expect(errors).toEqual([]);

    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('tr[data-word]').count(), { timeout: 10_000 }).toBe(2);
    const download = async (action: string) => {
      const [file] = await Promise.all([options.waitForEvent('download'), options.locator(`[data-action="${action}"]`).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const tsv = await download('bank-export-anki');
    expect(tsv.name).toBe('dubao-words.tsv');
    const lines = tsv.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:word\treading\tdefinition\tsentence\theadline\turl\tspeaker']);
    expect(lines).toHaveLength(6); // three header lines, two notes, the final newline
    const [first, second] = [lines[3]!.split('\t'), lines[4]!.split('\t')];
    expect(first).toHaveLength(7);
    expect(first[0]).toBe('重塑');
    expect(first[1]).toBe('chóngsù');
    expect(first[2]).toMatch(/reconstruct|remodel|reshape/i);
    expect(first[3]).toMatch(/^[^<]*<b>重塑<\/b>[^<]*$/);
    expect(first[3]).toContain('以环境整治<b>重塑</b>乡');
    expect(first[4]).toBe(SEED.headline.replace(/"/g, '&quot;'));
    expect(first[5]).toBe(server.url('seed-epaper.html'));
    expect(first[6]).toBe('闫万玲');
    expect(second[0]).toBe('乡长');
    expect(second[1]).toBe('xiāngzhǎng');
    expect(second[3]).toContain('<b>乡长</b>');

    const csv = await download('bank-export-csv');
    expect(csv.name).toBe('dubao-words.csv');
    const rows = csv.text.split('\r\n');
    expect(rows[0]).toBe('word,reading,definition,sentence,headline,url,speaker');
    expect(rows[1]!.startsWith('重塑,chóngsù,')).toBe(true);
    expect(rows[1]).toContain(server.url('seed-epaper.html'));
    expect(rows).toHaveLength(4);
    await options.close();
    await page.close();
  });
});

describe('pinyin only where needed', () => {
  it('"I know this word" hides its readings on the page at once, the text unchanged', async () => {
    const { page, errors } = await openSeed();
    const text = await page.evaluate(() => document.querySelector('#ozoom')!.textContent);
    await ui(page, '[data-action="pinyin"]').click();
    const bases = (word: string) =>
      page.evaluate((word) => [...document.querySelectorAll('#ozoom ruby[data-dubao]')].filter((r) => r.firstChild?.textContent === word).length, word);
    await expect.poll(() => bases('城乡'), { timeout: 20_000 }).toBeGreaterThan(0);
    await ui(page, '[data-action="dict"]').click();
    await pointAt(page, '城乡');
    expect(await act(page, 'know-word')).toContain('城乡');
    await expect.poll(() => bases('城乡'), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('#ozoom ruby[data-dubao]').count()).toBeGreaterThan(100);
    expect(await page.evaluate(() => document.querySelector('#ozoom')!.textContent)).toBe(text);
    // Kept in its own item in storage.local (other tabs follow through their watchers), with its
    // traditional form, so that traditional pages follow too.
    expect(await browser.worker.evaluate(async () => (await chrome.storage.local.get('knownWords')).knownWords)).toEqual(['城乡', '城鄉']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
