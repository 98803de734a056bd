/** The bench's two measuring helpers: every group reports medians of rounds, never single times. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of one synchronous call, in ms. */
export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
