/**
 * Current readings over the prescribed ones of to-jyutping's lexicon (jyutping-current.ts): 聽 "listen" in set
 * words is ting1 as Hong Kong speaks it, ting3 only in "let, obey". Sentences of our own, each rule beside a
 * counter-example it must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import type { JyutpingSource } from '@/lib/reading/jyutping';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { buildCurrentIndex, CURRENT_READINGS, pickCurrentReading } from '@/lib/reading/jyutping-current';
import type { ReadingEngine } from '@/lib/reading/contract';
import { useWordDictionary } from '../../helpers/word-dictionary';

const JYUTPING = /^[a-z]+[1-6]$/;
let engine: ReadingEngine<true>;
let source: JyutpingSource;
beforeAll(async () => {
  useWordDictionary();
  source = await loadJyutping(async () => buildJyutpingTableText());
  engine = createReadingEngine({ jyutping: () => source });
});

function readingOf(text: string, word: string): string {
  const readings = engine.read([text], [], { notation: 'jyutping' })[0]!.flatMap((s) => s.readings);
  const at = Array.from(text.slice(0, text.indexOf(word))).length;
  return readings.slice(at, at + Array.from(word).length).join(' ');
}

describe('the current-reading table', () => {
  it('holds Jyutping syllables, a reason, and words that keep the prescribed reading holding the character', () => {
    for (const r of CURRENT_READINGS) {
      expect(r.prescribed).toMatch(JYUTPING);
      expect(r.current).toMatch(JYUTPING);
      expect(r.current).not.toBe(r.prescribed);
      expect(r.why.length).toBeGreaterThan(10);
      for (const w of r.keepIn) expect(Array.from(r.chars).some((c) => w.includes(c)), w).toBe(true);
    }
  });

  it('swaps only the prescribed reading: to-jyutping never gives it to the character alone', () => {
    for (const r of CURRENT_READINGS) {
      for (const ch of Array.from(r.chars)) expect(source.getJyutpingList(ch)[0]![1]).not.toBe(r.prescribed);
    }
  });

  it('keeps the prescribed reading inside a word listed as keeping it, wherever the character stands in it', () => {
    const index = buildCurrentIndex();
    const chars = Array.from('佢決定聽天由命');
    expect(pickCurrentReading(chars, 3, 'ting3', index)).toBe('ting3');
    expect(pickCurrentReading(Array.from('言聽計從'), 1, 'ting3', index)).toBe('ting3');
    expect(pickCurrentReading(Array.from('聆聽'), 1, 'ting3', index)).toBe('ting1');
    expect(pickCurrentReading(Array.from('聆聽'), 1, 'teng1', index)).toBe('teng1');
    expect(pickCurrentReading(Array.from('聆聽'), 0, 'ling4', index)).toBe('ling4');
  });
});

// [sentence (our own), word, Jyutping]
const CASES: Array<[string, string, string]> = [
  ['局長到社區聆聽居民意見。', '聆聽', 'ling4 ting1'],
  ['節目吸引大批聽眾。', '聽眾', 'ting1 zung3'],
  ['委員會明日舉行聽證會。', '聽證會', 'ting1 zing3 wui2'],
  ['法庭設有旁聽席。', '旁聽', 'pong4 ting1'],
  ['長者的聽力逐漸衰退。', '聽力', 'ting1 lik6'],
  ['社工耐心傾聽個案的心聲。', '傾聽', 'king1 ting1'],
  // counter-examples: "let, obey" keeps ting3; the spoken "hear" teng1; 聽日 "tomorrow" ting1
  ['佢唯有聽天由命。', '聽', 'ting3'],
  ['佢對老闆言聽計從。', '聽', 'ting3'],
  ['我聽唔清楚你講乜。', '聽', 'teng1'],
  ['佢聽日返工。', '聽日', 'ting1 jat6'],
];

describe('聽 in set words: ting1 as spoken', () => {
  it.each(CASES)('%s: %s → %s', (text, word, expected) => {
    expect(readingOf(text, word)).toBe(expected);
  });
});
