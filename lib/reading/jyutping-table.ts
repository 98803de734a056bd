/**
 * to-jyutping's readings from DuBao's prebuilt table (scripts/build-jyutping-table.ts: its lexicon,
 * decoded at build time into `word<TAB>reading|reading` lines, sorted). Loading does nothing but
 * keep the text: the words starting with a character are found (binary search) and read into a map
 * the first time text holds that character. The two readers follow to-jyutping's Trie.get and Trie.getAll step for step, so the
 * readings are the package's own (tests/unit/reading/jyutping-table.test.ts compares them).
 */
import type { JyutpingSource } from './jyutping';

/** Where the build puts the table in the extension (and in WXT's cache folder). */
export const JYUTPING_TABLE_ASSET = 'jyutping/lexicon.txt';

interface Block {
  /** Word → readings. */
  words: Map<string, readonly string[]>;
  /** The longest word's length, in code points. */
  longest: number;
}

function firstCodePoint(text: string, at: number): string {
  const code = text.codePointAt(at)!;
  return code > 0xffff ? text.slice(at, at + 2) : text[at]!;
}

/**
 * Where the lines of words starting with `char` begin: a binary search over the sorted text (by
 * character offset, stepping to line starts), so loading the table needs no index of its lines.
 */
function findBlockStart(table: string, char: string): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = table.lastIndexOf('\n', mid - 1) + 1;
    if (firstCodePoint(table, line) < char) lo = table.indexOf('\n', line) + 1;
    else hi = line;
  }
  return lo;
}

/** The words starting with `char`, read from their lines (null: no word does). */
function readBlock(table: string, char: string): Block | null {
  const words = new Map<string, readonly string[]>();
  let longest = 0;
  for (let at = findBlockStart(table, char); at < table.length && firstCodePoint(table, at) === char; ) {
    const tab = table.indexOf('\t', at);
    const end = table.indexOf('\n', tab);
    const word = table.slice(at, tab);
    words.set(word, table.slice(tab + 1, end).split('|'));
    longest = Math.max(longest, Array.from(word).length);
    at = end + 1;
  }
  return longest ? { words, longest } : null;
}

/** A JyutpingSource over the table's text. */
export function readJyutpingTable(table: string): JyutpingSource {
  // Each character's block is read the first time text holds it, and kept.
  const blocks = new Map<string, Block | null>();
  const wordsFrom = (char: string): Block | null => {
    let block = blocks.get(char);
    if (block === undefined) blocks.set(char, (block = readBlock(table, char)));
    return block;
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
