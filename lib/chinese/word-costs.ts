/**
 * The segmenter's word list in its compact text form (compiled at build time by
 * scripts/build-segmenter-data.ts): one line per cost, `cost<TAB>word word word…`, where the cost
 * is a word's negative log frequency, scaled and rounded to an integer. Grouping by cost keeps the
 * numbers out of the file: the words are most of it.
 */

/** Cost units per natural-log unit of probability: tenths of a nat are finer than the frequencies are sure. */
export const COST_SCALE = 10;

/**
 * The common words: those at or below this cost. The understanding modules (which run in the content
 * script) segment with these alone, so a Chinese page is sent a third of the list by the background;
 * the readings (in the background) use all of it.
 */
export const COMMON_MAX_COST = 135;

/** The compact text cut to the words at or below `maxCost` (lines are sorted by cost). */
export function cutWordCosts(text: string, maxCost: number): string {
  return text
    .split('\n')
    .filter((line) => Number(line.slice(0, line.indexOf('\t'))) <= maxCost)
    .join('\n');
}

export interface WordCosts {
  /** Each known word's cost (lower is likelier). */
  costs: Map<string, number>;
  /** The longest known word, in UTF-16 units, by its first UTF-16 unit: how far a lookup has to look. */
  longest: Map<number, number>;
  /** Every proper beginning (two units or more) of a longer word: a lookup stops where none goes on. */
  prefixes: Set<string>;
  /** The cost of a Han character the list does not know. */
  unknown: number;
}

/** The compact text of `entries` (word → cost). Deterministic: the same entries give the same text. */
export function encodeWordCosts(entries: ReadonlyMap<string, number>): string {
  const byCost = new Map<number, string[]>();
  for (const [word, cost] of entries) {
    if (!word || /[\s\t\n]/.test(word)) continue;
    const list = byCost.get(cost);
    if (list) list.push(word);
    else byCost.set(cost, [word]);
  }
  return [...byCost.keys()]
    .sort((a, b) => a - b)
    .map((cost) => `${cost}\t${byCost.get(cost)!.sort().join(' ')}`)
    .join('\n');
}

/**
 * Reads the compact text back (only the words at or below `maxCost`, when given); the
 * unknown-character cost is a step above the rarest word's.
 */
export function decodeWordCosts(text: string, maxCost = Infinity): WordCosts {
  const costs = new Map<string, number>();
  const longest = new Map<number, number>();
  const prefixes = new Set<string>();
  let max = 0;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const cost = Number(line.slice(0, tab));
    if (!Number.isFinite(cost) || cost > maxCost) continue;
    if (cost > max) max = cost;
    for (const word of line.slice(tab + 1).split(' ')) {
      if (!word) continue;
      costs.set(word, cost);
      const first = word.charCodeAt(0);
      if ((longest.get(first) ?? 0) < word.length) longest.set(first, word.length);
      for (let k = 2; k < word.length; k++) prefixes.add(word.slice(0, k));
    }
  }
  return { costs, longest, prefixes, unknown: max + 2 * COST_SCALE };
}
