/**
 * One session of DuBao on a page: the language verdict, the analysis, the layers and the in-page
 * UI, set up in that order, each with its cleanup registered where it is set up (disposed in
 * reverse). Rules (page state, script targets, auto-layers) are lib/'s; this file wires them.
 */
import css from './ui/styles.css?inline';
import type { LayerName } from '@/lib/messages';
import { autoLayerChanges, scriptTarget } from '@/lib/layer-rules';
import { hasFeature } from '@/lib/page-state';
import type { AutoLayers, ScriptState, Settings } from '@/lib/settings';
import { detectDocumentLanguage, sampleDocumentText, type LanguageVerdict } from '@/lib/understand/detect-language';
import { detectScriptByCommonChars } from '@/lib/chinese/script-common';
import type { PageAnalysis, QuotedAnalysis } from '@/lib/understand/analyze-page';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LayerController, TextEngines } from './contracts';
import { markHtml } from './html-marks';
import { createLayerController } from './layers/controller';
import { createEngineClient } from './layers/engine-client';
import { createSessionReadings } from './layers/session-readings';
import { createDubaoUi, type DubaoUi } from './ui/app';
import { adoptStyles } from './ui/adopt-styles';
import { readLabels } from './ui/labels';
import { createReadingFilterSource, type ReadingFilterSource } from './reading-filter-source';
import type { Understood } from './understanding';
import { keepQuotedReading } from './quoted-reading';
import { whenIdle } from './when-idle';

export interface Session {
  verdict: LanguageVerdict;
  analysis: PageAnalysis | null;
  pageScript: 'simplified' | 'traditional';
  controller: LayerController | null;
  ui: DubaoUi | null;
  /** A feature was found: the launcher shows, and the sidebar may open by itself. */
  found: boolean;
  /** Mounts the UI when it is first needed (pages without a feature). */
  ensureUi(): Promise<DubaoUi | null>;
  /** A layer request (popup, shortcut): `on` omitted toggles; `target` picks the script. */
  setLayer(layer: LayerName, on?: boolean, target?: ScriptState): Promise<void>;
  /** Switches on the auto-layers that newly apply (from `before` to `now`). */
  switchOnAutoLayers(now: AutoLayers, before: AutoLayers): Promise<void>;
  /** How many people the page quotes (the kept reading the sidebar shows); null where it is not offered. */
  countQuoted(): Promise<{ people: number } | null>;
  dispose(): void;
}

export interface SessionOptions {
  ctx: ContentScriptContext;
  settings(): Settings;
  /** The page state changed (layers, sidebar): tell the background and the popup. */
  publish(): void;
  report(error: unknown): void;
  /**
   * What boot already read of the page, once: its language, and the understanding's analysis (understood:
   * null where the check did not pass or the understanding failed; the analysis is null where no feature is).
   */
  page?: { verdict: LanguageVerdict; understood: Understood | null };
  /** The people the page quotes, read on request (offered on a Chinese page without a feature). */
  readQuoted?(): Promise<QuotedAnalysis | null>;
}

/** Sets DuBao up on the page (synchronously: the UI mounts on first need). */
export function startSession({ ctx, settings, publish, report, page, readQuoted }: SessionOptions): Session {
  const cleanups: (() => void)[] = [];
  const verdict = page?.verdict ?? detectDocumentLanguage(document);
  const chineseMark = markHtml(document, 'data-dubao-chinese', String(verdict.chinese));
  cleanups.push(() => chineseMark.undo());

  // The analysis is made before the session (index.ts: the lazy understanding, in its own tasks).
  const analysis: PageAnalysis | null = page?.understood?.analysis ?? null;
  const pageScript = analysis?.outline.script ?? detectScriptByCommonChars(sampleDocumentText(document));
  const found = hasFeature(analysis?.outline ?? null);
  // Offered on a Chinese page without a feature only; the popup's count and the sidebar share one reading.
  const quoted = verdict.chinese && !found && readQuoted ? keepQuotedReading(readQuoted, () => new Promise<void>(whenIdle)) : null;

  let controller: LayerController | null = null;
  let engines: TextEngines | null = null;
  let readingFilter: ReadingFilterSource | null = null;
  if (verdict.chinese) {
    try {
      // This page's answers kept across a service-worker restart (session-readings.ts).
      const kept = createSessionReadings(location.href);
      const client = createEngineClient({ session: kept });
      // Known words and the reader's level: a change re-renders the pinyin layer (no reload).
      const filter = createReadingFilterSource({
        settings,
        report,
        onChange: () => {
          void made.applySettings(settings()).catch(report);
          if (session.ui) void session.ui.refresh().catch(report); // rare (a word marked known): the sidebar's titles follow
        },
      });
      readingFilter = filter;
      const made = createLayerController({
        ctx,
        getAnalysis: () => analysis,
        getSettings: settings,
        engines: client,
        getReadingFilter: () => filter.current(),
        forgetKeptAnswers: () => kept.reset(),
        openKeptAnswers: () => void kept.load(),
      });
      cleanups.push(() => filter.dispose());
      cleanups.push(() => made.dispose());
      cleanups.push(made.onChange(() => publish()));
      engines = client;
      controller = made;
    } catch (error) {
      report(error);
    }
  }

  async function mountUi(): Promise<DubaoUi | null> {
    if (!document.body) return null;
    const leadGist = page?.understood?.leadGist ?? null;
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
        shadowHost.setAttribute('lang', pageScript === 'traditional' ? 'zh-Hant' : 'zh-Hans');
        adoptStyles(shadow, css);
        return createDubaoUi({
          container,
          labels: readLabels(),
          analysis,
          leadGist,
          chinese: verdict.chinese,
          pageScript,
          controller,
          engines,
          settings: settings(),
          showLauncher: session.found,
          readQuoted: quoted?.read,
          readingFilter: () => readingFilter?.current() ?? null,
          onSidebarChange: () => publish(),
          onError: report,
        });
      },
      onRemove(ui) {
        ui?.dispose();
      },
    });
    shadowUi.mount();
    cleanups.push(() => shadowUi.remove());
    return shadowUi.mounted ?? null;
  }

  let uiPromise: Promise<DubaoUi | null> | null = null;
  const session: Session = {
    verdict,
    analysis,
    pageScript,
    controller,
    ui: null,
    found,
    ensureUi() {
      uiPromise ??= mountUi()
        .then((ui) => (session.ui = ui))
        .catch((error) => {
          report(error);
          return null;
        });
      return uiPromise;
    },
    async setLayer(layer, on, target) {
      if (!controller) return;
      const current = controller.state();
      if (layer === 'pinyin') await controller.setPinyin(on ?? !current.pinyin);
      else await controller.setScript(scriptTarget(current.script, { on, target }, pageScript, settings().variant));
    },
    async switchOnAutoLayers(now, before) {
      if (!controller) return;
      const changes = autoLayerChanges(now, before, controller.state(), pageScript, settings().variant);
      if (changes.pinyin) await controller.setPinyin(true).catch(report);
      if (changes.script && controller.state().script === 'original') await controller.setScript(changes.script).catch(report);
    },
    countQuoted: async () => (quoted ? quoted.count() : null),
    dispose() {
      while (cleanups.length) {
        try {
          cleanups.pop()!();
        } catch (error) {
          report(error);
        }
      }
    },
  };
  return session;
}
