import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { serveDictionary } from '@/lib/dictionary/serve';
import { serveLevels } from '@/lib/levels/messages';
import { createChromeTtsEngine, createWebSpeechEngine, type ChromeTts, type WebUtterance } from '@/lib/speech/engine';
import { serveSpeech } from '@/lib/speech/serve';
import { loadSettings } from '@/lib/settings';
import { onMessage, sendToTab } from '@/lib/messages';
import type { EngineCall } from '@/lib/reading/contract';
import { createReadingEngine, wantsJyutping } from '@/lib/reading/reading-engine';
import { fetchJyutpingTable, JYUTPING_WARM_UP, loadJyutping } from '@/lib/reading/jyutping-load';
import type { JyutpingSource } from '@/lib/reading/jyutping';
import { installWordDictionary, WORD_DICTIONARY_ASSET } from '@/lib/reading/word-dictionary';
import { useWordCosts } from '@/lib/chinese/words';
import { COMMON_MAX_COST, commonWordsOf, cutWordCosts } from '@/lib/chinese/word-costs';
import wordCosts from 'virtual:dubao-word-costs';
import { loadEntries, watchEntries } from '@/lib/entries/entries-item';
import { isPageAnswersKey } from '@/lib/page-answers-key';
import { BADGE_COLOR, describeBadge } from '@/lib/browser-ui/badge';
import { messageForCommand } from '@/lib/browser-ui/commands';
import { SELECTION_MENU_ID, selectionPayload } from '@/lib/browser-ui/selection-menu';
import { applyInstallDefaults } from '@/lib/install-defaults';
import { createQuietPause, nextTask, warmUpEngine, warmUpTexts } from '@/lib/reading/engine-warm-up';

export default defineBackground(() => {
  // Firefox builds are MV2, where the toolbar button is `browserAction`.
  const action = browser.action ?? browser.browserAction;

  // ── First install: defaults from the browser's language (Hong Kong forms for a zh-HK browser). ──
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // The UI language, then the reader's preferred one (a browser in English may read zh-HK first).
    void applyInstallDefaults([browser.i18n.getUILanguage(), globalThis.navigator?.language ?? '']).catch(() => {
      // Storage refused: the plain defaults stay, and the reader can pick the variant.
    });
  });

  // The readings' word dictionary (scripts/build-word-dictionary.ts) loads once per worker: on the
  // first read, or in the engine's warm-up (below), so the reader's first click rarely waits for it
  // (bench: "reading: word dictionary install"). Without it readings are pinyin-pro's own.
  let words: Promise<void> | null = null;
  const wordsReady = (): Promise<void> =>
    // Built into the extension by the build step, so not among WXT's typed public paths.
    (words ??= fetch((browser.runtime.getURL as (path: string) => string)(`/${WORD_DICTIONARY_ASSET}`))
      .then((response) => {
        if (!response.ok || !response.body) throw new Error(`word dictionary: ${response.status}`);
        return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
      })
      .then((text) => void installWordDictionary(text))
      .catch((error: unknown) => console.warn('[DuBao] word dictionary unavailable:', error)));

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
  // (converters built on first use; an MV3 worker restart rebuilds them: see the bench's converter
  // build row). Each contract method is one message; the engine checks what a page sent. ──
  useWordCosts(wordCosts); // DuBao's own word list: the same words in every browser (issue 17)
  // The understanding (in the content script) segments with the common words: sent to a Chinese page
  // when it asks, so the content script does not carry them on every page.
  let commonWords: string | null = null;
  onMessage('getCommonWords', () => {
    warmUp(); // only a Chinese page asks: the reader may toggle a layer soon
    return (commonWords ??= cutWordCosts(wordCosts, COMMON_MAX_COST));
  });
  // The Jyutping table (searched as fetched, nothing parsed) is fetched once per worker: on the first
  // read that asks for Jyutping, or as soon as a Chinese page reports while Jyutping is the chosen
  // notation (the pinyin path never pays for it). Bench: the cold Jyutping rows.
  let jyutping: JyutpingSource | null = null;
  const jyutpingReady = (): Promise<JyutpingSource> =>
    loadJyutping(() => fetchJyutpingTable(browser.runtime)).then((source) => (jyutping = source));
  function warmJyutping(): void {
    if (jyutping) return;
    void loadSettings()
      .then((settings) => (settings.notation === 'jyutping' ? warmJyutpingRead() : undefined))
      .catch(() => undefined); // a failed load is tried again by the first Jyutping read
  }
  // Once the table, the word dictionary and the entries are in, one short Jyutping read runs the whole
  // path (the Mandarin reading under it, the sense table) before the reader's first click. Its words
  // are read as any later read reads them.
  let jyutpingReadWarm: Promise<void> | null = null;
  const warmJyutpingRead = (): Promise<void> =>
    (jyutpingReadWarm ??= Promise.all([wordsReady(), entriesReady, jyutpingReady()])
      .then(() => void engine.read([JYUTPING_WARM_UP], [], { notation: 'jyutping' }))
      .catch(() => void (jyutpingReadWarm = null))); // not loaded: the first Jyutping read tries again
  const engine = createReadingEngine({ jyutping: () => jyutping });
  // The engine's first-call work done ahead of the first toggle, once per worker, when a Chinese page
  // opens (it asks for the common words) or reports a feature; after the answer that woke us, one
  // step per task, so an answer waits at most for the step under way (lib/reading/engine-warm-up.ts).
  let warming: Promise<void> | null = null;
  const WARM_UP_CHARS = 2400; // about one screen of news text in common words
  // While pages' requests come (a prefetch on intent, a toggle's chunks), the warm-up waits: they warm
  // the engine themselves, and the page is writing what they bring (2 cores: no work of ours beside it).
  const quiet = createQuietPause(1000);
  const warmUp = (): void => {
    warming ??= nextTask().then(() =>
      warmUpEngine({
        loadWords: wordsReady,
        convert: (texts, variant) => engine.convert(texts, variant, []),
        variant: () => loadSettings().then((s) => s.variant, () => null),
        pause: quiet.pause,
        texts: warmUpTexts(commonWordsOf(wordCosts, WARM_UP_CHARS)),
      }),
    );
  };
  // The content scripts read their page's answers from storage.session themselves (the layers'
  // session-readings.ts), so a toggle after this worker was stopped need not wait for it. Chrome
  // only: elsewhere the area stays closed to them and they ask the engine as before.
  const sessionArea = browser.storage.session as { setAccessLevel?(o: { accessLevel: string }): Promise<void> } | undefined;
  try {
    void sessionArea?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })?.catch(() => undefined);
  } catch {
    // An area that cannot open (a browser without it, a test double): the pages ask the engine.
  }
  const args = <T extends unknown[]>(data: unknown): T => (Array.isArray(data) ? data : []) as T;
  // The reader's own entries (storage.sync, lib/entries): loaded before the engine answers, kept
  // current by the watch; a tab whose watch fires first asks for them (syncEntries) before it re-renders.
  const reloadEntries = () =>
    loadEntries()
      .then((entries) => (engine.setEntries(entries), entries.conversions.length + entries.readings.length))
      .catch(() => 0);
  let entriesReady = reloadEntries();
  watchEntries((entries) => {
    engine.setEntries(entries);
    // The pages' answers kept in storage.session were given under the old entries: all of them go.
    void storage
      .snapshot('session')
      .then((all) => storage.removeItems(Object.keys(all).filter(isPageAnswersKey).map((k) => `session:${k}` as const)))
      .catch(() => undefined);
  });
  onMessage('syncEntries', () => (entriesReady = reloadEntries()));
  onMessage('engine.read', async ({ data }) => {
    quiet.touch();
    const call = args<EngineCall<'read'>>(data);
    // The Jyutping table loads beside the word dictionary, not after it; a page's warm-up read
    // (empty text, when it opens with Jyutping chosen) also runs the whole Jyutping path once.
    const jyutpingRead = wantsJyutping(call[2]);
    await Promise.all([wordsReady(), entriesReady, jyutpingRead ? jyutpingReady() : null]);
    if (jyutpingRead) void warmJyutpingRead();
    return engine.read(...call);
  });
  onMessage('engine.convert', async ({ data }) => (quiet.touch(), await entriesReady, engine.convert(...args<EngineCall<'convert'>>(data))));
  onMessage('engine.convertSegments', async ({ data }) => (quiet.touch(), await entriesReady, engine.convertSegments(...args<EngineCall<'convertSegments'>>(data))));

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
