/**
 * The settings form. Built once; `update` moves the controls to given settings (after a load, or
 * when another page changed them), so typing in a site list is never interrupted by a re-render.
 * Every change is reported as a patch at once: settings apply to open tabs immediately.
 */
import { i18n } from '#i18n';
import {
  parseHostList,
  patchForReadingStyle,
  readingStyleOf,
  type ReadingStyle,
  type Settings,
  type TraditionalVariant,
} from '@/lib/settings';
import { appendChildren, createElement as el } from '@/lib/dom/element';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the user (or a clash) left it unbound. */
  shortcut: string;
}

export interface OptionsFormOptions {
  onChange(patch: Partial<Settings>): void;
  onReset(): void;
  shortcuts: Shortcut[];
  firefox: boolean;
  /** Firefox can open its shortcut editor; Chrome pages can't link to chrome:// URLs. */
  openShortcuts?: () => void;
}

export interface OptionsForm {
  element: HTMLElement;
  update(settings: Settings): void;
  showSaved(): void;
  showSaveFailed(): void;
}

type SiteField = 'autoSites' | 'offSites';

export function createOptionsForm(doc: Document, options: OptionsFormOptions): OptionsForm {
  const { onChange } = options;
  let idSeq = 0;
  const nextId = () => `dubao-opt-${++idSeq}`;

  function radioGroup<T extends string>(name: string, legend: string, choices: [T, string][], toPatch: (v: T) => Partial<Settings>) {
    const inputs = choices.map(([value, label]) => {
      const input = el(doc, 'input', {
        type: 'radio',
        name,
        value,
        onchange: () => onChange(toPatch(value)),
      });
      return { value, input, label: el(doc, 'label', { class: 'choice' }, input, el(doc, 'span', null, label)) };
    });
    const fieldset = el(doc, 'fieldset', { 'data-setting': name }, el(doc, 'legend', null, legend), inputs.map((i) => i.label));
    return { fieldset, set: (v: T) => inputs.forEach((i) => (i.input.checked = i.value === v)) };
  }

  /** A labelled <select>: the choices' values and texts, and the patch a choice makes. */
  function select<T extends string>(name: keyof Settings, label: string, choices: [T, string][], toPatch: (v: T) => Partial<Settings>) {
    const input = el(
      doc,
      'select',
      { name, id: nextId(), onchange: () => onChange(toPatch(input.value as T)) },
      choices.map(([value, text]) => el(doc, 'option', { value }, text)),
    ) as HTMLSelectElement;
    const wrapper = el(doc, 'label', { class: 'choice', 'data-setting': name }, el(doc, 'span', null, label), input);
    return { wrapper, input, set: (v: T) => (input.value = v) };
  }

  function checkbox(name: keyof Settings, label: string) {
    const input = el(doc, 'input', {
      type: 'checkbox',
      name,
      onchange: () => onChange({ [name]: input.checked } as Partial<Settings>),
    });
    return { label: el(doc, 'label', { class: 'choice', 'data-setting': name }, input, el(doc, 'span', null, label)), input };
  }

  function siteList(name: SiteField, label: string) {
    const id = nextId();
    const helpId = nextId();
    const note = el(doc, 'p', { class: 'note', 'data-rejected': name, 'aria-live': 'polite' });
    const textarea = el(doc, 'textarea', {
      id,
      name,
      rows: 4,
      spellcheck: 'false',
      autocapitalize: 'off',
      'aria-describedby': helpId,
      placeholder: 'paper.people.com.cn',
    });
    textarea.addEventListener('change', () => {
      const { hosts, rejected } = parseHostList(textarea.value);
      note.textContent = rejected.length ? i18n.t('options.rejected', [rejected.join(', ')]) : '';
      onChange({ [name]: hosts } as Partial<Settings>);
    });
    const wrapper = el(
      doc,
      'div',
      { class: 'field', 'data-setting': name },
      el(doc, 'label', { for: id }, label),
      textarea,
      el(doc, 'p', { id: helpId, class: 'help' }, i18n.t('options.sitesHelp')),
      note,
    );
    return { wrapper, set: (hosts: string[]) => void (doc.activeElement !== textarea && (textarea.value = hosts.join('\n'))) };
  }

  const style = radioGroup<ReadingStyle>(
    'readingStyle',
    i18n.t('options.style'),
    [
      ['marks', i18n.t('options.styleMarks')],
      ['numbers', i18n.t('options.styleNumbers')],
      ['none', i18n.t('options.styleNone')],
      ['zhuyin', i18n.t('options.styleZhuyin')],
      ['jyutping', i18n.t('options.styleJyutping')],
    ],
    patchForReadingStyle,
  );
  const toneColors = checkbox('toneColors', i18n.t('options.toneColors'));
  const grouping = radioGroup<Settings['grouping']>(
    'grouping',
    i18n.t('options.grouping'),
    [
      ['word', i18n.t('options.groupingWord')],
      ['character', i18n.t('options.groupingCharacter')],
    ],
    (grouping) => ({ grouping }),
  );
  const readingSize = radioGroup<Settings['readingSize']>(
    'readingSize',
    i18n.t('options.readingSize'),
    [
      ['small', i18n.t('options.readingSizeSmall')],
      ['medium', i18n.t('options.readingSizeMedium')],
      ['large', i18n.t('options.readingSizeLarge')],
    ],
    (readingSize) => ({ readingSize }),
  );
  // 一/不 tone change: what the reader hears, or the dictionary tones a learner looks up.
  const tonesAs = select<Settings['tonesAs']>(
    'tonesAs',
    i18n.t('options.tonesAs'),
    [
      ['spoken', i18n.t('options.tonesAsSpoken')],
      ['written', i18n.t('options.tonesAsWritten')],
    ],
    (v) => ({ tonesAs: v }),
  );
  const scope = radioGroup<Settings['pinyinScope']>(
    'pinyinScope',
    i18n.t('options.scope'),
    [
      ['feature', i18n.t('options.scopeFeature')],
      ['page', i18n.t('options.scopePage')],
    ],
    (pinyinScope) => ({ pinyinScope }),
  );
  const variant = radioGroup<TraditionalVariant>(
    'variant',
    i18n.t('options.variant'),
    [
      ['tw', i18n.t('variant.tw')],
      ['twp', i18n.t('variant.twp')],
      ['hk', i18n.t('variant.hk')],
    ],
    (variant) => ({ variant }),
  );
  const cornerQuotes = checkbox('cornerQuotes', i18n.t('options.cornerQuotes'));
  const openSidebar = checkbox('openSidebarOnFeature', i18n.t('options.openSidebar'));
  const autoSites = siteList('autoSites', i18n.t('options.autoSites'));
  // Which layers come on at those sites, right under their list. Both switches go in each patch:
  // a patch replaces autoLayers whole.
  const autoLayerInputs = {
    pinyin: el(doc, 'input', { type: 'checkbox', name: 'autoLayers', value: 'pinyin', onchange: () => onAutoLayers() }),
    script: el(doc, 'input', { type: 'checkbox', name: 'autoLayers', value: 'script', onchange: () => onAutoLayers() }),
  };
  const onAutoLayers = () =>
    onChange({ autoLayers: { pinyin: autoLayerInputs.pinyin.checked, script: autoLayerInputs.script.checked } });
  autoSites.wrapper.append(
    el(
      doc,
      'fieldset',
      { 'data-setting': 'autoLayers' },
      el(doc, 'legend', null, i18n.t('options.autoLayers')),
      el(doc, 'label', { class: 'choice' }, autoLayerInputs.pinyin, el(doc, 'span', null, i18n.t('options.autoPinyin'))),
      el(doc, 'label', { class: 'choice' }, autoLayerInputs.script, el(doc, 'span', null, i18n.t('options.autoScript'))),
    ),
  );
  const offSites = siteList('offSites', i18n.t('options.offSites'));

  const saved = el(doc, 'p', { class: 'saved', role: 'status', 'data-testid': 'saved' });
  let savedTimer: ReturnType<typeof setTimeout> | undefined;

  const section = (title: string, ...children: HTMLElement[]) =>
    el(doc, 'section', null, el(doc, 'h2', null, title), ...children);

  const shortcutRows = options.shortcuts.map((s) =>
    el(
      doc,
      'tr',
      { 'data-command': s.name },
      el(doc, 'td', null, s.description),
      el(doc, 'td', null, s.shortcut ? el(doc, 'kbd', null, s.shortcut) : el(doc, 'span', { class: 'help' }, i18n.t('options.shortcutUnset'))),
    ),
  );

  const element = el(doc, 'form', { class: 'options', onsubmit: (e: Event) => e.preventDefault() });
  appendChildren(element, [
    el(doc, 'h1', null, i18n.t('options.title')),
    section(i18n.t('options.readings'), style.fieldset, toneColors.label, grouping.fieldset, readingSize.fieldset, tonesAs.wrapper, scope.fieldset),
    section(i18n.t('options.script'), variant.fieldset, cornerQuotes.label),
    section(i18n.t('options.sidebar'), openSidebar.label),
    section(i18n.t('options.sites'), autoSites.wrapper, offSites.wrapper),
    el(
      doc,
      'section',
      { 'data-section': 'shortcuts' },
      el(doc, 'h2', null, i18n.t('options.shortcuts')),
      el(doc, 'table', null, el(doc, 'tbody', null, shortcutRows)),
      el(doc, 'p', { class: 'help' }, options.firefox ? i18n.t('options.shortcutsHelpFirefox') : i18n.t('options.shortcutsHelpChrome')),
      options.openShortcuts &&
        el(doc, 'button', { type: 'button', 'data-action': 'shortcuts', onclick: () => options.openShortcuts?.() }, i18n.t('options.shortcutsOpen')),
    ),
    el(
      doc,
      'footer',
      null,
      el(doc, 'button', { type: 'button', 'data-action': 'reset', onclick: () => options.onReset() }, i18n.t('options.reset')),
      saved,
      el(doc, 'p', { class: 'help privacy' }, i18n.t('options.privacy')),
      el(doc, 'p', { class: 'help credit', 'data-credit': 'cc-cedict' }, i18n.t('options.dictionaryCredit')),
    ),
  ]);

  return {
    element,
    update(settings) {
      style.set(readingStyleOf(settings));
      toneColors.input.checked = settings.toneColors;
      grouping.set(settings.grouping);
      readingSize.set(settings.readingSize);
      tonesAs.set(settings.tonesAs);
      scope.set(settings.pinyinScope);
      variant.set(settings.variant);
      cornerQuotes.input.checked = settings.cornerQuotes;
      openSidebar.input.checked = settings.openSidebarOnFeature;
      autoSites.set(settings.autoSites);
      autoLayerInputs.pinyin.checked = settings.autoLayers.pinyin;
      autoLayerInputs.script.checked = settings.autoLayers.script;
      offSites.set(settings.offSites);
    },
    showSaved() {
      saved.classList.remove('failed');
      saved.textContent = i18n.t('options.saved');
      clearTimeout(savedTimer);
      savedTimer = setTimeout(() => (saved.textContent = ''), 2500);
    },
    showSaveFailed() {
      clearTimeout(savedTimer);
      saved.classList.add('failed');
      saved.textContent = i18n.t('options.saveFailed');
    },
  };
}
