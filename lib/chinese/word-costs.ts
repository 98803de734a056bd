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

/**
 * The list's likeliest words (its first lines), in order, up to `maxChars` characters: a stand-in
 * for common text where something must run over the words a page is likely to have (a warm-up).
 */
export function commonWordsOf(text: string, maxChars: number): string[] {
  const out: string[] = [];
  let chars = 0;
  for (const line of text.split('\n', 400)) {
    for (const word of line.slice(line.indexOf('\t') + 1).split(' ')) {
      if (!word) continue;
      if (chars + word.length > maxChars) return out;
      out.push(word);
      chars += word.length;
    }
  }
  return out;
}

/** What the segmenter looks up (segmenter.ts): every key begins with the first UTF-16 unit it is filed under. */
export interface WordCosts {
  /** Each known word's cost (lower is likelier). */
  costs: { get(word: string): number | undefined };
  /** The longest known word, in UTF-16 units, by its first UTF-16 unit: how far a lookup has to look. */
  longest: { get(first: number): number | undefined };
  /** Every proper beginning (two units or more) of a longer word: a lookup stops where none goes on. */
  prefixes: { has(piece: string): boolean };
  /** The cost of a Han character the list does not know. */
  unknown: number;
}

/** The list decoded whole, in plain maps. */
export interface DecodedWordCosts extends WordCosts {
  costs: Map<string, number>;
  longest: Map<number, number>;
  prefixes: Set<string>;
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

/** Each line of the text whose cost counts (at most `maxCost`): its cost, and where its words lie. */
function forEachLine(text: string, maxCost: number, each: (cost: number, from: number, to: number) => void): void {
  for (let pos = 0; pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', pos);
    const cost = tab >= 0 && tab < end ? Number(text.slice(pos, tab)) : NaN;
    if (Number.isFinite(cost) && cost <= maxCost) each(cost, tab + 1, end);
    pos = end + 1;
  }
}

/**
 * Reads the compact text back (only the words at or below `maxCost`, when given); the
 * unknown-character cost is a step above the rarest word's.
 */
export function decodeWordCosts(text: string, maxCost = Infinity): DecodedWordCosts {
  const costs = new Map<string, number>();
  const longest = new Map<number, number>();
  const prefixes = new Set<string>();
  let max = 0;
  forEachLine(text, maxCost, (cost, from, to) => {
    if (cost > max) max = cost;
    for (const word of text.slice(from, to).split(' ')) {
      if (!word) continue;
      costs.set(word, cost);
      const first = word.charCodeAt(0);
      if ((longest.get(first) ?? 0) < word.length) longest.set(first, word.length);
      for (let k = 2; k < word.length; k++) prefixes.add(word.slice(0, k));
    }
  });
  return { costs, longest, prefixes, unknown: max + 2 * COST_SCALE };
}

/**
 * The same lookups without decoding the list first: one pass notes where each word starts, filed by
 * its first unit, and a unit's words are decoded the first time a lookup asks for that unit. A first
 * segmentation decodes only the units its text has, where decoding the whole list (tens of thousands
 * of words, their prefixes) would come first (bench: "cold: …" after the service worker was stopped).
 */
export function indexWordCosts(text: string, maxCost = Infinity): WordCosts {
  // Every word's offset and cost, grouped by first unit (a counting sort: typed arrays, no map of
  // tens of thousands of entries): the words of unit u are at slots first[u] … first[u + 1] - 1.
  const first = new Int32Array(0x10001);
  let max = 0;
  const eachWord = (visit: (at: number, cost: number, length: number) => void) =>
    forEachLine(text, maxCost, (cost, from, to) => {
      if (cost > max) max = cost;
      for (let at = from; at < to; ) {
        let stop = text.indexOf(' ', at);
        if (stop < 0 || stop > to) stop = to;
        if (stop > at) visit(at, cost, stop - at);
        at = stop + 1;
      }
    });
  eachWord((at) => void first[text.charCodeAt(at) + 1]!++);
  for (let u = 1; u < first.length; u++) first[u]! += first[u - 1]!;
  const offsets = new Int32Array(first[0x10000]!);
  const lengths = new Int32Array(offsets.length);
  const costOf = new Float64Array(offsets.length);
  const fill = first.slice(0, 0x10000);
  eachWord((at, cost, length) => {
    const slot = fill[text.charCodeAt(at)]!++;
    offsets[slot] = at;
    lengths[slot] = length;
    costOf[slot] = cost;
  });
  interface Bucket {
    costs: Map<string, number>;
    longest: number;
    prefixes: Set<string>;
  }
  const buckets = new Map<number, Bucket>();
  const bucket = (unit: number): Bucket => {
    let found = buckets.get(unit);
    if (!found) {
      found = { costs: new Map(), longest: 0, prefixes: new Set() };
      for (let slot = first[unit]!; slot < first[unit + 1]!; slot++) {
        const at = offsets[slot]!;
        const word = text.slice(at, at + lengths[slot]!);
        // In the text's order, as decodeWordCosts: a word listed twice takes its later cost.
        found.costs.set(word, costOf[slot]!);
        if (word.length > found.longest) found.longest = word.length;
        for (let k = 2; k < word.length; k++) found.prefixes.add(word.slice(0, k));
      }
      buckets.set(unit, found);
    }
    return found;
  };
  return {
    costs: { get: (word) => (word ? bucket(word.charCodeAt(0)).costs.get(word) : undefined) },
    longest: { get: (unit) => bucket(unit).longest || undefined },
    prefixes: { has: (piece) => piece.length > 0 && bucket(piece.charCodeAt(0)).prefixes.has(piece) },
    unknown: max + 2 * COST_SCALE,
  };
}
