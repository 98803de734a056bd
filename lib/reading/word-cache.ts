/**
 * Readings of words read alone, remembered across paragraphs (words recur through an article:
 * 发展, 乡村振兴 …). Bounded, least recently used out first, so a long session stays small.
 *
 * A paragraph's words are resolved into their own map before anything is stored: storing the new
 * words evicts old ones, and an evicted word may be one this same paragraph needs (the cause of
 * the "reading '0' of undefined" crash once the cache was full).
 */

export type WordReadings = readonly (string | null)[];

export interface WordCache {
  /**
   * The readings of every word in `words`: remembered ones, and the rest read by `readAlone`
   * (called once, with the words not remembered, in order; one readings array per word).
   */
  resolve(words: readonly string[], readAlone: (missing: readonly string[]) => WordReadings[]): Map<string, WordReadings>;
  readonly size: number;
}

export const DEFAULT_WORD_CACHE_SIZE = 4000;

export function createWordCache(limit = DEFAULT_WORD_CACHE_SIZE): WordCache {
  const cache = new Map<string, WordReadings>();
  return {
    get size() {
      return cache.size;
    },
    resolve(words, readAlone) {
      const found = new Map<string, WordReadings>();
      const missing = new Set<string>();
      for (const word of words) {
        if (found.has(word)) continue;
        const hit = cache.get(word);
        if (hit) {
          // Used again: to the back of the eviction order.
          cache.delete(word);
          cache.set(word, hit);
          found.set(word, hit);
        } else {
          missing.add(word);
        }
      }
      if (missing.size === 0) return found;
      const order = [...missing];
      const read = readAlone(order);
      order.forEach((word, k) => {
        const readings = read[k] ?? Array.from(word).map(() => null);
        found.set(word, readings);
        if (limit <= 0) return;
        while (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(word, readings);
      });
      return found;
    },
  };
}
