/**
 * Word segmentation (lib/chinese/words.ts, DuBao's own segmenter over its word list) against the
 * Intl.Segmenter it replaced (Node's ICU), on the seed's paragraphs, interleaved, as a ratio; and
 * whether time stays linear on one long run of Han text: 200,000 characters in one call against ten
 * calls of 20,000 (a ratio near 1 is linear).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segmentCommonWords, segmentWords } from '../../lib/chinese/words';
import type { BenchRow } from './types';
import { median, time } from './measure';

const ROOT = resolve(import.meta.dirname, '../..');
const ROUNDS = 30;

export async function benchSegment(): Promise<BenchRow[]> {
  const paragraphs = readFileSync(resolve(ROOT, 'tests/fixtures/seed.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const icu = new Intl.Segmenter('zh', { granularity: 'word' });
  segmentWords('预热'); // the list is decoded on first use: not part of the throughput
  const decode = time(() => segmentCommonWords('预热'));
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < ROUNDS + 3; r++) {
    const a = time(() => paragraphs.forEach((p) => segmentWords(p)));
    const b = time(() => paragraphs.forEach((p) => [...icu.segment(p)]));
    if (r < 3) continue;
    ours.push(a);
    theirs.push(b);
  }
  // The worst case: one run of 200,000 Han characters (the seed's, repeated, without punctuation).
  const joined = paragraphs.join('').replace(/\P{Script=Han}/gu, '');
  const long = joined.repeat(Math.ceil(200_000 / joined.length)).slice(0, 200_000);
  const tenth = long.slice(0, 20_000);
  const whole: number[] = [];
  const parts: number[] = [];
  for (let r = 0; r < 11; r++) {
    whole.push(time(() => segmentWords(long)));
    parts.push(time(() => { for (let i = 0; i < 10; i++) segmentWords(tenth); }));
  }
  const linear = median(whole) / median(parts);
  return [
    { name: `segment: segmentWords throughput, seed (${chars} chars)`, value: chars / median(ours), unit: 'chars/ms' },
    { name: 'segment: segmentWords ÷ Intl.Segmenter (seed)', value: median(ours) / median(theirs), unit: '×' },
    // Quadratic time would show as about 10×; garbage collection on one call's 100,000 spans moves the ratio around 1.
    { name: 'segment: 200,000 chars in one call ÷ ten calls of 20,000', value: linear, unit: '×', target: '≤ 2×', pass: linear <= 2 },
    { name: 'segment: decode the common words (once per page)', value: decode, unit: 'ms' },
  ];
}

// Run alone: node --import tsx scripts/bench/segment.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  await import('../use-word-costs');
  benchSegment().then((rows) => {
    for (const r of rows) process.stdout.write(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.target ? ` (target ${r.target}: ${r.pass ? 'ok' : 'NO'})` : ''}\n`);
  });
}
