/**
 * The seams inside the content script: the layers (layers/), the in-page UI (ui/) and the
 * wiring (index.ts, session.ts, routes.ts) meet only through these interfaces.
 */
import type { ScriptState, Settings } from '@/lib/settings';
import type { PageAnalysis } from '@/lib/understand';
import type { ReadingEngine } from '@/lib/reading/contract';

export interface LayerState {
  pinyin: boolean;
  script: ScriptState;
}

/** The two reading layers over the page (pinyin, script), composable, each exactly undoable. */
export interface LayerController {
  state(): LayerState;
  setPinyin(on: boolean): Promise<void>;
  setScript(state: ScriptState): Promise<void>;
  /** Called after any state change (also ones made through messages or shortcuts). */
  onChange(listener: (state: LayerState) => void): () => void;
  /** New settings (tone style, grouping, scope, …): re-render what is on. */
  applySettings(settings: Settings): Promise<void>;
  /** The reader's own entries changed (the engine has them): every layer is fetched and written anew. */
  reloadEntries(): Promise<void>;
  /** Removes everything the layers added; the page is as it was. */
  dispose(): void;
  /**
   * The reader is about to switch to `next` (pointer on a layer button, the popup open): what is
   * on screen is fetched for it now, written only when the switch comes. Nothing on other pages.
   */
  prepare?(next: Partial<LayerState>): void;
}

/** What the in-page UI uses of the reading engine (sidebar names, titles): the page's own engine. */
export type TextEngines = Pick<ReadingEngine, 'read' | 'convert'>;

export interface PageContext {
  analysis: PageAnalysis | null;
  settings: Settings;
}
