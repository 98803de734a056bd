/**
 * The layer engine: the only code that rewrites page text.
 *
 * Every page Text node it touches gets a record holding the node object itself and its original
 * data. Script alone rewrites the node's data in place (same node, no new elements); pinyin (alone
 * or with script) puts a `<dubao-text data-dubao>` wrapper in the node's place and keeps the
 * detached node, watched, to put back. Undo therefore returns the very same Text objects.
 *
 * The page's own changes win: a record whose node the page edited (in place, or the detached one
 * through a reference it holds) or whose wrapper the page removed is dropped, never written back.
 * One MutationObserver sees the page; our own writes are cut out of its stream with takeRecords()
 * around every write, so they are never mistaken for the page's.
 *
 * Work runs viewport first, in chunks whose data is fetched one chunk ahead, and is spread over
 * animation frames by a budget of ruby elements adapted to the measured frame length (laying out
 * ruby, not our script, is what makes frames long). On long pages pinyin stays within a reading
 * window around the viewport (reading-window.ts); while the page is flicked, ruby is held back
 * (plain text goes on) until the scroll slows.
 */
import { collectTextNodes, containsHan, isEligibleText } from './dom-scan';
import { buildRubyWrapper, WRAPPER_TAG, type SyllableFormat } from './pinyin-transform';
import { limitPlan, phraseText, planRuby, type ConvertedPiece, type Grouping, type ReadingSegment } from './ruby-plan';
import { createReadingWindow, isInBand, trackOrder, WINDOW_SCREENS, type ReadingWindow } from './reading-window';
import { createLangKeeper, type ScriptVariant } from './script-transform';

/** Where readings and conversions come from (the background in the extension; lib directly in tests). */
export interface LayerDataSource {
  read(texts: string[], names: string[], options?: { toneSandhi?: boolean }): Promise<ReadingSegment[][]>;
  convert(texts: string[], variant: ScriptVariant): Promise<string[]>;
  convertSegments(texts: string[], variant: ScriptVariant): Promise<ConvertedPiece[][]>;
}

export interface PinyinMode {
  format: SyllableFormat;
  grouping: Grouping;
  /** Only text inside these gets pinyin; null = the whole page. */
  roots: readonly Node[] | null;
  /** Speaker names to read as names. */
  names: readonly string[];
  /** 一/不 with their tone change as spoken (default) or false: their dictionary tones. */
  toneSandhi?: boolean;
  /** Changes when anything that changes the rendering changes (tone style, notation, …). */
  key: string;
}

export interface LayerModes {
  pinyin: PinyinMode | null;
  script: ScriptVariant | null;
}

export interface LayerProgress {
  /** 'viewport': what is on screen is done; 'done': everything queued is done. */
  phase: 'viewport' | 'done';
  nodes: number;
}

export interface LayerEngineOptions {
  /** Target frame length we aim for while working (ms). */
  frameTargetMs?: number;
  /** Characters per engine request. */
  chunkChars?: number;
  /**
   * Pinyin text (characters) above which ruby is kept to a band around the viewport that follows
   * the scroll (reading-window.ts); below it the whole scope is annotated. Infinity: never.
   */
  windowChars?: number;
  onProgress?: (progress: LayerProgress) => void;
  /** Errors from the data source (logged, never thrown at the page). */
  onError?: (error: unknown) => void;
}

export interface LayerEngine {
  modes(): LayerModes;
  /**
   * Switches layers; resolves when the whole page has followed (or a newer call took over).
   * `warmUp`: called on a long page when pinyin goes on, after the page is measured; the first
   * write waits for what it returns (the controller's one-time ruby warm-up frame).
   */
  setModes(modes: LayerModes, warmUp?: () => Promise<unknown>): Promise<void>;
  /** Resolves when no work is pending (queued nodes, page mutations not yet handled). */
  idle(): Promise<void>;
  /** Synchronously gives back everything: the page is as it would be without us. */
  dispose(): void;
  /** Number of page text nodes currently carrying a layer. */
  size(): number;
}

interface Rec {
  node: Text;
  original: string;
  /** Pinyin: our element standing where `node` was. */
  wrapper: HTMLElement | null;
  /** Script alone: what we wrote into `node.data`. */
  written: string | null;
  script: ScriptVariant | null;
  pinyinKey: string | null;
  /** The page changed something inside our wrapper: rebuild from the original. */
  tampered?: boolean;
  /** The page put its detached node somewhere (through a reference it kept): it is the page's now. */
  taken?: boolean;
}

interface ViewportOrder {
  ordered: Text[];
  /** How many of `ordered`, from the start, are on screen. */
  visible: number;
  /** Blocks within the reading window's band now. */
  near: Set<Element>;
  /** Every block of the nodes. */
  elements: Set<Element>;
  /** How far out of reading order the blocks stand (px; reading-window.ts's trackOrder), null: not in order. */
  order: number | null;
}

interface Want {
  pinyin: PinyinMode | null;
  script: ScriptVariant | null;
}

const MAX_CACHE = 20_000;
// Ruby elements per frame: the least that keeps work moving, where it starts, and the first pass
// over what is on screen on a long page (measured in Chromium: ≈0.1–0.25 ms of style, layout and
// paint each, plus ≈30 ms a frame on a 200,000-character page for re-placing what follows).
const MIN_BUDGET = 40;
const START_BUDGET = 100;
const VIEWPORT_BUDGET = 100;
const SHORT_VIEWPORT_BUDGET = 300;
/** Our own time (ms) writing plain text (script alone, undo) before the browser gets a frame. */
const PLAIN_TIME_CAP = 250;

export function createLayerEngine(doc: Document, source: LayerDataSource, options: LayerEngineOptions = {}): LayerEngine {
  const win = doc.defaultView!;
  const frameTarget = options.frameTargetMs ?? 28;
  const chunkChars = options.chunkChars ?? 4000;
  const windowChars = options.windowChars ?? 20_000;
  const lang = createLangKeeper(doc);
  const recs = new Map<Text, Rec>();
  const byWrapper = new WeakMap<Element, Rec>();
  let modes: LayerModes = { pinyin: null, script: null };
  let disposed = false;

  // Data caches, keyed by the original text (and the variant / names).
  let readCache = new Map<string, ReadingSegment[]>();
  let readNamesKey = '';
  const convCache = new Map<string, string>();
  const pieceCache = new Map<string, ConvertedPiece[]>();

  // Work queue: nodes whose rendering may need to change. Order: viewport first.
  let queue: Text[] = [];
  let queued = new Set<Text>();
  let loop: Promise<void> | null = null;
  let generation = 0;
  // Ruby elements per frame; adapted to the measured frame length.
  let rubyBudget = START_BUDGET;
  // Long pages: pinyin only near the viewport (null: the whole scope).
  let readingWindow: ReadingWindow | null = null;
  // The script whose lang the page carries; written after the text, so the page lays out once.
  let langShown: ScriptVariant | null = null;
  // What the first write of the current generation waits for (see setModes).
  let readyGate: Promise<unknown> | null = null;
  // More text than windowChars in the whole page (not only the layer's scope): Chromium's layout
  // work per frame grows with it (see setModes and the viewport pass in runLoop).
  let longPage = false;

  const observer = new win.MutationObserver((records) => onPageRecords(records));
  // Watching the page only while a layer is on or something of ours is in it: nothing to pay on
  // pages where the layers are never used.
  let observing = false;
  function syncObserver(): void {
    const needed = !disposed && (anyOn() || recs.size > 0 || queue.length > 0);
    if (needed && !observing) {
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
      observing = true;
    } else if (!needed && observing) {
      const pending = observer.takeRecords();
      if (pending.length) onPageRecords(pending);
      if (recs.size === 0 && queue.length === 0) {
        observer.disconnect();
        observing = false;
      }
    }
  }

  /** Runs our DOM writes so that the observer never reports them as the page's. */
  function write<T>(fn: () => T): T {
    const pending = observer.takeRecords();
    if (pending.length) onPageRecords(pending);
    try {
      return fn();
    } finally {
      observer.takeRecords();
    }
  }

  function isOurs(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest('[data-dubao]');
  }

  function wrapperRecOf(node: Node): Rec | undefined {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const wrapper = el?.closest(`${WRAPPER_TAG}[data-dubao]`);
    return wrapper ? byWrapper.get(wrapper) : undefined;
  }

  function anyOn(): boolean {
    return modes.pinyin !== null || modes.script !== null;
  }

  function onPageRecords(records: MutationRecord[]): void {
    if (disposed) return;
    const fresh: Text[] = [];
    for (const r of records) {
      if (r.type === 'characterData') {
        const node = r.target as Text;
        const inside = wrapperRecOf(node);
        if (inside) inside.tampered = true;
        const rec = recs.get(node) ?? inside;
        if (rec) fresh.push(rec.node);
        else if (anyOn() && !isOurs(node) && containsHan(node.data)) fresh.push(node);
        continue;
      }
      // childList
      // The page inserted its own detached node (kept while our wrapper stands in): the page has
      // it now, wherever it goes next; our wrapper only has to go.
      r.addedNodes.forEach((n) => {
        const rec = n.nodeType === 3 ? recs.get(n as Text) : undefined;
        if (rec?.wrapper) {
          rec.taken = true;
          fresh.push(rec.node);
        }
      });
      const inside = wrapperRecOf(r.target);
      if (inside) {
        // The page changed the inside of our wrapper: re-render that node from its original.
        inside.tampered = true;
        fresh.push(inside.node);
        continue;
      }
      r.removedNodes.forEach((n) => {
        const rec = n.nodeType === 1 ? byWrapper.get(n as Element) : recs.get(n as Text);
        if (rec) fresh.push(rec.node);
      });
      if (!anyOn()) continue;
      r.addedNodes.forEach((n) => {
        if (isOurs(n)) return;
        if (n.nodeType === 1 && byWrapper.has(n as Element)) return;
        for (const t of collectTextNodes([n], lang.pageLang())) fresh.push(t);
      });
    }
    if (fresh.length) enqueue(fresh, true);
  }

  function enqueue(nodes: readonly Text[], front: boolean): void {
    const add = nodes.filter((n) => !queued.has(n));
    for (const n of add) queued.add(n);
    queue = front ? [...add, ...queue] : [...queue, ...add];
    if (add.length) wakeLoop();
    startLoop();
  }

  // A loop holding ruby mid-flick waits here for the flick to end, or for new work to arrive.
  let wake: (() => void) | null = null;
  function wakeLoop(): void {
    const resume = wake;
    wake = null;
    resume?.();
  }
  function calmOrNewWork(): Promise<void> {
    return new Promise<void>((resolve) => {
      wake = resolve;
      if (readingWindow) void readingWindow.calm().then(resolve);
      else resolve();
    }).finally(() => (wake = null));
  }

  function startLoop(): void {
    if (!loop && queue.length) loop = runLoop().finally(() => (loop = null));
  }

  function wantFor(rec: Rec | undefined, node: Text): Want {
    const target = rec?.wrapper ?? node;
    const p = modes.pinyin;
    const inScope = p !== null && (p.roots === null || p.roots.some((root) => root === target || root.contains(target)));
    const near = !inScope || !readingWindow || (!!target.parentElement && readingWindow.isNear(target.parentElement));
    return { pinyin: inScope && near ? p : null, script: modes.script };
  }

  /** The record of a node, dropped first if the page changed what it was about. */
  function validRec(node: Text): Rec | undefined {
    const rec = recs.get(node);
    if (!rec) return undefined;
    if (rec.wrapper) {
      const pageChanged = rec.taken || node.data !== rec.original || node.parentNode !== null;
      if (pageChanged || !rec.wrapper.parentNode) {
        // The page edited or re-inserted its node, or removed our wrapper: its node goes back where
        // our wrapper is, with whatever text the page gave it.
        write(() => restore(rec));
        drop(rec);
        return undefined;
      }
      if (rec.tampered || !isWrapperIntact(rec)) {
        write(() => restore(rec));
        drop(rec);
        return undefined;
      }
    } else if (rec.written !== null && node.data !== rec.written) {
      drop(rec);
      return undefined;
    }
    return rec;
  }

  /** Our wrapper still holds exactly what we put there (the page did not edit inside it). */
  function isWrapperIntact(rec: Rec): boolean {
    return rec.wrapper!.getAttribute('data-dubao-n') === String(rec.wrapper!.childNodes.length);
  }

  function drop(rec: Rec): void {
    recs.delete(rec.node);
    if (rec.wrapper) byWrapper.delete(rec.wrapper);
  }

  /** Puts the original back (only where it is still ours to put back). Inside write(). */
  function restore(rec: Rec): void {
    if (rec.wrapper) {
      const w = rec.wrapper;
      if (w.parentNode && rec.node.parentNode === null && !rec.taken) w.replaceWith(rec.node);
      else w.remove();
    } else if (rec.written !== null && rec.node.data === rec.written) {
      rec.node.data = rec.original;
    }
  }

  function needs(original: string, want: Want): { read: boolean; conv: boolean; pieces: boolean } {
    const script = want.script;
    return {
      read: want.pinyin !== null && !readCache.has(original),
      conv: want.pinyin === null && script !== null && !convCache.has(`${script}\u0000${original}`),
      pieces: want.pinyin !== null && script !== null && !pieceCache.has(`${script}\u0000${original}`),
    };
  }

  /** Fetches what the nodes will need, into the caches. */
  async function fetchFor(nodes: readonly Text[]): Promise<void> {
    const reads = new Set<string>();
    const convs = new Map<ScriptVariant, Set<string>>();
    const pieces = new Map<ScriptVariant, Set<string>>();
    const toneSandhi = modes.pinyin?.toneSandhi ?? true;
    const namesKey = [...(modes.pinyin?.names ?? []), toneSandhi ? '' : 'written'].join('\u0001');
    if (namesKey !== readNamesKey) {
      readCache = new Map();
      readNamesKey = namesKey;
    }
    for (const node of nodes) {
      const rec = recs.get(node);
      const original = rec ? rec.original : node.data;
      const want = wantFor(rec, node);
      const n = needs(original, want);
      if (n.read) reads.add(original);
      if (n.conv) add(convs, want.script!, original);
      if (n.pieces) add(pieces, want.script!, original);
    }
    const names = [...(modes.pinyin?.names ?? [])];
    const jobs: Promise<void>[] = [];
    if (reads.size) {
      const texts = [...reads];
      const cache = readCache;
      jobs.push(source.read(texts, names, { toneSandhi }).then((out) => texts.forEach((t, i) => out[i] && cache.set(t, out[i]!))));
    }
    for (const [variant, set] of convs) {
      const texts = [...set];
      jobs.push(source.convert(texts, variant).then((out) => texts.forEach((t, i) => typeof out[i] === 'string' && convCache.set(`${variant}\u0000${t}`, out[i]!))));
    }
    for (const [variant, set] of pieces) {
      const texts = [...set];
      jobs.push(source.convertSegments(texts, variant).then((out) => texts.forEach((t, i) => out[i] && pieceCache.set(`${variant}\u0000${t}`, out[i]!))));
    }
    await Promise.all(jobs);
    // Rewritten phrases (软件 → 軟體) read as what they became: the converted texts' readings too.
    const second = new Set<string>();
    for (const node of nodes) {
      const rec = recs.get(node);
      const want = wantFor(rec, node);
      if (!want.pinyin || !want.script) continue;
      const pieces = pieceCache.get(`${want.script}\u0000${rec ? rec.original : node.data}`);
      const converted = pieces ? phraseText(pieces) : null;
      if (converted !== null && !readCache.has(converted)) second.add(converted);
    }
    if (second.size) {
      const texts = [...second];
      const cache = readCache;
      const out = await source.read(texts, names, { toneSandhi });
      texts.forEach((t, i) => out[i] && cache.set(t, out[i]!));
    }
  }

  function add(map: Map<ScriptVariant, Set<string>>, key: ScriptVariant, text: string): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(text);
  }

  /**
   * Brings one node to what the modes want. Returns its layout cost (ruby elements), or -1 when its
   * data is not there yet (it goes back in the queue).
   */
  function applyNode(node: Text): number {
    const rec = validRec(node);
    const target = rec?.wrapper ?? node;
    if (!target.isConnected) {
      // Off the page (removed by it): give back what is ours, forget it; if the page puts it
      // back, the observer brings it round again.
      if (rec) {
        write(() => restore(rec));
        drop(rec);
      }
      return 0;
    }
    if (!rec && !isEligibleText(node, lang.pageLang())) return 0;
    const want = wantFor(rec, node);
    const range = want.pinyin ? visibleRange.get(node) : undefined;
    // A partly rendered node carries its own key, so the full pass renders it again.
    const pinyinKey = want.pinyin ? (range ? `${want.pinyin.key}|${range[0]}-${range[1]}` : want.pinyin.key) : null;
    if (rec && rec.script === want.script && rec.pinyinKey === pinyinKey) return 0;
    if (!rec && want.pinyin === null && want.script === null) return 0;
    const original = rec ? rec.original : node.data;
    if (!containsHan(original) && !rec) return 0;

    if (want.pinyin) {
      const segments = readCache.get(original);
      const pieces = want.script ? pieceCache.get(`${want.script}\u0000${original}`) : undefined;
      if (!segments || (want.script && !pieces)) return -1;
      const converted = pieces ? phraseText(pieces) : null;
      // Without the converted readings (engine failed), phrases fall back to the original's.
      const full = planRuby(original, segments, want.pinyin.grouping, pieces, converted !== null ? readCache.get(converted) : undefined);
      const plan = range ? limitPlan(full, range[0], range[1]) : full;
      const { wrapper, rubies } = buildRubyWrapper(doc, plan, want.pinyin.format);
      wrapper.setAttribute('data-dubao-n', String(wrapper.childNodes.length));
      write(() => {
        if (rec) restore(rec);
        node.replaceWith(wrapper);
      });
      // The page may still edit its (now detached) node through a reference it holds.
      observer.observe(node, { characterData: true });
      const next: Rec = { node, original, wrapper, written: null, script: want.script, pinyinKey };
      if (rec?.wrapper) byWrapper.delete(rec.wrapper);
      recs.set(node, next);
      byWrapper.set(wrapper, next);
      return rubies;
    }
    if (want.script) {
      const converted = convCache.get(`${want.script}\u0000${original}`);
      if (converted === undefined) return -1;
      write(() => {
        if (rec) restore(rec);
        if (converted !== original) node.data = converted;
      });
      if (rec?.wrapper) byWrapper.delete(rec.wrapper);
      recs.set(node, { node, original, wrapper: null, written: converted, script: want.script, pinyinKey: null });
      return 1;
    }
    // Both off for this node. Plain text lays out far cheaper than ruby: counted as one.
    write(() => restore(rec!));
    drop(rec!);
    return 1;
  }

  /** What applying a node will cost in layout, before doing it (ruby count estimate). */
  function estimateCost(node: Text): number {
    const rec = recs.get(node);
    const want = wantFor(rec, node);
    if (!want.pinyin) return 1;
    const text = rec ? rec.original : node.data;
    const range = visibleRange.get(node);
    const chars = range ? range[1] - range[0] : text.length;
    // About 1.7 characters per word; every character for per-character grouping.
    return Math.ceil(chars / (want.pinyin.grouping === 'word' ? 1.7 : 1));
  }

  /** Page text nodes directly under an element, ours (by their wrapper) included. */
  function textNodesOf(el: Element): Text[] {
    const out: Text[] = [];
    el.childNodes.forEach((child) => {
      if (child.nodeType === 3) {
        if (recs.has(child as Text) || containsHan((child as Text).data)) out.push(child as Text);
      } else if (child.nodeType === 1) {
        const rec = byWrapper.get(child as Element);
        if (rec) out.push(rec.node);
      }
    });
    return out;
  }

  /** The reading window moved: what came near gets pinyin first, what went far gives it back. */
  function onWindowChange(entered: Element[], left: Element[]): void {
    if (disposed || !modes.pinyin) return;
    const coming = entered.flatMap(textNodesOf);
    const going = left.flatMap(textNodesOf).filter((n) => recs.has(n));
    if (coming.length) enqueue(orderByViewport(coming).ordered, true);
    if (going.length) enqueue(going, false);
  }

  function closeWindow(): void {
    readingWindow?.dispose();
    readingWindow = null;
  }

  function setLang(): void {
    if (langShown === modes.script) return;
    langShown = modes.script;
    write(() => lang.set(modes.script));
  }

  /** Resolves after the next frame has been rendered (so writes then land in the frame after). */
  function afterNextFrame(): Promise<number> {
    return new Promise((resolve) => {
      let done = false;
      const finish = (t: number): void => {
        if (done) return;
        done = true;
        macrotask(() => resolve(t));
      };
      if (doc.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') {
        win.setTimeout(() => finish(win.performance.now()), 0);
      } else {
        win.requestAnimationFrame(finish);
        // rAF stops in background tabs: do not hang there.
        win.setTimeout(() => finish(win.performance.now()), 250);
      }
    });
  }

  function macrotask(fn: () => void): void {
    if (typeof win.MessageChannel === 'function') {
      const channel = new win.MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        fn();
      };
      channel.port2.postMessage(null);
    } else {
      win.setTimeout(fn, 0);
    }
  }

  /** The block a node's rendering stands in (its parent, or our wrapper's). */
  function blockOf(node: Text): Element | null {
    return recs.get(node)?.wrapper?.parentElement ?? node.parentElement;
  }

  /**
   * Every block's box from one IntersectionObserver pass, computed by the browser in its next
   * rendering step (≈10 ms for 3,000 blocks) instead of thousands of getBoundingClientRect calls in
   * the toggle's own task (≈20–70 ms measured on a 200,000-character page). Null where there is no
   * observer, or it does not answer soon (a background tab does not render): then boxes are read.
   */
  function observeBoxes(nodes: readonly Text[]): Promise<Map<Element, DOMRectReadOnly> | null> {
    const Observer = win.IntersectionObserver;
    const els = new Set<Element>();
    for (const node of nodes) {
      const el = blockOf(node);
      if (el) els.add(el);
    }
    if (typeof Observer !== 'function' || els.size === 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const boxes = new Map<Element, DOMRectReadOnly>();
      let timer = 0;
      const observer = new Observer((entries) => {
        for (const entry of entries) boxes.set(entry.target, entry.boundingClientRect);
        if (boxes.size >= els.size) finish(boxes);
      });
      const finish = (result: Map<Element, DOMRectReadOnly> | null): void => {
        observer.disconnect();
        win.clearTimeout(timer);
        resolve(result);
      };
      for (const el of els) observer.observe(el);
      timer = win.setTimeout(() => finish(null), 250);
    });
  }

  /**
   * Viewport first (in document order), then below it by distance, then above, then hidden. Boxes
   * come from `boxes` where given, else are read now.
   */
  function orderByViewport(nodes: readonly Text[], boxes: Map<Element, DOMRectReadOnly> | null = null): ViewportOrder {
    const height = win.innerHeight || 0;
    const margin = height * WINDOW_SCREENS;
    const rects = new Map<Element, number>();
    const near = new Set<Element>();
    // Whether the blocks, as first met, stand in reading order (for the reading window).
    const order = trackOrder();
    const rank = (node: Text): number => {
      const el = blockOf(node);
      if (!el) return 4e9;
      let r = rects.get(el);
      if (r === undefined) {
        const box = boxes?.get(el) ?? el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) r = 3e9;
        else if (box.bottom >= 0 && box.top <= height) r = 0;
        else if (box.top > height) r = box.top - height;
        else r = 1e9 - box.bottom; // above: nearest first
        if (isInBand(box, height, margin)) near.add(el);
        order.add(box);
        rects.set(el, r);
      }
      return r;
    };
    const ranked = nodes.map((node, index) => ({ node, index, rank: rank(node) }));
    ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
    return { ordered: ranked.map((x) => x.node), visible: ranked.filter((x) => x.rank === 0).length, near, elements: new Set(rects.keys()), order: order.slack(height) };
  }

  /**
   * For a page text node in the DOM that runs past the top or bottom of the viewport, the code
   * points [start, end) on screen (binary search over character boxes); null when it is all visible
   * or cannot be measured. Lines grow when annotated, so what is measured now is a superset.
   */
  function measureVisibleRange(node: Text): [number, number] | null {
    if (!node.parentNode || recs.get(node)?.wrapper) return null;
    const height = win.innerHeight || 0;
    const length = node.data.length;
    if (length < 40 || height <= 0) return null;
    const range = doc.createRange();
    const boxOf = (offset: number): DOMRect | null => {
      range.setStart(node, offset);
      range.setEnd(node, Math.min(length, offset + 1));
      const rect = range.getBoundingClientRect();
      return rect.width === 0 && rect.height === 0 ? null : rect;
    };
    const first = boxOf(0);
    const last = boxOf(length - 1);
    if (!first || !last || (first.top >= 0 && last.bottom <= height)) return null;
    // First offset whose box reaches below the top edge; first offset whose box starts below the bottom.
    const search = (test: (rect: DOMRect) => boolean): number => {
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const rect = boxOf(mid);
        if (rect && test(rect)) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const startUnit = first.top >= 0 ? 0 : search((r) => r.bottom > 0);
    const endUnit = last.bottom <= height ? length : search((r) => r.top >= height);
    if (startUnit === 0 && endUnit >= length) return null;
    // UTF-16 offsets → code points.
    const toPoints = (unit: number): number => Array.from(node.data.slice(0, unit)).length;
    return [toPoints(startUnit), toPoints(endUnit)];
  }

  function takeChunk(maxChars: number, maxNodes: number): Text[] {
    const chunk: Text[] = [];
    let chars = 0;
    while (queue.length && chars < maxChars && chunk.length < maxNodes) {
      const node = queue.shift()!;
      queued.delete(node);
      chunk.push(node);
      chars += (recs.get(node)?.original ?? node.data).length;
    }
    return chunk;
  }

  const failures = new WeakMap<Text, number>();
  let viewportCount = 0;
  /** For the viewport pass: of a node that crosses the viewport's edge, the code points on screen. */
  let visibleRange = new Map<Text, [number, number]>();
  let frameCost = 0;
  let frameStart = 0;
  let lastFrame = 0;
  // setModes has set a new queue (and viewport pass): a running loop starts over from it.
  let passStart = false;

  async function runLoop(): Promise<void> {
    let gen = -1;
    let chunk: Text[] = [];
    let fetching: Promise<void> = Promise.resolve();
    let viewportPending = false;
    let processed = 0;
    // Ruby held back mid-flick, and whether this chunk applied anything.
    const held: Text[] = [];
    let progressed = false;
    frameCost = 0;
    frameStart = win.performance.now();
    lastFrame = frameStart;
    while (!disposed) {
      if (gen !== generation || passStart) {
        passStart = false;
        gen = generation;
        processed = 0;
        viewportPending = viewportCount > 0;
        chunk = viewportPending ? takeChunk(Number.MAX_SAFE_INTEGER, viewportCount) : takeChunk(chunkSize(), Infinity);
        viewportCount = 0;
        fetching = safeFetch(chunk);
      }
      if (!chunk.length) {
        chunk = takeChunk(chunkSize(), Infinity);
        if (!chunk.length) break;
        fetching = safeFetch(chunk);
      }
      const waitStart = win.performance.now();
      await fetching;
      if (readyGate) {
        const gate = readyGate;
        readyGate = null;
        await gate.catch(() => undefined);
      }
      if (disposed) return;
      if (gen !== generation) continue;
      // Time spent waiting is not ours; a wait longer than a frame means what we wrote is laid out.
      const waited = win.performance.now() - waitStart;
      frameStart = win.performance.now();
      if (waited > 16) frameCost = 0;
      const next = takeChunk(chunkSize(), Infinity);
      const nextFetching = safeFetch(next);
      // Ruby is paced by its layout cost; plain text (script alone, undo) only by our own time, and
      // loosely: every frame in between lays the whole page out again (with the new lang, Chromium
      // chooses fonts for all of it), which costs more than the writes. Measured on a 200,000-
      // character page: writes cut at 40 ms made three relayouts (420 + 200 + 136 ms) for ≈115 ms
      // of writing.
      const pacing = modes.pinyin !== null;
      // On a short page what is on screen goes in big frames (the seed's ≈400 word rubies at
      // 1280×900 in two): the reader waits for them, and smaller ones only add frames; one frame
      // for all of it measured 100–220 ms here. On a long page every frame also pays for the page
      // below, so the viewport is paced like the rest.
      const viewportBudget = longPage ? VIEWPORT_BUDGET : SHORT_VIEWPORT_BUDGET;
      const budget = !pacing ? Infinity : viewportPending ? viewportBudget : rubyBudget;
      const timeCap = !pacing ? PLAIN_TIME_CAP : viewportPending ? (longPage ? 25 : 40) : 12;
      const retry: Text[] = [];
      for (let i = 0; i < chunk.length && !disposed && gen === generation; i++) {
        const node = chunk[i]!;
        // Mid-flick, ruby (put in or taken out) is held until the scroll slows (reading-window.ts):
        // it changes line heights, and every such frame re-places what follows. Plain text goes on.
        if (pacing && !viewportPending && readingWindow?.isFlicking() && touchesRuby(node)) {
          held.push(node);
          continue;
        }
        // A node that would overflow this frame's budget waits for the next frame.
        if (frameCost > 0 && frameCost + estimateCost(node) > budget) {
          await nextFrame();
          if (disposed || gen !== generation) break;
        }
        const cost = applyNode(node);
        if (cost < 0) {
          const failed = (failures.get(node) ?? 0) + 1;
          failures.set(node, failed);
          // Data that does not come after two tries (engine down): leave the node as the page has it.
          if (failed <= 2) retry.push(node);
          continue;
        }
        processed++;
        progressed = true;
        frameCost += cost;
        if (frameCost >= budget || win.performance.now() - frameStart > timeCap) await nextFrame();
      }
      if (gen !== generation) continue; // setModes re-queued everything that matters
      setLang();
      if (viewportPending) {
        viewportPending = false;
        options.onProgress?.({ phase: 'viewport', nodes: processed });
        // What was rendered only in part is rendered whole next (it is nearest the viewport).
        const partial = [...visibleRange.keys()];
        visibleRange = new Map();
        if (partial.length) enqueue(partial, true);
      }
      if (retry.length) enqueue(retry, false);
      if (held.length) {
        // Back in the queue; when nothing else moved, wait for the flick to end or new work.
        const idleChunk = !progressed;
        enqueue(held.splice(0), false);
        if (idleChunk) {
          await calmOrNewWork();
          lastFrame = frameStart = win.performance.now(); // the wait is no frame of ours
          frameCost = 0;
        }
      }
      progressed = false;
      chunk = next;
      fetching = nextFetching;
    }
    if (!disposed) options.onProgress?.({ phase: 'done', nodes: processed });
    syncObserver();
  }

  /**
   * Lets the browser render what this frame wrote (lang in the same frame as the first converted
   * text), then starts the next frame's budget.
   */
  async function nextFrame(): Promise<void> {
    setLang();
    const t = await afterNextFrame();
    adapt(t - lastFrame, frameCost);
    lastFrame = t;
    frameCost = 0;
    frameStart = win.performance.now();
  }

  /** Applying the node would put ruby in or take it out. */
  function touchesRuby(node: Text): boolean {
    const rec = recs.get(node);
    return !!rec?.wrapper || wantFor(rec, node).pinyin !== null;
  }

  /** Characters per request: script alone answers in plain strings, sent all at once (in parallel batches). */
  function chunkSize(): number {
    return modes.pinyin ? chunkChars : Number.MAX_SAFE_INTEGER;
  }

  async function safeFetch(nodes: readonly Text[]): Promise<void> {
    if (!nodes.length) return;
    try {
      await fetchFor(nodes);
    } catch (error) {
      options.onError?.(error);
    }
  }

  /**
   * Frame length follows the ruby count, plus a part that grows with the page (a flex or grid
   * container re-measures its whole content after any change). Shrinking the budget below a floor
   * would only multiply that fixed part, so the floor keeps the work moving.
   */
  function adapt(frameMs: number, cost: number): void {
    if (cost <= 0 || !Number.isFinite(frameMs)) return;
    if (frameMs > frameTarget * 1.3) rubyBudget = Math.max(MIN_BUDGET, Math.floor(rubyBudget * Math.max(0.5, frameTarget / frameMs)));
    else if (frameMs < frameTarget * 0.8 && cost >= rubyBudget) rubyBudget = Math.min(3000, Math.ceil(rubyBudget * 1.25));
  }

  async function idle(): Promise<void> {
    for (let guard = 0; guard < 10_000; guard++) {
      const pending = observer.takeRecords();
      if (pending.length) onPageRecords(pending);
      if (loop) {
        await loop;
        continue;
      }
      if (queue.length) {
        startLoop();
        continue;
      }
      // Let pending observer callbacks (page mutations) arrive before calling it idle.
      await new Promise((r) => win.setTimeout(r, 0));
      if (!loop && !queue.length) {
        const late = observer.takeRecords();
        if (!late.length) return;
        onPageRecords(late);
      }
    }
  }

  return {
    modes: () => modes,
    size: () => recs.size,
    async setModes(next, warmUp) {
      if (disposed) return;
      modes = next;
      generation++;
      readyGate = null;
      syncObserver();
      if (!next.pinyin) closeWindow();
      for (const cache of [readCache, convCache, pieceCache] as Map<string, unknown>[]) if (cache.size > MAX_CACHE) cache.clear();
      if (!next.pinyin && !next.script) {
        // All off: putting the originals back adds no ruby to lay out, so it is done at once rather
        // than paced over frames; applyNode still lets the page's own edits win.
        queue = [];
        queued = new Set();
        for (const node of [...recs.keys()]) applyNode(node);
        setLang();
        syncObserver();
        await idle();
        return;
      }
      const roots: Node[] = [];
      if (next.script || (next.pinyin && next.pinyin.roots === null)) roots.push(doc.body ?? doc.documentElement);
      else if (next.pinyin) roots.push(...next.pinyin.roots!);
      const fresh = roots.length ? collectTextNodes(roots, lang.pageLang()) : [];
      let ordered = [...new Set<Text>([...recs.keys(), ...fresh, ...queue])];
      viewportCount = 0;
      visibleRange = new Map();
      longPage = (doc.body?.textContent?.length ?? 0) > windowChars;
      const gen = generation;
      if (next.pinyin) {
        // Ruby layout is what costs: what is on screen first, and of a paragraph that runs past the
        // viewport's edge only its visible part. (Conversion alone and undo are cheap enough to go
        // in document order, without measuring the page.) On a long page the boxes come from the
        // browser's next rendering step; meanwhile nothing of the old order runs, and what the page
        // adds is queued as usual.
        let boxes: Map<Element, DOMRectReadOnly> | null = null;
        if (longPage) {
          queue = [];
          queued = new Set();
          boxes = await observeBoxes(ordered);
          if (disposed || gen !== generation) return;
        }
        const byViewport = orderByViewport(ordered, boxes);
        ordered = byViewport.ordered;
        viewportCount = byViewport.visible;
        for (const node of ordered.slice(0, viewportCount)) {
          const range = measureVisibleRange(node);
          if (range) visibleRange.set(node, range);
        }
        // A long page: pinyin near the viewport only, following the scroll.
        const roots = next.pinyin.roots;
        let pinyinChars = 0;
        for (const node of ordered) {
          const rec = recs.get(node);
          const target = rec?.wrapper ?? node;
          if (roots === null || roots.some((root) => root === target || root.contains(target))) pinyinChars += (rec?.original ?? node.data).length;
        }
        if (pinyinChars > windowChars) {
          readingWindow ??= createReadingWindow(win, onWindowChange);
          readingWindow.seed(byViewport.near, byViewport.elements, byViewport.order);
        } else {
          closeWindow();
        }
        const band = readingWindow;
        if (band && !next.script) {
          // Far text waits for the scroll (nothing to do there unless it carries pinyin now).
          ordered = ordered.filter((node) => {
            const rec = recs.get(node);
            const parent = (rec?.wrapper ?? node).parentElement;
            return !!rec || (!!parent && band.isNear(parent));
          });
        }
      }
      // The first <ruby> in a document makes Chromium lay the whole page out again, once: on a long
      // page (≈50–170 ms at 200,000 characters) the warm-up pays it in a frame of its own and the
      // first rubies wait for it; on a short page it costs a few ms, less than the frames of waiting.
      if (next.pinyin && warmUp && longPage) readyGate = warmUp();
      // (What the page added while the boxes were measured stays queued, after.)
      const mine = new Set(ordered);
      queue = [...ordered, ...queue.filter((node) => !mine.has(node))];
      queued = new Set(queue);
      passStart = true;
      wakeLoop();
      startLoop();
      while (loop && gen === generation) await loop;
      // A newer setModes owns what is left; this one is done when its own work is.
      if (gen === generation) await idle();
      if (gen === generation) setLang();
    },
    idle,
    dispose() {
      if (disposed) return;
      disposed = true;
      write(() => {
        for (const rec of recs.values()) restore(rec);
        lang.set(null);
      });
      closeWindow();
      recs.clear();
      queue = [];
      queued.clear();
      observer.disconnect();
    },
  };
}
