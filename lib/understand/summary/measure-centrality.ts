/**
 * How central each sentence is to its statement: the cosine between the sentence's content words
 * and the words of the other sentences, counted by how many of them use each word (centroid-based
 * summarisation, Radev et al. 2004). TextRank needs many sentences to settle, and a speaker here says
 * three to six; scripts/summaries-eval.ts measures the gist either way.
 */

/** A centrality per sentence given its content words (0 for a sentence that shares nothing). */
export function measureCentrality(words: readonly (readonly string[])[]): number[] {
  const spread = new Map<string, number>();
  const sets = words.map((w) => new Set(w));
  for (const set of sets) for (const w of set) spread.set(w, (spread.get(w) ?? 0) + 1);
  // the others' vector is the whole statement's minus the sentence's own words
  let wholeSquares = 0;
  for (const n of spread.values()) wholeSquares += n * n;
  return sets.map((set) => {
    if (set.size === 0) return 0;
    let shared = 0;
    let othersSquares = wholeSquares;
    for (const w of set) {
      // a word counts once for every other sentence that uses it
      const n = spread.get(w)!;
      shared += n - 1;
      othersSquares += (n - 1) * (n - 1) - n * n;
    }
    return othersSquares > 0 ? shared / Math.sqrt(set.size * othersSquares) : 0;
  });
}
