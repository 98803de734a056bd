/** One line of the benchmark table (npm run bench). */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}
