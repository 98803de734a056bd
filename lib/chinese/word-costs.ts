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
  return createWordCostsDecoder(text, maxCost).finish();
}

/**
 * The same decoding a slice at a time, so a warm-up can decode between other work (a message that
 * arrives meanwhile is answered between two slices) and a first segmentation can finish the rest.
 */
export interface WordCostsDecoder {
  /** Decodes at most `words` more words; true when the whole text is decoded. */
  step(words: number): boolean;
  /** Decodes what is left and gives the result (the same object on every call). */
  finish(): WordCosts;
}

export function createWordCostsDecoder(text: string, maxCost = Infinity): WordCostsDecoder {
  const costs = new Map<string, number>();
  const longest = new Map<number, number>();
  const prefixes = new Set<string>();
  let max = 0;
  // Where decoding goes on: `pos` in the text; inside a line (lineEnd ≥ 0) its words are at `cost`.
  let pos = 0;
  let lineEnd = -1;
  let cost = 0;
  const add = (word: string): void => {
    costs.set(word, cost);
    const first = word.charCodeAt(0);
    if ((longest.get(first) ?? 0) < word.length) longest.set(first, word.length);
    for (let k = 2; k < word.length; k++) prefixes.add(word.slice(0, k));
  };
  const step = (words: number): boolean => {
    let budget = words;
    while (budget > 0 && pos < text.length) {
      if (lineEnd < 0) {
        let end = text.indexOf('\n', pos);
        if (end < 0) end = text.length;
        const tab = text.indexOf('\t', pos);
        const lineCost = tab >= 0 && tab < end ? Number(text.slice(pos, tab)) : NaN;
        if (!Number.isFinite(lineCost) || lineCost > maxCost) {
          pos = end + 1;
          continue;
        }
        if (lineCost > max) max = lineCost;
        cost = lineCost;
        lineEnd = end;
        pos = tab + 1;
      }
      let stop = text.indexOf(' ', pos);
      if (stop < 0 || stop > lineEnd) stop = lineEnd;
      if (stop > pos) {
        add(text.slice(pos, stop));
        budget--;
      }
      if (stop >= lineEnd) {
        pos = lineEnd + 1;
        lineEnd = -1;
      } else {
        pos = stop + 1;
      }
    }
    return pos >= text.length;
  };
  let result: WordCosts | null = null;
  return {
    step,
    finish() {
      if (!result) {
        step(Infinity);
        result = { costs, longest, prefixes, unknown: max + 2 * COST_SCALE };
      }
      return result;
    },
  };
}
