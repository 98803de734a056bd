/**
 * The content script's wiring: settings → language → feature → layers → in-page UI → messages.
 * Every step is guarded: whatever fails, the page is left as it was and nothing reaches its console
 * as an uncaught error.
 */
import css from './ui/styles.css?inline';
import { onMessage, sendMessage, type LayerName, type PageState } from '@/lib/messages';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  matchesHost,
  watchSettings,
  type AutoLayers,
  type ScriptState,
  type Settings,
} from '@/lib/settings';
import { detectDocumentLanguage, sampleDocumentText, type LanguageVerdict } from '@/lib/understand/detect-language';
import { detectAndAnalyze, detectScript, summarizeStatement, type PageAnalysis } from '@/lib/understand';
import type { Outline } from '@/lib/outline';
import type { LayerController, LayerState, TextEngines } from './contracts';
import { createLayerController } from './layers/controller';
import { createEngineClient } from './layers/engine-client';
import { createDubaoUi, type DubaoUi } from './ui/app';
import { adoptStyles } from './ui/adopt-styles';
import { readLabels } from './ui/labels';
import { nextScriptState } from './ui/layer-buttons';
import { hasFeature } from './ui/sidebar';
import { routeDictionaryToggle } from './ui/dict/client';

/** What is running on the page while DuBao is on for it. */
interface Session {
  verdict: LanguageVerdict;
  analysis: PageAnalysis | null;
  pageScript: 'simplified' | 'traditional';
  controller: LayerController | null;
  engines: TextEngines | null;
  ui: DubaoUi | null;
  /** Mounts the UI when it is first needed (pages without a feature). */
  ensureUi(): Promise<DubaoUi | null>;
  dispose(): void;
}

/** The lead's gist: its top-ranked sentence, by the same summariser as the statements. */
function leadGistOf(outline: Outline | null): string | null {
  const paragraphs = outline?.lead?.split('\n').filter((p) => p.trim()) ?? [];
  return paragraphs.length ? summarizeStatement(paragraphs).gist : null;
}

const NO_LAYERS: AutoLayers = { pinyin: false, script: false };

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
    const cleanups: (() => void)[] = [];

    function snapshot(): PageState {
      const layers: LayerState = session?.controller?.state() ?? { pinyin: false, script: 'original' };
      const outline = session?.analysis?.outline ?? null;
      const found = hasFeature(outline);
      return {
        chinese: session?.verdict.chinese ?? false,
        lang: session?.verdict.lang ?? null,
        hanShare: session?.verdict.hanShare ?? 0,
        script: session?.pageScript ?? 'simplified',
        detected: found,
        topics: found ? outline.topics.filter((t) => t.statements.length > 0).length : 0,
        speakers: found ? outline.topics.reduce((n, t) => n + t.statements.length, 0) : 0,
        pinyin: layers.pinyin,
        scriptState: layers.script,
        sidebarOpen: session?.ui?.isSidebarOpen() ?? false,
        disabled,
      };
    }

    function publish(): void {
      if (!ctx.isValid) return;
      sendMessage('reportPageState', snapshot()).catch(() => {
        // The background may be restarting; the popup asks again when opened.
      });
    }

    /** The layers this site switches on by itself under `s`: none unless it is listed. */
    const autoLayersHere = (s: Settings): AutoLayers => (matchesHost(host, s.autoSites) ? s.autoLayers : NO_LAYERS);

    /**
     * Switches on the layers that newly apply (`now` but not `before`); never switches one off, and
     * leaves a conversion the reader already chose. Script goes to the reader's variant, or to
     * simplified on a traditional page.
     */
    async function switchOnAutoLayers(now: AutoLayers, before: AutoLayers): Promise<void> {
      const controller = session?.controller;
      if (!session || !controller) return;
      if (now.pinyin && !before.pinyin && !controller.state().pinyin) await controller.setPinyin(true).catch(report);
      if (now.script && !before.script && controller.state().script === 'original') {
        await controller.setScript(nextScriptState('original', session.pageScript, settings.variant)).catch(report);
      }
    }

    async function mountUi(s: Omit<Session, 'ui' | 'ensureUi' | 'dispose'>, showLauncher: boolean): Promise<DubaoUi | null> {
      if (!document.body) return null;
      const outline = s.analysis?.outline ?? null;
      let leadGist: string | null = null;
      try {
        leadGist = leadGistOf(outline);
      } catch (error) {
        report(error);
      }
      const shadowUi = await createShadowRootUi(ctx, {
        name: 'dubao-ui',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        // Our stylesheet resets the host itself (`:host { all: initial }`) and is adopted below,
        // so that a strict page CSP cannot block it.
        inheritStyles: true,
        // Keys typed in our UI (arrows between cards, Esc) are not the page's: e-paper sites page on ←/→.
        isolateEvents: true,
        onMount(container, shadow, shadowHost) {
          shadowHost.setAttribute('data-dubao', 'ui');
          shadowHost.setAttribute('lang', s.pageScript === 'traditional' ? 'zh-Hant' : 'zh-Hans');
          adoptStyles(shadow, css);
          return createDubaoUi({
            container,
            labels: readLabels(),
            analysis: s.analysis,
            leadGist,
            chinese: s.verdict.chinese,
            pageScript: s.pageScript,
            controller: s.controller,
            engines: s.engines,
            settings,
            showLauncher,
            onSidebarChange: () => publish(),
            onError: report,
          });
        },
        onRemove(ui) {
          ui?.dispose();
        },
      });
      shadowUi.mount();
      const ui = shadowUi.mounted ?? null;
      const remove = () => shadowUi.remove();
      cleanups.push(remove);
      return ui;
    }

    async function boot(): Promise<void> {
      settings = await loadSettings().catch((error) => {
        report(error);
        return { ...DEFAULT_SETTINGS };
      });
      disabled = matchesHost(host, settings.offSites);
      if (disabled || !ctx.isValid) return publish();

      const verdict = detectDocumentLanguage(document);
      document.documentElement.setAttribute('data-dubao-chinese', String(verdict.chinese));
      let analysis: PageAnalysis | null = null;
      if (verdict.chinese) {
        try {
          // The cheap check first, then one full parse only where a feature may be.
          analysis = detectAndAnalyze(document);
        } catch (error) {
          report(error);
        }
      }
      const found = hasFeature(analysis?.outline ?? null);
      const pageScript =
        analysis?.outline.script ?? detectScript(sampleDocumentText(document));

      let controller: LayerController | null = null;
      let engines: TextEngines | null = null;
      if (verdict.chinese) {
        try {
          const client = createEngineClient();
          engines = client;
          const made = createLayerController({
            ctx,
            getAnalysis: () => analysis,
            getSettings: () => settings,
            engines: client,
          });
          controller = made;
          cleanups.push(made.onChange(() => publish()));
        } catch (error) {
          report(error);
        }
      }

      const base = { verdict, analysis, pageScript, controller, engines };
      let uiPromise: Promise<DubaoUi | null> | null = null;
      const s: Session = {
        ...base,
        ui: null,
        ensureUi() {
          uiPromise ??= mountUi(base, found)
            .then((ui) => (s.ui = ui))
            .catch((error) => {
              report(error);
              return null;
            });
          return uiPromise;
        },
        dispose() {
          while (cleanups.length) {
            try {
              cleanups.pop()!();
            } catch (error) {
              report(error);
            }
          }
          try {
            controller?.dispose();
          } catch (error) {
            report(error);
          }
          document.documentElement.removeAttribute('data-dubao-chinese');
        },
      };
      session = s;

      // The launcher shows where a feature was found; elsewhere the UI waits to be asked for.
      if (found) {
        const ui = await s.ensureUi();
        if (settings.openSidebarOnFeature) ui?.toggleSidebar(true);
      }
      await switchOnAutoLayers(autoLayersHere(settings), NO_LAYERS);
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

    async function setLayer(layer: LayerName, on?: boolean, target?: ScriptState): Promise<void> {
      const controller = session?.controller;
      if (!controller) return;
      const current = controller.state();
      if (layer === 'pinyin') {
        await controller.setPinyin(on ?? !current.pinyin);
        return;
      }
      // `state` picks the target; otherwise on → the reader's variant (cn on traditional pages).
      const converted = nextScriptState('original', session!.pageScript, settings.variant);
      let next: ScriptState;
      if (on === false) next = 'original';
      else if (target && target !== 'original') next = target;
      else if (on === true) next = current.script === 'original' ? converted : current.script;
      else next = current.script === 'original' ? converted : 'original';
      await controller.setScript(next);
    }

    const removers = [
      routeDictionaryToggle(async () => (await booting, (await session?.ensureUi()) ?? null)), // issue 20: the dictionary switch
      onMessage('getPageState', async () => {
        await booting;
        return snapshot();
      }),
      onMessage('setLayer', async ({ data }) => {
        await booting;
        try {
          await setLayer(data.layer, data.on, data.state);
        } catch (error) {
          report(error);
        }
        return snapshot();
      }),
      onMessage('toggleSidebar', async ({ data }) => {
        await booting;
        try {
          const ui = await session?.ensureUi();
          ui?.toggleSidebar(data.open);
        } catch (error) {
          report(error);
        }
        const state = snapshot();
        publish();
        return state;
      }),
      onMessage('showSelection', async ({ data }) => {
        await booting;
        try {
          const ui = await session?.ensureUi();
          const selection = window.getSelection();
          const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
          await ui?.showSelection(data.text, range?.getBoundingClientRect() ?? null);
        } catch (error) {
          report(error);
        }
      }),
    ];

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
      switchOnAutoLayers(autoLayersHere(next), autoLayersHere(before)).catch(report);
    });

    ctx.onInvalidated(() => {
      unwatch();
      for (const remove of removers) remove();
      stop();
    });

    start();
  },
});
