/**
 * The in-page UI put together: toolbar (launcher + layer buttons), sidebar, selection panel and the
 * link back into the page. Knows nothing of WXT or messaging: session.ts mounts it into the shadow
 * root, and routes.ts routes messages to it.
 */
import { otherScriptTarget, scriptTarget } from '@/lib/layer-rules';
import type { Outline } from '@/lib/outline';
import { hasFeature } from '@/lib/page-state';
import { readingFormatFor, readingOptionsFor } from '@/lib/reading-format';
import type { Settings, ScriptState } from '@/lib/settings';
import type { PageAnalysis } from '@/lib/understand';
import type { LayerController, LayerState, TextEngines } from '../contracts';
import { h } from './h';
import type { UiLabels } from './labels';
import { createLauncher } from './launcher';
import { createLayerButtons } from './layer-buttons';
import { copyOutlineMarkdown } from './markdown-export';
import { createPageLink } from './page-link';
import { choosePlacement } from './placement';
import { buildPresenter, PLAIN_PRESENTER, type Presenter } from './present';
import { createSelectionPanel } from './selection-panel';
import { cardKey, createSidebar } from './sidebar';
import { createDictionaryUi, type DictionaryUi } from './dict/dictionary-ui';
import { readDictionaryLabels } from './dict/labels';
import { lookupInBackground, warmInBackground } from './dict/client';
import type { DictionaryCardApi } from '../dictionary-card-api';
import { loadDictionaryCard } from '../dictionary-card-loader';
import { personNames } from '@/lib/outline';
import type { CardData, LookupRequest } from '@/lib/dictionary/card-data';
import { createToolkit, type ToolkitServices } from './toolkit/toolkit';
import { filterSegments, type ReadingFilter } from '@/lib/levels/reading-filter';

export interface DubaoUiOptions {
  /** The element inside the shadow root the UI lives in. */
  container: HTMLElement;
  labels: UiLabels;
  analysis: PageAnalysis | null;
  leadGist: string | null;
  chinese: boolean;
  pageScript: 'simplified' | 'traditional';
  controller: LayerController | null;
  engines: TextEngines | null;
  settings: Settings;
  /** Whether the launcher shows before anything is opened (a feature was found). */
  showLauncher: boolean;
  onSidebarChange?(open: boolean): void;
  /** Where errors go (they never reach the page). */
  onError?(error: unknown): void;
  /**
   * The dictionary's lookups (default: the background's dictionary, over messages), and its card's script
   * (default: the lazy script, imported from the extension on first use).
   */
  dictionary?: { lookup(request: LookupRequest): Promise<CardData | null>; warm(): Promise<unknown>; load?(): Promise<DictionaryCardApi> };
  /** Known words and the reader's level: their readings are left out of the sidebar's names and titles too. */
  readingFilter?(): ReadingFilter | null;
  /** Read aloud, the word bank and known words (default: the background's speech, storage.local). */
  toolkit?: Partial<ToolkitServices>;
  /** The people the page quotes, read on request where no feature was found (null: the reading failed). */
  readQuoted?(): Promise<PageAnalysis | null>;
}

export interface DubaoUi {
  /** Opens, closes (or toggles, `open` omitted) the sidebar; returns whether it is open. */
  toggleSidebar(open?: boolean): boolean;
  /** Opens the sidebar on the people the page quotes, read on request (a page with a feature shows the feature). */
  showQuoted(): Promise<void>;
  isSidebarOpen(): boolean;
  showSelection(text: string, anchor?: DOMRect | null): Promise<void>;
  setSettings(settings: Settings): void;
  /** The dictionary switch and card (issue 20). */
  dictionary: DictionaryUi;
  /** Turns the dictionary on/off (toggles when omitted); the toolbar shows while it is on. */
  toggleDictionary(on?: boolean): boolean;
  /** Re-renders the sidebar for the current layer state (awaitable, for callers and tests). */
  refresh(): Promise<void>;
  dispose(): void;
}

/** The width the floating toolbar needs beside the sidebar (its widest button and margins). */
const TOOLBAR_LANE = 72;

const EMPTY_STATE: LayerState = { pinyin: false, script: 'original' };

export function createDubaoUi(options: DubaoUiOptions): DubaoUi {
  const { container, labels, controller, engines } = options;
  // the detected feature's analysis, or (until the sidebar closes) the people quoted, read on request
  let analysis = options.analysis;
  const doc = container.ownerDocument;
  const win = doc.defaultView ?? window;
  let settings = options.settings;
  let outline: Outline | null = analysis?.outline ?? null;
  const found = hasFeature(outline);
  const report = (error: unknown) => options.onError?.(error);
  const safely =
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
    (...args: A) => {
      try {
        const out = fn(...args);
        if (out instanceof Promise) out.catch(report);
      } catch (error) {
        report(error);
      }
    };

  const root = h('div', { class: 'db-root' });
  container.appendChild(root);

  const pageLink = createPageLink({ overlayParent: root });
  const layerState = (): LayerState => controller?.state() ?? EMPTY_STATE;

  const launcher = createLauncher(labels, safely(() => toggleSidebar()));
  const layerButtons = createLayerButtons(labels, options.pageScript, {
    onPinyin: safely(async () => {
      if (controller) await controller.setPinyin(!controller.state().pinyin);
    }),
    onScript: safely(async () => {
      if (controller)
        await controller.setScript(scriptTarget(controller.state().script, {}, options.pageScript, settings.variant));
    }),
  });
  // Intent: the pointer on a button (or focus on it) starts fetching what the click will show.
  for (const event of ['pointerenter', 'focus'] as const) {
    layerButtons.pinyin.addEventListener(event, () => controller?.prepare?.({ pinyin: !controller.state().pinyin }));
    layerButtons.script.addEventListener(event, () =>
      controller?.prepare?.({ script: scriptTarget(controller.state().script, {}, options.pageScript, settings.variant) }),
    );
  }
  layerButtons.update(layerState());
  // Without a layer controller (a page that is not Chinese) there are no layers to offer.
  layerButtons.pinyin.hidden = !controller;
  layerButtons.script.hidden = !controller;
  const toolkit = createToolkit({
    root,
    // read when used: the people quoted on request have their own analysis
    get analysis() {
      return analysis;
    },
    pageScript: options.pageScript,
    services: options.toolkit,
    onStatus: (text) => sidebar.setStatus(text),
    onError: report,
  });
  const dictionary = createDictionaryUi({
    root,
    labels: readDictionaryLabels(),
    engines,
    names: () => (outline ? personNames(outline) : []),
    format: () => readingFormatFor(settings),
    reading: () => readingOptionsFor(settings),
    look: () => ({ toneColors: settings.toneColors }),
    lookup: options.dictionary?.lookup ?? lookupInBackground,
    warm: options.dictionary?.warm ?? warmInBackground,
    load: options.dictionary?.load ?? loadDictionaryCard,
    onChange: (on) => {
      if (on) toolbar.hidden = false;
      else if (!options.showLauncher && !sidebar.isOpen()) toolbar.hidden = true;
    },
    onError: report,
    toolkit: toolkit.card,
  });
  const toolbar = h(
    'div',
    { class: 'db-toolbar', role: 'toolbar', 'aria-label': labels.layersHint, hidden: !options.showLauncher },
    layerButtons.pinyin,
    layerButtons.script,
    dictionary.button,
    launcher.element,
  );

  const sidebar = createSidebar(labels, {
    onTopic: safely((index: number) => {
      const src = analysis?.sources.topics[index];
      if (!src) return;
      const elements = src.title ? [src.title] : (src.statements[0] ?? []);
      pageLink.go(elements);
      revealPage();
    }),
    onStatement: safely((ref: { topic: number; statement: number }) => {
      const elements = analysis?.sources.topics[ref.topic]?.statements[ref.statement];
      if (elements) pageLink.go(elements);
      sidebar.setCurrent(cardKey(ref));
      if (elements) revealPage();
    }),
    onCopy: safely(async () => {
      if (!outline) return;
      const { copied } = await copyOutlineMarkdown(outline, root);
      sidebar.setStatus(copied ? labels.copied : labels.copyFailed);
      win.setTimeout(() => sidebar.setStatus(''), 4000);
    }),
    onShowQuoted: options.readQuoted && safely(() => showQuoted()),
    onClose: safely(() => {
      toggleSidebar(false);
      launcher.element.focus();
    }),
    speak: toolkit.sidebarSpeak,
  });
  sidebar.element.id = 'db-sidebar';

  const selection = createSelectionPanel(labels, () => selection.hide());

  // The floating toolbar sits in a landmark of its own (a screen reader's landmark list finds it).
  const toolbarRegion = h('aside', { class: 'db-toolbar-region', 'aria-label': labels.brand }, toolbar);
  root.append(sidebar.element, toolbarRegion, selection.element);

  // What the sidebar shows depends on the layer state; rendered lazily (first open) and on changes.
  let rendered: LayerState | null = null;
  let renderToken = 0;
  async function render(): Promise<void> {
    const state = layerState();
    const token = ++renderToken;
    let present: Presenter = PLAIN_PRESENTER;
    try {
      present = await buildPresenter(outline, state, engines, [options.leadGist], readingFormatFor(settings), readingOptionsFor(settings));
      const filter = options.readingFilter?.();
      const base = present;
      if (filter) present = { ...base, ruby: (s) => ((segments) => segments && filterSegments(segments, filter.hides))(base.ruby(s)) };
    } catch (error) {
      report(error);
    }
    if (token !== renderToken) return; // a newer state won
    sidebar.render({ outline, leadGist: options.leadGist, chinese: options.chinese }, present);
    rendered = state;
  }
  const same = (a: LayerState | null, b: LayerState) => !!a && a.pinyin === b.pinyin && a.script === b.script;

  // Which card is in view matters only while the sidebar shows: the page is watched only then
  // (an observer over every statement costs layout time in each frame the page changes).
  function followPage(on: boolean): void {
    if (!on || !outline?.topics.length || !analysis) return pageLink.unobserve();
    pageLink.observe(
      analysis.sources.topics.flatMap((topic, t) =>
        topic.statements.map((elements, s) => ({ key: cardKey({ topic: t, statement: s }), elements })),
      ),
      (key) => sidebar.setCurrent(key),
    );
  }

  function place(): void {
    const rect = analysis?.root?.getBoundingClientRect?.();
    const placement = choosePlacement(rect && rect.width > 0 ? rect : null, win.innerWidth);
    sidebar.setPlacement(placement.side, placement.width);
    root.style.setProperty('--db-sidebar-width', `${placement.width}px`);
    toolbar.classList.toggle('db-sidebar-left', placement.side === 'left');
    // The toolbar moves beside a right-hand sidebar, unless that would push it off a narrow screen:
    // there it lies as a row on a strip at the sidebar's foot, never over the cards' text.
    const open = sidebar.isOpen();
    const lane = placement.width + TOOLBAR_LANE <= win.innerWidth;
    const beside = open && placement.side === 'right' && lane;
    const onSidebar = open && !beside && !(placement.side === 'left' && lane);
    toolbar.classList.toggle('db-beside-sidebar', beside);
    toolbar.classList.toggle('db-on-sidebar', onSidebar);
    sidebar.element.classList.toggle('db-with-toolbar', onSidebar);
  }

  // A sidebar as wide as the window (a phone) would hide the place a jump leads to: it steps aside,
  // and the launcher (focused, for the keyboard) opens it again at the same card.
  function revealPage(): void {
    if (!sidebar.isOpen() || sidebar.element.getBoundingClientRect().width < win.innerWidth - 1) return;
    toggleSidebar(false);
    launcher.element.focus();
  }

  function toggleSidebar(open?: boolean): boolean {
    const next = open ?? !sidebar.isOpen();
    if (next === sidebar.isOpen()) return next;
    if (next) {
      if (!same(rendered, layerState())) void render().catch(report);
      toolbar.hidden = false;
    } else if (!options.showLauncher && !dictionary.isOn()) {
      toolbar.hidden = true;
    }
    // Reading a statement aloud stops with the sidebar that holds its stop button.
    if (!next) toolkit.stopStatement();
    // closing leaves the people quoted: the next open shows what was found, as before
    if (!next && !found && outline) {
      analysis = options.analysis;
      outline = null;
      rendered = null;
    }
    sidebar.setOpen(next);
    followPage(next);
    place();
    launcher.setExpanded(next);
    if (next) sidebar.focus();
    options.onSidebarChange?.(next);
    return next;
  }

  // Render once up front so the sidebar is ready (and testable) before the first open.
  void render().catch(report);

  const unsubscribe =
    controller?.onChange(
      safely((state: LayerState) => {
        layerButtons.update(state);
        // A closed sidebar renders when opened: its readings would compete with the page's.
        if (!same(rendered, state) && sidebar.isOpen()) return render();
      }),
    ) ?? (() => {});

  // Esc: closes the selection panel first, then the sidebar. Inside our UI the key stops here.
  const onUiKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (selection.isOpen()) {
      selection.hide();
    } else if (sidebar.isOpen()) {
      toggleSidebar(false);
      launcher.element.focus();
    } else return;
    event.stopPropagation();
    event.preventDefault();
  };
  root.addEventListener('keydown', onUiKey);
  const onPageKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (selection.isOpen()) selection.hide();
    else if (sidebar.isOpen()) toggleSidebar(false);
  };
  doc.addEventListener('keydown', onPageKey);
  const onResize = () => {
    if (sidebar.isOpen()) place();
  };
  win.addEventListener('resize', onResize);

  async function showQuoted(): Promise<void> {
    if (!found && !outline?.onRequest && options.readQuoted) {
      const read = await options.readQuoted();
      if (!read) return;
      analysis = read;
      outline = read.outline;
      rendered = null;
      if (sidebar.isOpen()) await render();
    }
    toggleSidebar(true);
  }

  return {
    toggleSidebar,
    showQuoted,
    isSidebarOpen: () => sidebar.isOpen(),
    async showSelection(text, anchor) {
      const clean = text.trim();
      if (!clean) return;
      const state = layerState();
      let segments = null;
      let other: string | null = null;
      if (engines) {
        const target = otherScriptTarget(state.script, options.pageScript, settings.variant);
        const [read, converted] = await Promise.allSettled([
          readingOptionsFor(settings) ? engines.read([clean], [], readingOptionsFor(settings)) : engines.read([clean]),
          engines.convert([clean], target as ScriptState),
        ]);
        if (read.status === 'fulfilled') segments = read.value[0] ?? null;
        else report(read.reason);
        if (converted.status === 'fulfilled') other = converted.value[0] ?? null;
        else report(converted.reason);
      }
      selection.show({ text: clean, segments, other, format: readingFormatFor(settings) }, anchor ?? null);
    },
    setSettings(next) {
      const formatChanged = next.notation !== settings.notation || next.toneStyle !== settings.toneStyle || next.tonesAs !== settings.tonesAs;
      settings = next;
      if (formatChanged && layerState().pinyin) void render().catch(report);
    },
    refresh: render,
    dictionary,
    toggleDictionary: (on) => dictionary.toggle(on),
    dispose() {
      toolkit.dispose();
      dictionary.dispose();
      unsubscribe();
      pageLink.dispose();
      root.removeEventListener('keydown', onUiKey);
      doc.removeEventListener('keydown', onPageKey);
      win.removeEventListener('resize', onResize);
      root.remove();
    },
  };
}
