/**
 * OpenCC's longest-match dictionary in place of opencc-js's Trie (a Map per character of every
 * phrase, built from the whole dictionary before the first conversion): the same matches, read
 * from the dictionary texts as they ship, with nothing parsed, indexed or built ahead.
 *
 * OpenCC's files are sorted by key, so the keys sharing a prefix are one run of lines: the trie a
 * match walks is implicit in the text. A node is that run in each dictionary of the table, one step
 * on narrows each run by binary search on the text itself, and a node is made only when a walk
 * first takes it (then kept for the next walk). So the first conversion after a start touches only
 * the edges its text takes (bench: "cold: first script …", "script: first seed conversion …"), and
 * the memory is what the walks made (bench "memory: …"). A dictionary is shared by every table
 * that uses it (s→t segmentation and first stage, tw / twp / hk).
 */
import { openccTexts, type Dict, type DictGroup } from './opencc-data';

// opencc-js's own dictionary texts (sorted by key: asserted by the tests, never scanned at start).
const OPENCC_TEXTS = openccTexts();

/**
 * One dictionary's entries in key order (code point by code point, a key that ends before one that
 * goes on), addressed by position: a range [lo, hi) of positions holds the keys sharing a prefix.
 */
interface Layer {
  /** Every entry: [0, end). */
  readonly end: number;
  /** Within [lo, hi) (keys sharing a prefix `off` units long): the range whose next code point is `cp`, written to out[at], out[at + 1]. */
  narrow(lo: number, hi: number, off: number, cp: number, out: Int32Array, at: number): void;
  /** The value of the key that ends at `off` in [lo, hi) (it sorts first; of equal keys the last wins), or undefined. */
  value(lo: number, hi: number, off: number): string | undefined;
  /** Whether a key in [lo, hi) goes on past `off` (the last one does, if any). */
  goesOn(lo: number, hi: number, off: number): boolean;
}

const BAR = 0x7c; // '|': between lines
const SPACE = 0x20; // ' ': after the key, between targets

/**
 * A dictionary text as opencc-js ships it ("key value[ more values]|…"), its lines sorted by key
 * (tests/unit/chinese/script-table.test.ts asserts it for every text of every configuration): a
 * position is a line's offset in the text, and a range is found by binary search on the text
 * itself. Nothing is parsed or indexed ahead.
 */
class TextLayer implements Layer {
  readonly end: number;
  constructor(private readonly text: string) {
    this.end = text.length;
  }

  /** The key's code point at `off` of the line at `line`, or -1 where the key ends. */
  private cpAt(line: number, off: number): number {
    const cp = this.text.codePointAt(line + off);
    return cp === undefined || cp === SPACE || cp === BAR ? -1 : cp;
  }

  /** The first line in [lo, hi) whose code point at `off` is at least `cp` (greater, with `after`); hi when none. */
  private search(lo: number, hi: number, off: number, cp: number, after: boolean): number {
    const { text } = this;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const line = text.lastIndexOf('|', mid - 1) + 1;
      const here = this.cpAt(line, off);
      if (after ? here <= cp : here < cp) {
        const stop = text.indexOf('|', line);
        lo = stop < 0 || stop >= hi ? hi : stop + 1;
      } else {
        hi = line;
      }
    }
    return lo;
  }

  narrow(lo: number, hi: number, off: number, cp: number, out: Int32Array, at: number): void {
    const from = this.search(lo, hi, off, cp, false);
    out[at] = from;
    out[at + 1] = from < hi ? this.search(from, hi, off, cp, true) : from;
  }

  value(lo: number, hi: number, off: number): string | undefined {
    if (lo >= hi || this.cpAt(lo, off) >= 0) return undefined;
    const { text } = this;
    const start = lo + off + 1;
    let stop = text.indexOf('|', start);
    if (stop < 0) stop = text.length;
    const next = text.indexOf(' ', start);
    return text.slice(start, next >= 0 && next < stop ? next : stop);
  }

  goesOn(lo: number, hi: number, off: number): boolean {
    if (lo >= hi) return false;
    const last = Math.max(lo, this.text.lastIndexOf('|', hi - 2) + 1);
    return this.cpAt(last, off) >= 0;
  }
}

/** Keys in code point order (a key before the keys it starts). */
function compareKeys(a: string, b: string): number {
  for (let i = 0; ; ) {
    const ca = a.codePointAt(i);
    const cb = b.codePointAt(i);
    if (ca !== cb) return (ca ?? -1) - (cb ?? -1);
    if (ca === undefined) return 0;
    i += ca > 0xffff ? 2 : 1;
  }
}

/**
 * Entries as pairs (a dictionary given so, a text of our own, or the words added on top), sorted
 * once: a position is a place in that order (equal keys in the order given, so the later wins).
 */
class PairLayer implements Layer {
  readonly end: number;
  private readonly keys: string[];
  private readonly values: string[];

  constructor(keys: readonly string[], values: readonly string[], sorted = false) {
    if (sorted) {
      this.keys = keys as string[];
      this.values = values as string[];
    } else {
      const order = keys.map((_, i) => i).filter((i) => keys[i] !== '');
      order.sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b);
      this.keys = order.map((i) => keys[i]!);
      this.values = order.map((i) => values[i]!);
    }
    this.end = this.keys.length;
  }

  /** These entries and one more, after any of its key (a later entry wins): a new layer, this one unchanged for the nodes made from it. */
  with(key: string, value: string): PairLayer {
    let a = 0;
    let b = this.keys.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (compareKeys(this.keys[mid]!, key) <= 0) a = mid + 1;
      else b = mid;
    }
    const keys = this.keys.slice();
    const values = this.values.slice();
    keys.splice(a, 0, key);
    values.splice(a, 0, value);
    return new PairLayer(keys, values, true);
  }

  private cpAt(k: number, off: number): number {
    const key = this.keys[k]!;
    return off < key.length ? key.codePointAt(off)! : -1;
  }

  narrow(lo: number, hi: number, off: number, cp: number, out: Int32Array, at: number): void {
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.cpAt(mid, off) < cp) a = mid + 1;
      else b = mid;
    }
    let c = a;
    b = hi;
    while (c < b) {
      const mid = (c + b) >> 1;
      if (this.cpAt(mid, off) <= cp) c = mid + 1;
      else b = mid;
    }
    out[at] = a;
    out[at + 1] = c;
  }

  value(lo: number, hi: number, off: number): string | undefined {
    if (lo >= hi || this.cpAt(lo, off) >= 0) return undefined;
    let k = lo;
    while (k + 1 < hi && this.cpAt(k + 1, off) < 0) k++;
    return this.values[k];
  }

  goesOn(lo: number, hi: number, off: number): boolean {
    return lo < hi && this.cpAt(hi - 1, off) >= 0;
  }
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
  // opencc-js's texts are read as they are (sorted: asserted by the tests); any other is sorted here.
  if (typeof dict === 'string') return OPENCC_TEXTS.has(dict) ? new TextLayer(dict) : new PairLayer(...pairsOfText(dict));
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
 * each layer's positions; the value of the key that ends here (the first layer that has it); and
 * the nodes one code point on, made when a walk first takes them.
 */
export class TrieNode {
  /** The value of the key ending here, or undefined. */
  readonly value: string | undefined;
  /** Whether a key goes on from here. */
  readonly goes: boolean;
  /** The nodes one code point on, by code point (null: none), as walks asked for them. */
  private next: Map<number, TrieNode | null> | null = null;

  constructor(
    private readonly layers: readonly Layer[],
    /** The prefix's length in UTF-16 units. */
    private readonly off: number,
    /** Per layer: [lo, hi) of its positions. */
    private readonly ranges: Int32Array,
  ) {
    let value: string | undefined;
    let goes = false;
    for (let l = 0; l < layers.length; l++) {
      const lo = ranges[2 * l]!;
      const hi = ranges[2 * l + 1]!;
      if (lo >= hi) continue;
      value ??= layers[l]!.value(lo, hi, off);
      goes ||= layers[l]!.goesOn(lo, hi, off);
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
    const child = narrowed(this.layers, this.off, this.ranges, code);
    next.set(code, child);
    return child;
  }
}

/** The node of `ranges` (keys `off` units long so far) one code point on, or null when no key goes there. */
function narrowed(layers: readonly Layer[], off: number, ranges: Int32Array, code: number): TrieNode | null {
  const out = new Int32Array(ranges.length);
  let any = false;
  for (let l = 0; l < layers.length; l++) {
    const lo = ranges[2 * l]!;
    const hi = ranges[2 * l + 1]!;
    if (lo >= hi) continue;
    layers[l]!.narrow(lo, hi, off, code, out, 2 * l);
    any ||= out[2 * l]! < out[2 * l + 1]!;
  }
  return any ? new TrieNode(layers, off + (code > 0xffff ? 2 : 1), out) : null;
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
  private readonly dicts: readonly Layer[];
  // Words added on top (a later one of the same key wins), and the layers nodes are made from now:
  // those words first, then the dictionaries in order.
  private own: PairLayer | null = null;
  private layers: readonly Layer[];
  // nodeAt's answers by code point past the Basic Multilingual Plane (null: no key starts with it).
  private readonly nodes = new Map<number, TrieNode | null>();
  // The same for the Basic Multilingual Plane (the text's characters nearly all), by index: 0 not
  // asked yet, NO_NODE none, else 1 + the node's place in bmpNodes. Typed: made zeroed at once, read
  // fast, two bytes a slot (a table has a few thousand first characters; past NO_NODE - 1 the Map holds them).
  private bmp: Uint16Array | null = null;
  private readonly bmpNodes: TrieNode[] = [];

  constructor(group: DictGroup | Dict) {
    const dicts: readonly Dict[] = typeof group === 'string' || isPairList(group) ? [group as Dict] : (group as DictGroup);
    this.dicts = dicts.map(layerOf);
    this.layers = this.dicts;
  }

  addWord(key: string, value: string): void {
    if (!key) return;
    this.own = this.own ? this.own.with(key, value) : new PairLayer([key], [value], true);
    // Only the node of the key's first character changes: every other keeps its walks (and the
    // layers it was made from, which hold the same keys for it).
    this.layers = [this.own, ...this.dicts];
    const code = key.codePointAt(0)!;
    this.nodes.delete(code);
    // Its slot is made again (the old node's place in bmpNodes is left unused).
    if (code < 0x10000 && this.bmp) this.bmp[code] = 0;
  }

  /** The node of the key of one code point `code`, made from the whole of each layer. */
  private makeNode(code: number): TrieNode | null {
    const { layers } = this;
    const ranges = new Int32Array(2 * layers.length);
    layers.forEach((layer, l) => (ranges[2 * l + 1] = layer.end));
    return narrowed(layers, 0, ranges, code);
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
    const bmp = (this.bmp ??= new Uint16Array(0x10000));
    for (let i = 0; i < s.length; ) {
      // Most characters of a text start no key (a table asked before says so in one read): they
      // join the unmatched run without a call (the normalization pass over every text).
      const unit = s.charCodeAt(i);
      if (bmp[unit] === NO_NODE && (unit < 0xd800 || unit > 0xdfff) && (unit < 0x2ff0 || unit > 0x2fff)) {
        unmatched ??= i;
        i++;
        continue;
      }
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
