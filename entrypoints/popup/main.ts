/**
 * The popup: reads the tab's state from its content script and acts on it at once.
 * `popup.html?tabId=N` targets tab N instead of the active tab (used by the end-to-end tests and
 * the README screenshot, which open the popup as a page).
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { convertedScriptFor } from '@/lib/layer-rules';
import { onMessage, sendToTab, type PageState } from '@/lib/messages';
import { loadSettings, saveSettings, type TraditionalVariant } from '@/lib/settings';
import { renderPopup, type PopupActions, type PopupModel } from './view';
import './style.css';

async function resolveTabId(): Promise<number | undefined> {
  const raw = new URLSearchParams(location.search).get('tabId');
  const fromQuery = raw ? Number(raw) : Number.NaN;
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  // Without the `tabs` permission the tab's id is still given, which is all the popup needs.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(root: HTMLElement): Promise<void> {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = i18n.t('extName');
  let model: PopupModel = { kind: 'loading' };
  let variant: TraditionalVariant = (await loadSettings()).variant;
  const tabId = await resolveTabId();

  const show = (next: PopupModel) => {
    model = next;
    renderPopup(root, model, actions);
  };
  // Asked once, after the state is painted: the tab reads the page on request (it may take a while), and keeps
  // the reading for the button. No answer, null or an error leave the plain button as it was.
  let asked = false;
  let quoted: number | undefined;
  const wantsCount = (state: PageState) => state.chinese && !state.detected && !state.disabled;
  const askCount = () => {
    if (asked || tabId == null) return;
    asked = true;
    sendToTab('countQuoted', undefined, tabId).then(
      (answer) => {
        if (!answer || !Number.isInteger(answer.people) || answer.people < 0) return;
        quoted = answer.people;
        if (model.kind === 'ready') show({ ...model, quoted });
      },
      () => {},
    );
  };
  // the count, once known, stays with every later state of the tab
  const showState = (state: PageState) => {
    show({ kind: 'ready', state, variant, ...(quoted == null ? {} : { quoted }) });
    if (wantsCount(state)) askCount();
  };
  // Every action answers with the tab's new state; a page that stops answering is said so, calmly.
  const act = (request: (tabId: number) => Promise<PageState>) => {
    if (tabId == null) return;
    request(tabId).then(showState, () => {
      if (model.kind === 'ready') show({ ...model, failed: true });
    });
  };

  const actions: PopupActions = {
    setPinyin: (on) => act((id) => sendToTab('setLayer', { layer: 'pinyin', on }, id)),
    setScript: (on) =>
      act((id) => {
        const state = model.kind === 'ready' ? model.state : null;
        const target = convertedScriptFor(state?.script ?? 'simplified', variant);
        return sendToTab('setLayer', on ? { layer: 'script', on, state: target } : { layer: 'script', on }, id);
      }),
    setVariant: (next) => {
      variant = next;
      void saveSettings({ variant: next });
      const state = model.kind === 'ready' ? model.state : null;
      // Traditional text already showing switches to the new variant at once.
      if (state && state.scriptState !== 'original' && state.scriptState !== 'cn') {
        act((id) => sendToTab('setLayer', { layer: 'script', on: true, state: next }, id));
      } else if (state) showState(state);
    },
    setSidebar: (open) => act((id) => sendToTab('toggleSidebar', { open }, id)),
    showQuoted: () => act((id) => sendToTab('toggleSidebar', { open: true, quoted: true }, id)),
    openSettings: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };

  show(model);
  if (tabId == null) return show({ kind: 'unavailable' });
  // The page may finish its analysis while the popup is open: follow its reports.
  onMessage('reportPageState', ({ data, sender }) => {
    if (sender.tab?.id === tabId) showState(data);
  });
  try {
    showState(await sendToTab('getPageState', undefined, tabId));
  } catch {
    show({ kind: 'unavailable' });
  }
}

const root = document.getElementById('app')!;
main(root).catch(() => {
  // Storage or messaging failed outright: say so instead of leaving an empty popup.
  root.textContent = i18n.t('popup.failed');
});
