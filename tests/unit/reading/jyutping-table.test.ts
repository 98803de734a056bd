/**
 * DuBao's Jyutping table (scripts/build-jyutping-table.ts, read by lib/reading/jyutping-table.ts)
 * gives exactly to-jyutping's readings: the package itself is the reference, on every word of its
 * lexicon, on runs of neighbouring words (longest matches across their joins), on text of our own
 * and on random strings of its characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import toJyutping from 'to-jyutping';
import { buildJyutpingTableText, decodeTrie, encodeTable } from '../../../scripts/build-jyutping-table';
import { readJyutpingTable } from '@/lib/reading/jyutping-table';

const table = buildJyutpingTableText();
const source = readJyutpingTable(table);
const words = table.split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf('\t')));

/** The texts whose readings differ from to-jyutping's (both readers). */
function differing(texts: readonly string[]): string[] {
  return texts.filter(
    (text) =>
      JSON.stringify(source.getJyutpingList(text)) !== JSON.stringify(toJyutping.getJyutpingList(text)) ||
      JSON.stringify(source.getJyutpingCandidates(text)) !== JSON.stringify(toJyutping.getJyutpingCandidates(text)),
  );
}

function expectSame(text: string): void {
  expect(source.getJyutpingList(text), text).toEqual(toJyutping.getJyutpingList(text));
  expect(source.getJyutpingCandidates(text), text).toEqual(toJyutping.getJyutpingCandidates(text));
}

describe('the Jyutping table', () => {
  it('holds the whole lexicon, one sorted line per word', () => {
    expect(words.length).toBeGreaterThan(40_000);
    expect([...words].sort()).toEqual(words);
    expect(new Set(words).size).toBe(words.length);
    expect(table).toContain('\n銀行\tngan4 hong4\n');
    expect(table).toContain('\n𠵱\tji1\n');
  });

  it('encodes what it decodes', () => {
    const entries = new Map([['行', ['hang4', 'hong4']], ['銀行', ['ngan4 hong4']], ['𠵱', ['ji1']]]);
    expect(encodeTable(entries)).toBe('行\thang4|hong4\n銀行\tngan4 hong4\n𠵱\tji1\n');
    expect(() => decodeTrie('')).toThrow();
  });

  it.each([
    ['重塑香港的銀行業，行政長官說'],
    ['佢哋喺度食咗啲嘢，冇問題，噉樣都得'],
    ['重新調整：音樂會、快樂、長大、校長'],
    ['会计师行的供应量冠绝全港'],
    ['𠵱家 HK$100 ，abc 123！'],
    ['行\thang4\n銀行\t'],
    [''],
    ['行'],
  ])('reads %s as to-jyutping does', (text) => expectSame(text));

  it('says where each character was read: spans that cover the text in order, each read alone as within the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words.slice(0, 3000), '，', 'a'), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const list = source.getJyutpingList(text);
        const spans = source.getJyutpingSpans!(text);
        expect(spans.length).toBe(list.length);
        let at = 0;
        while (at < spans.length) {
          const [from, to] = spans[at]!;
          expect(from).toBe(at);
          expect(to).toBeGreaterThan(from);
          for (let k = from; k < to; k++) expect(spans[k]).toEqual([from, to]);
          // A word the walk read as one is a word of the lexicon: read alone, the same readings.
          if (to - from > 1) expect(source.getJyutpingList(Array.from(text).slice(from, to).join(''))).toEqual(list.slice(from, to));
          at = to;
        }
      }),
      { numRuns: 300 },
    );
    expect(source.getJyutpingSpans!('會後他表示')).toEqual([[0, 1], [1, 2], [2, 4], [2, 4], [4, 5]]);
  });

  it('reads every word of the lexicon as to-jyutping does', () => {
    expect(differing(words)).toEqual([]);
  }, 60_000);

  it('reads runs of neighbouring words as to-jyutping does (matches across the joins)', () => {
    const runs: string[] = [];
    for (let i = 0; i < words.length; i += 7) runs.push(words.slice(i, i + 7).join(''));
    expect(differing(runs)).toEqual([]);
  }, 60_000);

  it('reads random strings of its characters as to-jyutping does', () => {
    const chars = [...new Set(words.slice(0, 4000).flatMap((w) => Array.from(w)))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars, '，', 'a', ' '), { maxLength: 40 }), (a) => expectSame(a.join(''))), { numRuns: 500 });
  }, 60_000);
});
