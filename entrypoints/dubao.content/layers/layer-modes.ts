/**
 * The layer orchestrator's contract: what the layers are asked to show (the modes), its options and
 * progress, and what one text node wants of the modes: pinyin only inside the pinyin scope and, on a
 * long page, near the viewport; script everywhere.
 */
import type { SyllableFormat } from '@/lib/reading-format';
import type { Grouping } from './ruby-plan';
import type { ReadingOptions, ScriptVariant } from '@/lib/reading/contract';

export interface PinyinMode {
  format: SyllableFormat;
  grouping: Grouping;
  /** Only text inside these gets pinyin; null = the whole page. */
  roots: readonly Node[] | null;
  /** Speaker names to read as names. */
  names: readonly string[];
  /** How the engine reads (Jyutping or Mandarin): passed with every read. */
  reading?: ReadingOptions;
  /** Changes when anything that changes the rendering changes (tone style, notation, …). */
  key: string;
  /** Words whose readings are left out (known words, words under the reader's level); in `key`. */
  hides?: (word: string) => boolean;
}

export interface LayerModes {
  pinyin: PinyinMode | null;
  script: ScriptVariant | null;
  /** With a script: quotation marks as corner brackets for traditional output, curly for simplified (settings.cornerQuotes). */
  quotes?: boolean;
  /** Bumped when the reader's own entries change: what was fetched and written before is stale. */
  revision?: number;
}

/** What one node is to show: the modes, with pinyin left out where it does not reach. */
export type NodeWant = LayerModes;

export const NO_LAYERS: LayerModes = Object.freeze({ pinyin: null, script: null });

export function anyLayerOn(modes: LayerModes): boolean {
  return modes.pinyin !== null || modes.script !== null;
}

/** Where a pass looks for text: the whole page for script or page-wide pinyin, else the pinyin roots. */
export function scanRoots(modes: LayerModes, doc: Document): Node[] {
  if (modes.script || (modes.pinyin && modes.pinyin.roots === null)) return [doc.body ?? doc.documentElement];
  return modes.pinyin ? [...modes.pinyin.roots!] : [];
}

/** Whether what stands for a node (the node, or our wrapper) is inside the pinyin scope. */
export function isInPinyinScope(mode: PinyinMode | null, target: Node): boolean {
  return mode !== null && (mode.roots === null || mode.roots.some((root) => root === target || root.contains(target)));
}

/**
 * What a node wants: `target` is what stands for it in the page; `isNear` tells whether a block is
 * within the reading window (null: no window, the whole scope gets pinyin).
 */
export function wantOf(modes: LayerModes, target: Node, isNear: ((block: Element) => boolean) | null): NodeWant {
  const inScope = isInPinyinScope(modes.pinyin, target);
  const near = !inScope || !isNear || (!!target.parentElement && isNear(target.parentElement));
  const want: NodeWant = { pinyin: inScope && near ? modes.pinyin : null, script: modes.script };
  if (modes.script && modes.quotes) want.quotes = true;
  if (modes.revision) want.revision = modes.revision;
  return want;
}

export interface LayerProgress {
  /** 'viewport': what is on screen is done; 'done': everything queued is done. */
  phase: 'viewport' | 'done';
  nodes: number;
}

export interface LayerOrchestratorOptions {
  /** Target frame length we aim for while working (ms). */
  frameTargetMs?: number;
  /** Characters per reading request. */
  chunkChars?: number;
  /**
   * Pinyin text (characters) above which ruby is kept to a band around the viewport that follows
   * the scroll (reading-window.ts); below it the whole scope is annotated. Infinity: never.
   */
  windowChars?: number;
  /**
   * The clock the reading window takes the scroll speed on (ms; default: the page's
   * performance.now). Tests drive a flick on a virtual one: a stall of a loaded machine between two
   * simulated scroll events must not read as the scroll stopping.
   */
  scrollClock?: () => number;
  onProgress?: (progress: LayerProgress) => void;
  /** Errors from the data source (logged, never thrown at the page). */
  onError?: (error: unknown) => void;
}

export interface SetModesHooks {
  /**
   * Called on a long page when pinyin goes on, after the page is measured; the first write waits
   * for what it returns (the controller's one-time ruby warm-up frame).
   */
  warmUp?: () => Promise<unknown>;
  /**
   * Called once, when the reader sees the new modes: what is on screen is written (phase
   * 'viewport'), or the pass is done, or the originals are back (all layers off), or a newer call
   * took over; at the latest when setModes resolves. The toggle answers here (controller.ts).
   */
  onShown?: () => void;
}

export interface LayerOrchestrator {
  modes(): LayerModes;
  /**
   * Switches layers; resolves when the whole page has followed (or a newer call took over).
   */
  setModes(modes: LayerModes, hooks?: SetModesHooks): Promise<void>;
  /**
   * The reader is about to switch to `modes` (pointer on a button, the popup open): what is on
   * screen is fetched now, into the readings cache, so the switch finds it there. Writes nothing.
   */
  prefetch(modes: LayerModes): Promise<void>;
  /** Resolves when no work is pending (queued nodes, page mutations not yet handled). */
  idle(): Promise<void>;
  /** Synchronously gives back everything: the page is as it would be without us. */
  dispose(): void;
  /** Number of page text nodes currently carrying a layer. */
  size(): number;
}
