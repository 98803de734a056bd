import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { serveDictionary } from '@/lib/dictionary/serve';
import { serveLevels } from '@/lib/levels/messages';
import { createChromeTtsEngine, createWebSpeechEngine, type ChromeTts, type WebUtterance } from '@/lib/speech/engine';
import { serveSpeech } from '@/lib/speech/serve';
import { loadSettings, repairStoredSettings } from '@/lib/settings';
import { onMessage, sendToTab } from '@/lib/messages';
import type { ConvertedPiece, RubySegment } from '@/lib/reading/contract';
import { useWordCosts } from '@/lib/chinese/words';
import { COMMON_MAX_COST, cutWordCosts } from '@/lib/chinese/word-costs';
// The engines, and the whole word list, are imported only where this background has an engine of its
// own (Firefox, see localEngine below): Chrome's build carries none of their code or data, so a worker
// woken by a click starts at once (bench: the cold rows after the worker was stopped).
import type { EngineService } from '@/lib/reading/engine-service';
import { createEngineRouter, createHostKeeper } from '@/lib/reading/engine-route';
import { ENGINE_HOST_PATH, isHostIdle } from '@/lib/reading/engine-host-protocol';
import wordCosts from 'virtual:dubao-word-costs';
import commonWordCosts from 'virtual:dubao-common-word-costs';
import { loadEntries, watchEntries } from '@/lib/entries/entries-item';
import { NO_ENTRIES } from '@/lib/entries/parse-entries';
import { isPageAnswersKey } from '@/lib/page-answers-key';
import { BADGE_COLOR, describeBadge } from '@/lib/browser-ui/badge';
import { messageForCommand } from '@/lib/browser-ui/commands';
import { SELECTION_MENU_ID, selectionPayload } from '@/lib/browser-ui/selection-menu';
import { applyInstallDefaults } from '@/lib/install-defaults';

/**
 * Whether this build has an engine of its own. Chrome's leaves it out: a service worker cannot import
 * code later, so an engine bundled here is read and compiled at every worker start, and a page not
 * read before waits for that start (bench: the cold rows "a page not read before"); Chrome always has
 * the engine host (offscreen documents since 109, getContexts since 116). Firefox keeps it (its event
 * page is the engines' home), and so do `wxt dev` and the tests (COMMAND 'serve'), whose fake browser
 * can make no host.
 */
const OWN_ENGINE = !import.meta.env.CHROME || import.meta.env.COMMAND === 'serve';

export default defineBackground(() => {
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const action = browser.action ?? browser.browserAction;

  // ── Install: defaults from the browser’s language (Hong Kong forms for a zh-HK browser); update and start: a stored value repaired. ──
  // A corrupt or partial stored value (an old version's, a sync from elsewhere) is written back
  // repaired here only: readers repair what they read without writing (lib/settings.ts loadSettings).
  const repair = (): void => void repairStoredSettings().catch(() => undefined);
  browser.runtime.onStartup.addListener(repair);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return repair();
    // The UI language, then the reader's preferred one (a browser in English may read zh-HK first).
    void applyInstallDefaults([browser.i18n.getUILanguage(), globalThis.navigator?.language ?? '']).catch(() => {
      // Storage refused: the plain defaults stay, and the reader can pick the variant.
    });
  });

  // ── Toolbar badge: the number of speakers on tabs where a feature was found. ──
  onMessage('reportPageState', async ({ data, sender }) => {
    // A feature found starts the engines' warm-up (once per worker, idle slices); a Chinese page with
    // Jyutping chosen, the Jyutping table. Other pages get no work of ours.
    if (data?.detected && !data.disabled) warmUp();
    if (data?.chinese && !data.disabled) warmJyutping();
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    const badge = describeBadge(data);
    await action.setBadgeText({ tabId, text: badge.text });
    if (badge.found) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    const title = badge.found
      ? i18n.t('action.titleFound', [String(badge.topics), String(badge.speakers)])
      : i18n.t('action.title');
    await action.setTitle({ tabId, title });
  });

  // The tab a command acts on: the one it came from, else the focused window's active tab.
  async function commandTab(tab: { id?: number } | undefined): Promise<number | undefined> {
    if (tab?.id != null && tab.id >= 0) return tab.id;
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id;
  }

  // ── The reading engine for every tab's layers: one pinyin dictionary and one converter per browser
  // (converters built on first use). In Chrome the engines live in the engine host (an offscreen
  // document, entrypoints/engine-host) that outlives this worker: Chrome stops an idle worker after
  // 30 s, and a worker woken by a reader's click would otherwise build them again (bench: the cold
  // rows after the worker was stopped). Here, and where the host cannot be had, this background's
  // own engine answers (lib/reading/engine-route.ts). Each contract method is one message. ──
  // The understanding (in the content script) segments with the common words: sent to a Chinese page
  // when it asks, so the content script does not carry them on every page. Cut at build time: the
  // whole list is the engine's, and stays out of Chrome's background.
  let commonWords: string | null = null;
  onMessage('getCommonWords', () => {
    warmUp(); // only a Chinese page asks: the reader may toggle a layer soon
    // Cut from the whole list where that is bundled anyway (its own engine's), else the build's cut.
    return (commonWords ??= OWN_ENGINE ? cutWordCosts(wordCosts, COMMON_MAX_COST) : commonWordCosts);
  });
  const getURL = browser.runtime.getURL as (path: string) => string; // built files, not among WXT's typed public paths
  // This background's own engine, made only when the route is local (never beside a host).
  let ownEngine: Promise<EngineService> | null = null;
  const localEngine = OWN_ENGINE
    ? (): Promise<EngineService> =>
        (ownEngine ??= import('@/lib/reading/engine-service').then(({ createExtensionEngineService }) => {
          useWordCosts(wordCosts); // DuBao's own word list: the same words in every browser (issue 17)
          const service = createExtensionEngineService({ getURL, wordCosts, warn: (message, error) => console.warn(message, error) });
          void service.useEntries(entriesReady);
          return service;
        }))
    : null;
  // chrome.offscreen (Chrome 109+, with the permission the Chrome build declares) and
  // runtime.getContexts (Chrome 116+), through the polyfilled browser; Firefox has neither.
  type Offscreen = { createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>; closeDocument(): Promise<void> };
  type Contexts = { getContexts?(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]> };
  const api = browser as unknown as { offscreen?: Offscreen; runtime: Contexts };
  const offscreen = api.offscreen;
  const hostUrl = getURL(ENGINE_HOST_PATH);
  const hostSupported = typeof offscreen?.createDocument === 'function' && typeof api.runtime.getContexts === 'function';
  const hostExists = async () => ((await api.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [hostUrl] })) ?? []).length > 0;
  // Whether the host is there, asked as this worker starts: a worker woken by a click then sends the
  // click's first request without waiting for that answer (bench: the cold rows "a page not read
  // before"). Taken once; a stale answer costs one more try (withHost), as a host that closed would.
  let hostAtStart: Promise<boolean> | null = hostSupported ? hostExists().catch(() => false) : null;
  const host = createHostKeeper({
    exists: () => {
      const known = hostAtStart;
      hostAtStart = null;
      return known ?? hostExists();
    },
    create: () =>
      offscreen!.createDocument({
        url: hostUrl,
        // WORKERS: the document exists to run the engines in a dedicated worker it spawns.
        reasons: ['WORKERS'],
        justification: 'Runs the pinyin and script engines in a worker, kept warm between service worker restarts.',
      }),
  });
  const router = createEngineRouter({
    hostSupported,
    ensureHost: () => host.ensure(),
    sendToHost: (request) => browser.runtime.sendMessage(request),
    closeHost: async () => {
      if (await hostExists()) await offscreen?.closeDocument();
    },
    entries: () => entriesReady,
    local: localEngine,
  });
  // The host's reader-idle period ended (lib/reading/host-idle.ts): its memory goes back.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isHostIdle(message)) return undefined;
    void offscreen?.closeDocument().catch(() => undefined); // closed already: nothing to do
    return undefined;
  });
  function warmJyutping(): void {
    void loadSettings()
      .then((settings) => (settings.notation === 'jyutping' ? router.warmJyutping() : undefined))
      .catch(() => undefined); // a failed load is tried again by the first Jyutping read
  }
  // The engine's first-call work done ahead of the first toggle, when a Chinese page opens (it asks
  // for the common words) or reports a feature (lib/reading/engine-warm-up.ts): in the host, which
  // is made then (and not on other pages), or in this background's own engine.
  const warmUp = (): void => router.warmUp(() => loadSettings().then((s) => s.variant, () => null));
  // The content scripts read their page's answers from storage.session themselves (the layers'
  // session-readings.ts), so a toggle after this worker was stopped need not wait for it. Chrome
  // only: elsewhere the area stays closed to them and they ask the engine as before.
  const sessionArea = browser.storage.session as { setAccessLevel?(o: { accessLevel: string }): Promise<void> } | undefined;
  try {
    void sessionArea?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })?.catch(() => undefined);
  } catch {
    // An area that cannot open (a browser without it, a test double): the pages ask the engine.
  }
  // The reader's own entries (storage.sync, lib/entries): loaded before the engine answers, kept
  // current by the watch; a tab whose watch fires first asks for them (syncEntries) before it re-renders.
  // A failed load leaves the engine without entries (as before it was set), never without answers.
  const readEntries = () => loadEntries().catch(() => NO_ENTRIES);
  const reloadEntries = () => {
    const loaded = readEntries();
    void ownEngine?.then((engine) => engine.useEntries(loaded));
    return loaded;
  };
  let entriesReady = readEntries();
  watchEntries((entries) => {
    entriesReady = Promise.resolve(entries);
    const current = entriesReady;
    void ownEngine?.then((engine) => engine.useEntries(current));
    void router.entriesChanged();
    // The pages' answers kept in storage.session were given under the old entries: all of them go.
    void storage
      .snapshot('session')
      .then((all) => storage.removeItems(Object.keys(all).filter(isPageAnswersKey).map((k) => `session:${k}` as const)))
      .catch(() => undefined);
  });
  onMessage('syncEntries', async () => {
    entriesReady = reloadEntries();
    const entries = await entriesReady;
    // Answered once the host has them too: the page's next requests go to it directly.
    await router.entriesChanged();
    return entries.conversions.length + entries.readings.length;
  });
  // The engine checks what a page sent (the host's engine as this one).
  onMessage('engine.read', ({ data }) => router.call('read', data) as Promise<RubySegment[][]>);
  onMessage('engine.convert', ({ data }) => router.call('convert', data) as Promise<string[]>);
  onMessage('engine.convertSegments', ({ data }) => router.call('convertSegments', data) as Promise<ConvertedPiece[][]>);
  onMessage('engine.judgeOpening', ({ data }) => router.call('judgeOpening', data) as Promise<boolean>);

  // ── Keyboard shortcuts (manifest commands, rebindable in the browser). ──
  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    const message = messageForCommand(command);
    if (!message) return;
    void (async () => {
      const tabId = await commandTab(tab);
      if (tabId == null) return;
      if (message.type === 'setLayer') await sendToTab('setLayer', message.data, tabId);
      else await sendToTab('toggleSidebar', message.data, tabId);
    })().catch(() => {
      // No content script on this tab (a browser page, or the page is still loading): nothing to toggle.
    });
  });

  // ── Context menu on selected text: its pinyin and other-script form, in the page's panel. ──
  // Created on every background start (after clearing), which suits both an MV3 service worker
  // and Firefox's MV2 background page, without duplicate-id errors.
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: SELECTION_MENU_ID,
        title: i18n.t('menu.selection'),
        contexts: ['selection'],
        documentUrlPatterns: ['<all_urls>'],
      }),
    )
    .catch(() => {
      // A second start racing the first: the entry exists either way.
    });

  serveDictionary(browser, { menuTitle: i18n.t('menu.dictionary') }); // lookups, its shortcut and menu entry (after removeAll above)

  // ── HSK levels for "pinyin only above level N": the built file, read on first need. ──
  serveLevels((path) => (browser.runtime as { getURL(path: string): string }).getURL(path));

  // ── Read aloud: chrome.tts where the browser has it (Chrome), else the background page's
  // speechSynthesis (Firefox). Local voices only unless the reader allowed network ones. ──
  const tts = (browser as unknown as { tts?: ChromeTts }).tts;
  const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  const speech = tts
    ? createChromeTtsEngine(tts)
    : synth
      ? createWebSpeechEngine(synth, (text) => new SpeechSynthesisUtterance(text) as unknown as WebUtterance)
      : null;
  if (speech) serveSpeech(speech, loadSettings);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SELECTION_MENU_ID || tab?.id == null || tab.id < 0) return;
    const payload = selectionPayload(info.selectionText);
    if (!payload) return;
    const tabId = tab.id;
    const frameId = info.frameId ?? 0;
    void sendToTab('showSelection', payload, { tabId, frameId })
      // Our content script runs in the top frame only: a selection inside a frame is shown there.
      .catch(() => (frameId !== 0 ? sendToTab('showSelection', payload, { tabId, frameId: 0 }) : undefined))
      .catch(() => {
        // No content script on this page: nothing to show the panel in.
      });
  });
});
