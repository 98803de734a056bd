/**
 * Builds DuBao's Jyutping table from to-jyutping's packaged lexicon (BSD-2-Clause, CanCLID), at
 * build time (wired in wxt.config.ts; the file is never committed). to-jyutping ships its lexicon as
 * an encoded trie that it decodes, all of it, on its first call; here it is decoded once, at build,
 * into plain lines that lib/reading/jyutping-table.ts reads without a decode step:
 *   `word<TAB>reading|reading…`   (readings as to-jyutping gives them: syllables spaced, likeliest first)
 * sorted, so that the words starting with one character are one block.
 * Run directly (`node --import tsx scripts/build-jyutping-table.ts [OUT]`) it writes OUT and prints sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { JYUTPING_TABLE_ASSET } from '../lib/reading/jyutping-table';

const require = createRequire(import.meta.url);

/** to-jyutping's built module (its package exports no other file). */
function packagedModule(): string {
  return require.resolve('to-jyutping').replace(/index\.c?js$/, 'index.mjs');
}

/** Its lexicon: the one long string literal in the module. */
function readPackagedTrie(): string {
  const source = readFileSync(packagedModule(), 'utf8');
  const literals = [...source.matchAll(/"((?:[^"\\\n]|\\.){100000,})"/g)];
  if (literals.length !== 1) throw new Error(`to-jyutping: expected one lexicon literal, found ${literals.length}`);
  // A JavaScript string literal (its own escapes), from the installed package: evaluated as one.
  return new Function(`return "${literals[0]![1]}"`)() as string;
}

// to-jyutping's syllable code (src/utils.ts, decodeJyutping), decoded here once for every entry.
const ONSET = ['', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'ng', 'gw', 'kw', 'w', 'h', 'z', 'c', 's', 'j'];
const NUCLEUS = ['aa', 'a', 'e', 'i', 'o', 'u'];
const RHYME = ['oe', 'oen', 'oeng', 'oet', 'oek', 'eoi', 'eon', 'eot', 'yu', 'yun', 'yut', 'm', 'ng'];
const CODA = ['', 'i', 'u', 'm', 'n', 'ng', 'p', 't', 'k'];

function decodeSyllable(id: number): string {
  const final = Math.floor((id % 402) / 6);
  const rhyme = final >= 54 ? RHYME[final - 54]! : NUCLEUS[Math.floor(final / 9)]! + CODA[final % 9]!;
  return ONSET[Math.floor(id / 402)]! + rhyme + ((id % 6) + 1);
}

/**
 * Every word of the trie with its readings, walked as to-jyutping's src/Trie.ts builds it: code
 * points ≥ 256 extend the word, pairs of code points < 123 are a syllable (`~` after one: the same
 * character has another syllable), `{` goes down a level, `}` back up.
 */
export function decodeTrie(data: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const s = Array.from(data);
  const words = [''];
  const depths = [0];
  for (let i = 1; words.length; ) {
    let word = words[words.length - 1]!;
    let depth = depths[depths.length - 1]!;
    while (s[i]!.codePointAt(0)! >= 256) {
      word += s[i++];
      depth++;
    }
    const readings: string[] = [];
    while (s[i]!.codePointAt(0)! < 123) {
      const syllables: string[] = [];
      for (let c = 0; c < depth; ) {
        syllables.push(decodeSyllable((s[i++]!.charCodeAt(0) - 33) * 90 + (s[i++]!.charCodeAt(0) - 33)));
        if (s[i] === '~') i++;
        else c++;
      }
      readings.push(syllables.join(' '));
    }
    if (readings.length) entries.set(word, readings);
    if (s[i] === '{') {
      i++;
      words.push(word);
      depths.push(depth);
    } else if (s[i] === '}') {
      i++;
      words.pop();
      depths.pop();
    }
  }
  return entries;
}

/** The table's text: one line per word, sorted (UTF-16 order keeps each first character's words together). */
export function encodeTable(entries: ReadonlyMap<string, readonly string[]>): string {
  const words = [...entries.keys()].sort();
  return words.map((w) => `${w}\t${entries.get(w)!.join('|')}`).join('\n') + '\n';
}

/** What the table is built from: a change to any of them rebuilds it. */
function sourcesKey(): string {
  const hash = createHash('sha256');
  for (const file of [packagedModule(), fileURLToPath(import.meta.url)]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

let built: string | undefined;

/** The table's text, built in memory (Node: CLI, tests, scorer). */
export function buildJyutpingTableText(): string {
  return (built ??= encodeTable(decodeTrie(readPackagedTrie())));
}

/** The table file under `cacheDir` (WXT's .wxt folder, never committed), built when its sources changed; returns its path. */
export function ensureJyutpingTableFile(cacheDir: string): string {
  const file = join(cacheDir, JYUTPING_TABLE_ASSET);
  const stamp = `${file}.key`;
  const key = sourcesKey();
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return file;
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: parallel builds (tests, bench) may read it meanwhile.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, buildJyutpingTableText());
  renameSync(tmp, file);
  writeFileSync(`${stamp}.${process.pid}.tmp`, key);
  renameSync(`${stamp}.${process.pid}.tmp`, stamp);
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'jyutping.txt';
  const text = buildJyutpingTableText();
  writeFileSync(out, text);
  const lines = text.split('\n').length - 1;
  process.stdout.write(`${out}: ${lines} words, ${(Buffer.byteLength(text) / 1e3).toFixed(0)} kB raw, ${(gzipSync(text).length / 1e3).toFixed(0)} kB gzipped\n`);
}
