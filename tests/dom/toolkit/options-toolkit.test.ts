/**
 * The settings page's learner sections, wired (entrypoints/options/main.ts) against the fake
 * browser's storage: the level and speech settings saved, known words saved / imported /
 * exported one per line, the word bank listed and exported (Anki TSV, CSV) exactly.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { toAnkiTsv, toCsv } from '@/lib/word-bank/export';
import type { WordBankEntry } from '@/lib/word-bank/entry';
import { useLocale } from '../../helpers/fake-i18n';

const files: { name: string; text: string }[] = [];

async function openOptions(): Promise<HTMLElement> {
  document.body.replaceChildren(Object.assign(document.createElement('main'), { id: 'app' }));
  vi.resetModules();
  // Downloads: the Blob behind the link is read back as the reader's file would be.
  files.length = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  const read: Promise<void>[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const entry = { name: this.download, text: '' };
    files.push(entry);
    read.push(blobs.get(this.getAttribute('href')!)!.text().then((text) => void (entry.text = text)));
  });
  await import('@/entrypoints/options/main');
  const root = document.getElementById('app')!;
  await vi.waitFor(() => expect(root.querySelector('[data-section="word-bank"]')).not.toBeNull());
  return root;
}

const ENTRIES: WordBankEntry[] = [
  { word: '重塑', reading: 'chóngsù', definition: 'to reconstruct', sentence: '重塑城乡关系。', headline: '圆桌', url: 'https://a.cn/1', speaker: '王静', savedAt: 1 },
  { word: '乡长', reading: 'xiāngzhǎng', definition: 'village head, "xiangzhang"', sentence: '乡长说：\n好', headline: '圆桌', url: 'https://a.cn/1', speaker: '', savedAt: 2 },
];

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  (fakeBrowser.commands as unknown as Record<string, unknown>).getAll = vi.fn(async () => []);
  vi.restoreAllMocks();
});

describe('the learner sections of the settings page', () => {
  it('saves the reading level and the speech choices as settings', async () => {
    const root = await openOptions();
    const level = root.querySelector<HTMLSelectElement>('select[name="readingLevel"]')!;
    expect(level.value).toBe('0');
    expect([...level.options].map((o) => o.textContent)).toEqual([
      'every word', 'words above HSK 1 only', 'words above HSK 2 only', 'words above HSK 3 only', 'words above HSK 4 only', 'words above HSK 5 only',
      'words above HSK 6 only (words HSK does not list)',
    ]);
    level.value = '3';
    level.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ readingLevel: 3 }));
    const network = root.querySelector<HTMLInputElement>('input[name="allowNetworkVoices"]')!;
    expect(network.checked).toBe(false);
    network.click();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ ...DEFAULT_SETTINGS, readingLevel: 3, allowNetworkVoices: true }),
    );
    // No background answers for voices here: the page says there is no Chinese voice.
    await vi.waitFor(() => expect(root.querySelector('[data-voices]')!.textContent).toMatch(/No Chinese voice/));
  });

  it('known words: saved one per line (what is not Chinese left out), exported as they are stored', async () => {
    const root = await openOptions();
    const area = root.querySelector<HTMLTextAreaElement>('textarea[name="knownWords"]')!;
    area.value = '城乡\nhello\n重塑\n城乡';
    root.querySelector<HTMLButtonElement>('[data-action="known-save"]')!.click();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('knownWords')).knownWords).toEqual(['城乡', '重塑']));
    expect(root.querySelector('[data-known-note]')!.textContent).toBe('2 known words saved. Left out (not Chinese words): hello');
    root.querySelector<HTMLButtonElement>('[data-action="known-export"]')!.click();
    await vi.waitFor(() => expect(files).toEqual([{ name: 'dubao-known-words.txt', text: '城乡\n重塑\n' }]));
  });

  it('known words: a file imported adds its words to the list', async () => {
    await fakeBrowser.storage.local.set({ knownWords: ['城乡'] });
    const root = await openOptions();
    const area = root.querySelector<HTMLTextAreaElement>('textarea[name="knownWords"]')!;
    await vi.waitFor(() => expect(area.value).toBe('城乡'));
    const input = root.querySelector<HTMLInputElement>('[data-section="learner"] input[type="file"]')!;
    const file = new File(['重塑\r\n乡长\n城乡\n'], 'words.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('knownWords')).knownWords).toEqual(['城乡', '重塑', '乡长']));
    await vi.waitFor(() => expect(area.value).toBe('城乡\n重塑\n乡长'));
  });

  it('the word bank: listed newest first, exported exactly as Anki TSV and CSV, an entry removed', async () => {
    await fakeBrowser.storage.local.set({ wordBank: ENTRIES });
    const root = await openOptions();
    await vi.waitFor(() => expect(root.querySelectorAll('tr[data-word]')).toHaveLength(2));
    expect([...root.querySelectorAll('tr[data-word]')].map((r) => r.getAttribute('data-word'))).toEqual(['乡长', '重塑']);
    expect(root.querySelector('[data-bank-count]')!.textContent).toBe('2 saved words.');
    root.querySelector<HTMLButtonElement>('[data-action="bank-export-anki"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-action="bank-export-csv"]')!.click();
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['dubao-words.tsv', 'dubao-words.csv']));
    expect(files[0]!.text).toBe(toAnkiTsv(ENTRIES));
    expect(files[1]!.text).toBe(toCsv(ENTRIES));
    root.querySelector<HTMLButtonElement>('tr[data-word="乡长"] [data-action="bank-remove"]')!.click();
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('wordBank')).wordBank).toEqual([ENTRIES[0]]));
    await vi.waitFor(() => expect(root.querySelectorAll('tr[data-word]')).toHaveLength(1));
  });
});
