/**
 * The segmenter's word list in its compact text form (compiled at build time by
 * scripts/build-segmenter-data.ts): one line per cost, `cost<TAB>word word word…`, where the cost
 * is a word's negative log frequency, scaled and rounded to an integer. Grouping by cost keeps the
 * numbers out of the file: the words are most of it.
 */

/** Cost units per natural-log unit of probability: tenths of a nat are finer than the frequencies are sure. */
export const COST_SCALE = 10;

export interface WordCosts {
  /** Each known word's cost (lower is likelier). */
  costs: Map<string, number>;
  /** The longest known word, in UTF-16 units, by its first UTF-16 unit: how far a lookup has to look. */
  longest: Map<number, number>;
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

/** Reads the compact text back; the unknown-character cost is one step above the rarest word's. */
export function decodeWordCosts(text: string): WordCosts {
  const costs = new Map<string, number>();
  const longest = new Map<number, number>();
  let max = 0;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const cost = Number(line.slice(0, tab));
    if (!Number.isFinite(cost)) continue;
    if (cost > max) max = cost;
    for (const word of line.slice(tab + 1).split(' ')) {
      if (!word) continue;
      costs.set(word, cost);
      const first = word.charCodeAt(0);
      if ((longest.get(first) ?? 0) < word.length) longest.set(first, word.length);
    }
  }
  return { costs, longest, unknown: max + 2 * COST_SCALE };
}
