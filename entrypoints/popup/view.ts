/**
 * The popup's DOM, from a model: what DuBao knows about the tab and the toggles that act on it.
 * Pure rendering (no browser calls) so it can be tested in happy-dom; main.ts does the wiring.
 */
import { i18n } from '#i18n';
import type { PageState } from '@/lib/messages';
import type { TraditionalVariant } from '@/lib/settings';
import { appendChildren, createElement as el } from '@/lib/dom/element';

export type PopupModel =
  | { kind: 'loading' }
  /** No content script answers in this tab (browser pages, stores, a tab opened before install). */
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      state: PageState;
      variant: TraditionalVariant;
      failed?: boolean;
      /** How many people the page quotes by name (asked after the first paint); absent while unknown or unavailable. */
      quoted?: number;
    };

export interface PopupActions {
  setPinyin(on: boolean): void;
  setScript(on: boolean): void;
  setVariant(variant: TraditionalVariant): void;
  setSidebar(open: boolean): void;
  /** Opens the sidebar on the people the page quotes, read on request (no feature found). */
  showQuoted(): void;
  openSettings(): void;
}

const VARIANTS: readonly TraditionalVariant[] = ['tw', 'twp', 'hk'];

function toggle(doc: Document, action: string, label: string, pressed: boolean, onToggle: (on: boolean) => void) {
  return el(
    doc,
    'button',
    {
      type: 'button',
      class: 'toggle',
      'data-action': action,
      'aria-pressed': String(pressed),
      onclick: () => onToggle(!pressed),
    },
    el(doc, 'span', { class: 'toggle-label' }, label),
    el(doc, 'span', { class: 'switch', 'aria-hidden': 'true' }),
  );
}

/**
 * The reader may ask for the people the page quotes anyway (the status stays "no feature"): the button as it
 * always was while the count is unknown, with the count once known, and no button where nobody is named.
 */
function renderQuoted(doc: Document, people: number | undefined, actions: PopupActions): HTMLElement {
  if (people === 0) return el(doc, 'p', { class: 'muted', 'data-testid': 'nobody-quoted' }, i18n.t('popup.nobodyQuoted'));
  const label = people == null ? i18n.t('popup.showQuoted') : i18n.t('popup.showQuotedCount', people);
  return el(
    doc,
    'button',
    { type: 'button', class: 'quoted', 'data-action': 'show-quoted', 'data-count': people ?? null, onclick: () => actions.showQuoted() },
    label,
  );
}

function renderStatus(doc: Document, model: PopupModel, actions: PopupActions): HTMLElement[] {
  const status = (text: string, tone = '') =>
    el(doc, 'p', { class: `status ${tone}`.trim(), 'data-testid': 'status', role: 'status' }, text);
  if (model.kind === 'loading') return [status(i18n.t('popup.loading'))];
  if (model.kind === 'unavailable') return [status(i18n.t('popup.unavailable'), 'muted')];
  const { state } = model;
  if (state.disabled) return [status(i18n.t('popup.disabled'), 'muted')];
  const language = !state.chinese
    ? i18n.t('popup.notChinese')
    : state.script === 'traditional'
      ? i18n.t('popup.chineseTraditional')
      : i18n.t('popup.chineseSimplified');
  const parts: HTMLElement[] = [status(language, state.chinese ? '' : 'muted')];
  if (state.detected) {
    parts.push(
      el(
        doc,
        'section',
        { class: 'feature', 'data-testid': 'feature', 'aria-label': i18n.t('popup.featureFound') },
        el(doc, 'h2', null, i18n.t('popup.featureFound')),
        el(
          doc,
          'p',
          { class: 'counts' },
          el(doc, 'span', { 'data-testid': 'topics', 'data-count': state.topics }, i18n.t('popup.topics', state.topics)),
          el(doc, 'span', { class: 'dot', 'aria-hidden': 'true' }, ' · '),
          el(doc, 'span', { 'data-testid': 'speakers', 'data-count': state.speakers }, i18n.t('popup.speakers', state.speakers)),
        ),
      ),
    );
  } else if (state.chinese) {
    parts.push(el(doc, 'p', { class: 'muted', 'data-testid': 'feature' }, i18n.t('popup.noFeature')));
    parts.push(renderQuoted(doc, model.quoted, actions));
  }
  return parts;
}

function renderToggles(doc: Document, model: Extract<PopupModel, { kind: 'ready' }>, actions: PopupActions): HTMLElement {
  const { state, variant } = model;
  const scriptOn = state.scriptState !== 'original';
  const toTraditional = state.script !== 'traditional';
  const variantSelect = el(
    doc,
    'select',
    {
      'data-action': 'variant',
      'aria-label': i18n.t('popup.variant'),
      onchange: (event: Event) => actions.setVariant((event.target as HTMLSelectElement).value as TraditionalVariant),
    },
    VARIANTS.map((v) => el(doc, 'option', { value: v }, i18n.t(`variant.${v}`))),
  );
  variantSelect.value = variant;
  return el(
    doc,
    'section',
    { class: 'layers', 'aria-label': i18n.t('popup.layers') },
    toggle(doc, 'pinyin', i18n.t('popup.pinyin'), state.pinyin, actions.setPinyin),
    toggle(doc, 'script', toTraditional ? i18n.t('popup.toTraditional') : i18n.t('popup.toSimplified'), scriptOn, actions.setScript),
    // The variant only means something when the page is simplified and would turn traditional.
    toTraditional && el(doc, 'label', { class: 'variant' }, el(doc, 'span', null, i18n.t('popup.variant')), variantSelect),
    toggle(doc, 'sidebar', i18n.t('popup.sidebar'), state.sidebarOpen, actions.setSidebar),
  );
}

export function renderPopup(root: HTMLElement, model: PopupModel, actions: PopupActions): void {
  const doc = root.ownerDocument;
  // Re-rendering replaces the controls: keep keyboard focus on the one the user just used.
  const focused = (doc.activeElement as HTMLElement | null)?.getAttribute?.('data-action') ?? null;
  const showToggles = model.kind === 'ready' && !model.state.disabled;
  root.replaceChildren();
  appendChildren(root, [
    el(
      doc,
      'header',
      null,
      el(doc, 'h1', null, i18n.t('extName')),
      el(
        doc,
        'button',
        { type: 'button', class: 'link', 'data-action': 'settings', onclick: () => actions.openSettings() },
        i18n.t('popup.settings'),
      ),
    ),
    ...renderStatus(doc, model, actions),
    showToggles && renderToggles(doc, model, actions),
    model.kind === 'ready' && model.failed && el(doc, 'p', { class: 'error', role: 'alert' }, i18n.t('popup.failed')),
  ]);
  if (focused) root.querySelector<HTMLElement>(`[data-action="${focused}"]`)?.focus();
}
