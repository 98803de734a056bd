/**
 * Simplified ↔ traditional conversion: OpenCC's own pipelines (opencc-js data; its Trie's matching
 * on flat tables, script-table.ts), rebuilt
 * here so DuBao can (1) inject the exceptions dictionary as phrase entries and (2) report which
 * original characters became which converted ones (convertSegments), so readings can follow them.
 * Converters are built lazily, once per variant, and shared (the s→t phrase stage is built once for
 * tw, twp and hk), and only the variant asked for is built.
 */
import type { ConvertedPiece, ScriptVariant } from './contract';
import { HK_PHRASES, PROTECTED_PHRASES, TWP_VETOES } from './exceptions';
import { characterDict, openccConfig as config, type Dict } from '../chinese/opencc-data';
import { dictEntry, PhraseTable as Trie } from '../chinese/script-table';

const trieOf = (group: ConstructorParameters<typeof Trie>[0]): Trie => new Trie(group);

export interface ConvertOptions {
  /** Personal names found in the text (simplified), whose surname keeps its form (余小姐, not 餘小姐). */
  names?: readonly string[];
}

/**
 * Surnames written with a character whose OpenCC default is another word's traditional form:
 * 于 (於), 余 (餘), 朴 (樸), 党 (黨), 郁 (鬱), 丑 (醜). As a surname the character stays as it is;
 * famous names are already OpenCC phrases (余光中), these cover everyone else (于先生, 余小姐).
 */
export const KEEP_SURNAMES = new Set(Array.from('于余朴党郁丑'));

interface Pipeline {
  normalize: Trie | null;
  segmentation: Trie;
  stages: Trie[];
}

// The s→t segmentation and first (phrase + character) stage, shared by tw, twp and hk.
let sharedS2T: { normalize: Trie; segmentation: Trie; stage1: Trie } | null = null;

function buildS2T(): { normalize: Trie; segmentation: Trie; stage1: Trie } {
  if (sharedS2T) return sharedS2T;
  const c = config('s2tw');
  const segmentation = trieOf(c.segmentation);
  const stage1 = trieOf(c.conversionChain[0]!);
  const normalize = trieOf(c.normalizationChain![0]!);
  // Protected phrases: what OpenCC would write, with the kept characters restored.
  for (const { phrase, keep } of PROTECTED_PHRASES) {
    const source = Array.from(phrase);
    const converted = Array.from(stage1.convert(phrase));
    if (converted.length !== source.length) continue; // never for these entries (tested)
    const target = converted.map((ch, k) => (keep.includes(source[k]!) ? source[k]! : ch)).join('');
    segmentation.addWord(phrase, target);
    stage1.addWord(phrase, target);
  }
  sharedS2T = { normalize, segmentation, stage1 };
  return sharedS2T;
}

const pipelines = new Map<ScriptVariant, Pipeline>();

function buildPipeline(variant: ScriptVariant): Pipeline {
  const cached = pipelines.get(variant);
  if (cached) return cached;
  let pipeline: Pipeline;
  if (variant === 'cn') {
    // Hong Kong and Taiwan variant forms first (衞 綫 裡 …), then traditional → simplified.
    const tw = config('tw2s');
    const hk = config('hk2s');
    pipeline = {
      normalize: trieOf(tw.normalizationChain![0]!),
      segmentation: trieOf(tw.segmentation),
      stages: [trieOf([...hk.conversionChain[0]!, ...tw.conversionChain[0]!]), trieOf(tw.conversionChain[1]!)],
    };
  } else {
    const { normalize, segmentation, stage1 } = buildS2T();
    const c = config(variant === 'tw' ? 's2tw' : variant === 'twp' ? 's2twp' : 's2hk');
    const stage2 = trieOf(c.conversionChain[1]!);
    if (variant === 'twp') for (const { phrase } of TWP_VETOES) stage2.addWord(phrase, phrase);
    if (variant === 'hk') for (const { phrase, to } of HK_PHRASES) stage2.addWord(phrase, to);
    pipeline = { normalize, segmentation, stages: [stage1, stage2] };
  }
  pipelines.set(variant, pipeline);
  return pipeline;
}

// Character-level lookups used to tell a character conversion (干→幹, 了→瞭) from a word rewrite
// (软件→軟體): readings can follow the first, not the second. Read from the dictionaries on demand
// (script-table.ts dictEntry): nothing is built before the first conversion.
let variantDicts: readonly Dict[] | null = null;

/** A character's variant form (HK and TW variants → standard; the later dictionary wins), or undefined. */
function variantOf(ch: string): string | undefined {
  variantDicts ??= [...config('hk2s').conversionChain[0]!, ...config('tw2s').conversionChain[0]!].reverse();
  if (Array.from(ch).length !== 1) return undefined;
  for (const d of variantDicts) {
    const found = dictEntry(d, ch);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A character's simplified form when either table knows it (else undefined). */
function backOf(ch: string): string | undefined {
  const variant = variantOf(ch);
  const simplified = dictEntry(characterDict('t2s'), variant ?? ch);
  if (variant === undefined && dictEntry(characterDict('t2s'), ch) === undefined) return undefined;
  return simplified ?? variant;
}

/** Whether converting `from` to `to` is a change of character form only (same word). */
function sameCharacter(from: string, to: string): boolean {
  if (from === to) return true;
  const backTo = backOf(to);
  const backFrom = backOf(from);
  return backTo === from || backFrom === to || dictEntry(characterDict('s2t'), from) === to || backTo === backFrom;
}

/**
 * The conversion as pairs: concatenating `from` gives the input, concatenating `to` the output.
 * A pair is one character (a change of character form, or none) or a whole phrase that was
 * rewritten as a word (算法 → 演算法, 软件 → 軟體): readings of the original can follow the
 * one-character pairs; a phrase pair must be read from its `to`.
 */
export function convertSegments(text: string, variant: ScriptVariant, options?: ConvertOptions): ConvertedPiece[] {
  const pairs = convertPairs(text, variant);
  if (variant !== 'cn' && options?.names?.length) keepSurnames(text, pairs, options.names);
  return pairs;
}

/** Restores the surname character of each name occurrence where it is one of KEEP_SURNAMES. */
function keepSurnames(text: string, pairs: ConvertedPiece[], names: readonly string[]): void {
  const chars = Array.from(text);
  // Source offset of each pair.
  const pairAt = new Map<number, number>();
  let pos = 0;
  pairs.forEach((pair, k) => {
    pairAt.set(pos, k);
    pos += Array.from(pair.from).length;
  });
  for (const name of names) {
    const nameChars = Array.from(name);
    if (nameChars.length < 2 || !KEEP_SURNAMES.has(nameChars[0]!)) continue;
    for (let i = 0; i + nameChars.length <= chars.length; i++) {
      if (!nameChars.every((c, k) => chars[i + k] === c)) continue;
      const k = pairAt.get(i);
      const pair = k === undefined ? undefined : pairs[k];
      if (pair && pair.from === nameChars[0]) pairs[k!] = { from: pair.from, to: pair.from };
    }
  }
}

function convertPairs(text: string, variant: ScriptVariant): ConvertedPiece[] {
  if (text === '') return [];
  const p = buildPipeline(variant);
  const source = Array.from(text);
  let normalized = p.normalize ? p.normalize.convert(text) : text;
  if (Array.from(normalized).length !== source.length) normalized = text; // keep offsets aligned
  const pairs: ConvertedPiece[] = [];
  let pos = 0;
  for (const segment of p.segmentation.segment(normalized)) {
    const length = Array.from(segment).length;
    pairs.push(...alignSegment(p.stages, source.slice(pos, pos + length), segment));
    pos += length;
  }
  return pairs;
}

/**
 * Runs one segment through the stages exactly as convertText does, while tracking which source
 * characters each output character came from. A stage match that is not a change of character
 * form (高端 → 高階, 算法 → 演算法) joins its source characters into one group.
 */
function alignSegment(stages: readonly Trie[], src: readonly string[], segment: string): ConvertedPiece[] {
  // Union-find over source positions; cur[k] came from source position owner[k] (a group member).
  const parent = src.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  let cur = Array.from(segment);
  let owner = cur.map((_, k) => k);
  for (const stage of stages) {
    const nextCur: string[] = [];
    const nextOwner: number[] = [];
    let offset = 0;
    for (const sub of stage.segment(cur.join(''))) {
      const subChars = Array.from(sub);
      const n = subChars.length;
      const out = Array.from(stage.convert(sub));
      const owners = owner.slice(offset, offset + n);
      offset += n;
      if (out.length === n && subChars.every((c, k) => sameCharacter(c, out[k]!))) {
        nextCur.push(...out);
        nextOwner.push(...owners);
      } else {
        const root = Math.min(...owners.map(find));
        for (const o of owners) parent[find(o)] = root;
        nextCur.push(...out);
        nextOwner.push(...out.map(() => root));
      }
    }
    cur = nextCur;
    owner = nextOwner;
  }
  // Groups as contiguous source ranges (a group spanning a gap swallows it, to stay contiguous).
  const roots = src.map((_, k) => find(k));
  const pairs: ConvertedPiece[] = [];
  for (let a = 0; a < src.length; ) {
    let b = a + 1;
    let last = roots.lastIndexOf(roots[a]!);
    while (b <= last) {
      last = Math.max(last, roots.lastIndexOf(roots[b]!));
      b++;
    }
    const members = new Set(roots.slice(a, b));
    const to = cur.filter((_, k) => members.has(find(owner[k]!)));
    if (b - a === 1 && to.length === 1) pairs.push({ from: src[a]!, to: to[0]! });
    else pairs.push({ from: src.slice(a, b).join(''), to: to.join('') });
    a = b;
  }
  return pairs;
}

/** The converted text (exceptions applied). A pure function of its input: convert the original, never a converted text. */
export function convertText(text: string, variant: ScriptVariant, options?: ConvertOptions): string {
  if (text === '') return '';
  if (variant !== 'cn' && options?.names?.length) {
    return convertSegments(text, variant, options)
      .map((p) => p.to)
      .join('');
  }
  const p = buildPipeline(variant);
  const normalized = p.normalize ? p.normalize.convert(text) : text;
  return p.segmentation
    .segment(normalized)
    .map((segment) => p.stages.reduce((s, trie) => trie.convert(s), segment))
    .join('');
}
