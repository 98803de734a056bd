/**
 * Accuracy of readings on hand-judged polyphone occurrences: the seed (621 occurrences) and
 * six batches of held-out news prose written for DuBao. Prints baseline (pinyin-pro alone) and
 * DuBao's score; asserts ≥ 99.5% and better than the library.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/reading/pinyin';
import { useWordDictionary } from '../../helpers/word-dictionary';

interface Occurrence {
  para: number;
  index: number;
  char: string;
  gold: string[];
}

function load(path: string): { paragraphs: string[]; occurrences: Occurrence[] } {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  if (Array.isArray(json)) {
    // The seed's gold file: `para` counts the non-empty trimmed lines of seed.txt from 0.
    const lines = readFileSync('tests/fixtures/seed.txt', 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    return { paragraphs: lines, occurrences: json as Occurrence[] };
  }
  return json as { paragraphs: string[]; occurrences: Occurrence[] };
}

function score(paragraphs: string[], occurrences: Occurrence[], read: (text: string) => (string | null)[]) {
  const readings = paragraphs.map(read);
  const misses: string[] = [];
  let right = 0;
  for (const o of occurrences) {
    const chars = Array.from(paragraphs[o.para]!);
    expect(chars[o.index]).toBe(o.char); // the fixture is aligned to Array.from(paragraph)
    const r = readings[o.para]![o.index] ?? null;
    if (r !== null && o.gold.includes(r)) right++;
    else misses.push(`${o.char} ${r} ∉ ${o.gold.join('/')} @ ${chars.slice(Math.max(0, o.index - 6), o.index + 6).join('')}`);
  }
  return { right, total: occurrences.length, rate: right / occurrences.length, misses };
}

// The product's readings: with the word dictionary the background loads (the baseline reads before it).
const library = (text: string) => pinyin(text, { type: 'all' }).map((x) => (x.isZh ? x.pinyin : null));

const SETS = [
  ['seed', 'tests/fixtures/seed-pinyin-gold.json'],
  ['held-out news 1', 'tests/fixtures/reading/heldout-news.json'],
  ['held-out news 2', 'tests/fixtures/reading/heldout-news-2.json'],
  ['held-out news 3', 'tests/fixtures/reading/heldout-news-3.json'],
  ['held-out news 4 (finance, courts, sports, science)', 'tests/fixtures/reading/heldout-news-4.json'],
  ['held-out news 5 (history, rural, local government, HK/TW traditional, names)', 'tests/fixtures/reading/heldout-news-5.json'],
  ['held-out news 6 (weather, transport, education, housing, environment)', 'tests/fixtures/reading/heldout-news-6.json'],
] as const;

// pinyin-pro alone first (the dictionary install is global), then DuBao with its word dictionary.
const BASELINES = new Map(SETS.map(([name, path]) => [name, score(load(path).paragraphs, load(path).occurrences, library)]));
useWordDictionary();

describe('polyphone accuracy', () => {
  for (const [name, path] of SETS) {
    it(`${name}: ≥ 99.5% of polyphone occurrences right, better than pinyin-pro alone`, () => {
      const { paragraphs, occurrences } = load(path);
      const base = BASELINES.get(name)!;
      const ours = score(paragraphs, occurrences, (t) => readText(t));
      console.log(
        `${name}: pinyin-pro ${base.right}/${base.total} (${(base.rate * 100).toFixed(2)}%), ` +
          `DuBao ${ours.right}/${ours.total} (${(ours.rate * 100).toFixed(2)}%)` +
          (ours.misses.length ? `\n  misses: ${ours.misses.join('\n  ')}` : ''),
      );
      expect(ours.rate).toBeGreaterThanOrEqual(0.995);
      expect(ours.right).toBeGreaterThan(base.right);
    });
  }

  it('the seed gold has the 621 occurrences the issue speaks of', () => {
    expect(load('tests/fixtures/seed-pinyin-gold.json').occurrences).toHaveLength(621);
  });
});
