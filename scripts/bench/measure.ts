/** The bench's two measuring helpers: every group reports medians of rounds, never single times. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one synchronous call, in ms. */
export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
