/**
 * Reading-engine cost in Node (the engine runs in the background service worker, no DOM): DuBao's
 * readings (pinyin-pro + words + corrections) against pinyin-pro alone on the same paragraphs,
 * interleaved, as a ratio; DuBao's conversion (exceptions, surname care) against opencc-js's own
 * converter, as the median of paired rounds' ratios; converter build time and its first page. Medians
 * of many rounds.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { readText } from '../../lib/reading/pinyin';
import { convertSegments, convertText } from '../../lib/reading/script';
import { installWordDictionary } from '../../lib/reading/word-dictionary';
import { prepareWordSegmenter } from '../../lib/chinese/words';
import { ensureWordDictionaryFile } from '../build-word-dictionary';
import type { BenchRow } from './types';
import { median, time } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');
const ROUNDS = 30;
// The conversion ratio's own rounds, each the seed PASSES times through each converter (a single
// pass takes about a millisecond: too short against the scheduler of a shared machine).
const CONVERT_ROUNDS = 60;
const PASSES = 5;
const repeat = (run: () => void) => {
  for (let k = 0; k < PASSES; k++) run();
};

export async function benchReading(): Promise<BenchRow[]> {
  const paragraphs = readFileSync(resolve(ROOT, 'tests/fixtures/seed.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const chars = paragraphs.reduce((n, p) => n + Array.from(p).length, 0);

  // The readings' word dictionary, as the background loads it before its first read (inflate, parse,
  // addDict): it counts against the first toggle (the cold rows include it in the browser).
  const wordFile = ensureWordDictionaryFile(resolve(ROOT, '.wxt'));
  const wordBytes = statSync(wordFile).size;
  let words = 0;
  const install = time(() => (words = installWordDictionary(gunzipSync(readFileSync(wordFile)).toString('utf8'))));

  // The segmenter's word list indexed first, as the engine's warm-up does: the converter's own cost below.
  prepareWordSegmenter();
  const build = time(() => convertText('发展', 'tw'));
  // The rest of a first page on tables read on demand (each first character's entries parsed and
  // its trie made when the text first has it): what the engine's first answer pays after a start.
  const firstPage = time(() => paragraphs.forEach((p) => convertText(p, 'tw')));
  convertText('發展', 'cn');
  const stock = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const library: number[] = [];
  const opencc: number[] = [];
  const ours: number[] = [];
  const tw: number[] = [];
  const pairs: number[] = [];
  // The conversion ratio per round, ours and opencc-js's timed back to back (their order alternating),
  // then the median of the rounds' ratios: on a shared machine the load drifts between the far ends
  // of a round, not within a pair.
  const convertRatios: number[] = [];
  for (let r = 0; r < CONVERT_ROUNDS + 3; r++) {
    const ours = () => time(() => repeat(() => paragraphs.forEach((p) => convertText(p, 'tw'))));
    const theirs = () => time(() => repeat(() => paragraphs.forEach((p) => stock(p))));
    let c: number;
    let e: number;
    if (r % 2) {
      c = ours();
      e = theirs();
    } else {
      e = theirs();
      c = ours();
    }
    if (r >= 3) convertRatios.push(c / e);
  }
  for (let r = 0; r < ROUNDS + 3; r++) {
    const a = time(() => paragraphs.forEach((p) => pinyin(p, { type: 'array' })));
    const b = time(() => paragraphs.forEach((p) => readText(p)));
    const c = time(() => paragraphs.forEach((p) => convertText(p, 'tw')));
    const d = time(() => paragraphs.forEach((p) => convertSegments(p, 'tw')));
    const e = time(() => paragraphs.forEach((p) => stock(p)));
    if (r < 3) continue; // warm-up
    opencc.push(e);
    library.push(a);
    ours.push(b);
    tw.push(c);
    pairs.push(d);
  }
  const ratio = median(ours) / median(library);
  const convertRatio = median(convertRatios);
  return [
    { name: `reading: word dictionary size (${words} words, gzipped)`, value: wordBytes / 1024, unit: 'KB' },
    { name: 'reading: word dictionary install (inflate + addDict, once per worker)', value: install, unit: 'ms' },
    { name: `reading: readText, seed (${chars} chars)`, value: median(ours), unit: 'ms' },
    { name: 'reading: readText / pinyin-pro alone', value: ratio, unit: '×', target: '≤ 15×', pass: ratio <= 15 },
    { name: 'script: convertText tw throughput', value: chars / median(tw), unit: 'chars/ms' },
    { name: 'script: convertText tw / opencc-js alone', value: convertRatio, unit: '×', target: '≤ 1.5×', pass: convertRatio <= 1.5 },
    { name: 'script: convertSegments tw throughput', value: chars / median(pairs), unit: 'chars/ms' },
    { name: 'script: build s→t converter (once)', value: build, unit: 'ms' },
    { name: `script: first seed conversion after the build (${chars} chars, tables read on demand)`, value: firstPage, unit: 'ms' },
  ];
}

// Run alone: node --import tsx scripts/bench/reading.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  benchReading().then((rows) => {
    for (const r of rows) process.stdout.write(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target}: ${r.pass ? 'ok' : 'NO'})` : ''}\n`);
  });
}
