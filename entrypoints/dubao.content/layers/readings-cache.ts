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
  // already asked for is waited for, not asked again.
  let pending = new Map<string, Promise<void>>();

  /** Asks for `texts` (of one kind) and marks them pending until the answer is in. */
  function track(kind: string, texts: string[], request: () => Promise<void>): Promise<void> {
    const job = request();
    const marks = pending;
    for (const t of texts) marks.set(`${kind}\u0000${t}`, job);
    const clear = () => texts.forEach((t) => marks.get(`${kind}\u0000${t}`) === job && marks.delete(`${kind}\u0000${t}`));
    job.then(clear, clear);
    return job;
  }

  function read(texts: string[], names: string[], reading: ReadingOptions | undefined): Promise<void> {
    const cache = readCache;
    return track('read', texts, () =>
      (reading ? source.read(texts, names, reading) : source.read(texts, names)).then((out) => texts.forEach((t, i) => out[i] && cache.set(t, out[i]!))),
    );
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
      const waits = new Set<Promise<void>>();
      // Not asked again when already on its way: waited for.
      const wanted = (kind: string, key: string): boolean => {
        const job = pending.get(`${kind}\u0000${key}`);
        if (job) waits.add(job.catch(() => undefined));
        return !job;
      };
      for (const { original, want } of items) {
        const n = cache.needs(original, want);
        if (n.read && wanted('read', original)) reads.add(original);
        if (n.conv && wanted('conv', cacheKey(want.script!, original))) addTo(convs, want.script!, original);
        if (n.pieces && wanted('pieces', cacheKey(want.script!, original))) addTo(pieces, want.script!, original);
      }
      const names = [...nameList];
      const jobs: Promise<void>[] = [...waits];
      if (reads.size) jobs.push(read([...reads], names, reading));
      for (const [variant, set] of convs) {
        const texts = [...set];
        jobs.push(
          track('conv', texts.map((t) => cacheKey(variant, t)), () =>
            source.convert(texts, variant).then((out) => texts.forEach((t, i) => typeof out[i] === 'string' && convCache.set(cacheKey(variant, t), out[i]!))),
          ),
        );
      }
      for (const [variant, set] of pieces) {
        const texts = [...set];
        jobs.push(
          track('pieces', texts.map((t) => cacheKey(variant, t)), () =>
            source.convertSegments(texts, variant).then((out) => texts.forEach((t, i) => out[i] && pieceCache.set(cacheKey(variant, t), out[i]!))),
          ),
        );
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
