/**
 * to-jyutping's readings from DuBao's prebuilt table (scripts/build-jyutping-table.ts: its lexicon,
 * decoded at build time into `word<TAB>reading|reading` lines, sorted). Loading only finds where each
 * first character's block of words starts; a block becomes a map the first time text holds that
 * character. The two readers follow to-jyutping's Trie.get and Trie.getAll step for step, so the
 * readings are the package's own (tests/unit/reading/jyutping-table.test.ts compares them).
 */
import type { JyutpingSource } from './jyutping';

/** Where the build puts the table in the extension (and in WXT's cache folder). */
export const JYUTPING_TABLE_ASSET = 'jyutping/lexicon.txt';

interface Block {
  start: number;
  end: number;
  /** Filled on first use: word → readings, and the longest word's length in code points. */
  words?: Map<string, readonly string[]>;
  longest?: number;
}

function firstCodePoint(text: string, at: number): string {
  const code = text.codePointAt(at)!;
  return code > 0xffff ? text.slice(at, at + 2) : text[at]!;
}

/** Where each first character's block of lines is (one scan; nothing is split or decoded). */
function indexBlocks(table: string): Map<string, Block> {
  const blocks = new Map<string, Block>();
  let block: Block | null = null;
  let head = '';
  for (let at = 0; at < table.length; ) {
    let end = table.indexOf('\n', at);
    if (end < 0) end = table.length;
    const first = firstCodePoint(table, at);
    if (!block || first !== head) {
      if (block) block.end = at;
      block = { start: at, end: table.length };
      head = first;
      blocks.set(first, block);
    }
    at = end + 1;
  }
  return blocks;
}

function openBlock(table: string, block: Block): Map<string, readonly string[]> {
  if (block.words) return block.words;
  const words = new Map<string, readonly string[]>();
  let longest = 1;
  for (const line of table.slice(block.start, block.end).split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const word = line.slice(0, tab);
    words.set(word, line.slice(tab + 1).split('|'));
    longest = Math.max(longest, Array.from(word).length);
  }
  block.longest = longest;
  return (block.words = words);
}

/** A JyutpingSource over the table's text. */
export function readJyutpingTable(table: string): JyutpingSource {
  const blocks = indexBlocks(table);

  /** The block of words starting with `char` (null: no word does). */
  const wordsFrom = (char: string): { words: Map<string, readonly string[]>; longest: number } | null => {
    const block = blocks.get(char);
    if (!block) return null;
    const words = openBlock(table, block);
    return { words, longest: block.longest! };
  };

  return {
    // Trie.get: from each character, the longest word with readings takes its first reading.
    getJyutpingList(text: string): [string, string | null][] {
      const r: [string, string | null][] = [];
      const a = Array.from(text);
      for (let i = 0; i < a.length; ) {
        const from = wordsFrom(a[i]!);
        let c = '';
        let k = i;
        if (from) {
          let word = '';
          for (let j = i; j < a.length && j < i + from.longest; j++) {
            word += a[j];
            const v = from.words.get(word);
            if (v) {
              c = v[0]!;
              k = j;
            }
          }
        }
        if (k === i) r.push([a[i++]!, c || null]);
        else for (let d = c.split(' '), n = i; i <= k; i++) r.push([a[i]!, d[i - n]!]);
      }
      return r;
    },

    // Trie.getAll: each character's readings, those of the longest words it is in first.
    getJyutpingCandidates(text: string): [string, string[]][] {
      const a = Array.from(text);
      const r: [string, string[][]][] = a.map((c) => {
        const v = wordsFrom(c)?.words.get(c);
        return [c, v ? [[...v]] : []];
      });
      for (let i = 0; i < r.length; i++) {
        const from = wordsFrom(a[i]!);
        if (!from) continue;
        let word = a[i]!;
        for (let j = i + 1; j < r.length && j < i + from.longest; j++) {
          word += a[j];
          const v = from.words.get(word);
          if (!v) continue;
          const l = j - i;
          for (const p of v) {
            for (let d = p.split(' '), k = i; k <= j; k++) {
              const s = r[k]![1];
              if (l in s) s[l]!.push(d[k - i]!);
              else s[l] = [d[k - i]!];
            }
          }
        }
      }
      return r.map(([c, s]) => [c, Array.from(new Set(s.reverse().flat()))]);
    },
  };
}
