/**
 * OpenCC's longest-match dictionary as flat hash tables, in place of opencc-js's Trie (a Map per
 * character of every phrase): the same matches, built several times faster and a fraction of the
 * memory, so a service worker that Chrome stopped answers its first conversion soon after it wakes
 * (bench: "cold: first script …"). A dictionary's text is parsed once and shared by every table
 * that uses it (s→t segmentation and first stage, tw / twp / hk).
 */
import type { Dict, DictGroup } from './opencc-data';

/** One parsed dictionary: its entries, and per first UTF-16 unit the longest key starting with it. */
interface Layer {
  entries: Map<string, string>;
  longest: Map<number, number>;
}

function parseLayer(dict: Dict): Layer {
  const entries = new Map<string, string>();
  const add = (key: string, value: string) => {
    // A later entry wins within one dictionary, as in a Trie loaded line by line.
    if (key) entries.set(key, value);
  };
  if (typeof dict === 'string') {
    for (let start = 0; start < dict.length; ) {
      let end = dict.indexOf('|', start);
      if (end < 0) end = dict.length;
      const space = dict.indexOf(' ', start);
      if (space > start && space < end) {
        const next = dict.indexOf(' ', space + 1);
        add(dict.slice(start, space), dict.slice(space + 1, next > space && next < end ? next : end));
      }
      start = end + 1;
    }
  } else {
    for (const [key, value] of dict) add(key, value);
  }
  const longest = new Map<number, number>();
  for (const key of entries.keys()) {
    const first = key.charCodeAt(0);
    if ((longest.get(first) ?? 0) < key.length) longest.set(first, key.length);
  }
  return { entries, longest };
}

// Parsed dictionaries by their text (or pair list): each parsed once per worker lifetime.
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
 * A dictionary group (earlier dictionaries win) plus words added on top (which win over all), with
 * opencc-js Trie's operations: the longest key at a position, segment, convert.
 */
export class PhraseTable {
  private readonly layers: Layer[];
  private readonly own: Layer = { entries: new Map(), longest: new Map() };
  private readonly longest = new Map<number, number>();

  constructor(group: DictGroup | Dict) {
    const dicts: readonly Dict[] = typeof group === 'string' || isPairList(group) ? [group as Dict] : (group as DictGroup);
    this.layers = [this.own, ...dicts.map(layerOf)];
    for (const layer of this.layers) this.widen(layer.longest);
  }

  private widen(longest: Map<number, number>): void {
    for (const [first, length] of longest) if ((this.longest.get(first) ?? 0) < length) this.longest.set(first, length);
  }

  addWord(key: string, value: string): void {
    if (!key) return;
    this.own.entries.set(key, value);
    const first = key.charCodeAt(0);
    if ((this.own.longest.get(first) ?? 0) < key.length) this.own.longest.set(first, key.length);
    if ((this.longest.get(first) ?? 0) < key.length) this.longest.set(first, key.length);
  }

  private lookUp(key: string): string | undefined {
    for (const layer of this.layers) {
      const value = layer.entries.get(key);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /** The longest key that starts at `i` (its end and value), or null. */
  matchPrefix(s: string, i: number): { end: number; value: string } | null {
    const max = Math.min(this.longest.get(s.charCodeAt(i)) ?? 0, s.length - i);
    for (let length = max; length > 0; length--) {
      const value = this.lookUp(s.slice(i, i + length));
      if (value !== undefined) return { end: i + length, value };
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
