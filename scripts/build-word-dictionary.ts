/**
 * Builds the readings' word dictionary (lib/reading/word-dictionary.ts) at build time, from
 * @pinyin-pro/data's complete word list (pinyin-pro's own data project): only the words whose
 * reading pinyin-pro's built-in dictionary does not already give for the word alone, so the file
 * stays small and the install quick. Wired in wxt.config.ts (build:publicAssets); never committed.
 * Run directly (`node --import tsx scripts/build-word-dictionary.ts [OUT]`) it prints its sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pinyin } from 'pinyin-pro';
import { stripTone, toneOf } from '../lib/reading/tones';
import { formatWordDictionary, WORD_DICTIONARY_ASSET, type WordEntries } from '../lib/reading/word-dictionary';

const require = createRequire(import.meta.url);

type Source = Record<string, [string, number, string?] | string>;

/** Entries of the source that are wrong for news prose, each with its reason. */
const VETOES: ReadonlyArray<readonly [word: string, why: string]> = [
  ['交相', 'jiāoxiāng "mutually" (交相辉映); the source has xiàng'],
  ['调升', 'tiáoshēng "raise" (调升利率) in news; diàoshēng "transfer up" is rare'],
  ['喔喔叫', 'wōwō jiào, the rooster\'s crow (公鸡喔喔叫); the source has ō ō, which pinyin-pro matches across the word cut 喔|喔|叫'],
];
const VETOED = new Set(VETOES.map(([w]) => w));
/** The source's lowest frequency: words it lists without a corpus count. */
const FLOOR = 3e-12;

/** The same reading once the neutral-tone convention is applied (粮食 liáng shi is liáng shí). */
function sameUnderConvention(library: readonly string[], entry: readonly string[]): boolean {
  return library.length === entry.length && library.every((s, k) => s === entry[k] || (toneOf(entry[k]!) === 5 && stripTone(s) === entry[k]));
}

/**
 * The entries: multi-character words of the complete list whose reading differs from what
 * pinyin-pro reads for the word alone (with its built-in dictionary only: run this before any
 * install). Single characters are left out: their default readings are pinyin-pro's.
 */
export function buildWordEntries(source: Source = require('@pinyin-pro/data/complete.json') as Source): WordEntries {
  const out: WordEntries = {};
  for (const [word, value] of Object.entries(source)) {
    const chars = Array.from(word);
    if (chars.length < 2) continue;
    const reading = Array.isArray(value) ? value[0] : value;
    const probability = Array.isArray(value) && typeof value[1] === 'number' ? value[1] : 2e-8 * chars.length * chars.length;
    if (reading.split(' ').length !== chars.length) continue;
    if (sameUnderConvention(pinyin(word, { type: 'array' }), reading.split(' '))) continue;
    if (VETOED.has(word)) continue;
    // A rare X为 entry (自发为, 意为 at the source's floor frequency) matches across a word boundary
    // (自发|为选手, 愿意|为): 为 after a verb is the context rules' to decide.
    if (chars.length === 2 && chars[1] === '为' && probability <= FLOOR) continue;
    out[word] = [reading, probability];
  }
  return out;
}

export function buildWordDictionaryText(): string {
  return formatWordDictionary(buildWordEntries());
}

function sourcesKey(): string {
  const hash = createHash('sha256');
  for (const file of [
    require.resolve('@pinyin-pro/data/complete.json'),
    require.resolve('pinyin-pro/package.json'),
    fileURLToPath(new URL('../lib/reading/word-dictionary.ts', import.meta.url)),
    fileURLToPath(new URL('../lib/reading/tones.ts', import.meta.url)),
    fileURLToPath(import.meta.url),
  ]) {
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The gzipped file under `cacheDir` (WXT's .wxt folder), rebuilt when its sources changed; returns its path. */
export function ensureWordDictionaryFile(cacheDir: string): string {
  const file = join(cacheDir, WORD_DICTIONARY_ASSET);
  const stamp = `${file}.key`;
  const key = sourcesKey();
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return file;
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: parallel builds and test workers may read it meanwhile.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, gzipSync(buildWordDictionaryText(), { level: 9 }));
  renameSync(tmp, file);
  writeFileSync(`${stamp}.${process.pid}.tmp`, key);
  renameSync(`${stamp}.${process.pid}.tmp`, stamp);
  return file;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The file's text for Node clients (CLI, tests, bench): built into .wxt when missing or stale. */
export function readWordDictionaryText(cacheDir = join(ROOT, '.wxt')): string {
  return gunzipSync(readFileSync(ensureWordDictionaryFile(cacheDir))).toString('utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entries = buildWordEntries();
  const text = formatWordDictionary(entries);
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  const words = Object.keys(entries).length;
  process.stdout.write(
    `${words} words: ${(Buffer.byteLength(text) / 1e3).toFixed(0)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1e3).toFixed(0)} KB gzipped\n`,
  );
}
