/**
 * The dictionary (issue 20): its file's size, loading it (inflate + index, once per background
 * start), and a lookup — the card's data for a word (background) and the whole answer to a pointer
 * (the paragraph read as the pinyin layer reads it, then the card) — over every word of the seed,
 * medians. And the built content script's size against its limit (everything a page loads), with its lazy scripts'.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildCard } from '../../lib/dictionary/card-data';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { segmentText } from '../../lib/reading/pinyin';
import { buildDictionaryText } from '../build-dictionary';
import { EXTENSION_DIR } from '../../tests/e2e/helpers/paths';
import type { BenchRow } from './types';
import { CONTENT_SCRIPT_ROW, DICTIONARY_CARD_ROW, SUMMARIES_ROW, UNDERSTANDING_ROW } from './budget';
import { median, time } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');
const LOOKUP_TARGET_MS = 16;

export async function benchDictionary(): Promise<BenchRow[]> {
  const text = buildDictionaryText();
  const gz = gzipSync(text, { level: 9 });
  const loads: number[] = [];
  let dict = loadDictionary(text);
  for (let i = 0; i < 5; i++) loads.push(time(() => (dict = loadDictionary(gunzipSync(gz).toString('utf8')))));

  const paragraphs = readFileSync(resolve(ROOT, 'tests/fixtures/seed.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  // Every Han word of the seed, pointed at its first character, in its paragraph.
  const points: { paragraph: string; index: number }[] = [];
  for (const paragraph of paragraphs) {
    let at = 0;
    for (const s of segmentText(paragraph)) {
      if (s.word) points.push({ paragraph, index: at });
      at += s.text.length;
    }
  }
  const cards: number[] = [];
  const answers: number[] = [];
  for (const { paragraph, index } of points) {
    // The whole answer: the paragraph read (the content script's cache is cold for each), its
    // segment found, the card built.
    answers.push(
      time(() => {
        let start = 0;
        for (const s of segmentText(paragraph)) {
          if (index < start + s.text.length) {
            cards.push(time(() => buildCard(dict, { text: s.text, readings: s.readings, offset: index - start })));
            break;
          }
          start += s.text.length;
        }
      }),
    );
  }
  const answer = median(answers);
  const rows: BenchRow[] = [
    { name: 'dictionary: file raw', value: Buffer.byteLength(text) / 1e6, unit: 'MB' },
    { name: 'dictionary: file gzipped (shipped)', value: gz.length / 1e6, unit: 'MB' },
    { name: 'dictionary: load (inflate + index, once)', value: median(loads), unit: 'ms' },
    { name: `dictionary: card data per word (${points.length} seed words)`, value: median(cards), unit: 'ms' },
    {
      name: 'dictionary: lookup, paragraph read + card',
      value: answer,
      unit: 'ms',
      target: `≤ ${LOOKUP_TARGET_MS} ms`,
      pass: answer <= LOOKUP_TARGET_MS,
    },
  ];
  const script = resolve(EXTENSION_DIR, 'content-scripts/dubao.js');
  if (existsSync(script)) {
    const size = statSync(script).size;
    rows.push({
      name: CONTENT_SCRIPT_ROW,
      value: size / 1000,
      unit: 'KB',
    });
  }
  // the understanding's lazy script: the full parse, imported only where the cheap check passes
  const lazy = resolve(EXTENSION_DIR, 'understanding.js');
  if (existsSync(lazy)) rows.push({ name: UNDERSTANDING_ROW, value: statSync(lazy).size / 1000, unit: 'KB' });
  // the summaries' lazy script: imported only once the parse finds a feature (or the people quoted are read)
  const summaries = resolve(EXTENSION_DIR, 'summaries.js');
  if (existsSync(summaries)) rows.push({ name: SUMMARIES_ROW, value: statSync(summaries).size / 1000, unit: 'KB' });
  // the dictionary card's lazy script: imported the first time the reader turns the dictionary on
  const card = resolve(EXTENSION_DIR, 'dictionary-card.js');
  if (existsSync(card)) rows.push({ name: DICTIONARY_CARD_ROW, value: statSync(card).size / 1000, unit: 'KB' });
  return rows;
}

// Run alone: node --import tsx scripts/bench/dictionary.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  benchDictionary().then((rows) => {
    for (const r of rows) process.stdout.write(`${r.name}: ${r.value.toFixed(3)} ${r.unit}${r.target ? ` (target ${r.target}: ${r.pass ? 'ok' : 'NO'})` : ''}\n`);
  });
}
