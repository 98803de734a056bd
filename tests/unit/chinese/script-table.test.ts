/** PhraseTable: the same matches as opencc-js's Trie over OpenCC's own configurations, on real and generated text. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Trie } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { dictPairs, openccConfig, openccTexts, type Dict, type DictGroup } from '@/lib/chinese/opencc-data';
import { PhraseTable } from '@/lib/chinese/script-table';

// opencc-js's Trie inside: a Map per node keyed by code point, an entry's value on its node.
interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}

/** Every entry of the trie at chars[i], shortest first, walking its nodes. */
function trieKeysAt(trie: Trie, chars: readonly string[], i: number): Array<{ end: number; value: string }> {
  const found: Array<{ end: number; value: string }> = [];
  let node: TrieNode | undefined = (trie as unknown as { map: TrieNode }).map;
  for (let j = i; j < chars.length; j++) {
    node = node.get(chars[j]!.codePointAt(0)!);
    if (!node) break;
    if (node.trie_val !== undefined) found.push({ end: j + 1, value: node.trie_val });
  }
  return found;
}

function trieOf(group: DictGroup | Dict): Trie {
  const trie = new Trie();
  if (typeof group === 'string' || (Array.isArray(group[0]) && typeof group[0][0] === 'string')) trie.loadDict(group as never);
  else trie.loadDictGroup(group as never);
  return trie;
}

const seed = readFileSync('tests/fixtures/seed.txt', 'utf8');
const traditional = readFileSync('tests/fixtures/understand/policy-address-hk.txt', 'utf8');

// Every dictionary of a configuration that the conversion uses, by role.
const CASES: Array<[string, DictGroup | Dict]> = [
  ['s2tw segmentation', openccConfig('s2tw').segmentation],
  ['s2tw stage 1 (phrases, characters)', openccConfig('s2tw').conversionChain[0]!],
  ['s2tw stage 2 (Taiwan variants)', openccConfig('s2tw').conversionChain[1]!],
  ['s2twp stage 2 (Taiwan phrases)', openccConfig('s2twp').conversionChain[1]!],
  ['s2hk stage 2 (Hong Kong variants)', openccConfig('s2hk').conversionChain[1]!],
  ['tw2s segmentation', openccConfig('tw2s').segmentation],
  ['tw2s stage 1', openccConfig('tw2s').conversionChain[0]!],
  ['s2tw normalization', openccConfig('s2tw').normalizationChain![0]!],
];

describe('PhraseTable matches opencc-js Trie', () => {
  it.each(CASES)('%s: the seed article and a Hong Kong text, segment and convert', (_, group) => {
    const ours = new PhraseTable(group);
    const theirs = trieOf(group);
    for (const text of [seed, traditional]) {
      expect(ours.segment(text)).toEqual(theirs.segment(text));
      expect(ours.convert(text)).toEqual(theirs.convert(text));
    }
  });

  it('on strings made of dictionary keys, pieces of them, astral characters and description sequences', () => {
    const group = openccConfig('s2tw').conversionChain[0]!;
    const keys = group.flatMap((d) => dictPairs(d).map(([k]) => k)).filter((_, i) => i % 37 === 0);
    const ours = new PhraseTable(group);
    const theirs = trieOf(group);
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((k) => Array.from(k).slice(0, -1).join('')),
      fc.constantFrom('𠮷', '⿰木木', '⿱', 'a', ' ', '，', '\n', '𡃁仔'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(ours.segment(text)).toEqual(theirs.segment(text));
        expect(ours.convert(text)).toEqual(theirs.convert(text));
      }),
      { numRuns: 400 },
    );
  });

  it.each(CASES)('%s: every key at every position (keysAt) and the value of each character (get), as the Trie holds them', (_, group) => {
    const ours = new PhraseTable(group);
    const theirs = trieOf(group);
    const root = (theirs as unknown as { map: TrieNode }).map;
    for (const text of [seed.slice(0, 3000), traditional.slice(0, 3000), '𠮷𡃁仔⿰木木']) {
      const chars = Array.from(text);
      for (let i = 0; i < chars.length; i++) {
        expect(ours.keysAt(chars, i)).toEqual(trieKeysAt(theirs, chars, i));
        expect(ours.get(chars[i]!)).toBe(root.get(chars[i]!.codePointAt(0)!)?.trie_val);
      }
    }
  });

  it('keysAt and get see the words added on top (over the dictionaries, and alone on an empty group)', () => {
    const group = openccConfig('s2tw').conversionChain[0]!;
    const ours = new PhraseTable(group);
    const theirs = trieOf(group);
    const alone = new PhraseTable([]);
    const aloneTrie = new Trie();
    for (const table of [ours, theirs, alone, aloneTrie]) {
      table.addWord('干部', '幹部!');
      table.addWord('于小姐的发言稿', '于小姐的發言稿');
    }
    const chars = Array.from('干部于小姐的发言稿');
    for (let i = 0; i < chars.length; i++) {
      expect(ours.keysAt(chars, i)).toEqual(trieKeysAt(theirs, chars, i));
      expect(alone.keysAt(chars, i)).toEqual(trieKeysAt(aloneTrie, chars, i));
    }
    expect(ours.get('干部')).toBe('幹部!');
    expect(ours.get('干部会')).toBeUndefined();
    expect(alone.get('干')).toBeUndefined();
  });

  it('words added on top win over every dictionary, and a longer added word is matched whole', () => {
    const group = openccConfig('s2tw').conversionChain[0]!;
    const ours = new PhraseTable(group);
    const theirs = trieOf(group);
    for (const table of [ours, theirs]) {
      table.addWord('干部', '幹部!');
      table.addWord('于小姐的发言稿', '于小姐的發言稿');
    }
    for (const text of ['干部于小姐的发言稿', '干部会议']) {
      expect(ours.convert(text)).toBe(theirs.convert(text));
      expect(ours.segment(text)).toEqual(theirs.segment(text));
    }
    expect(ours.convert('于小姐的发言稿')).toBe('于小姐的發言稿');
  });

  it('a dictionary as pairs, a later entry winning over an earlier one of the same key', () => {
    const pairs: Dict = [['台', '臺'], ['台风', '颱風'], ['台', '檯']];
    expect(new PhraseTable(pairs).convert('台风台')).toBe(trieOf(pairs).convert('台风台'));
  });
});

describe('PhraseTable reads opencc-js texts as they ship', () => {
  it('every dictionary text of every configuration is "key value" lines sorted by key, code point by code point (read by binary search, never scanned or parsed)', () => {
    const codes = (key: string) => Array.from(key, (c) => c.codePointAt(0)!);
    const compare = (a: number[], b: number[]): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    };
    for (const text of openccTexts()) {
      const lines = text.split('|');
      expect(lines.every((line) => line.indexOf(' ') > 0)).toBe(true);
      const keys = lines.map((line) => codes(line.slice(0, line.indexOf(' '))));
      expect(keys.every((key, k) => k === 0 || compare(keys[k - 1]!, key) < 0)).toBe(true);
    }
  });

  it('property: words added between conversions are seen at once, the rest of the table kept (as a Trie given the same words)', () => {
    // Taiwan's phrases and variants (a small group: the Trie is built again each run).
    const group = openccConfig('s2twp').conversionChain[1]!;
    const keys = group.flatMap((d) => dictPairs(d).map(([k]) => k)).filter((_, i) => i % 17 === 0);
    const word = fc.oneof(fc.constantFrom(...keys), fc.constantFrom('干部', '于小姐', '𠮷野家', '⿰木木', '发言稿'));
    const step = fc.oneof(
      fc.record({ add: word, value: fc.constantFrom('甲', '乙乙', '') }),
      fc.record({ text: fc.array(word, { maxLength: 6 }).map((w) => w.join('')) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 14 }), (steps) => {
        const ours = new PhraseTable(group);
        const theirs = trieOf(group);
        for (const s of steps) {
          if ('add' in s) {
            ours.addWord(s.add, s.value);
            theirs.addWord(s.add, s.value);
          } else {
            expect(ours.convert(s.text)).toBe(theirs.convert(s.text));
            expect(ours.segment(s.text)).toEqual(theirs.segment(s.text));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

it('the normalization table (compatibility ideographs, BMP and astral, its text in code point order) matches every one of its keys', () => {
  const group = openccConfig('s2tw').normalizationChain![0]!;
  const keys = group.flatMap((d) => dictPairs(d).map(([k]) => k));
  const text = keys.join('') + keys.join('一');
  const ours = new PhraseTable(group);
  const theirs = trieOf(group);
  expect(ours.convert(text)).toBe(theirs.convert(text));
  expect(ours.segment(text)).toEqual(theirs.segment(text));
});

describe('PhraseTable reads a text’s first and last lines as the others (the lines found through their starts)', () => {
  it('every text of every configuration: the keys of its first and last 40 lines, and one key in 50 between, each with its value', () => {
    for (const text of openccTexts()) {
      const pairs = dictPairs(text);
      const table = new PhraseTable(text);
      const expected = new Map(pairs);
      const picked = pairs.filter((_, i) => i < 40 || i >= pairs.length - 40 || i % 50 === 0);
      for (const [key] of picked) expect(table.get(key)).toBe(expected.get(key));
      // A key past the text's last one is in no dictionary.
      expect(table.get(`${pairs.at(-1)![0]}\u{10FFFF}`)).toBeUndefined();
    }
  });
});
