/**
 * The content script's wiring: settings → session (language, feature, layers, in-page UI) →
 * messages. Rules live in lib/ (page-state, layer-rules); the session sets up and cleans up.
 * Every step is guarded: whatever fails, the page is left as it was and nothing reaches its console
 * as an uncaught error.
 */
import { sendMessage } from '@/lib/messages';
import { detectDocumentLanguage } from '@/lib/understand/detect-language';
import { checkPage, withOpening, type PageCheck } from '@/lib/understand/detect';
import { readOpeningText } from '@/lib/understand/opening-text';
import { autoLayersFor, NO_AUTO_LAYERS } from '@/lib/layer-rules';
import { pageStateOf } from '@/lib/page-state';
import { DEFAULT_SETTINGS, loadSettings, matchesHost, watchSettings, type Settings } from '@/lib/settings';
import { entriesItem } from '@/lib/entries/entries-item';
import { routeMessages } from './routes';
import { startSession, type Session } from './session';
import { readQuotedPeople, understandPage, type Understood } from './understanding';
import { routeDictionaryToggle } from './ui/dict/client';

function report(error: unknown): void {
  // Never thrown into the page; visible to a developer with verbose logging on.
  console.debug('[DuBao]', error);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const host = location.hostname;
    let settings: Settings = { ...DEFAULT_SETTINGS };
    let session: Session | null = null;
    let booting: Promise<void> | null = null;
    let disabled = false;

    const snapshot = () =>
      pageStateOf({
        verdict: session?.verdict ?? null,
        pageScript: session?.pageScript ?? null,
        outline: session?.analysis?.outline ?? null,
        layers: session?.controller?.state() ?? null,
        sidebarOpen: session?.ui?.isSidebarOpen() ?? false,
        disabled,
      });

    function publish(): void {
      if (!ctx.isValid) return;
      sendMessage('reportPageState', snapshot()).catch(() => {
        // The background may be restarting; the popup asks again when opened.
      });
    }

    const autoLayersHere = (s: Settings) => autoLayersFor(matchesHost(host, s.autoSites), s);

    async function boot(): Promise<void> {
      // A read of the page that fails is reported and reads as null, never thrown into the page.
      const guarded = <T>(read: () => T): T | null => {
        try {
          return read();
        } catch (error) {
          report(error);
          return null;
        }
      };
      // The cheap page check (no parse), made once here and handed to the session; a failure reads as
      // "maybe" (null), so the words are fetched and the session checks again.
      const checkOnce = (): PageCheck | null => guarded(() => checkPage(document));
      settings = await loadSettings().catch((error) => {
        report(error);
        return { ...DEFAULT_SETTINGS };
      });
      disabled = matchesHost(host, settings.offSites);
      if (disabled || !ctx.isValid) return publish();
      // The common words the understanding segments with (DuBao's list, not the browser's ICU data:
      // issue 17), from the background: the content script stays small. Only the full parse and the summaries use
      // them, and the parse itself is loaded (understanding.ts) only where the cheap check finds a feature's
      // cues, or the engine finds one in the page's opening: the other pages skip the script's load and the parse.
      const verdict = detectDocumentLanguage(document);
      let check = verdict.chinese ? checkOnce() : null;
      // The hand-off: a Chinese page every step of the check refused has its opening read here (text, no parse)
      // and decided where the engines run (lib/understand/judge-opening.ts); where that finds a feature, the page
      // parses itself as if the check had passed, and that parse decides. Unanswered: refused, as before. (The wait is
      // the engine's round trip; a cold engine is the one the page's layers would wait for too: the call wakes it.)
      if (check && !check.passes && check.chinese) {
        const opening = guarded(() => readOpeningText(document));
        const taken = opening !== null && (await sendMessage('engine.judgeOpening', [opening]).catch((error) => (report(error), false))) === true;
        if (!ctx.isValid) return;
        check = withOpening(check, taken);
      }
      let understood: Understood | null = null;
      if (verdict.chinese && (check?.passes ?? true)) {
        const words = await sendMessage('getCommonWords', undefined).catch((error) => (report(error), null));
        understood = await understandPage(document, check, words, report).catch((error) => (report(error), null));
        if (!ctx.isValid) return;
      }
      const readQuoted = () => readQuotedPeople(document, () => sendMessage('getCommonWords', undefined).catch((error) => (report(error), null)), report);
      const s = (session = startSession({ ctx, settings: () => settings, publish, report, page: { verdict, understood }, readQuoted }));
      // The launcher shows where a feature was found; elsewhere the UI waits to be asked for.
      if (s.found) {
        const ui = await s.ensureUi();
        if (settings.openSidebarOnFeature) ui?.toggleSidebar(true);
      }
      await s.switchOnAutoLayers(autoLayersHere(settings), NO_AUTO_LAYERS);
      publish();
    }

    function start(): void {
      booting = boot()
        .catch(report)
        .finally(() => {
          booting = null;
        });
    }

    function stop(): void {
      session?.dispose();
      session = null;
    }

    const unroute = routeMessages({
      booted: async () => void (await booting),
      snapshot,
      publish,
      setLayer: async (layer, on, target) => session?.setLayer(layer, on, target),
      ensureUi: async () => (session ? session.ensureUi() : null),
      report,
      // where DuBao is off on the site there is no session (stop()), and nothing is read
      countQuoted: async () => (session ? session.countQuoted() : null),
      // The popup's first offer is pinyin: its readings of what is on screen are fetched now.
      prepare: () => session?.controller?.prepare?.({ pinyin: true }),
    });
    const unrouteDictionary = routeDictionaryToggle(async () => (await booting, (await session?.ensureUi()) ?? null));

    const unwatch = watchSettings((next) => {
      const before = settings;
      settings = next;
      const nowDisabled = matchesHost(host, next.offSites);
      if (nowDisabled !== disabled) {
        disabled = nowDisabled;
        if (disabled) stop();
        else if (!session && !booting) start();
        publish();
        return;
      }
      if (!session) return;
      session.ui?.setSettings(next);
      session.controller?.applySettings(next).catch(report);
      session.switchOnAutoLayers(autoLayersHere(next), autoLayersHere(before)).catch(report);
    });

    // The reader's own entries changed (the settings page): once the engine has them, the layers
    // fetch and write every node anew, and the dictionary card reads its words anew.
    const unwatchEntries = entriesItem.watch(() => {
      void sendMessage('syncEntries', undefined)
        .then(() => (session?.ui?.dictionary.forgetReadings(), session?.controller?.reloadEntries()))
        .catch(report);
    });

    ctx.onInvalidated(() => {
      unwatchEntries();
      unwatch();
      unroute();
      unrouteDictionary();
      stop();
    });

    start();
  },
});
