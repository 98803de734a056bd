/** TextRank over sentences (Mihalcea & Tarau 2004): similarity is shared content words over the log of the lengths. */

/** TextRank scores for sentences given their word lists. */
export function rankSentences(words: string[][], damping = 0.85, iterations = 60): number[] {
  const n = words.length;
  if (n === 0) return [];
  const sets = words.map((w) => new Set(w));
  const weights: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      if (i === j) {
        row.push(0);
        continue;
      }
      const a = sets[i]!;
      const b = sets[j]!;
      let overlap = 0;
      for (const w of a) if (b.has(w)) overlap++;
      // the original similarity: shared words over the log of the lengths (guarded for one-word sentences)
      const norm = Math.log(a.size + 1) + Math.log(b.size + 1);
      row.push(overlap > 0 && norm > 0 ? overlap / norm : 0);
    }
    weights.push(row);
  }
  const outSum = weights.map((row) => row.reduce((s, x) => s + x, 0));
  let score = new Array<number>(n).fill(1);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill(1 - damping);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]![i]!;
        if (w > 0 && outSum[j]! > 0) s += (w / outSum[j]!) * score[j]!;
      }
      next[i] = next[i]! + damping * s;
    }
    const delta = next.reduce((d, x, i) => d + Math.abs(x - score[i]!), 0);
    score = next;
    if (delta < 1e-6) break;
  }
  return score;
}
