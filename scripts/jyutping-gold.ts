/**
 * Scores Jyutping readings against a hand-written key of polyphone occurrences in real text:
 *   node --import tsx scripts/jyutping-gold.ts DIR [DIR …]      (QUIET=1: totals only)
 * Each DIR holds occurrences.json ([{id, sentence, index, char}], index in code points) and gold-key.txt
 * ("id reading" lines, a|b when both are right). The text is third-party: it stays outside the repo.
 * Prints DuBao's accuracy beside to-jyutping's alone, each miss, and per set and pooled when given several.
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadJyutping } from '../lib/reading/jyutping-load';
import { buildJyutpingTableText } from './build-jyutping-table';
import { createReadingEngine } from '../lib/reading/reading-engine';
import { installWordDictionary } from '../lib/reading/word-dictionary';
import { readWordDictionaryText } from './build-word-dictionary';

interface Occurrence {
  id: number;
  sentence: string;
  index: number;
  char: string;
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: jyutping-gold.ts DIR [DIR …]');
  process.exit(2);
}
const quiet = process.env.QUIET === '1';

// The same word dictionary as the extension's background reads with.
installWordDictionary(readWordDictionaryText());
const source = await loadJyutping(async () => buildJyutpingTableText());
const engine = createReadingEngine({ jyutping: () => source });

const totals = { scored: 0, dubao: 0, alone: 0 };
const summary: string[] = [];
for (const dir of dirs) scoreSet(dir);
console.log(summary.join('\n'));
if (dirs.length > 1) {
  const p = (n: number) => ((100 * n) / totals.scored).toFixed(1);
  console.log(`pooled ${totals.scored}: DuBao ${totals.dubao} = ${p(totals.dubao)}%, to-jyutping alone ${totals.alone} = ${p(totals.alone)}%`);
}

/** Scores one set: prints its misses (unless QUIET=1), adds to the totals. */
function scoreSet(dir: string): void {
  const occurrences = JSON.parse(readFileSync(join(dir, 'occurrences.json'), 'utf8')) as Occurrence[];
  const key = new Map<number, string[]>();
  for (const line of readFileSync(join(dir, 'gold-key.txt'), 'utf8').split('\n')) {
    const m = /^(\d+)\s+(\S+)/.exec(line);
    if (m) key.set(Number(m[1]), m[2]!.split('|'));
  }
  const sentences = [...new Set(occurrences.map((o) => o.sentence))];
  const dubao = new Map(sentences.map((s) => [s, engine.read([s], [], { notation: 'jyutping' })[0]!.flatMap((g) => g.readings)] as const));
  const alone = new Map(sentences.map((s) => [s, source.getJyutpingList(s).map(([, r]) => r)] as const));
  let scored = 0;
  const right = { dubao: 0, alone: 0 };
  const misses: string[] = [];
  for (const o of occurrences) {
    const gold = key.get(o.id);
    if (!gold) continue;
    if (Array.from(o.sentence)[o.index] !== o.char) throw new Error(`occurrence ${o.id}: index does not point at ${o.char}`);
    scored++;
    const d = dubao.get(o.sentence)![o.index] ?? null;
    const a = alone.get(o.sentence)![o.index] ?? null;
    if (d && gold.includes(d)) right.dubao++;
    if (a && gold.includes(a)) right.alone++;
    if (!(d && gold.includes(d)) || !(a && gold.includes(a))) {
      const chars = Array.from(o.sentence);
      const context = chars.slice(Math.max(0, o.index - 6), o.index).join('') + `【${o.char}】` + chars.slice(o.index + 1, o.index + 6).join('');
      misses.push(`${o.id}\t${context}\tgold ${gold.join('|')}\tdubao ${d}\tto-jyutping ${a}`);
    }
  }
  if (!quiet && misses.length) console.log(`== ${dir}\n${misses.join('\n')}`);
  totals.scored += scored;
  totals.dubao += right.dubao;
  totals.alone += right.alone;
  const pct = (n: number) => ((100 * n) / scored).toFixed(1);
  summary.push(`${dir}: ${scored} scored, DuBao ${right.dubao} = ${pct(right.dubao)}%, to-jyutping alone ${right.alone} = ${pct(right.alone)}%`);
}
