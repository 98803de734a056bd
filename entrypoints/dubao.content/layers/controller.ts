/**
 * The layer controller: pinyin and script, two independent layers (four states) over the layer
 * orchestrator, driven by the UI, messages and shortcuts, mirrored on <html> for tests and styling:
 * `data-dubao-pinyin="on|off"`, `data-dubao-script="original|tw|twp|hk|cn"` (the one exception
 * to "every node we create carries data-dubao"; both set with their undo, html-marks.ts).
 *
 * Usage (session.ts):
 *   const engines = createEngineClient();
 *   const layers = createLayerController({ ctx, getAnalysis: () => analysis, getSettings: () => settings, engines });
 *   await layers.setPinyin(true); await layers.setScript('tw'); layers.dispose();
 *
 * A switch resolves when the reader sees it: a layer coming on once what is on screen is written
 * (or the pass is done or failed, whichever first), the rest of the page following behind; a layer
 * going off once the originals are back. `await layers.idle()` waits for the whole page.
 *
 * Options:
 * - `ctx`: the content script context; the controller disposes itself when it is invalidated.
 * - `getAnalysis()`: the page's analysis (or null). With a detected feature and
 *   settings.pinyinScope 'feature', pinyin covers the feature's root only; otherwise the page.
 *   The people it names are read as names (lib/outline.ts personNames). Read each time a layer
 *   is switched on.
 * - `getSettings()`: current settings (tone style, notation, colours, grouping, scope).
 * - `engines`: where readings and conversions come from (createEngineClient() in the extension).
 * - `document`: defaults to the global document (tests pass happy-dom's).
 * - `orchestrator`: tuning of the layer orchestrator (frame target, chunk size, window, progress).
 */
import { TONE_COLORS } from '@/lib/reading/tones';
import { JYUTPING_TONE_COLORS } from '@/lib/reading/jyutping-tones';
import { readablePalette, readPageBackground } from '@/lib/readable-color';
import { personNames, type Outline } from '@/lib/outline';
import { readingOptionsFor, syllableFormatFor } from '@/lib/reading-format';
import type { ScriptState, Settings } from '@/lib/settings';
import type { LayerController, LayerState } from '../contracts';
import { markHtml } from '../html-marks';
import { isJapanese } from './dom-scan';
import type { ReadingEngine } from '@/lib/reading/contract';
import { createLayerOrchestrator } from './layer-orchestrator';
import type { LayerOrchestrator, LayerOrchestratorOptions, PinyinMode } from './layer-modes';
import { buildPageCss, readingFontCss } from './pinyin-transform';
import { createFitKeeper } from './fit-check';
import { afterNextFrame } from './pacing';
import type { ReadingFilter } from '@/lib/levels/reading-filter';

/** What the controller needs of the page analysis (structurally lib/understand's PageAnalysis). */
export interface AnalysisLike {
  outline?: Outline | null;
  root?: Element | null;
}

export interface LayerControllerOptions {
  ctx?: { onInvalidated(callback: () => void): unknown };
  getAnalysis(): AnalysisLike | null;
  getSettings(): Settings;
  engines: ReadingEngine;
  document?: Document;
  orchestrator?: LayerOrchestratorOptions;
  /** Which words' readings to leave out (known words, the reader's level); re-read on each pass. */
  getReadingFilter?(): ReadingFilter | null;
  /** Forgets answers kept outside the layers (storage.session): the reader's entries changed them. */
  forgetKeptAnswers?(): void;
  /** Starts reading the answers kept outside the layers (storage.session) for this page. */
  openKeptAnswers?(): void;
}

/** The controller, plus what tests and the bench use to wait for the page to follow. */
export interface LayerControllerHandle extends LayerController {
  /**
   * Resolves when all pending work is done (including page mutations seen so far): the whole page
   * has followed the last switch. setPinyin/setScript resolve earlier, once the screen shows it.
   */
  idle(): Promise<void>;
  /** The orchestrator underneath (tests). */
  readonly orchestrator: LayerOrchestrator;
}

export function createLayerController(options: LayerControllerOptions): LayerControllerHandle {
  const doc = options.document ?? document;
  const html = doc.documentElement;
  // Boxes of fixed height keep holding their text (fit-check.ts): checked as readings land.
  const fit = createFitKeeper(doc);
  const orchestrator = createLayerOrchestrator(doc, options.engines, {
    onError: (error) => console.warn('[DuBao] reading engine unavailable:', error),
    ...options.orchestrator,
    onProgress: (progress) => {
      options.orchestrator?.onProgress?.(progress);
      if (state.pinyin && !disposed) checkFitAfterFrame();
    },
  });
  let state: LayerState = { pinyin: false, script: 'original' };
  let settings = options.getSettings();
  // The reader's own entries: bumped when they change, so every node is fetched and written anew.
  let revision = 0;
  const listeners = new Set<(state: LayerState) => void>();
  // Passes still running after their toggle answered (idle() waits for them).
  const passes = new Set<Promise<void>>();
  let style: HTMLStyleElement | null = null;
  let disposed = false;
  let warmedUp = false;
  let removeWarmUp: (() => void) | null = null;
  const win = doc.defaultView ?? window;

  // Mirrored on <html>, each with its undo (html-marks.ts).
  const pinyinMark = markHtml(doc, 'data-dubao-pinyin', 'off');
  const scriptMark = markHtml(doc, 'data-dubao-script', 'original');

  /** Japanese pages never get pinyin nor script conversion (kanji are not hanzi to these readers). */
  const pageIsJapanese = (): boolean => {
    const lang = html.getAttribute('lang');
    return lang !== null && isJapanese(lang);
  };

  function pinyinMode(): PinyinMode {
    const analysis = options.getAnalysis();
    const root = analysis?.outline?.detected && analysis.root?.isConnected ? analysis.root : null;
    const roots = settings.pinyinScope === 'feature' && root ? [root] : null;
    // The same names as the CLI reads as names (speakers, reporters, credits): the same readings everywhere.
    const names = analysis?.outline ? personNames(analysis.outline) : [];
    const format = syllableFormatFor(settings);
    const filter = options.getReadingFilter?.() ?? null;
    const key = [settings.notation, settings.toneStyle, settings.toneColors, settings.grouping, settings.tonesAs, names.join(','), filter?.key ?? ''].join('|');
    const reading = readingOptionsFor(settings);
    return { format, grouping: settings.grouping, roots, names, key, reading, ...(filter ? { hides: filter.hides } : {}) };
  }

  // Only the mark that changed is written: a toggle's task writes one attribute on <html>, not two.
  let mirrored: LayerState = { pinyin: false, script: 'original' };
  function mirror(): void {
    if (mirrored.pinyin !== state.pinyin) pinyinMark.set(state.pinyin ? 'on' : 'off');
    if (mirrored.script !== state.script) scriptMark.set(state.script);
    mirrored = { ...state };
  }

  // The colour the page paints behind its text, read when the layer comes on: the tone colours are
  // made readable on it (4.5:1, readings are small text). Readings inside a box with a background
  // of its own (a dark banner on a light page) keep the page's palette (documented limit).
  // Without tone colours (the default) the stylesheet has no colour rule: neither the background
  // nor the palette is read in the toggle's task (bench: "layers/seed: pinyin viewport ÷ plain ruby").
  let background = '#ffffff';
  const pageCss = (): string =>
    buildPageCss(settings.toneColors ? readablePalette(settings.notation === 'jyutping' ? JYUTPING_TONE_COLORS : TONE_COLORS, background) : {}, {
      size: settings.readingSize,
      zhuyin: settings.notation === 'zhuyin',
    });

  // The stylesheet's text is made ahead on intent, so that the toggle's task only reads the page's
  // background and puts the text in (bench: "layers/seed: pinyin viewport annotated"); a page whose
  // reader shows no intent gets no work. Made anew when the settings it follows or the background changed.
  let preparedCss: { key: string; text: string } | null = null;
  function prepareCss(): string {
    if (settings.toneColors) background = readPageBackground(doc);
    const key = `${settings.notation}|${settings.readingSize}|${settings.toneColors ? background : 'plain'}`;
    if (!preparedCss || preparedCss.key !== key) preparedCss = { key, text: pageCss() };
    return preparedCss.text;
  }

  function ensureStyle(on: boolean): void {
    if (on && !style) {
      style = doc.createElement('style');
      style.setAttribute('data-dubao', 'layers');
      style.textContent = prepareCss();
      (doc.head ?? html).appendChild(style);
    } else if (!on && style) {
      fit.clear();
      style.remove();
      style = null;
    }
  }

  async function update(next: LayerState): Promise<void> {
    if (disposed) return;
    // A layer coming on: this page's kept answers are opened while the orchestrator scans the page,
    // not after it, when the scan asks for the screen's readings (bench: "layers/seed: pinyin
    // viewport annotated").
    if ((next.pinyin && !state.pinyin) || (next.script !== 'original' && next.script !== state.script)) options.openKeptAnswers?.();
    const before = state;
    state = next;
    settings = options.getSettings();
    mirror();
    // The orchestrator measures the page first (its synchronous part), before our stylesheet and
    // the warm-up sample make it lay out anew. The first <ruby> in a document makes Chromium lay the
    // whole page out again, once (bench: "browser floor, the first <ruby> in the page"): on a long
    // page the orchestrator asks for the sample, which pays it in a frame of its own, after the
    // measuring frame and before the first real rubies, while the readings are fetched.
    let answer!: () => void;
    const shown = new Promise<void>((resolve) => (answer = resolve));
    const done = orchestrator.setModes(
      {
        pinyin: next.pinyin ? pinyinMode() : null,
        script: next.script === 'original' ? null : next.script,
        quotes: settings.cornerQuotes,
        revision,
      },
      { warmUp: next.pinyin && !warmedUp ? warmUpInOwnFrame : undefined, onShown: answer },
    );
    if (next.pinyin) ensureStyle(true);
    // Both off: the originals are back already (setModes's synchronous part), so the stylesheet goes
    // in this task too and the page is laid out once, not again a task later (bench: "layers/*:
    // pinyin off ÷ on").
    else if (next.script === 'original') ensureStyle(false);
    // The listeners (the page state published to the background, the UI's buttons) hear of it once
    // the frame that shows the screen is out, not in the task the reader waits for (bench:
    // "layers/seed: pinyin viewport annotated"); at the latest when the pass is done.
    notifyLater();
    const whole = done.then(() => {
      notifyNow();
      removeWarmUp?.();
      if (state.pinyin && !disposed) fit.check();
      // The stylesheet goes after the rubies (removing it first would lay them all out once more).
      if (!state.pinyin && !disposed) ensureStyle(false);
    });
    const tracked = whole.catch((error) => console.warn('[DuBao] layer pass failed:', error));
    passes.add(tracked);
    void tracked.then(() => passes.delete(tracked));
    // A layer coming on answers when the reader sees it (the screen written), not when the whole
    // page has followed: the rest goes on behind (idle() waits for it). A layer going off answers
    // when the originals are back everywhere, our stylesheet and marks gone.
    const turnsOff = (before.pinyin && !next.pinyin) || (before.script !== 'original' && next.script === 'original');
    await (turnsOff ? whole : Promise.race([shown, whole]));
  }

  let notifyPending = false;
  function notifyNow(): void {
    if (!notifyPending) return;
    notifyPending = false;
    for (const listener of [...listeners]) {
      try {
        listener({ ...state });
      } catch (error) {
        console.warn('[DuBao] layer listener failed:', error);
      }
    }
  }

  function notifyLater(): void {
    if (notifyPending) return;
    notifyPending = true;
    void afterNextFrame(win).then(() => (disposed ? undefined : notifyNow()));
  }

  /**
   * Boxes are checked once the frame that lays the new readings out has been rendered, when their
   * sizes cost nothing to read: checked at once, the reads would lay the page out in our task, and
   * the writes that follow in the same task would make the frame lay it out again (bench:
   * "layers/200k: pinyin longest animation frame"). The pass's end checks at once (update()).
   */
  let fitPending = false;
  function checkFitAfterFrame(): void {
    if (fitPending) return;
    fitPending = true;
    void afterNextFrame(win).then(() => {
      fitPending = false;
      if (state.pinyin && !disposed) fit.check();
    });
  }

  /** Resolves once the warm-up samples have had their frames (at once where frames do not run). */
  function warmUpInOwnFrame(): Promise<void> {
    if (typeof win.requestAnimationFrame !== 'function') {
      warmUpFonts();
      warmUpRuby();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      // Once the first real write may go, a sample would come among the real rubies: none comes
      // later (the real rubies pay the relayout then).
      let settled = false;
      const settle = (): void => {
        if (settled) return;
        settled = true;
        warmedUp = true;
        resolve();
      };
      // Asked for once the boxes are measured: the reading fonts go in at the coming frame, the
      // first <ruby> at the next, so that the browser's one-time relayout for it has its frame to
      // itself, with no font of ours to find and load (bench: "layers/200k: pinyin, the warm-up
      // frame"); the first real write waits one more.
      win.requestAnimationFrame(() => {
        if (settled) return;
        if (!disposed && state.pinyin) warmUpFonts();
        win.requestAnimationFrame(() => {
          if (settled) return;
          if (!disposed && state.pinyin) warmUpRuby();
          win.requestAnimationFrame(settle);
        });
      });
      // rAF stops in background tabs: never hold the layer for it.
      win.setTimeout(settle, 300);
    });
  }

  /**
   * The reader is about to switch pinyin on (intent: the pointer on the button, the popup open):
   * the fonts and the first <ruby> are paid now, each in a frame of its own, rather than in the
   * switch's frames. Once per page, as the switch's own warm-up.
   */
  function warmUpOnIntent(): void {
    if (warmedUp || removeFonts || typeof win.requestAnimationFrame !== 'function') return;
    win.requestAnimationFrame(() => {
      if (disposed) return;
      warmUpFonts();
      win.requestAnimationFrame(() => {
        if (!disposed) warmUpRuby();
      });
    });
  }

  /** A hidden sample out of the page's flow: laid out on its own, and gone two frames later. */
  function putSample(mark: string, fill: (sample: HTMLElement) => void): () => void {
    const sample = doc.createElement('dubao-text');
    sample.setAttribute('data-dubao', mark);
    sample.setAttribute('aria-hidden', 'true');
    sample.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;contain:strict;width:1px;height:1px;overflow:hidden';
    fill(sample);
    doc.body!.appendChild(sample);
    let removed = false;
    const remove = (): void => {
      if (removed) return;
      removed = true;
      sample.remove();
    };
    // Laid out in the coming frame, gone after it.
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.requestAnimationFrame(remove));
    else win.setTimeout(remove, 0);
    win.setTimeout(remove, 500);
    return remove;
  }

  /**
   * The readings' fonts, found and loaded by a plain hidden text in the readings' font (every tone
   * mark, and Bopomofo with its tone marks): no <ruby>, so no relayout of the page.
   */
  let removeFonts: (() => void) | null = null;
  function fontSample(sample: HTMLElement): HTMLElement {
    const text = doc.createElement('span');
    text.setAttribute('data-dubao', '');
    text.style.cssText = readingFontCss({ size: settings.readingSize, zhuyin: settings.notation === 'zhuyin' });
    text.textContent = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü bcdfghjklmnpqrstwxyz ㄅㄆㄇㄈˊˇˋ˙';
    return sample.appendChild(text);
  }
  function warmUpFonts(): void {
    if (warmedUp || removeFonts || !doc.body) return;
    removeFonts = putSample('warm-up-fonts', fontSample);
  }

  /**
   * Where DuBao found a feature (its launcher shows: the layers' likeliest pages, where the engines
   * warm too), the readings' fonts are loaded once the page is idle, by the same plain sample (no
   * <ruby>, so no relayout). Otherwise the first switch finds and loads them in its own layout: in
   * a fresh page the screen's rubies took ≈7 ms longer (bench: "layers/seed: browser floor in our
   * markup"). The sample is laid out and gone in the same task, so no frame and no later read of
   * the page ever has it. Intent still warms the first <ruby> as before.
   */
  function warmUpFontsWhenIdle(): void {
    // (No idle callbacks, as in happy-dom: nothing.)
    if (typeof win.requestIdleCallback !== 'function' || !options.getAnalysis()?.outline?.detected) return;
    win.requestIdleCallback(() => {
      if (disposed || state.pinyin || warmedUp || removeFonts || !doc.body) return;
      const held: { text?: HTMLElement } = {};
      const remove = putSample('warm-up-fonts', (sample) => void (held.text = fontSample(sample)));
      held.text?.getBoundingClientRect(); // laid out: the fonts are found and loaded now
      remove();
    }, { timeout: 1000 });
  }

  /**
   * The first <ruby> in a document costs a one-time relayout of the whole page in Chromium (bench:
   * "the first <ruby> in the page"). A hidden sample pays it before the real rubies arrive; it is
   * removed right after.
   */
  function warmUpRuby(): void {
    if (warmedUp || !doc.body) return;
    warmedUp = true;
    removeFonts?.();
    const remove = putSample('warm-up', (sample) => {
      const ruby = doc.createElement('ruby');
      ruby.setAttribute('data-dubao', '');
      ruby.appendChild(doc.createTextNode('发展'));
      const rt = doc.createElement('rt');
      rt.setAttribute('data-dubao', '');
      rt.setAttribute('data-r', 'fāzhǎn');
      ruby.appendChild(rt);
      sample.appendChild(ruby);
    });
    removeWarmUp = () => {
      remove();
      removeWarmUp = null;
    };
  }

  /**
   * With Jyutping chosen, the background fetches its Jyutping table when this Chinese page opens,
   * not on the reader's first click: one empty read asks for it.
   */
  let warmedJyutping = false;
  function warmJyutping(): void {
    const reading = readingOptionsFor(settings);
    if (reading?.notation !== 'jyutping' || warmedJyutping || disposed) return;
    warmedJyutping = true;
    void options.engines.read([''], [], reading).catch(() => {
      warmedJyutping = false; // the background was not there: the first read loads it
    });
  }
  warmJyutping();
  warmUpFontsWhenIdle();

  // One prefetch per wanted state while it is fresh: a pointer going back and forth asks once.
  let prepared = { key: '', at: -Infinity };
  const PREPARE_FRESH_MS = 5_000;

  const controller: LayerControllerHandle = {
    orchestrator,
    prepare(next) {
      if (disposed || pageIsJapanese()) return;
      settings = options.getSettings();
      const pinyin = next.pinyin ?? state.pinyin;
      const script = next.script ?? state.script;
      // Taking a layer off needs nothing fetched.
      if ((!pinyin || state.pinyin) && (script === 'original' || script === state.script)) return;
      if (pinyin && !state.pinyin) {
        warmUpOnIntent();
        // The stylesheet's text (it goes in with the switch: intent writes nothing that stays).
        prepareCss();
      }
      const key = `${pinyin}|${script}`;
      const now = win.performance.now();
      if (prepared.key === key && now - prepared.at < PREPARE_FRESH_MS) return;
      prepared = { key, at: now };
      void orchestrator
        .prefetch({ pinyin: pinyin ? pinyinMode() : null, script: script === 'original' ? null : script })
        .catch(() => undefined);
    },
    state: () => ({ ...state }),
    async setPinyin(on) {
      if (on && pageIsJapanese()) return;
      if (on === state.pinyin) return;
      await update({ ...state, pinyin: on });
    },
    async setScript(next: ScriptState) {
      if (next !== 'original' && pageIsJapanese()) return;
      if (next === state.script) return;
      await update({ ...state, script: next });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async applySettings(next) {
      settings = next;
      warmJyutping();
      // The reading size (and the font zhuyin takes) is only the stylesheet: applied at once, no
      // re-render; boxes are checked anew.
      const css = style ? prepareCss() : null;
      if (style && css !== null && style.textContent !== css) {
        style.textContent = css;
        fit.clear();
        if (state.pinyin) fit.check();
      }
      if (disposed || (!state.pinyin && state.script === 'original')) return;
      await orchestrator.setModes({
        pinyin: state.pinyin ? pinyinMode() : null,
        script: state.script === 'original' ? null : state.script,
        quotes: settings.cornerQuotes,
        revision,
      });
    },
    async reloadEntries() {
      revision++;
      options.forgetKeptAnswers?.();
      if (disposed || (!state.pinyin && state.script === 'original')) return;
      await orchestrator.setModes({
        pinyin: state.pinyin ? pinyinMode() : null,
        script: state.script === 'original' ? null : state.script,
        quotes: settings.cornerQuotes,
        revision,
      });
    },
    async idle() {
      // A pass may start another's wait (a page change): until none is left.
      while (passes.size) await Promise.all([...passes]);
      await orchestrator.idle();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      orchestrator.dispose();
      removeFonts?.();
      removeWarmUp?.();
      fit.clear();
      ensureStyle(false);
      pinyinMark.undo();
      scriptMark.undo();
      listeners.clear();
    },
  };
  options.ctx?.onInvalidated(() => controller.dispose());
  return controller;
}
