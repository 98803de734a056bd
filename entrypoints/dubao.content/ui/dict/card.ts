/**
 * The dictionary card's element: built from card data with the element builder (every string a
 * text node). Contract for tests: `[data-dubao-dict]` with `data-word` and `data-reading` (tone
 * marks, the Mandarin reading in context), `data-jyutping` where the ruby shows Jyutping (its
 * syllables `[data-tone]`), each definition `[data-dubao-def]`.
 */
import type { CardData } from '@/lib/dictionary/card-data';
import { jyutpingToneOf } from '@/lib/reading/jyutping-tones';
import { nameWithFace } from '../accessible-name';
import { h } from '../h';
import type { DictionaryLabels } from './labels';

export interface CardHandlers {
  onClose(): void;
  onPrevious(): void;
  onNext(): void;
  /** The learner's actions (read aloud, save, known): each answers with a message for the card. */
  actions?: CardActions;
}

export interface CardActions {
  labels: { speak: string; saveWord: string; knowWord: string };
  speak(): Promise<string>;
  save(): Promise<string>;
  know(): Promise<string>;
}

/** The card's action row: `[data-action="speak"]`, `[data-action="save-word"]`, `[data-action="know-word"]`, and their message. */
function renderActions(actions: CardActions): HTMLElement {
  const note = h('p', { class: 'db-dict-note', role: 'status' });
  const button = (action: string, label: string, run: () => Promise<string>) =>
    h(
      'button',
      {
        type: 'button',
        class: 'db-dict-action',
        'data-action': action,
        onclick: () => {
          note.textContent = '';
          void run().then(
            (message) => (note.textContent = message),
            () => undefined, // each action reports its own failure as its message
          );
        },
      },
      label,
    );
  return h(
    'div',
    { class: 'db-dict-actions' },
    h(
      'p',
      { class: 'db-dict-action-row' },
      button('speak', actions.labels.speak, actions.speak),
      button('save-word', actions.labels.saveWord, actions.save),
      button('know-word', actions.labels.knowWord, actions.know),
    ),
    note,
  );
}

/** How the card looks beyond the notation: tone colours on Jyutping syllables, as the ruby has them. */
export interface CardLook {
  toneColors?: boolean;
}

/**
 * Jyutping as the ruby shows it: spaced syllables, each carrying its tone (`data-tone`) and, with
 * tone colours on, the ruby's colour for that Cantonese tone (dict-styles.ts).
 */
function renderJyutping(className: string, reading: string, look: CardLook): HTMLElement {
  const syllables = reading.split(' ');
  return h(
    'span',
    { class: className, lang: 'yue-Latn-jyutping', 'data-jyutping': reading },
    syllables.map((syllable, i) => {
      const tone = jyutpingToneOf(syllable);
      return [i ? ' ' : '', h('span', { 'data-tone': tone, class: look.toneColors ? `db-dict-jt${tone}` : null }, syllable)];
    }),
  );
}

/**
 * `format` shows a reading in the reader's notation (tone marks, numbers, zhuyin). With Jyutping in
 * the data (the reader's notation is Jyutping) the word and its characters show it, the senses the
 * dictionary's pinyin.
 */
export function renderCard(
  labels: DictionaryLabels,
  data: CardData,
  format: (reading: string) => string,
  handlers: CardHandlers,
  look: CardLook = {},
): HTMLElement {
  const tags = [
    data.name && h('span', { class: 'db-dict-tag db-dict-name' }, labels.name),
    data.hsk != null && h('span', { class: 'db-dict-tag', 'data-hsk': data.hsk }, labels.hsk(data.hsk)),
    data.band != null && h('span', { class: 'db-dict-tag', 'data-band': data.band }, labels.bands[data.band - 1] ?? ''),
  ].filter(Boolean);
  const senses = data.senses.map((sense) =>
    h(
      'section',
      { class: 'db-dict-sense', 'data-in-context': String(sense.inContext) },
      h(
        'p',
        { class: 'db-dict-sense-head' },
        h('span', { class: 'db-dict-sense-reading', lang: 'zh-Latn-pinyin' }, format(sense.reading)),
        ' ',
        // Without a reading in context (no reading engine on the page) no reading is "other".
        h('span', { class: 'db-dict-sense-label' }, sense.inContext ? labels.inContext : data.reading ? labels.otherReading : ''),
      ),
      h('ol', { class: 'db-dict-defs' }, sense.definitions.map((d) => h('li', { 'data-dubao-def': '' }, d))),
    ),
  );
  const chars = data.chars.length
    ? h(
        'section',
        { class: 'db-dict-chars' },
        h('p', { class: 'db-dict-chars-title' }, labels.characters),
        h(
          'ul',
          null,
          data.chars.map((c) =>
            h(
              'li',
              null,
              h('span', { class: 'db-dict-char', lang: 'zh' }, c.char),
              ' ',
              c.jyutping ? renderJyutping('db-dict-char-reading', c.jyutping, look) : h('span', { class: 'db-dict-char-reading' }, c.reading ? format(c.reading) : ''),
              ' ',
              h('span', { class: 'db-dict-char-gloss' }, c.gloss),
            ),
          ),
        ),
      )
    : null;
  return h(
    'div',
    {
      class: 'db-dict',
      'data-dubao-dict': '',
      'data-word': data.word,
      'data-reading': data.reading,
      'data-jyutping': data.jyutping ?? null,
      role: 'dialog',
      'aria-label': `${labels.card}: ${data.word}`,
      tabindex: '-1',
    },
    h(
      'div',
      { class: 'db-dict-head' },
      h('span', { class: 'db-dict-word', lang: 'zh' }, data.word),
      data.jyutping
        ? renderJyutping('db-dict-reading', data.jyutping, look)
        : h('span', { class: 'db-dict-reading', lang: 'zh-Latn-pinyin' }, format(data.reading || (data.senses[0]?.reading ?? ''))),
      data.otherForms.length > 0 &&
        h('span', { class: 'db-dict-other', lang: 'zh', title: labels.otherForm, 'data-other-form': '' }, data.otherForms.join(' · ')),
      h(
        'span',
        { class: 'db-dict-nav' },
        h('button', { type: 'button', class: 'db-dict-btn', 'data-action': 'dict-previous', 'aria-label': labels.previous, title: labels.previous, onclick: () => handlers.onPrevious() }, '‹'),
        h('button', { type: 'button', class: 'db-dict-btn', 'data-action': 'dict-next', 'aria-label': labels.next, title: labels.next, onclick: () => handlers.onNext() }, '›'),
        h('button', { type: 'button', class: 'db-dict-btn', 'data-action': 'dict-close', 'aria-label': nameWithFace('×', labels.close), title: labels.close, onclick: () => handlers.onClose() }, '×'),
      ),
    ),
    tags.length > 0 && h('p', { class: 'db-dict-tags' }, tags),
    senses.length ? senses : h('p', { class: 'db-dict-missing' }, labels.notFound),
    handlers.actions ? renderActions(handlers.actions) : null,
    chars,
    h('p', { class: 'db-dict-source' }, labels.source),
  );
}

/** A small status card (loading, failure) in the same place. */
export function renderStatus(text: string): HTMLElement {
  return h('div', { class: 'db-dict db-dict-status', role: 'status' }, text);
}
