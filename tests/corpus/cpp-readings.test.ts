/**
 * The CPP polyphone benchmark's dev split (../shared/fixtures/cpp, Park & Lee 2020) read with the
 * product's readings (the reading engine with the word dictionary the background loads), against
 * issue 19's target: at least 95% of the labelled polyphones right. Prints the score, pinyin-pro
 * alone beside it, and the most frequent misses, so a failure shows the numbers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { runAnalyze } from '@/scripts/cli/run';
import { loadCppSplit, scoreCpp, type CppScore, type CppSplit } from '@/scripts/corpus/cpp';
import { useWordDictionary } from '../helpers/word-dictionary';
import { sharedPath } from './shared';

const TARGET = 0.95;

describe('CPP dev (../shared/fixtures/cpp)', () => {
  let split: CppSplit;
  let ours: CppScore;
  let library: CppScore;
  beforeAll(() => {
    split = loadCppSplit(sharedPath('cpp'), 'dev');
    // pinyin-pro alone first: the word dictionary's install is global to the process.
    library = scoreCpp(split, split.lines.map((l) => pinyin(l, { type: 'all' }).map((x) => (x.isZh ? x.pinyin : null))));
    useWordDictionary();
    const engine = createReadingEngine();
    ours = scoreCpp(split, engine.read(split.lines).map((segments) => segments.flatMap((s) => s.readings)));
    const byChar = new Map<string, number>();
    for (const m of ours.misses) byChar.set(`${m.char} ${m.read}→${m.gold}`, (byChar.get(`${m.char} ${m.read}→${m.gold}`) ?? 0) + 1);
    const top = [...byChar].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, n]) => `${k} ×${n}`);
    console.log(
      `CPP dev: DuBao ${ours.right}/${ours.total} (${(ours.rate * 100).toFixed(2)}%), ` +
        `pinyin-pro alone ${library.right}/${library.total} (${(library.rate * 100).toFixed(2)}%); target ${TARGET * 100}%\n` +
        `  most frequent misses: ${top.join(', ')}`,
    );
  });

  it('scores every labelled sentence (9,893), each label on its character', () => {
    expect(split.items).toHaveLength(9893);
    expect(split.items.filter((it) => Array.from(split.lines[it.i] ?? '')[it.pos] !== it.char)).toEqual([]);
  });

  it(`reads at least ${TARGET * 100}% of the polyphones right`, () => {
    expect(ours.rate).toBeGreaterThanOrEqual(TARGET);
  });

  it('reads more right than pinyin-pro alone', () => {
    expect(ours.right).toBeGreaterThan(library.right);
  });
});

describe('the CLI over CPP sentences', () => {
  it('`dubao FILE --format pinyin` reads 3,000 CPP sentences without an error, one paragraph each', async () => {
    const lines = loadCppSplit(sharedPath('cpp'), 'dev').lines.slice(0, 3000);
    const file = join(mkdtempSync(join(tmpdir(), 'dubao-cpp-')), 'cpp-3000.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    let out = '';
    let err = '';
    const code = await runAnalyze([file, '--format', 'pinyin'], { out: (t) => (out += t), err: (t) => (err += t) });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const paragraphs = (JSON.parse(out) as { paragraphs: Array<{ text: string; readings: unknown[] }> }).paragraphs;
    expect(paragraphs).toHaveLength(3000);
    expect(paragraphs.every((p, i) => p.text === lines[i] && p.readings.length === Array.from(p.text).length)).toBe(true);
  });
});
