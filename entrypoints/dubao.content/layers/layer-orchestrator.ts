/**
 * The layer orchestrator: the only code that rewrites page text, and it only sequences the modules
 * that each do one job:
 *   text-records.ts    every touched Text node, its original, and the paired writes and undo
 *   page-watch.ts      the page's own changes, and our writes kept out of them
 *   readings-cache.ts  readings and conversions fetched one chunk ahead
 *   pinyin-pass.ts     a pinyin pass's order: what is on screen first (viewport-order.ts) and, on
 *                      a long page, only what is near it (band.ts, reading-window.ts)
 *   pacing.ts          how much is written before the browser gets a frame
 *   node-writer.ts     one node brought to what the modes want (layer-modes.ts)
 *   work-queue.ts      the nodes still to do, each once
 * Undo returns the very same Text objects; the page's own changes win (text-records.ts).
 */
import { collectTextNodes, isEligibleText } from './dom-scan';
import { anyLayerOn, NO_LAYERS, scanRoots, wantOf, type LayerModes, type LayerOrchestrator, type LayerOrchestratorOptions, type NodeWant } from './layer-modes';
import { estimateNodeCost, touchesRuby, writeNode, type NodeWriterContext } from './node-writer';
import { afterNextFrame, createFramePacer, createPause, frameLimits } from './pacing';
import { createPageWatch, nodesToFollow } from './page-watch';
import type { ReadingEngine } from '@/lib/reading/contract';
import { createReadingsCache } from './readings-cache';
import { createReadingWindow, type ReadingWindow } from './reading-window';
import { createLangKeeper } from './script-transform';
import { createTextRecords, type TextRecord } from './text-records';
import { orderByViewport, screenPart } from './viewport-order';
import { planPinyinPass } from './pinyin-pass';
import { createWorkQueue } from './work-queue';

/**
 * Where the viewport pass measures the rest of the screen again (viewport-order.ts screenPart): at
 * the first node whose block stood this far down the screen (a fraction of its height) before the pass.
 */
export const SCREEN_CHECK = 0.7;

/**
 * What did not come is asked for again after these waits (ms): at once (another chunk's request may
 * bring it), then later, when a reading engine that is starting (Chrome's engine host document, a
 * woken service worker) answers. Past the last, the node stays as the page has it and the failure is
 * reported (onError): never left silently.
 */
export const RETRY_DELAYS_MS = [0, 100, 400, 1500, 4000] as const;

export function createLayerOrchestrator(doc: Document, source: ReadingEngine, options: LayerOrchestratorOptions = {}): LayerOrchestrator {
  const win = doc.defaultView!;
  const chunkChars = options.chunkChars ?? 4000;
  const windowChars = options.windowChars ?? 20_000;
  const lang = createLangKeeper(doc);
  const watch = createPageWatch(doc, (mutations) => onPageChanges(mutations));
  const records = createTextRecords(watch.write);
  const cache = createReadingsCache(source);
  const queue = createWorkQueue<Text>();
  const pacer = createFramePacer(win, options.frameTargetMs ?? 28);
  // Tries that found no data, per node (for the current modes).
  let failures = new WeakMap<Text, number>();
  // Retries waiting for their time: idle() waits for them too; a new setModes re-queues all anyway.
  const retryTimers = new Set<number>();
  let retriesDone: (() => void) | null = null;
  let retriesSettled: Promise<void> | null = null;
  let modes: LayerModes = NO_LAYERS;
  let disposed = false;
  let loop: Promise<void> | null = null;
  let generation = 0;
  // Long pages: pinyin only near the viewport (null: the whole scope).
  let readingWindow: ReadingWindow | null = null;
  // What setModes sets up and the loop takes: a new queue to start over from; whether the whole
  // page holds more than windowChars (Chromium's layout work per frame grows with it); the viewport
  // pass (the nodes on screen at the queue's head, and of those crossing the viewport's edge the
  // code points on screen); and what the first write waits for (the warm-up frame).
  const pass = {
    start: false,
    longPage: false,
    viewportCount: 0,
    visibleRange: new Map<Text, [number, number]>(),
    /** The blocks' boxes as measured before the pass (the viewport's, for its checks). */
    boxes: new Map() as ReadonlyMap<Element, DOMRectReadOnly>,
    gate: null as Promise<unknown> | null,
  };
  // A loop holding ruby mid-flick waits for the flick to end, or for new work to arrive.
  const pause = createPause();
  // The answer of the latest setModes (what the toggle waits for): given once what is on screen is
  // shown, or the pass is done, or a newer setModes took over, whichever first. Armed once the pass
  // is planned, so that a loop of older modes ending meanwhile does not give it.
  let shown: { gen: number; give: () => void } | null = null;
  function giveShown(gen?: number): void {
    if (!shown || (gen !== undefined && shown.gen !== gen)) return;
    const give = shown.give;
    shown = null;
    try {
      give();
    } catch (error) {
      options.onError?.(error);
    }
  }

  const sizeOf = (node: Text): number => records.originalOf(node).length;
  const wantFor = (rec: TextRecord | undefined, node: Text): NodeWant => wantOf(modes, rec?.wrapper ?? node, readingWindow ? (el) => readingWindow!.isNear(el) : null);
  // Ancestors already found eligible, while the loop writes node after node in one task: nodes of
  // a paragraph share them (bench: "layers/seed: pinyin viewport annotated"). Dropped at the next
  // microtask, before any page code could move or mark them.
  let eligibleMemo: Map<Element, boolean> | null = null;
  const isEligible = (node: Text): boolean => {
    if (!eligibleMemo) {
      eligibleMemo = new Map();
      void Promise.resolve().then(() => (eligibleMemo = null));
    }
    return isEligibleText(node, lang.pageLang(), eligibleMemo);
  };
  const writer: NodeWriterContext = {
    doc, records, cache, wantFor, isEligible,
    pageLang: () => lang.pageLang(),
    rangeOf: (node) => pass.visibleRange.get(node),
    watchDetached: (node) => watch.watchDetached(node),
  };

  function syncWatch(): void {
    const busy = (): boolean => records.size() > 0 || queue.length() > 0;
    watch.sync(!disposed && (anyLayerOn(modes) || busy()), () => !busy());
  }

  function onPageChanges(mutations: MutationRecord[]): void {
    if (disposed) return;
    const fresh = nodesToFollow(mutations, { records, layersOn: anyLayerOn(modes), pageLang: lang.pageLang() });
    if (fresh.length) enqueue(fresh, true);
  }

  function enqueue(nodes: readonly Text[], front: boolean): void {
    if (queue.push(nodes, front)) pause.wake();
    startLoop();
  }

  function startLoop(): void {
    if (!loop && queue.length()) loop = runLoop().finally(() => (loop = null));
  }

  /** The reading window moved: what came near gets pinyin first, what went far gives it back. */
  function onWindowChange(entered: Element[], left: Element[]): void {
    if (disposed || !modes.pinyin) return;
    const coming = entered.flatMap((el) => records.textNodesOf(el));
    const going = left.flatMap((el) => records.textNodesOf(el)).filter((n) => records.has(n));
    if (coming.length) enqueue(orderByViewport(coming, records.blockOf, (el) => el.getBoundingClientRect(), win.innerHeight || 0).ordered, true);
    if (going.length) enqueue(going, false);
  }

  /**
   * Nodes whose data did not come: back in the queue, at once or after a wait (RETRY_DELAYS_MS);
   * those out of tries are reported.
   */
  function retryLater(nodes: readonly Text[]): void {
    const byDelay = new Map<number, Text[]>();
    let givenUp = 0;
    for (const node of nodes) {
      const failed = (failures.get(node) ?? 0) + 1;
      failures.set(node, failed);
      const delay = RETRY_DELAYS_MS[failed - 1];
      if (delay === undefined) {
        givenUp++;
        continue;
      }
      let list = byDelay.get(delay);
      if (!list) byDelay.set(delay, (list = []));
      list.push(node);
    }
    if (givenUp) options.onError?.(new Error(`no readings came for ${givenUp} text(s) after ${RETRY_DELAYS_MS.length} tries`));
    for (const [delay, list] of byDelay) {
      if (delay === 0) {
        enqueue(list, false);
        continue;
      }
      const timer = win.setTimeout(() => {
        retryTimers.delete(timer);
        if (!disposed) enqueue(list.filter((n) => n.isConnected || records.has(n)), true);
        if (!retryTimers.size) settleRetries();
      }, delay);
      retryTimers.add(timer);
      retriesSettled ??= new Promise<void>((resolve) => (retriesDone = resolve));
    }
  }

  function settleRetries(): void {
    const done = retriesDone;
    retriesDone = null;
    retriesSettled = null;
    done?.();
  }

  function cancelRetries(): void {
    for (const timer of retryTimers) win.clearTimeout(timer);
    retryTimers.clear();
    settleRetries();
  }

  function closeWindow(): void {
    readingWindow?.dispose();
    readingWindow = null;
  }

  /** The page's lang follows the script shown, written after the text so the page lays out once. */
  function setLang(): void {
    if (lang.shown() !== modes.script) watch.write(() => lang.set(modes.script));
  }

  /** Lets the browser render this frame (lang in the same frame as the first converted text). */
  async function nextFrame(): Promise<void> {
    setLang();
    await pacer.nextFrame();
  }

  /** Characters per request: script alone answers in plain strings, sent all at once (in parallel batches). */
  const chunkSize = (): number => (modes.pinyin ? chunkChars : Number.MAX_SAFE_INTEGER);
  const takeChunk = (maxChars: number, maxNodes: number): Text[] => queue.take(maxChars, maxNodes, sizeOf);

  /** Fetches what the nodes need: as they want it now, or as given (a prefetch for modes not yet on). */
  async function safeFetch(nodes: ReadonlyArray<Text | { node: Text; want: NodeWant }>): Promise<void> {
    if (!nodes.length) return;
    try {
      const items = nodes.map((n) =>
        'want' in n ? { original: records.originalOf(n.node), want: n.want } : { original: records.originalOf(n), want: wantFor(records.get(n), n) },
      );
      const mode = items.find((i) => i.want.pinyin)?.want.pinyin ?? modes.pinyin;
      await cache.fetch(items, mode?.names ?? [], mode?.reading);
    } catch (error) {
      options.onError?.(error);
    }
  }

  async function runLoop(): Promise<void> {
    let gen = -1;
    let chunk: Text[] = [];
    let fetching: Promise<void> = Promise.resolve();
    let viewportPass = false;
    let processed = 0;
    // Ruby held back mid-flick, and whether this chunk applied anything.
    const held: Text[] = [];
    let progressed = false;
    pacer.start();
    while (!disposed) {
      if (gen !== generation || pass.start) {
        pass.start = false;
        gen = generation;
        processed = 0;
        viewportPass = pass.viewportCount > 0;
        chunk = viewportPass ? takeChunk(Number.MAX_SAFE_INTEGER, pass.viewportCount) : takeChunk(chunkSize(), Infinity);
        pass.viewportCount = 0;
        fetching = safeFetch(chunk);
      }
      if (!chunk.length) {
        chunk = takeChunk(chunkSize(), Infinity);
        if (!chunk.length) break;
        fetching = safeFetch(chunk);
      }
      const waitStart = win.performance.now();
      await fetching;
      const gate = pass.gate;
      pass.gate = null;
      if (gate) await gate.catch(() => undefined);
      if (disposed) return;
      if (gen !== generation) continue;
      // Time spent waiting is not ours.
      pacer.resumeAfterWait(win.performance.now() - waitStart);
      const next = takeChunk(chunkSize(), Infinity);
      // On a short page the screen goes in this task, in one frame: what follows it is fetched once
      // that frame is out, not in the task the reader waits for (bench: "layers/seed: pinyin
      // viewport annotated"). Its writes wait for the next frame either way.
      const nextFetching = viewportPass && !pass.longPage ? null : safeFetch(next);
      const pinyin = modes.pinyin !== null;
      const limits = frameLimits({ pinyin, viewportPass, longPage: pass.longPage, rubyBudget: pacer.rubyBudget(), fixedMs: pacer.fixedMs() });
      const retry: Text[] = [];
      // On a short page the screen goes in this one task: what its rubies push below it waits.
      const screen = pinyin && viewportPass && !pass.longPage ? checkScreen(chunk) : null;
      for (let i = 0; i < chunk.length && !disposed && gen === generation; i++) {
        const node = chunk[i]!;
        // Mid-flick, ruby (put in or taken out) is held until the scroll slows (reading-window.ts):
        // it changes line heights, and every such frame re-places what follows. Plain text goes on.
        if (pinyin && !viewportPass && readingWindow?.isFlicking() && touchesRuby(writer, node)) {
          held.push(node);
          continue;
        }
        if (screen?.isBelow(i)) continue;
        if (!pacer.fits(estimateNodeCost(writer, node), limits.budget)) {
          await nextFrame();
          if (disposed || gen !== generation) break;
        }
        const cost = writeNode(writer, node);
        if (cost < 0) {
          retry.push(node);
          continue;
        }
        failures.delete(node);
        processed++;
        progressed = true;
        if (cost > 0) screen?.wrote();
        pacer.spend(cost);
        if (pacer.isFull(limits)) await nextFrame();
      }
      if (gen !== generation) continue; // setModes re-queued everything that matters
      setLang();
      if (viewportPass) {
        viewportPass = false;
        options.onProgress?.({ phase: 'viewport', nodes: processed });
        giveShown(gen);
        // What was rendered only in part is rendered whole next (it is nearest the viewport), then
        // what the screen's rubies pushed below it.
        const partial = [...pass.visibleRange.keys(), ...(screen?.below ?? [])];
        pass.visibleRange = new Map();
        if (partial.length) enqueue(partial, true);
      }
      if (retry.length) retryLater(retry);
      if (held.length) {
        // Back in the queue; when nothing else moved, wait for the flick to end or new work.
        const idleChunk = !progressed;
        enqueue(held.splice(0), false);
        if (idleChunk) {
          await pause.until(readingWindow?.calm() ?? null);
          pacer.start(); // the wait is no frame of ours
        }
      }
      progressed = false;
      chunk = next;
      fetching = nextFetching ?? (next.length ? afterNextFrame(win).then(() => (disposed ? undefined : safeFetch(next))) : Promise.resolve());
    }
    if (!disposed) options.onProgress?.({ phase: 'done', nodes: processed });
    if (gen === generation) giveShown(gen);
    syncWatch();
  }

  /**
   * The viewport pass's check of the screen (SCREEN_CHECK): before the node at index `i`, once the
   * pass reaches a block that stood that far down and something was written, the rest of the pass
   * is measured again (viewport-order.ts screenPart); `isBelow(i)`: that node waits for the next pass.
   */
  function checkScreen(chunk: readonly Text[]): { isBelow(i: number): boolean; wrote(): void; below: Set<Text> } {
    const height = win.innerHeight || 0;
    const below = new Set<Text>();
    let checked = false;
    let written = false;
    return {
      below,
      wrote: () => void (written = true),
      isBelow(i) {
        const node = chunk[i]!;
        const block = records.blockOf(node);
        if (!checked && written && block && (pass.boxes.get(block)?.top ?? 0) >= height * SCREEN_CHECK) {
          checked = true;
          for (const n of chunk.slice(i)) {
            const el = records.blockOf(n);
            const part = el ? screenPart(doc, n, el, height, !records.get(n)?.wrapper) : null;
            // (Measured whole or not at all: what the plan measured stays, a superset.)
            if (part === 'below') below.add(n);
            else if (part) pass.visibleRange.set(n, part);
          }
        }
        return below.has(node);
      },
    };
  }

  /** What setModes does; `onShown` is its answer to the reader (SetModesHooks). */
  async function applyModes(next: LayerModes, warmUp: (() => Promise<unknown>) | undefined, onShown: () => void): Promise<void> {
    if (disposed) return;
    if ((next.revision ?? 0) !== (modes.revision ?? 0)) cache.clear();
    modes = next;
    generation++;
    pass.gate = null;
    // New modes: every node gets its tries again (what it is queued for now is all of it).
    cancelRetries();
    failures = new WeakMap();
    syncWatch();
    if (!next.pinyin) closeWindow();
    cache.trim();
    if (!anyLayerOn(next)) {
      // All off: putting the originals back adds no ruby to lay out, so it is done at once rather
      // than paced over frames; writeNode still lets the page's own edits win.
      // One write for all of it (restoreRecord lets the page's own edits win, as writeNode would):
      // the observer's records are taken once, not around every node.
      queue.clear();
      records.giveBackAll();
      setLang();
      syncWatch();
      // The originals are back: that is what the reader sees.
      onShown();
      await idle();
      return;
    }
    const roots = scanRoots(next, doc);
    const fresh = roots.length ? collectTextNodes(roots, lang.pageLang()) : [];
    let ordered: Text[] = [...new Set<Text>([...records.nodes(), ...fresh, ...queue.items()])];
    pass.viewportCount = 0;
    pass.visibleRange = new Map();
    pass.boxes = new Map();
    const longPage = (pass.longPage = (doc.body?.textContent?.length ?? 0) > windowChars);
    // A long fixed part may grow the batch while the switch is being done (pacing.ts); on a long
    // page not afterwards, when the reading window writes while the reader scrolls.
    pacer.useFixedPart(true);
    const gen = generation;
    if (next.pinyin) {
      if (longPage) queue.clear(); // nothing of the old order runs while the boxes are measured
      const planned = await planPinyinPass({
        win, records, nodes: ordered, mode: next.pinyin, windowChars, longPage, closeWindow,
        scriptOn: next.script !== null,
        openWindow: () => (readingWindow ??= createReadingWindow(win, onWindowChange, options.scrollClock)),
        isStale: () => disposed || gen !== generation,
      });
      if (!planned) return;
      ({ ordered, viewportCount: pass.viewportCount, visibleRange: pass.visibleRange, boxes: pass.boxes } = planned);
    }
    // The first <ruby> in a document makes Chromium lay the whole page out again, once (bench:
    // "browser floor, the first <ruby> in the page"): on a long page the warm-up pays it in a frame
    // of its own and the first rubies wait for it; on a short page waiting would cost more.
    if (next.pinyin && warmUp && longPage) pass.gate = warmUp();
    // (What the page added while the boxes were measured stays queued, after.)
    queue.reorder(ordered);
    pass.start = true;
    shown = { gen, give: onShown };
    pause.wake();
    startLoop();
    while (loop && gen === generation) await loop;
    giveShown(gen);
    // A newer setModes owns what is left; this one is done when its own work is.
    if (gen === generation) await idle();
    if (gen === generation) setLang();
    if (gen === generation) pacer.useFixedPart(!longPage);
  }

  async function idle(): Promise<void> {
    for (let guard = 0; guard < 10_000; guard++) {
      watch.flush();
      if (loop) {
        await loop;
        continue;
      }
      if (retriesSettled) {
        await retriesSettled;
        continue;
      }
      if (queue.length()) {
        startLoop();
        continue;
      }
      // Let pending observer callbacks (page mutations) arrive before calling it idle.
      await new Promise((r) => win.setTimeout(r, 0));
      if (!loop && !queue.length() && !retriesSettled && !watch.flush()) return;
    }
  }

  return {
    modes: () => modes,
    size: () => records.size(),
    async setModes(next, hooks = {}) {
      // An older call's answer comes now: these modes took over.
      giveShown();
      let given = false;
      const onShown = (): void => {
        if (given) return;
        given = true;
        hooks.onShown?.();
      };
      try {
        await applyModes(next, hooks.warmUp, onShown);
      } finally {
        onShown();
      }
    },
    async prefetch(next) {
      if (disposed || !anyLayerOn(next)) return;
      const roots = scanRoots(next, doc);
      const nodes = roots.length ? collectTextNodes(roots, lang.pageLang()) : [];
      const { ordered, visible } = orderByViewport(nodes, records.blockOf, (el) => el.getBoundingClientRect(), win.innerHeight || 0);
      // Pinyin: what is on screen. Script alone: all of it, as the switch asks for it (one chunk,
      // chunkSize), so that the click only writes (bench: "cold: first script …, the pointer on the
      // button …"); a long page's conversion is in the engine's worker, off the page's thread.
      const wanted = next.pinyin ? ordered.slice(0, visible) : ordered;
      if (!wanted.length) return;
      await safeFetch(wanted.map((node) => ({ node, want: next })));
    },
    idle,
    dispose() {
      if (disposed) return;
      disposed = true;
      giveShown();
      cancelRetries();
      records.giveBackAll();
      watch.write(() => lang.set(null));
      closeWindow();
      queue.clear();
      watch.disconnect();
    },
  };
}
