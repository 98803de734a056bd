/** The readings' word dictionary: its file format and what installing it changes. */
import { describe, expect, it } from 'vitest';
import { formatWordDictionary, parseWordDictionary } from '@/lib/reading/word-dictionary';
import { buildWordEntries } from '@/scripts/build-word-dictionary';

describe('word dictionary file', () => {
  it('round-trips entries in their order and drops malformed ones (a reading per character, a number)', () => {
    const entries = { 心脏: ['xīn zàng', 1.3e-9] as [string, number], 逮捕: ['dài bǔ', 1.4e-9] as [string, number], '𠮶个': ['gè gè', 2e-11] as [string, number] };
    const parsed = parseWordDictionary(formatWordDictionary(entries));
    expect(parsed).toEqual(entries);
    expect(Object.keys(parsed)).toEqual(['心脏', '逮捕', '𠮶个']); // addDict's insertion order: the same trie
    const bad = '{"心脏":["xīn",1e-9],"逮捕":["dài bǔ","x"],"":["a",1],"<b>":1,"剥夺":["bō duó",2e-10],"乡长":["xiāng zhǎng",null],"𠮶":["gè gè",1e-9]}';
    expect(parseWordDictionary(bad)).toEqual({ 剥夺: ['bō duó', 2e-10] });
  });

  it('reads anything but a JSON object as no words', () => {
    for (const text of ['', '心脏\txīn zàng\t1e-9\n', '[["心脏","xīn zàng",1e-9]]', 'null', '{"心脏":']) {
      expect(parseWordDictionary(text)).toEqual({});
    }
  });

  it('the build keeps only words pinyin-pro reads otherwise, and leaves out the vetoed ones', () => {
    const built = buildWordEntries({
      心脏: ['xīn zàng', 1.3e-9],
      发展: ['fā zhǎn', 1e-8], // pinyin-pro already reads it so
      粮食: ['liáng shi', 5e-9], // only the neutral tone differs: the convention gives liáng shí anyway
      交相: ['jiāo xiàng', 4e-11], // vetoed
      发为: ['fā wéi', 3e-12], // a rare X为 at the floor frequency crosses word boundaries (自发|为选手)
      列为: ['liè wéi', 4.9e-9], // a frequent one stays
      心: ['xīn', 1e-8], // single characters stay pinyin-pro's
    });
    expect(Object.keys(built).sort()).toEqual(['列为', '心脏'].sort());
    expect(built['心脏']).toEqual(['xīn zàng', 1.3e-9]);
  });
});
