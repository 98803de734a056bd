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

/** The character bigrams of a text's letters and digits (punctuation and spaces dropped). */
export function listCharBigrams(text: string): string[] {
  const chars = Array.from(text.toLowerCase()).filter((ch) => /[\p{L}\p{N}]/u.test(ch));
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * How central each sentence is by its character bigrams: the cosine between its bigram counts and those
 * of the rest of the statement. Needs no segmenter, so a word the segmenter splits oddly (names, Cantonese,
 * pinyin-glossed pages) still counts; 0 for fewer than three sentences, where it cannot tell them apart.
 */
export function measureBigramCentrality(texts: readonly string[]): number[] {
  if (texts.length < 3) return texts.map(() => 0);
  const counts = texts.map((t) => {
    const m = new Map<string, number>();
    for (const b of listCharBigrams(t)) m.set(b, (m.get(b) ?? 0) + 1);
    return m;
  });
  const whole = new Map<string, number>();
  for (const m of counts) for (const [b, n] of m) whole.set(b, (whole.get(b) ?? 0) + n);
  return counts.map((own) => {
    let dot = 0;
    let ownSquares = 0;
    let restSquares = 0;
    for (const [b, n] of whole) {
      const mine = own.get(b) ?? 0;
      const rest = n - mine;
      dot += mine * rest;
      ownSquares += mine * mine;
      restSquares += rest * rest;
    }
    return ownSquares > 0 && restSquares > 0 ? dot / Math.sqrt(ownSquares * restSquares) : 0;
  });
}
