/**
 * Pure scoring for the summaries evaluation: ROUGE-1 and ROUGE-L F1 on characters (Lin 2004), with
 * punctuation and spaces ignored, a seeded random source, and a bootstrap interval for a mean difference.
 */

/** The characters ROUGE counts: letters and digits (Han included), lower-cased; punctuation and spaces dropped. */
export function tokenizeChars(text: string): string[] {
  return Array.from(text.toLowerCase()).filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

/** ROUGE-1 F1: clipped character overlap. */
export function scoreRouge1(candidate: string, reference: string): number {
  const c = tokenizeChars(candidate);
  const r = tokenizeChars(reference);
  const counts = new Map<string, number>();
  for (const ch of r) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let overlap = 0;
  for (const ch of c) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(ch, left - 1);
    }
  }
  return f1(overlap, c.length, r.length);
}

/** Length of the longest common subsequence of two token lists. */
export function measureLcs(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** ROUGE-L F1: longest common character subsequence. */
export function scoreRougeL(candidate: string, reference: string): number {
  const c = tokenizeChars(candidate);
  const r = tokenizeChars(reference);
  return f1(measureLcs(c, r), c.length, r.length);
}

/**
 * Sentences as the evaluation set defines them (independent of the engine's splitter): each ends at
 * 。！？!? and keeps the closing quotes and brackets after its end; trimmed, empty ones dropped.
 */
export function splitEvalSentences(text: string): string[] {
  return (text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』》）)】"']*|$)|[。！？!?]+[”’」』》）)】"']*/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A seeded uniform source in [0, 1) (mulberry32): runs are repeatable. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function computeMean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

/**
 * Percentile bootstrap interval for the mean of paired differences a[i] − b[i]: resample the items
 * with replacement `rounds` times (seeded), take the 2.5th and 97.5th percentiles of the means.
 */
export function bootstrapMeanDifference(
  a: readonly number[],
  b: readonly number[],
  rounds = 10000,
  seed = 20261205,
  level = 0.95,
): { mean: number; low: number; high: number } {
  const diffs = a.map((x, i) => x - (b[i] ?? 0));
  const n = diffs.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const random = createRandom(seed);
  const means: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += diffs[Math.floor(random() * n)]!;
    means.push(s / n);
  }
  means.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  const at = (q: number) => means[Math.min(rounds - 1, Math.max(0, Math.floor(q * rounds)))]!;
  return { mean: computeMean(diffs), low: at(tail), high: at(1 - tail) };
}

/** The keyed requests of one statement: `asks` must be found; `maybe` (borderline) is neither missed nor wrong. */
export interface AsksKey {
  asks: readonly string[];
  maybe?: readonly string[];
}

export interface AsksScore {
  /** Lines shown that say a keyed request. */
  right: number;
  /** Lines shown that say none (neither a keyed nor a borderline one). */
  wrong: number;
  /** Keyed requests some line says. */
  found: number;
  /** Keyed requests no line says. */
  missed: number;
}

// a page converted with its pinyin left in ("運(yùn)營"): the key is written without the glosses
const dropGlosses = (s: string) => s.replace(/\([a-zA-Z\u00C0-\u024F]{1,7}\)/g, '');

/**
 * Whether a shown line says a keyed request: their common characters (in order) cover at least half of the
 * request, so a fragment ("形成政策建议") does not, and at least 40% of the line, so a whole paragraph does not.
 */
export function saysAsk(line: string, ask: string): boolean {
  const l = tokenizeChars(dropGlosses(line));
  const a = tokenizeChars(dropGlosses(ask));
  if (l.length === 0 || a.length === 0) return false;
  const common = measureLcs(l, a);
  return common >= 0.5 * a.length && common >= 0.4 * l.length;
}

/** The asks lines of one statement against its key. */
export function scoreAsks(lines: readonly string[], key: AsksKey): AsksScore {
  const maybe = key.maybe ?? [];
  let right = 0;
  let wrong = 0;
  for (const line of lines) {
    if (key.asks.some((a) => saysAsk(line, a))) right++;
    else if (!maybe.some((a) => saysAsk(line, a))) wrong++;
  }
  const found = key.asks.filter((a) => lines.some((line) => saysAsk(line, a))).length;
  return { right, wrong, found, missed: key.asks.length - found };
}
