/**
 * `npm run bench`: every benchmark side by side in one run, medians and ratios (never absolute
 * times alone: this machine is shared and noisy). Prints a table and writes bench-results.json.
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { benchDetect } from './bench/detect';
import { benchCold } from './bench/cold';
import { benchDictionary } from './bench/dictionary';
import { benchLayers } from './bench/layers';
import { benchReading } from './bench/reading';
import { benchSegment } from './bench/segment';
import { applyBudget, loadBudget } from './bench/budget';
import type { BenchRow } from './bench/types';
import { ROOT } from '../tests/e2e/helpers/paths';

function formatTable(rows: BenchRow[]): string {
  const header = ['benchmark', 'value', 'unit', 'target', 'ok'];
  const body = rows.map((r) => [r.name, r.value.toFixed(r.value < 10 ? 3 : 1), r.unit, r.target ?? '', r.pass == null ? '' : r.pass ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  // the detection bench bundles its own code: no extension build needed for it alone
  if (!process.argv.includes('--no-build') && only !== 'detect') {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  // `--only detect` runs one group (the detection rows) and skips the slower layer benches
  const groups: Array<[string, () => Promise<BenchRow[]>]> = [
    ['detect', benchDetect],
    ['reading', benchReading],
    ['segment', benchSegment],
    ['layers', benchLayers],
    ['cold', benchCold],
    ['dictionary', benchDictionary],
  ];
  if (only && !groups.some(([name]) => name === only)) throw new Error(`--only: unknown group ${only}`);
  const measured: BenchRow[] = [];
  for (const [name, run] of groups) if (!only || name === only) measured.push(...(await run()));
  // Targets come from scripts/bench/budget.json (one source); `--check` fails on a row over its limit.
  const { rows, unbudgeted, failed } = applyBudget(measured, loadBudget());
  process.stdout.write(`${formatTable(rows)}\n`);
  const file = resolve(ROOT, 'bench-results.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
  process.stdout.write(`written: bench-results.json\n`);
  for (const r of unbudgeted) process.stdout.write(`target not in scripts/bench/budget.json: ${r.name} (${r.target})\n`);
  if (process.argv.includes('--check')) {
    for (const r of failed) process.stdout.write(`over budget: ${r.name}: ${r.value} ${r.unit} (limit ${r.target})\n`);
    if (failed.length || unbudgeted.length) process.exitCode = 1;
    else process.stdout.write('every budgeted row within its limit\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
