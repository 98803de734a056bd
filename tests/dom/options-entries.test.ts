/** The settings page's own-entries section over WXT's fake browser storage. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEntriesField, ENTRIES_FILE_NAME } from '@/entrypoints/options/entries-field';
import { entriesItem, loadEntries, saveEntriesText, SYNC_ITEM_QUOTA, textOf } from '@/lib/entries/entries-item';
import { useLocale } from '../helpers/fake-i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
});

function mount() {
  const downloads: Array<{ text: string; name: string }> = [];
  const field = createEntriesField(document, { save: saveEntriesText, download: (text, name) => downloads.push({ text, name }) });
  document.body.replaceChildren(field.element);
  const area = field.element.querySelector<HTMLTextAreaElement>('textarea[name="entries"]')!;
  const status = field.element.querySelector<HTMLElement>('[data-entries-status]')!;
  const type = async (text: string) => {
    area.value = text;
    area.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
  };
  return { field, area, status, type, downloads };
}

describe('own entries in the settings page', () => {
  it('saves the text as typed in its own synced item, and says how many entries are in use and which lines are not', async () => {
    const { type, status } = mount();
    await type('# mine\n菸 → 烟\n行长 → háng zhǎng\nnonsense\n');
    expect(textOf(await entriesItem.getValue())).toBe('# mine\n菸 → 烟\n行长 → háng zhǎng\nnonsense\n');
    expect((await loadEntries()).conversions).toEqual([{ from: '菸', to: '烟', both: false }]);
    expect(status.textContent).toContain('Entries in use: 2');
    expect(status.textContent).toContain('line 4');
    expect(await fakeBrowser.storage.sync.get('userEntries')).toHaveProperty('userEntries');
  });

  it('takes Cantonese readings in Jyutping, and names a reading it reads as pinyin though it is Jyutping too', async () => {
    const { type, status } = mount();
    await type('行長 → hong4 zoeng2\n行 → jyutping: hang4\n很 → han2\n');
    const stored = await loadEntries();
    expect(stored.readings).toEqual([
      { word: '行長', readings: ['hong4', 'zoeng2'], notation: 'jyutping' },
      { word: '行', readings: ['hang4'], notation: 'jyutping' },
      { word: '很', readings: ['hán'] },
    ]);
    expect(status.textContent).toContain('Entries in use: 3');
    expect(status.textContent).toContain('Read as pinyin: its syllables are Jyutping too; write jyutping: before them for Cantonese (line 3): 很 → han2');
    expect(status.textContent).not.toContain('line 1');
    expect(status.classList.contains('failed')).toBe(false);
  });

  it('says the same in the Hong Kong interface', async () => {
    await useLocale('zh_HK');
    const { type, status } = mount();
    await type('很 → han2\n');
    expect(status.textContent).toContain('當作漢語拼音處理');
    expect(status.textContent).toContain('第 1 行');
  });

  it('refuses a list over the sync quota with its size, and keeps what was stored', async () => {
    const { type, status } = mount();
    await type('菸 → 烟\n');
    const long = Array.from({ length: 800 }, (_, k) => `词${k} → 詞${k}`).join('\n');
    await type(long);
    expect(status.textContent).toMatch(new RegExp(`Too long to sync: \\d+ of ${SYNC_ITEM_QUOTA} bytes`));
    expect(status.classList.contains('failed')).toBe(true);
    expect(textOf(await entriesItem.getValue())).toBe('菸 → 烟\n');
  });

  it('exports the text as a file, and imports a chosen file', async () => {
    const { field, area, downloads, status } = mount();
    field.set('軟件 ↔ 軟體\n');
    expect(area.value).toBe('軟件 ↔ 軟體\n');
    field.element.querySelector<HTMLButtonElement>('[data-action="entries-export"]')!.click();
    expect(downloads).toEqual([{ text: '軟件 ↔ 軟體\n', name: ENTRIES_FILE_NAME }]);
    const input = field.element.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['行长 → hang2 zhang3\n'], 'mine.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 20));
    expect(area.value).toBe('行长 → hang2 zhang3\n');
    expect(textOf(await entriesItem.getValue())).toBe('行长 → hang2 zhang3\n');
    expect(status.textContent).toContain('Entries in use: 1');
  });
});
