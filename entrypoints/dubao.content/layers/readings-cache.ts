/**
 * The readings cache: readings, conversions and conversion pieces fetched from the reading engines
 * for the texts the layers show, keyed by the original text (and the variant). Readings depend on
 * the names read as names: a new set of names starts that cache over.
 */
import type { ConvertedPiece, ReadingEngine, RubySegment, ScriptVariant } from '@/lib/reading/contract';
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
  fetch(items: readonly FetchItem[], names: readonly string[]): Promise<void>;
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

  function read(texts: string[], names: string[]): Promise<void> {
    const cache = readCache;
    return source.read(texts, names).then((out) => texts.forEach((t, i) => out[i] && cache.set(t, out[i]!)));
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
    async fetch(items, nameList) {
      const namesKey = nameList.join('\u0001');
      if (namesKey !== readNamesKey) {
        readCache = new Map();
        readNamesKey = namesKey;
      }
      const reads = new Set<string>();
      const convs = new Map<ScriptVariant, Set<string>>();
      const pieces = new Map<ScriptVariant, Set<string>>();
      for (const { original, want } of items) {
        const n = cache.needs(original, want);
        if (n.read) reads.add(original);
        if (n.conv) addTo(convs, want.script!, original);
        if (n.pieces) addTo(pieces, want.script!, original);
      }
      const names = [...nameList];
      const jobs: Promise<void>[] = [];
      if (reads.size) jobs.push(read([...reads], names));
      for (const [variant, set] of convs) {
        const texts = [...set];
        jobs.push(source.convert(texts, variant).then((out) => texts.forEach((t, i) => typeof out[i] === 'string' && convCache.set(cacheKey(variant, t), out[i]!))));
      }
      for (const [variant, set] of pieces) {
        const texts = [...set];
        jobs.push(source.convertSegments(texts, variant).then((out) => texts.forEach((t, i) => out[i] && pieceCache.set(cacheKey(variant, t), out[i]!))));
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
      if (second.size) await read([...second], names);
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
