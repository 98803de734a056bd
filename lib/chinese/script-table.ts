/**
 * OpenCC's longest-match dictionary in place of opencc-js's Trie (a Map per character of every
 * phrase, built from the whole dictionary before the first conversion): the same matches, from the
 * dictionary texts as they ship, read by first character on demand (OpenCC's files are sorted, so
 * one character's lines are a binary search away) into small hash tables, and the table's keys of
 * that character into a trie over code points (walked without building key strings: bench "script:
 * convertText tw / opencc-js alone"). Nothing is built at
 * start, a conversion parses only the characters its text has, and the memory is a fraction, so a
 * service worker that Chrome stopped answers its first conversion soon after it wakes (bench:
 * "cold: first script …"). A dictionary is read once and shared by every table that uses it (s→t
 * segmentation and first stage, tw / twp / hk).
 */
import type { Dict, DictGroup } from './opencc-data';

/** The entries of one dictionary whose keys start with one UTF-16 unit, and their longest key. */
interface Bucket {
  entries: Map<string, string>;
  longest: number;
}

const EMPTY: Bucket = { entries: new Map(), longest: 0 };

/** One dictionary, read by first unit on demand. */
interface Layer {
  bucket(first: number): Bucket;
}

function addTo(buckets: Map<number, Bucket>, key: string, value: string): void {
  if (!key) return;
  const first = key.charCodeAt(0);
  let bucket = buckets.get(first);
  if (!bucket) buckets.set(first, (bucket = { entries: new Map(), longest: 0 }));
  // A later entry wins within one dictionary, as in a Trie loaded line by line.
  bucket.entries.set(key, value);
  bucket.longest = Math.max(bucket.longest, key.length);
}

/** "key value[ more values]|…" from `start` to `end`: each key with its first value. */
function parseLines(dict: string, start: number, end: number, buckets: Map<number, Bucket>): void {
  while (start < end) {
    let stop = dict.indexOf('|', start);
    if (stop < 0 || stop > end) stop = end;
    const space = dict.indexOf(' ', start);
    if (space > start && space < stop) {
      const next = dict.indexOf(' ', space + 1);
      addTo(buckets, dict.slice(start, space), dict.slice(space + 1, next > space && next < stop ? next : stop));
    }
    start = stop + 1;
  }
}

function eagerLayer(buckets: Map<number, Bucket>): Layer {
  return { bucket: (first) => buckets.get(first) ?? EMPTY };
}

/** Whether the lines of a dictionary text come in ascending order of their first unit (OpenCC's files are sorted). */
function sortedByFirstUnit(dict: string): boolean {
  let previous = -1;
  for (let start = 0; start < dict.length; ) {
    const unit = dict.charCodeAt(start);
    if (unit < previous) return false;
    previous = unit;
    const stop = dict.indexOf('|', start);
    if (stop < 0) break;
    start = stop + 1;
  }
  return true;
}

/**
 * A dictionary text kept as it is: the lines of one first unit are found by binary search (the text
 * is sorted) and parsed the first time a text has that unit, so a conversion parses only what its
 * text needs, and nothing is built before.
 */
function lazyLayer(dict: string): Layer {
  const buckets = new Map<number, Bucket>();
  const lineStart = (at: number): number => dict.lastIndexOf('|', at - 1) + 1;
  // The first line whose first unit is at least `unit` (its start; dict.length when none).
  const lowerBound = (unit: number): number => {
    let lo = 0;
    let hi = dict.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const start = lineStart(mid);
      if (dict.charCodeAt(start) < unit) {
        const stop = dict.indexOf('|', start);
        lo = stop < 0 ? dict.length : stop + 1;
      } else {
        hi = start;
      }
    }
    return lo;
  };
  return {
    bucket(first) {
      let bucket = buckets.get(first);
      if (!bucket) {
        const from = lowerBound(first);
        const to = lowerBound(first + 1);
        const parsed = new Map<number, Bucket>();
        if (to > from) parseLines(dict, from, to, parsed);
        buckets.set(first, (bucket = parsed.get(first) ?? EMPTY));
      }
      return bucket;
    },
  };
}

function parseLayer(dict: Dict): Layer {
  if (typeof dict === 'string' && sortedByFirstUnit(dict)) return lazyLayer(dict);
  const buckets = new Map<number, Bucket>();
  if (typeof dict === 'string') parseLines(dict, 0, dict.length, buckets);
  else for (const [key, value] of dict) addTo(buckets, key, value);
  return eagerLayer(buckets);
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

/** The buckets of every layer with keys starting with one unit (own words first), their longest key, and their merge. */
interface ByFirst {
  buckets: Bucket[];
  longest: number;
  /** The layers' keys as one trie over code points (its root's children: the first code points), made on first need. */
  trie?: TrieNode;
}

/**
 * One node of a table's trie: the value of the key ending here, and the nodes one code point on.
 * Most nodes lie on a chain of one child each (the rest of a long phrase): that child is held in
 * two fields (`code`, `only`), a Map only where a node has more (memory: bench "memory: …").
 */
export interface TrieNode {
  value?: string;
  code?: number;
  only?: TrieNode;
  /** By code point: number keys are the cheapest a Map looks up. */
  next?: Map<number, TrieNode>;
}

const NO_NODE = 0xffff;

/** The node one code point on from `node`, or undefined. */
export function stepNode(node: TrieNode, code: number): TrieNode | undefined {
  return node.only ? (node.code === code ? node.only : undefined) : node.next?.get(code);
}

/** Whether a key goes on from this node. */
export function goesOn(node: TrieNode): boolean {
  return node.only !== undefined || node.next !== undefined;
}

function childOf(node: TrieNode, code: number): TrieNode {
  const found = stepNode(node, code);
  if (found) return found;
  const child: TrieNode = {};
  if (!node.only && !node.next) {
    node.code = code;
    node.only = child;
  } else {
    if (node.only) {
      node.next = new Map([[node.code!, node.only]]);
      node.only = undefined;
      node.code = undefined;
    }
    node.next!.set(code, child);
  }
  return child;
}

/**
 * The trie of one first unit's keys over every layer: the last layer first, so that an earlier
 * layer's value (own words, then the dictionaries in order) overwrites a later one's, as the first
 * layer that has a key wins. No merged map of the layers is made.
 */
function trieOf(buckets: readonly Bucket[]): TrieNode {
  const root: TrieNode = {};
  for (let b = buckets.length - 1; b >= 0; b--) {
    for (const [key, value] of buckets[b]!.entries) {
      let node = root;
      for (const ch of key) node = childOf(node, ch.codePointAt(0)!);
      node.value = value;
    }
  }
  return root;
}

/**
 * A dictionary group (earlier dictionaries win) plus words added on top (which win over all), with
 * opencc-js Trie's operations: the longest key at a position, segment, convert.
 */
export class PhraseTable {
  private readonly layers: Layer[];
  private readonly own = new Map<number, Bucket>();
  // Per first unit: the buckets of every layer that has keys starting with it (own words first), and the longest key.
  private readonly byFirst = new Map<number, ByFirst>();
  // nodeOf's answers by character (null: no key starts with it): one lookup per character matched.
  private readonly nodes = new Map<number, TrieNode | null>();
  // The same for the Basic Multilingual Plane (the text's characters nearly all), by index: 0 not
  // asked yet, NO_NODE none, else 1 + the node's place in bmpNodes. Typed: made zeroed at once, read
  // fast, two bytes a slot (a table has a few thousand first characters; past NO_NODE - 1 the Map holds them).
  private bmp: Uint16Array | null = null;
  private readonly bmpNodes: TrieNode[] = [];

  constructor(group: DictGroup | Dict) {
    const dicts: readonly Dict[] = typeof group === 'string' || isPairList(group) ? [group as Dict] : (group as DictGroup);
    this.layers = [eagerLayer(this.own), ...dicts.map(layerOf)];
  }

  addWord(key: string, value: string): void {
    if (!key) return;
    addTo(this.own, key, value);
    this.byFirst.delete(key.charCodeAt(0));
    this.nodes.clear();
    this.bmp = null;
    this.bmpNodes.length = 0;
    this.starts = null;
  }

  private at(first: number): ByFirst {
    let found = this.byFirst.get(first);
    if (!found) {
      const buckets = this.layers.map((layer) => layer.bucket(first)).filter((b) => b.longest > 0);
      found = { buckets, longest: Math.max(0, ...buckets.map((b) => b.longest)) };
      this.byFirst.set(first, found);
    }
    return found;
  }

  // Per UTF-16 unit: 1 no key starts with it, 2 some do, 0 not asked yet (made on first need).
  private starts: Uint8Array | null = null;

  /** Whether some key starts with this unit (one typed-array read once asked: most of a text's units start none). */
  private startsKeys(unit: number): boolean {
    const starts = (this.starts ??= new Uint8Array(0x10000));
    return (starts[unit] ||= this.at(unit).longest > 0 ? 2 : 1) === 2;
  }

  /** The value of exactly `key` (words added on top first, then the dictionaries in order), or undefined. */
  get(key: string): string | undefined {
    let node: TrieNode | undefined;
    for (const ch of key) {
      node = node ? stepNode(node, ch.codePointAt(0)!) : this.nodeOf(ch);
      if (!node) return undefined;
    }
    return node?.value;
  }

  /**
   * The trie node of the one-character key `ch` (one code point, as Array.from splits a text): its value and the keys that go on
   * from it, or undefined when no key starts with it. Matching walks on from here one character at
   * a time (stepNode), with no key string built.
   */
  nodeOf(ch: string | undefined): TrieNode | undefined {
    if (!ch) return undefined;
    const code = ch.codePointAt(0)!;
    if (code < 0x10000) {
      const slot = (this.bmp ??= new Uint16Array(0x10000))[code]!;
      if (slot !== 0) return slot === NO_NODE ? undefined : this.bmpNodes[slot - 1];
    }
    let node = this.nodes.get(code);
    if (node === undefined) {
      const found = this.at(ch.charCodeAt(0));
      if (found.longest > 0) found.trie ??= trieOf(found.buckets);
      node = (found.trie && stepNode(found.trie, code)) ?? null;
      if (code < 0x10000 && (!node || this.bmpNodes.length < NO_NODE - 1)) this.bmp![code] = node ? this.bmpNodes.push(node) : NO_NODE;
      else this.nodes.set(code, node);
    }
    return node ?? undefined;
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
      if (!goesOn(node) || j >= chars.length) break;
      node = stepNode(node, chars[j]!.codePointAt(0)!);
    }
    return found;
  }

  /** The longest key that starts at `i` (its end and value), or null. */
  matchPrefix(s: string, i: number): { end: number; value: string } | null {
    if (!this.startsKeys(s.charCodeAt(i))) return null;
    const { buckets, longest } = this.at(s.charCodeAt(i));
    for (let length = Math.min(longest, s.length - i); length > 0; length--) {
      const key = s.slice(i, i + length);
      for (const bucket of buckets) {
        const value = bucket.entries.get(key);
        if (value !== undefined) return { end: i + length, value };
      }
    }
    return null;
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

/**
 * The value of `key` in one dictionary (its last entry, as a Map built from the lines in order
 * would hold), read on demand like the tables above: for character lookups that would otherwise
 * build whole maps before the first answer.
 */
export function dictEntry(dict: Dict, key: string): string | undefined {
  return key ? layerOf(dict).bucket(key.charCodeAt(0)).entries.get(key) : undefined;
}
