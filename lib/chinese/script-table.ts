/**
 * OpenCC's longest-match dictionary in place of opencc-js's Trie (a Map per character of every
 * phrase, built from the whole dictionary before the first conversion): the same matches, read
 * from the dictionary texts as they ship, with nothing parsed and no trie built ahead.
 *
 * Each dictionary's lines of one first UTF-16 unit are a binary search away (OpenCC's files are
 * sorted), and become an index of line offsets sorted by key (an Int32Array: no key or value
 * string is made). The trie a match walks is implicit in that index: a node is the range of lines
 * whose keys share its prefix, in every dictionary of the table, and one step narrows each range
 * by binary search on the next unit. A node is made only when a walk reaches it, and kept for the
 * next walk, so the first conversion after a start touches only the edges its text takes (bench:
 * "cold: first script …", "script: first seed conversion …") and the memory stays a fraction of a
 * built trie (bench "memory: …"). A dictionary is read once and shared by every table that uses
 * it (s→t segmentation and first stage, tw / twp / hk).
 */
import { openccTexts, type Dict, type DictGroup } from './opencc-data';

// opencc-js's own dictionary texts (sorted: asserted by the tests, not scanned at start).
const OPENCC_TEXTS = openccTexts();

/** One dictionary's entries: those of one first unit in key order, and each entry's key and value. */
interface Layer {
  /** Entry ids of keys starting with `first`, sorted by key (equal keys in dictionary order). */
  bucket(first: number): Int32Array;
  /** The key's unit at `off`, or -1 where the key ends there (keys ending sort first). */
  unit(id: number, off: number): number;
  /** The entry's value (its first target). */
  value(id: number, keyLength: number): string;
}

const NO_ENTRIES = new Int32Array(0);

/** Sorts a bucket by key, stable (a later entry of one key stays later: it wins). */
function sortBucket(layer: Layer, ids: number[]): Int32Array {
  const compare = (a: number, b: number): number => {
    for (let off = 0; ; off++) {
      const ua = layer.unit(a, off);
      const ub = layer.unit(b, off);
      if (ua !== ub) return ua - ub;
      if (ua < 0) return 0;
    }
  };
  let sorted = true;
  for (let k = 1; k < ids.length && sorted; k++) sorted = compare(ids[k - 1]!, ids[k]!) <= 0;
  if (!sorted) ids.sort(compare);
  return Int32Array.from(ids);
}

const BAR = 0x7c; // '|': between lines
const SPACE = 0x20; // ' ': after the key, between targets

/**
 * A dictionary text as opencc-js ships it ("key value[ more values]|…"), sorted by first code point.
 * An entry's id is its line's offset in the text.
 */
class TextLayer implements Layer {
  private readonly buckets = new Map<number, Int32Array>();
  constructor(private readonly text: string) {}

  unit(id: number, off: number): number {
    const c = this.text.charCodeAt(id + off);
    return c === SPACE || c === BAR || c !== c ? -1 : c;
  }

  value(id: number, keyLength: number): string {
    const { text } = this;
    const start = id + keyLength + 1;
    let stop = text.indexOf('|', start);
    if (stop < 0) stop = text.length;
    const next = text.indexOf(' ', start);
    return text.slice(start, next >= 0 && next < stop ? next : stop);
  }

  /** The start of the first line whose first code point is at least `cp` (text.length when none). */
  private lowerBound(cp: number): number {
    const { text } = this;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = text.lastIndexOf('|', mid - 1) + 1;
      if (text.codePointAt(start)! < cp) {
        const stop = text.indexOf('|', start);
        lo = stop < 0 ? text.length : stop + 1;
      } else {
        hi = start;
      }
    }
    return lo;
  }

  bucket(first: number): Int32Array {
    let found = this.buckets.get(first);
    if (found) return found;
    const { text } = this;
    const ids: number[] = [];
    // A high surrogate's lines: those of every code point it starts.
    const [from, to] = first >= 0xd800 && first <= 0xdbff ? [0x10000 + ((first - 0xd800) << 10), 0x10000 + ((first - 0xd800 + 1) << 10)] : [first, first + 1];
    // One search for the first line; the lines that follow are read until the first character changes.
    for (let start = this.lowerBound(from); start < text.length; ) {
      const cp = text.codePointAt(start)!;
      if (cp >= to || cp < from) break;
      let stop = text.indexOf('|', start);
      if (stop < 0) stop = text.length;
      const space = text.indexOf(' ', start);
      // A line with a key and a target (opencc-js's Trie takes no other).
      if (space > start && space < stop) ids.push(start);
      start = stop + 1;
    }
    found = ids.length ? sortBucket(this, ids) : NO_ENTRIES;
    this.buckets.set(first, found);
    return found;
  }
}

/**
 * Entries as pairs (a dictionary given so, a text not sorted, or words added on top: `add` appends,
 * a later entry of one key winning). An entry's id is its index.
 */
class PairLayer implements Layer {
  private readonly buckets = new Map<number, Int32Array>();
  constructor(
    private readonly keys: string[] = [],
    private readonly values: string[] = [],
  ) {}

  get size(): number {
    return this.keys.length;
  }

  add(key: string, value: string): void {
    this.keys.push(key);
    this.values.push(value);
    this.buckets.delete(key.charCodeAt(0));
  }

  unit(id: number, off: number): number {
    const key = this.keys[id]!;
    return off < key.length ? key.charCodeAt(off) : -1;
  }

  value(id: number): string {
    return this.values[id]!;
  }

  bucket(first: number): Int32Array {
    let found = this.buckets.get(first);
    if (!found) {
      const ids: number[] = [];
      this.keys.forEach((key, id) => key && key.charCodeAt(0) === first && ids.push(id));
      this.buckets.set(first, (found = ids.length ? sortBucket(this, ids) : NO_ENTRIES));
    }
    return found;
  }
}

/**
 * Whether a dictionary text can be read by first character: OpenCC's files come sorted (their lines
 * in ascending order of their first code point; tests/unit/chinese/script-table.test.ts asserts it
 * for every dictionary of every configuration), so only a text of our own is checked, not
 * opencc-js's (a whole scan of each at start is what this module avoids).
 */
function sortedByFirstCodePoint(dict: string): boolean {
  if (OPENCC_TEXTS.has(dict)) return true;
  let previous = -1;
  for (let start = 0; start < dict.length; ) {
    const cp = dict.codePointAt(start)!;
    if (cp < previous) return false;
    previous = cp;
    const stop = dict.indexOf('|', start);
    if (stop < 0) break;
    start = stop + 1;
  }
  return true;
}

/** "key value …" lines as pairs, each key with its first target (lines without one skipped, as the Trie would refuse them). */
function pairsOfText(dict: string): [string[], string[]] {
  const keys: string[] = [];
  const values: string[] = [];
  for (const line of dict.split('|')) {
    const [key, value] = line.split(' ');
    if (key && value !== undefined) {
      keys.push(key);
      values.push(value);
    }
  }
  return [keys, values];
}

function parseLayer(dict: Dict): Layer {
  if (typeof dict === 'string') return sortedByFirstCodePoint(dict) ? new TextLayer(dict) : new PairLayer(...pairsOfText(dict));
  const pairs = dict.filter(([key]) => key);
  return new PairLayer(
    pairs.map(([key]) => key),
    pairs.map(([, value]) => value),
  );
}

// Dictionaries by their text (or pair list): each read once per worker lifetime, shared by tables.
const layers = new Map<Dict, Layer>();

function layerOf(dict: Dict): Layer {
  let layer = layers.get(dict);
  if (!layer) layers.set(dict, (layer = parseLayer(dict)));
  return layer;
}

const isPairList = (group: DictGroup | Dict): group is Dict =>
  typeof group !== 'string' && group.length > 0 && Array.isArray(group[0]) && typeof (group[0] as readonly unknown[])[0] === 'string';

function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/** Operands of an ideographic description character (⿰ …): OpenCC keeps such a sequence whole. */
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + codePointLength(s, end);
  }
  return end;
}

/** How far an unmatched position moves: one code point, or a whole description sequence. */
function unmatchedLength(s: string, i: number): number {
  const end = idsEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

/**
 * One node of a table's trie: the keys (in every layer) that start with its prefix, as a range of
 * each layer's sorted bucket; the value of the key that ends here (the first layer that has it);
 * and the nodes one code point on, made when a walk first takes them.
 */
export class TrieNode {
  /** The value of the key ending here, or undefined. */
  readonly value: string | undefined;
  /** Whether a key goes on from here. */
  readonly goes: boolean;
  /** The nodes one code point on, by code point (null: none), as walks asked for them. */
  next: Map<number, TrieNode | null> | null = null;

  constructor(
    private readonly layers: readonly Layer[],
    private readonly buckets: readonly Int32Array[],
    /** The prefix's length in UTF-16 units. */
    private readonly off: number,
    /** Per layer: [lo, hi) in its bucket. */
    private readonly ranges: Int32Array,
  ) {
    let value: string | undefined;
    let goes = false;
    for (let l = 0; l < layers.length; l++) {
      const lo = ranges[2 * l]!;
      const hi = ranges[2 * l + 1]!;
      if (lo >= hi) continue;
      const layer = layers[l]!;
      const ids = buckets[l]!;
      // Keys that end here sort first; the last of them (a later line of the same key) wins.
      if (value === undefined && layer.unit(ids[lo]!, off) < 0) {
        let k = lo;
        while (k + 1 < hi && layer.unit(ids[k + 1]!, off) < 0) k++;
        value = layer.value(ids[k]!, off);
      }
      if (!goes && layer.unit(ids[hi - 1]!, off) >= 0) goes = true;
    }
    this.value = value;
    this.goes = goes;
  }

  /** The node one code point on (made and kept), or null. */
  step(code: number): TrieNode | null {
    if (!this.goes) return null;
    let next = this.next;
    if (next) {
      const known = next.get(code);
      if (known !== undefined) return known;
    } else {
      next = this.next = new Map();
    }
    const child = this.narrow(code);
    next.set(code, child);
    return child;
  }

  private narrow(code: number): TrieNode | null {
    const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code];
    const { layers, buckets, ranges } = this;
    const out = new Int32Array(ranges.length);
    let any = false;
    for (let l = 0; l < layers.length; l++) {
      let lo = ranges[2 * l]!;
      let hi = ranges[2 * l + 1]!;
      const layer = layers[l]!;
      const ids = buckets[l]!;
      for (let u = 0; u < units.length && lo < hi; u++) {
        const off = this.off + u;
        const unit = units[u]!;
        // First entry whose unit at off is ≥ unit, then first that is > unit.
        let a = lo;
        let b = hi;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (layer.unit(ids[mid]!, off) < unit) a = mid + 1;
          else b = mid;
        }
        let c = a;
        b = hi;
        while (c < b) {
          const mid = (c + b) >> 1;
          if (layer.unit(ids[mid]!, off) <= unit) c = mid + 1;
          else b = mid;
        }
        lo = a;
        hi = c;
      }
      if (lo < hi) {
        out[2 * l] = lo;
        out[2 * l + 1] = hi;
        any = true;
      }
    }
    return any ? new TrieNode(layers, buckets, this.off + units.length, out) : null;
  }
}

const NO_NODE = 0xffff;

/** The node one code point on from `node`, or undefined. */
export function stepNode(node: TrieNode, code: number): TrieNode | undefined {
  return node.step(code) ?? undefined;
}

/** Whether a key goes on from this node. */
export function goesOn(node: TrieNode): boolean {
  return node.goes;
}

/**
 * A dictionary group (earlier dictionaries win) plus words added on top (which win over all), with
 * opencc-js Trie's operations: the longest key at a position, segment, convert.
 */
export class PhraseTable {
  // Words added on top first, then the dictionaries in order.
  private readonly own = new PairLayer();
  private readonly layers: Layer[];
  // nodeAt's answers by code point past the Basic Multilingual Plane (null: no key starts with it).
  private readonly nodes = new Map<number, TrieNode | null>();
  // The same for the Basic Multilingual Plane (the text's characters nearly all), by index: 0 not
  // asked yet, NO_NODE none, else 1 + the node's place in bmpNodes. Typed: made zeroed at once, read
  // fast, two bytes a slot (a table has a few thousand first characters; past NO_NODE - 1 the Map holds them).
  private bmp: Uint16Array | null = null;
  private readonly bmpNodes: TrieNode[] = [];

  constructor(group: DictGroup | Dict) {
    const dicts: readonly Dict[] = typeof group === 'string' || isPairList(group) ? [group as Dict] : (group as DictGroup);
    this.layers = [this.own, ...dicts.map(layerOf)];
  }

  addWord(key: string, value: string): void {
    if (!key) return;
    // A later word of the same key wins (as the Trie's addWord does). Only the node of the key's
    // first character changes: every other keeps its walks.
    this.own.add(key, value);
    const code = key.codePointAt(0)!;
    this.nodes.delete(code);
    // Its slot is made again (the old node's place in bmpNodes is left unused).
    if (code < 0x10000 && this.bmp) this.bmp[code] = 0;
  }

  /** The node of the one-code-point key `code`: made from each layer's bucket of its first unit. */
  private makeNode(code: number): TrieNode | null {
    const { layers } = this;
    const first = code > 0xffff ? 0xd800 + ((code - 0x10000) >> 10) : code;
    const buckets = layers.map((layer) => layer.bucket(first));
    const ranges = new Int32Array(2 * layers.length);
    let any = false;
    buckets.forEach((ids, l) => {
      ranges[2 * l + 1] = ids.length;
      any ||= ids.length > 0;
    });
    if (!any) return null;
    // The bucket as a node of no prefix, one step on by the whole code point.
    return new TrieNode(layers, buckets, 0, ranges).step(code);
  }

  /** The node of the key of one code point, or undefined when no key starts with it. */
  nodeAt(code: number): TrieNode | undefined {
    if (code < 0x10000) {
      const slot = (this.bmp ??= new Uint16Array(0x10000))[code]!;
      if (slot !== 0) return slot === NO_NODE ? undefined : this.bmpNodes[slot - 1];
      const node = this.makeNode(code);
      if (!node) this.bmp[code] = NO_NODE;
      else if (this.bmpNodes.length < NO_NODE - 1) this.bmp[code] = this.bmpNodes.push(node);
      else this.nodes.set(code, node);
      return node ?? undefined;
    }
    let node = this.nodes.get(code);
    if (node === undefined) this.nodes.set(code, (node = this.makeNode(code)));
    return node ?? undefined;
  }

  /**
   * The trie node of the one-character key `ch` (one code point, as Array.from splits a text): its
   * value and the keys that go on from it, or undefined when no key starts with it. Matching walks
   * on from here one character at a time (stepNode), with no key string built.
   */
  nodeOf(ch: string | undefined): TrieNode | undefined {
    return ch ? this.nodeAt(ch.codePointAt(0)!) : undefined;
  }

  /** The value of exactly `key` (words added on top first, then the dictionaries in order), or undefined. */
  get(key: string): string | undefined {
    let node: TrieNode | undefined;
    for (let i = 0; i < key.length; ) {
      const code = key.codePointAt(i)!;
      node = i === 0 ? this.nodeAt(code) : stepNode(node!, code);
      if (!node) return undefined;
      i += code > 0xffff ? 2 : 1;
    }
    return node?.value;
  }

  /**
   * Every key that starts at chars[i] of a text split into characters (Array.from), shortest first
   * (the order a walk down opencc-js's Trie meets them): its end (a character index) and value.
   * For matching that weighs each candidate (word boundaries), where the longest is not always taken.
   */
  keysAt(chars: readonly string[], i: number): Array<{ end: number; value: string }> {
    const found: Array<{ end: number; value: string }> = [];
    let node = this.nodeOf(chars[i]);
    for (let j = i + 1; node; j++) {
      if (node.value !== undefined) found.push({ end: j, value: node.value });
      if (!node.goes || j >= chars.length) break;
      node = stepNode(node, chars[j]!.codePointAt(0)!);
    }
    return found;
  }

  /** The longest key that starts at `i` (its end in UTF-16 units, and its value), or null. */
  matchPrefix(s: string, i: number): { end: number; value: string } | null {
    let code = s.codePointAt(i)!;
    let node = this.nodeAt(code);
    let end = 0;
    let value = '';
    for (let j = i + (code > 0xffff ? 2 : 1); node; ) {
      if (node.value !== undefined) {
        end = j;
        value = node.value;
      }
      if (!node.goes || j >= s.length) break;
      code = s.codePointAt(j)!;
      node = node.step(code) ?? undefined;
      j += code > 0xffff ? 2 : 1;
    }
    return end ? { end, value } : null;
  }

  /** The text cut at its matches; the text between matches stays one piece. */
  segment(s: string): string[] {
    const segments: string[] = [];
    let unmatched: number | null = null;
    for (let i = 0; i < s.length; ) {
      const match = this.matchPrefix(s, i);
      if (match) {
        if (unmatched !== null) segments.push(s.slice(unmatched, i));
        unmatched = null;
        segments.push(s.slice(i, match.end));
        i = match.end;
      } else {
        unmatched ??= i;
        i += unmatchedLength(s, i);
      }
    }
    if (unmatched !== null) segments.push(s.slice(unmatched));
    return segments;
  }

  /** The text with every match replaced by its value. */
  convert(s: string): string {
    const out: string[] = [];
    let unmatched: number | null = null;
    for (let i = 0; i < s.length; ) {
      const match = this.matchPrefix(s, i);
      if (match) {
        if (unmatched !== null) out.push(s.slice(unmatched, i));
        unmatched = null;
        out.push(match.value);
        i = match.end;
      } else {
        unmatched ??= i;
        i += unmatchedLength(s, i);
      }
    }
    if (unmatched !== null) out.push(s.slice(unmatched));
    return out.join('');
  }
}

// One table per dictionary for dictEntry: its nodes kept like any table's.
const entryTables = new Map<Dict, PhraseTable>();

/**
 * The value of `key` in one dictionary (its last entry, as a Map built from the lines in order
 * would hold), read on demand like the tables above: for character lookups that would otherwise
 * build whole maps before the first answer.
 */
export function dictEntry(dict: Dict, key: string): string | undefined {
  if (!key) return undefined;
  let table = entryTables.get(dict);
  if (!table) entryTables.set(dict, (table = new PhraseTable(dict)));
  return table.get(key);
}
