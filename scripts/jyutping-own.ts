/**
 * Scores the sentences of our own (tests/fixtures/reading/jyutping-own.tsv) per batch, DuBao beside to-jyutping
 * alone, and prints each miss: the same count the accuracy test asserts, readable without vitest.
 *   node --import tsx scripts/jyutping-own.ts [batch N …]
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { readFileSync } from 'node:fs';
import { loadJyutping } from '../lib/reading/jyutping-load';
import { buildJyutpingTableText } from './build-jyutping-table';
import { createReadingEngine } from '../lib/reading/reading-engine';
import { installWordDictionary } from '../lib/reading/word-dictionary';
import { readWordDictionaryText } from './build-word-dictionary';

// The batches asked for by name (batch 1 and batch 10 apart); none: all.
const only = new Set(process.argv.slice(2).join(' ').match(/batch \d+/g) ?? []);
installWordDictionary(readWordDictionaryText());
const source = await loadJyutping(async () => buildJyutpingTableText());
const engine = createReadingEngine({ jyutping: () => source });
let batch = '';
const scores = new Map<string, { n: number; dubao: number; alone: number; misses: string[] }>();
for (const line of readFileSync('tests/fixtures/reading/jyutping-own.tsv', 'utf8').split('\n')) {
  const name = /^# (batch \d+)$/.exec(line)?.[1];
  if (name) batch = name;
  if (!line || line.startsWith('#') || !batch || (only.size > 0 && !only.has(batch))) continue;
  const [marked, key] = line.split('\t') as [string, string];
  const index = Array.from(marked.slice(0, marked.indexOf('【'))).length;
  const text = marked.replace(/[【】]/g, '');
  const gold = key.split('|');
  const d = engine.read([text], [], { notation: 'jyutping' })[0]!.flatMap((s) => s.readings)[index] ?? null;
  const a = source.getJyutpingList(text)[index]?.[1] ?? null;
  const s = scores.get(batch) ?? { n: 0, dubao: 0, alone: 0, misses: [] };
  scores.set(batch, s);
  s.n++;
  if (d && gold.includes(d)) s.dubao++;
  else s.misses.push(`  ${marked}\tgold ${key}\tdubao ${d}\tto-jyutping ${a}`);
  if (a && gold.includes(a)) s.alone++;
}
for (const [name, s] of scores) console.log(`${name}: DuBao ${s.dubao}/${s.n}, to-jyutping alone ${s.alone}/${s.n}\n${s.misses.join('\n')}`);
