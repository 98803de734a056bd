/**
 * The settings page's own-entries section: the entries file in a text box, saved on change, with
 * import from and export to a plain text file. What is not an entry is named (line numbers); an
 * entries file over the sync quota is refused with its size.
 */
import { i18n } from '#i18n';
import { parseEntries } from '@/lib/entries/parse-entries';
import { createElement as el } from '@/lib/dom/element';

export type SaveEntriesResult = { saved: true } | { saved: false; bytes: number; quota: number };

export interface EntriesFieldOptions {
  save(text: string): Promise<SaveEntriesResult>;
  /** Offers the text as a file download (the page's part: a Blob URL). */
  download(text: string, fileName: string): void;
}

export interface EntriesField {
  element: HTMLElement;
  /** Shows stored text (not while the reader is typing in the box). */
  set(text: string): void;
}

export const ENTRIES_FILE_NAME = 'dubao-entries.txt';

export function createEntriesField(doc: Document, options: EntriesFieldOptions): EntriesField {
  const textarea = el(doc, 'textarea', {
    id: 'dubao-entries',
    name: 'entries',
    rows: 8,
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': 'dubao-entries-help',
    placeholder: '菸 → 烟\n軟件 ↔ 軟體\n行长 → háng zhǎng\n行長 → hong4 zoeng2',
  });
  // One message a line (the count, then each line left out or read as pinyin).
  const status = el(doc, 'p', { class: 'note', 'data-entries-status': '', 'aria-live': 'polite', style: 'white-space: pre-line' });
  const file = el(doc, 'input', { type: 'file', accept: '.txt,text/plain', hidden: true, 'data-action': 'entries-file' });

  function describe(text: string): string {
    const { entries, rejected, ambiguous } = parseEntries(text);
    const count = entries.conversions.length + entries.readings.length;
    return [
      i18n.t('options.entriesCount', [String(count)]),
      ...rejected.map((r) => i18n.t('options.entriesRejected', [String(r.line)]) + `: ${r.text}`),
      // A reading that is pinyin and Jyutping alike is read as pinyin: the reader is told, and how to say Jyutping.
      ...ambiguous.map((r) => i18n.t('options.entriesAmbiguous', [String(r.line)]) + `: ${r.text}`),
    ].join('\n');
  }

  async function commit(text: string): Promise<void> {
    const result = await options.save(text).catch(() => null);
    status.classList.toggle('failed', !result?.saved);
    if (!result) status.textContent = i18n.t('options.saveFailed');
    else if (!result.saved) status.textContent = i18n.t('options.entriesFull', [String(result.bytes), String(result.quota)]);
    else status.textContent = describe(text);
  }

  textarea.addEventListener('change', () => void commit(textarea.value));
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    void chosen.text().then((text) => {
      textarea.value = text;
      file.value = '';
      return commit(text);
    });
  });

  const element = el(
    doc,
    'section',
    { 'data-section': 'entries' },
    el(doc, 'h2', null, el(doc, 'label', { for: 'dubao-entries' }, i18n.t('options.entries'))),
    textarea,
    el(doc, 'p', { id: 'dubao-entries-help', class: 'help' }, i18n.t('options.entriesHelp')),
    el(
      doc,
      'div',
      { class: 'actions' },
      el(doc, 'button', { type: 'button', 'data-action': 'entries-import', onclick: () => file.click() }, i18n.t('options.entriesImport')),
      el(doc, 'button', { type: 'button', 'data-action': 'entries-export', onclick: () => options.download(textarea.value, ENTRIES_FILE_NAME) }, i18n.t('options.entriesExport')),
      file,
    ),
    status,
  );

  return {
    element,
    set(text) {
      if (doc.activeElement === textarea) return;
      textarea.value = text;
      status.classList.remove('failed');
      status.textContent = text.trim() ? describe(text) : '';
    },
  };
}
