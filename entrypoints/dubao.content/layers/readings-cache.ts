/**
 * The readings cache: readings, conversions and conversion pieces fetched from the reading engines
 * for the texts the layers show, keyed by the original text (and the variant). Readings depend on
 * the names read as names and on the reading options (Jyutping or Mandarin): a change of either
 * starts that cache over.
 */
import type { ConvertedPiece, ReadingEngine, ReadingOptions, RubySegment, ScriptVariant } from '@/lib/reading/contract';
import { phraseText } from './ruby-plan';
import type { NodeWant } from './layer-modes';

/** Past this many entries a cache is cleared when the modes change (a long session's bound). */
export const MAX_CACHE = 20_000;

/**
 * How long (ms) a text already on its way is waited for before it is asked for again: an answer that
 * never comes (a message lost while the engine's host restarted) must not hold the text, nor the
 * pass waiting for it, for good.
 */
export const PENDING_WAIT_MS = 4000;

/** One key for a text under a variant. */
export function cacheKey(variant: ScriptVariant, text: string): string {
  return `${variant}\u0000${text}`;
}

/** A text and what its node wants of it. */
export interface FetchItem {
  original: string;
  want: NodeWant;
}

export interface ReadingsCache {
  readings(text: string): RubySegment[] | undefined;
  pieces(variant: ScriptVariant, text: string): ConvertedPiece[] | undefined;
  converted(variant: ScriptVariant, text: string): string | undefined;
  /** What is still to be fetched for a text wanted so. */
  needs(original: string, want: NodeWant): { read: boolean; conv: boolean; pieces: boolean };
  /** Fetches what the items will need, with `names` read as names. Rejects when the source does. */
  fetch(items: readonly FetchItem[], names: readonly string[], reading?: ReadingOptions): Promise<void>;
  /** Clears a cache grown past MAX_CACHE. */
  trim(): void;
  /** Forgets everything (the reader's entries changed what the engine answers). */
  clear(): void;
}

/** A request on its way, and when it was made. */
interface Mark {
  job: Promise<void>;
  at: number;
}

function addTo(map: Map<ScriptVariant, Set<string>>, key: ScriptVariant, text: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(text);
}

export function createReadingsCache(source: ReadingEngine): ReadingsCache {
  let readCache = new Map<string, RubySegment[]>();
  let readNamesKey = '';
  const convCache = new Map<string, string>();
  const pieceCache = new Map<string, ConvertedPiece[]>();
  // Requests on their way (a prefetch on intent, then the switch): by kind and key, so a text
  // already asked for is waited for, not asked again (for PENDING_WAIT_MS at most).
  let pending = new Map<string, Mark>();

  /** Asks for `texts` (of one kind) and marks them pending until the answer is in (or fails). */
  function track(kind: string, texts: string[], request: () => Promise<void>): Mark {
    const job = request();
    const marks = pending;
    const mark = { job, at: Date.now() };
    for (const t of texts) marks.set(`${kind}\u0000${t}`, mark);
    const clear = () => texts.forEach((t) => marks.get(`${kind}\u0000${t}`) === mark && marks.delete(`${kind}\u0000${t}`));
    job.then(clear, clear);
    return mark;
  }

  /**
   * A request's end, or PENDING_WAIT_MS after it was made, whichever is first (then what it was to
   * bring is missing, and asked for anew by the next fetch). `own`: its failure is this fetch's;
   * another fetch's failure is only waited out.
   */
  function settled(mark: Mark, own: boolean): Promise<void> {
    const left = PENDING_WAIT_MS - (Date.now() - mark.at);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, left))));
    return Promise.race([own ? mark.job : mark.job.catch(() => undefined), timeUp]).finally(() => clearTimeout(timer));
  }

  function read(texts: string[], names: string[], reading: ReadingOptions | undefined): Promise<void> {
    const cache = readCache;
    const mark = track('read', texts, () =>
      (reading ? source.read(texts, names, reading) : source.read(texts, names)).then((out) => texts.forEach((t, i) => out[i] && cache.set(t, out[i]!))),
    );
    return settled(mark, true);
  }

  const cache: ReadingsCache = {
    readings: (text) => readCache.get(text),
    pieces: (variant, text) => pieceCache.get(cacheKey(variant, text)),
    converted: (variant, text) => convCache.get(cacheKey(variant, text)),
    needs(original, want) {
      const script = want.script;
      return {
        read: want.pinyin !== null && !readCache.has(original),
        conv: want.pinyin === null && script !== null && !convCache.has(cacheKey(script, original)),
        pieces: want.pinyin !== null && script !== null && !pieceCache.has(cacheKey(script, original)),
      };
    },
    async fetch(items, nameList, reading) {
      const namesKey = `${JSON.stringify(reading ?? {})}\u0002${nameList.join('\u0001')}`;
      if (namesKey !== readNamesKey) {
        readCache = new Map();
        readNamesKey = namesKey;
        pending = new Map(); // readings asked with other names are not these
      }
      const reads = new Set<string>();
      const convs = new Map<ScriptVariant, Set<string>>();
      const pieces = new Map<ScriptVariant, Set<string>>();
      const waits = new Map<object, Promise<void>>();
      // Not asked again when already on its way: waited for; asked again once it is overdue.
      const wanted = (kind: string, key: string): boolean => {
        const mark = pending.get(`${kind}\u0000${key}`);
        if (!mark) return true;
        if (Date.now() - mark.at >= PENDING_WAIT_MS) {
          pending.delete(`${kind}\u0000${key}`);
          return true;
        }
        if (!waits.has(mark)) waits.set(mark, settled(mark, false));
        return false;
      };
      for (const { original, want } of items) {
        const n = cache.needs(original, want);
        if (n.read && wanted('read', original)) reads.add(original);
        if (n.conv && wanted('conv', cacheKey(want.script!, original))) addTo(convs, want.script!, original);
        if (n.pieces && wanted('pieces', cacheKey(want.script!, original))) addTo(pieces, want.script!, original);
      }
      const names = [...nameList];
      const jobs: Promise<void>[] = [...waits.values()];
      if (reads.size) jobs.push(read([...reads], names, reading));
      for (const [variant, set] of convs) {
        const texts = [...set];
        const mark = track('conv', texts.map((t) => cacheKey(variant, t)), () =>
          source.convert(texts, variant).then((out) => texts.forEach((t, i) => typeof out[i] === 'string' && convCache.set(cacheKey(variant, t), out[i]!))),
        );
        jobs.push(settled(mark, true));
      }
      for (const [variant, set] of pieces) {
        const texts = [...set];
        const mark = track('pieces', texts.map((t) => cacheKey(variant, t)), () =>
          source.convertSegments(texts, variant).then((out) => texts.forEach((t, i) => out[i] && pieceCache.set(cacheKey(variant, t), out[i]!))),
        );
        jobs.push(settled(mark, true));
      }
      await Promise.all(jobs);
      // Rewritten phrases (软件 → 軟體) read as what they became: the converted texts' readings too.
      const second = new Set<string>();
      for (const { original, want } of items) {
        if (!want.pinyin || !want.script) continue;
        const found = pieceCache.get(cacheKey(want.script, original));
        const converted = found ? phraseText(found) : null;
        if (converted !== null && !readCache.has(converted)) second.add(converted);
      }
      if (second.size) await read([...second], names, reading);
    },
    trim() {
      for (const c of [readCache, convCache, pieceCache] as Map<string, unknown>[]) if (c.size > MAX_CACHE) c.clear();
    },
    clear() {
      readCache = new Map();
      convCache.clear();
      pieceCache.clear();
    },
  };
  return cache;
}
