/**
 * Weighted logistic regression by gradient descent on standardised features, shared by the corpus fits
 * (`scripts/corpus-fit.ts`, `scripts/fit-piece-judge.ts`). A negative weighs `fpWeight` (a false positive costs
 * that many misses); `signs`, when given, keeps each weight on its side (a weight crossing zero stops there).
 */
export interface LogisticFit {
  /** weights on the standardised scale */
  w: number[];
  b: number;
  mean: number[];
  sd: number[];
}

export interface LogisticOptions {
  l2: number;
  fpWeight: number;
  steps: number;
  rate: number;
  signs?: readonly number[];
}

export function fitLogistic(xs: readonly (readonly number[])[], truth: readonly boolean[], o: LogisticOptions): LogisticFit {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const y = truth.map((t) => (t ? 1 : 0));
  const wt = truth.map((t) => (t ? 1 : o.fpWeight));
  const total = wt.reduce((a, b) => a + b, 0);
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < o.steps; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += z[i]![j]! * w[j]!;
      const err = (1 / (1 + Math.exp(-s)) - y[i]!) * wt[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * z[i]![j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) {
      w[j]! -= o.rate * (gw[j]! / total + o.l2 * w[j]!);
      if (o.signs && w[j]! * o.signs[j]! < 0) w[j] = 0;
    }
    b -= o.rate * (gb / total);
  }
  return { w, b, mean, sd };
}
