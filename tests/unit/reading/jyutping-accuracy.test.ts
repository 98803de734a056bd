/**
 * Cantonese readings on sentences of our own (tests/fixtures/reading/jyutping-own.tsv: Hong Kong news and
 * written Cantonese, one polyphone marked per line, keyed before the engine read them). Prints DuBao's score
 * beside to-jyutping's alone per batch; asserts ≥ 98% and better than to-jyutping alone. The real-text
 * gold sets (third-party) are scored by scripts/jyutping-gold.ts, outside `npm test`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import type { JyutpingSource } from '@/lib/reading/jyutping';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import type { ReadingEngine } from '@/lib/reading/contract';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';
import { useWordDictionary } from '../../helpers/word-dictionary';

interface Item {
  text: string;
  index: number;
  gold: string[];
}

/** The batches: `# batch N` lines start one, `sentence-with-【X】<TAB>reading|reading` lines fill it. */
function loadBatches(path: string): Map<string, Item[]> {
  const batches = new Map<string, Item[]>();
  let current: Item[] | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const name = /^# (batch \d+)$/.exec(line)?.[1];
    if (name) batches.set(name, (current = []));
    if (!line || line.startsWith('#') || !current) continue;
    const [marked, gold] = line.split('\t') as [string, string];
    const open = marked.indexOf('【');
    expect(marked.indexOf('】')).toBe(open + 2); // one marked character
    current.push({ text: marked.replace(/[【】]/g, ''), index: Array.from(marked.slice(0, open)).length, gold: gold.split('|') });
  }
  return batches;
}

const BATCHES = loadBatches('tests/fixtures/reading/jyutping-own.tsv');
let engine: ReadingEngine<true>;
let source: JyutpingSource;
beforeAll(async () => {
  // Read as the extension reads: with the word dictionary its background loads.
  useWordDictionary();
  source = await loadJyutping(async () => buildJyutpingTableText());
  engine = createReadingEngine({ jyutping: () => source });
});

describe('Jyutping accuracy on sentences of our own', () => {
  it('holds sixteen batches of keyed sentences', () => {
    expect([...BATCHES.keys()]).toEqual(['batch 1', 'batch 2', 'batch 3', 'batch 4', 'batch 5', 'batch 6', 'batch 7', 'batch 8', 'batch 9', 'batch 10', 'batch 11', 'batch 12', 'batch 13', 'batch 14', 'batch 15', 'batch 16']);
    expect([...BATCHES.values()].reduce((n, b) => n + b.length, 0)).toBeGreaterThanOrEqual(1260);
  });

  for (const [name, items] of BATCHES) {
    it(`${name}: ≥ 98% of the marked readings right, better than to-jyutping alone`, () => {
      let dubao = 0;
      let alone = 0;
      const misses: string[] = [];
      for (const item of items) {
        const read = engine.read([item.text], [], { notation: 'jyutping' })[0]!.flatMap((s) => s.readings)[item.index] ?? null;
        const own = source.getJyutpingList(item.text)[item.index]?.[1] ?? null;
        if (read !== null && item.gold.includes(read)) dubao++;
        else misses.push(`${item.text} [${Array.from(item.text)[item.index]}] ${read} ∉ ${item.gold.join('|')}`);
        if (own !== null && item.gold.includes(own)) alone++;
      }
      console.log(`${name}: to-jyutping alone ${alone}/${items.length}, DuBao ${dubao}/${items.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
      expect(dubao / items.length).toBeGreaterThanOrEqual(0.98);
      expect(dubao).toBeGreaterThan(alone);
    });
  }
});
