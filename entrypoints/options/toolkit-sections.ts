/**
 * The settings page's learner sections (issue 20), apart from the main form: read aloud (voice,
 * speed, the network-voice opt-in), readings for learners (HSK level, known words with import and
 * export) and the word bank (list, Anki TSV and CSV export). Storage and speech come in as
 * functions, so a DOM test drives it with fakes.
 */
import { i18n } from '#i18n';
import { appendChildren, createElement as el } from '@/lib/dom/element';
import { formatKnownWords, parseKnownWords } from '@/lib/levels/known-words';
import type { ReadingLevel, Settings } from '@/lib/settings';
import type { VoiceInfo } from '@/lib/speech/voices';
import type { WordBankEntry } from '@/lib/word-bank/entry';
import { toAnkiTsv, toCsv } from '@/lib/word-bank/export';

export interface ToolkitSectionsOptions {
  onChange(patch: Partial<Settings>): void;
  /** The Chinese voices the browser offers (network ones flagged). */
  voices(): Promise<VoiceInfo[]>;
  loadKnown(): Promise<string[]>;
  saveKnown(words: string[]): Promise<string[]>;
  loadBank(): Promise<WordBankEntry[]>;
  removeEntry(entry: WordBankEntry): Promise<WordBankEntry[]>;
  clearBank(): Promise<void>;
  /** Hands a file to the reader (a download). */
  download(name: string, text: string, type: string): void;
}

export interface ToolkitSections {
  element: HTMLElement;
  update(settings: Settings): void;
  showKnown(words: string[]): void;
  showBank(bank: WordBankEntry[]): void;
  /** Resolves when the first voices, known words and bank are shown (tests). */
  ready: Promise<void>;
}

export function createToolkitSections(doc: Document, options: ToolkitSectionsOptions): ToolkitSections {
  const { onChange } = options;
  let idSeq = 0;
  const nextId = () => `dubao-tk-${++idSeq}`;
  const section = (name: string, title: string, ...children: (HTMLElement | null)[]) =>
    el(doc, 'section', { 'data-section': name }, el(doc, 'h2', null, title), ...children);
  const labelled = (label: string, control: HTMLElement, help?: HTMLElement) => {
    const id = nextId();
    control.id = id;
    return el(doc, 'div', { class: 'field' }, el(doc, 'label', { for: id }, label), control, help ?? null);
  };

  // ── Read aloud ──
  let settings: Settings | null = null;
  let voiceList: VoiceInfo[] = [];
  const voice = el(doc, 'select', { name: 'speechVoice', onchange: () => onChange({ speechVoice: voice.value }) });
  const rate = el(doc, 'input', {
    type: 'range',
    name: 'speechRate',
    min: '0.5',
    max: '2',
    step: '0.1',
    onchange: () => onChange({ speechRate: Number(rate.value) }),
    oninput: () => (rateOut.textContent = `${Number(rate.value).toFixed(1)}×`),
  });
  const rateOut = el(doc, 'output', { class: 'rate' });
  const network = el(doc, 'input', {
    type: 'checkbox',
    name: 'allowNetworkVoices',
    onchange: () => onChange({ allowNetworkVoices: network.checked }),
  });
  const voiceNote = el(doc, 'p', { class: 'note', 'data-voices': '', 'aria-live': 'polite' });
  function fillVoices(): void {
    const allowed = voiceList.filter((v) => v.local || settings?.allowNetworkVoices);
    const choices: [string, string][] = [['', i18n.t('toolkit.voiceAuto')]];
    for (const v of allowed) choices.push([v.name, v.local ? `${v.name} (${v.lang})` : i18n.t('toolkit.voiceNetwork', [`${v.name} (${v.lang})`])]);
    // A chosen voice that is not offered now (uninstalled, or network voices turned off) stays visible.
    const chosen = settings?.speechVoice ?? '';
    if (chosen && !allowed.some((v) => v.name === chosen)) choices.push([chosen, chosen]);
    voice.replaceChildren(...choices.map(([value, label]) => el(doc, 'option', { value }, label)));
    voice.value = chosen;
    voiceNote.textContent = allowed.length ? '' : i18n.t('toolkit.noVoices');
  }
  const speech = section(
    'speech',
    i18n.t('toolkit.optionsSpeech'),
    labelled(i18n.t('toolkit.voice'), voice),
    voiceNote,
    el(doc, 'div', { class: 'field' }, el(doc, 'label', null, i18n.t('toolkit.rate'), ' ', rate, ' ', rateOut)),
    el(doc, 'label', { class: 'choice', 'data-setting': 'allowNetworkVoices' }, network, el(doc, 'span', null, i18n.t('toolkit.allowNetwork'))),
  );

  // ── Readings for learners ──
  const level = el(doc, 'select', {
    name: 'readingLevel',
    onchange: () => onChange({ readingLevel: Number(level.value) as ReadingLevel }),
  });
  const levelLabels = [
    i18n.t('toolkit.levelAll'),
    ...[1, 2, 3, 4, 5].map((n) => i18n.t('toolkit.levelAbove', [String(n)])),
    i18n.t('toolkit.levelAbove6'),
  ];
  level.append(...levelLabels.map((label, n) => el(doc, 'option', { value: String(n) }, label)));
  const knownArea = el(doc, 'textarea', { name: 'knownWords', rows: 5, spellcheck: 'false', lang: 'zh' });
  const knownNote = el(doc, 'p', { class: 'note', 'data-known-note': '', 'aria-live': 'polite' });
  const saveKnown = async (text: string) => {
    const { words, rejected } = parseKnownWords(text);
    const stored = await options.saveKnown(words);
    showKnown(stored);
    knownNote.textContent = [i18n.t('toolkit.knownSaved', [String(stored.length)]), rejected.length ? i18n.t('toolkit.knownRejected', [rejected.slice(0, 20).join(', ')]) : '']
      .filter(Boolean)
      .join(' ');
  };
  const importInput = el(doc, 'input', {
    type: 'file',
    accept: '.txt,text/plain',
    hidden: true,
    onchange: () => {
      const file = importInput.files?.[0];
      if (!file) return;
      void file.text().then((text) => saveKnown(`${knownArea.value}\n${text}`));
      importInput.value = '';
    },
  });
  const learner = section(
    'learner',
    i18n.t('toolkit.optionsLearner'),
    labelled(i18n.t('toolkit.level'), level, el(doc, 'p', { class: 'help' }, i18n.t('toolkit.levelHelp'))),
    labelled(i18n.t('toolkit.knownWords'), knownArea),
    el(
      doc,
      'p',
      { class: 'buttons' },
      el(doc, 'button', { type: 'button', 'data-action': 'known-save', onclick: () => void saveKnown(knownArea.value) }, i18n.t('toolkit.knownSave')),
      el(doc, 'button', { type: 'button', 'data-action': 'known-import', onclick: () => importInput.click() }, i18n.t('toolkit.knownImport')),
      el(
        doc,
        'button',
        {
          type: 'button',
          'data-action': 'known-export',
          onclick: () => void options.loadKnown().then((words) => options.download('dubao-known-words.txt', formatKnownWords(words), 'text/plain')),
        },
        i18n.t('toolkit.knownExport'),
      ),
      importInput,
    ),
    knownNote,
  );
  function showKnown(words: string[]): void {
    if (doc.activeElement !== knownArea) knownArea.value = words.join('\n');
  }

  // ── Word bank ──
  let bank: WordBankEntry[] = [];
  const count = el(doc, 'p', { class: 'help', 'data-bank-count': '' });
  const tbody = el(doc, 'tbody');
  const table = el(
    doc,
    'table',
    { class: 'bank' },
    el(
      doc,
      'thead',
      null,
      el(
        doc,
        'tr',
        null,
        [i18n.t('toolkit.bankWord'), i18n.t('toolkit.bankReading'), i18n.t('toolkit.bankDefinition'), i18n.t('toolkit.bankSentence'), i18n.t('toolkit.bankSource'), ''].map(
          (t) => el(doc, 'th', { scope: 'col' }, t),
        ),
      ),
    ),
    tbody,
  );
  const exportAnki = el(
    doc,
    'button',
    { type: 'button', 'data-action': 'bank-export-anki', onclick: () => options.download('dubao-words.tsv', toAnkiTsv(bank), 'text/tab-separated-values') },
    i18n.t('toolkit.bankExportAnki'),
  );
  const exportCsv = el(
    doc,
    'button',
    { type: 'button', 'data-action': 'bank-export-csv', onclick: () => options.download('dubao-words.csv', toCsv(bank), 'text/csv') },
    i18n.t('toolkit.bankExportCsv'),
  );
  const clear = el(
    doc,
    'button',
    { type: 'button', 'data-action': 'bank-clear', onclick: () => void options.clearBank().then(() => showBank([])) },
    i18n.t('toolkit.bankClear'),
  );
  const bankSection = section('word-bank', i18n.t('toolkit.optionsBank'), count, table, el(doc, 'p', { class: 'buttons' }, exportAnki, exportCsv, clear));
  function showBank(next: WordBankEntry[]): void {
    bank = next;
    count.textContent = bank.length ? i18n.t('toolkit.bankCount', [String(bank.length)]) : i18n.t('toolkit.bankEmpty');
    table.hidden = bank.length === 0;
    for (const b of [exportAnki, exportCsv, clear]) b.disabled = bank.length === 0;
    tbody.replaceChildren(
      ...[...bank].reverse().map((entry) => {
        let host = '';
        try {
          host = entry.url ? new URL(entry.url).hostname : '';
        } catch {
          host = '';
        }
        return el(
          doc,
          'tr',
          { 'data-word': entry.word },
          el(doc, 'td', { lang: 'zh' }, entry.word),
          el(doc, 'td', null, entry.reading),
          el(doc, 'td', null, entry.definition),
          el(doc, 'td', { lang: 'zh' }, ...markedSentence(doc, entry)),
          el(doc, 'td', null, [entry.headline, entry.speaker, host].filter(Boolean).join(' · ')),
          el(
            doc,
            'td',
            null,
            el(
              doc,
              'button',
              {
                type: 'button',
                'data-action': 'bank-remove',
                'aria-label': `${i18n.t('toolkit.bankRemove')} ${entry.word}`,
                onclick: () => void options.removeEntry(entry).then(showBank),
              },
              i18n.t('toolkit.bankRemove'),
            ),
          ),
        );
      }),
    );
  }

  const element = el(doc, 'div', { class: 'toolkit-sections' });
  appendChildren(element, [learner, speech, bankSection]);

  const ready = Promise.all([
    options.voices().then(
      (list) => {
        voiceList = list;
        fillVoices();
      },
      () => fillVoices(),
    ),
    options.loadKnown().then(showKnown),
    options.loadBank().then(showBank),
  ]).then(() => undefined);
  fillVoices();

  return {
    element,
    update(next) {
      settings = next;
      level.value = String(next.readingLevel);
      rate.value = String(next.speechRate);
      rateOut.textContent = `${next.speechRate.toFixed(1)}×`;
      network.checked = next.allowNetworkVoices;
      fillVoices();
    },
    showKnown,
    showBank,
    ready,
  };
}

/** The sentence with its word in bold, as text nodes (what the Anki export marks too). */
function markedSentence(doc: Document, entry: WordBankEntry): (string | HTMLElement)[] {
  const at = entry.sentence.indexOf(entry.word);
  if (at < 0) return [entry.sentence];
  return [entry.sentence.slice(0, at), el(doc, 'b', null, entry.word), entry.sentence.slice(at + entry.word.length)];
}

/** A file for the reader: a Blob behind a download link, clicked. */
export function downloadFile(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = el(doc, 'a', { href: url, download: name, hidden: true });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
