/**
 * to-jyutping's readings from DuBao's prebuilt table (scripts/build-jyutping-table.ts: its lexicon,
 * decoded at build time into `word<TAB>reading|reading` lines, sorted). Loading does nothing but
 * keep the text: each string the readers ask about is found by a binary search over the sorted
 * lines (a word? the start of one?), and the answer kept. The two readers follow to-jyutping's Trie.get and Trie.getAll step for step, so the
 * readings are the package's own (tests/unit/reading/jyutping-table.test.ts compares them).
 */
import type { JyutpingSource } from './jyutping';

/** Where the build puts the table in the extension (and in WXT's cache folder). */
export const JYUTPING_TABLE_ASSET = 'jyutping/lexicon.txt';

/** What the table says of a string: whether some word starts with it (a trie node), its readings if it is a word. */
interface Probe {
  node: boolean;
  readings: readonly string[] | null;
  /** The lines that hold every word starting with the string: [from, to). */
  from: number;
  to: number;
}

const TAB = 9;

/** The word on the line at `line` against `key`, in UTF-16 order (the build's sort): <0, 0, >0. */
function compareWord(table: string, line: number, key: string): number {
  for (let k = 0; k < key.length; k++) {
    const c = table.charCodeAt(line + k);
    if (c !== key.charCodeAt(k)) return c === TAB ? -1 : c - key.charCodeAt(k);
  }
  return table.charCodeAt(line + key.length) === TAB ? 0 : 1;
}

/**
 * The first line whose word is not below `key`: a binary search over the sorted text by character
 * offset, stepping to line starts, so loading the table needs no index of its lines.
 */
function findLine(table: string, key: string, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const line = table.lastIndexOf('\n', mid - 1) + 1;
    if (compareWord(table, line, key) < 0) lo = table.indexOf('\n', line) + 1;
    else hi = line;
  }
  return lo;
}

const NONE: Probe = { node: false, readings: null, from: 0, to: 0 };

/**
 * What the table says of `key`, searching the lines [from, to) (where the words starting with its
 * first characters are). A single character's own range is found too, so that the longer strings
 * starting with it search only there.
 */
function probeTable(table: string, key: string, from: number, to: number): Probe {
  // The table's own separators are in no word.
  if (key.includes('\t') || key.includes('\n')) return NONE;
  const line = findLine(table, key, from, to);
  // Sorted: if any word starts with `key`, the first word not below it does.
  if (line >= to || !table.startsWith(key, line)) return NONE;
  // No word has U+FFFF after its first character: the first line not below key + U+FFFF ends the range.
  const end = from === 0 && to === table.length ? findLine(table, `${key}\uffff`, line, to) : to;
  if (table.charCodeAt(line + key.length) !== TAB) return { node: true, readings: null, from: line, to: end };
  const eol = table.indexOf('\n', line);
  return { node: true, readings: table.slice(line + key.length + 1, eol).split('|'), from: line, to: end };
}

/** A JyutpingSource over the table's text. */
export function readJyutpingTable(table: string): JyutpingSource {
  // What each string asked about was found to be, kept (news repeats its words).
  const probes = new Map<string, Probe>();
  /** `within`: the probe of the string `key` extends by one character (its range bounds the search). */
  const probe = (key: string, within?: Probe): Probe => {
    let found = probes.get(key);
    if (!found) probes.set(key, (found = probeTable(table, key, within?.from ?? 0, within?.to ?? table.length)));
    return found;
  };

  /** Trie.get's walk, with the span [start, end) of the word each character was read in. */
  const matchText = (text: string): { list: [string, string | null][]; spans: [number, number][] } => {
    const list: [string, string | null][] = [];
    const spans: [number, number][] = [];
    const a = Array.from(text);
    for (let i = 0; i < a.length; ) {
      let c = '';
      let k = i;
      let word = '';
      let found: Probe | undefined;
      for (let j = i; j < a.length; j++) {
        word += a[j];
        found = probe(word, found);
        if (!found.node) break;
        if (found.readings) {
          c = found.readings[0]!;
          k = j;
        }
      }
      if (k === i) {
        spans.push([i, i + 1]);
        list.push([a[i++]!, c || null]);
      } else {
        for (let d = c.split(' '), n = i; i <= k; i++) {
          spans.push([n, k + 1]);
          list.push([a[i]!, d[i - n]!]);
        }
      }
    }
    return { list, spans };
  };

  return {
    // Trie.get: from each character, the longest word with readings takes its first reading.
    getJyutpingList(text: string): [string, string | null][] {
      return matchText(text).list;
    },

    getJyutpingSpans(text: string): [number, number][] {
      return matchText(text).spans;
    },

    // Trie.getAll: each character's readings, those of the longest words it is in first.
    getJyutpingCandidates(text: string): [string, string[]][] {
      const a = Array.from(text);
      const r: [string, string[][]][] = a.map((c) => {
        const v = probe(c).readings;
        return [c, v ? [[...v]] : []];
      });
      for (let i = 0; i < r.length; i++) {
        let word = a[i]!;
        let found = probe(word);
        if (!found.node) continue;
        for (let j = i + 1; j < r.length; j++) {
          word += a[j];
          found = probe(word, found);
          if (!found.node) break;
          const v = found.readings;
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
