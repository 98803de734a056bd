/**
 * Simplified ↔ traditional conversion: OpenCC's own pipelines (opencc-js data; its Trie's matching
 * on tables read on demand, script-table.ts), rebuilt
 * here so DuBao can (1) inject the exceptions dictionary as phrase entries and (2) report which
 * original characters became which converted ones (convertSegments), so readings can follow them.
 * Converters are built lazily, once per variant, and shared (the s→t phrase stage is built once for
 * tw, twp and hk: it is the ≈40 MB part).
 */
import type { ConvertedPiece, ScriptVariant } from './contract';
import { COMPUTING_CUES, HK_PHRASES, PROTECTED_PHRASES, TWP_VETOES } from './exceptions';
import { findSurnamePositions } from './script-surnames';
import { userTableFor } from './script-user-entries';
import type { UserEntries } from '../entries/parse-entries';
import { characterDict, openccConfig as config, type Dict } from '../chinese/opencc-data';
import { dictEntry, PhraseTable } from '../chinese/script-table';
import { segmentWords, wordBoundaries } from '../chinese/words';

export { KEEP_SURNAMES } from './script-surnames';

const tableOf = (group: ConstructorParameters<typeof PhraseTable>[0]): PhraseTable => new PhraseTable(group);

export interface ConvertOptions {
  /** Personal names found in the text (simplified), whose surname keeps its form (余小姐, not 餘小姐). */
  names?: readonly string[];
  /** The reader's own conversion entries: they win over everything here. */
  entries?: UserEntries;
}

interface Pipeline {
  normalize: PhraseTable | null;
  segmentation: PhraseTable;
  stages: PhraseTable[];
  /** twp: the stages for a sentence about computing, where the Taiwan computing terms are right. */
  computingStages?: PhraseTable[];
}

// The s→t segmentation and first (phrase + character) stage, shared by tw, twp and hk.
let sharedS2T: { normalize: PhraseTable; segmentation: PhraseTable; stage1: PhraseTable } | null = null;

function buildS2T(): { normalize: PhraseTable; segmentation: PhraseTable; stage1: PhraseTable } {
  if (sharedS2T) return sharedS2T;
  const c = config('s2tw');
  const segmentation = tableOf(c.segmentation);
  const stage1 = tableOf(c.conversionChain[0]!);
  const normalize = tableOf(c.normalizationChain![0]!);
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
      normalize: tableOf(tw.normalizationChain![0]!),
      segmentation: tableOf(tw.segmentation),
      stages: [tableOf([...hk.conversionChain[0]!, ...tw.conversionChain[0]!]), tableOf(tw.conversionChain[1]!)],
    };
  } else {
    const { normalize, segmentation, stage1 } = buildS2T();
    const c = config(variant === 'tw' ? 's2tw' : variant === 'twp' ? 's2twp' : 's2hk');
    const group = c.conversionChain[1]!;
    // An exception entry replaces the whole second stage for its phrase, so its target must still
    // get the region's character variants (集羣 stays a word, but Taiwan writes 群: 集群).
    const variants = tableOf(group[group.length - 1]!);
    const stage2 = tableOf(group);
    pipeline = { normalize, segmentation, stages: [stage1, stage2] };
    if (variant === 'twp') {
      const computing = tableOf(group);
      for (const { phrase, where } of TWP_VETOES) {
        const target = variants.convert(phrase);
        stage2.addWord(phrase, target);
        if (where === 'always') computing.addWord(phrase, target);
      }
      pipeline.computingStages = [stage1, computing];
    }
    if (variant === 'hk') for (const { phrase, to } of HK_PHRASES) stage2.addWord(phrase, variants.convert(to));
  }
  pipelines.set(variant, pipeline);
  return pipeline;
}

/**
 * Whether an entry over source positions [start, end) may match (it does not cross a word
 * boundary); `known`: its answer is cheap now (the text is segmented already).
 */
type Allowed = ((start: number, end: number) => boolean) & { known?: () => boolean };

/**
 * The longest entry of the table at chars[i] that `allowed` lets through (a single character always
 * passes). Every entry is weighed, shortest first: the point where the word boundaries become known
 * (which decides the test for the entries after it) stays where it was.
 */
function matchAt(table: PhraseTable, chars: readonly string[], i: number, allowed: Allowed, chars1: PhraseTable = table): { end: number; value: string } | null {
  let best: { end: number; value: string } | null = null;
  for (const { end, value } of table.keysAt(chars, i)) {
    if (end === i + 1 || (allowed.known?.() ? allowed(i, end) : isNeutral(table, chars1, chars, i, end, value) || allowed(i, end))) best = { end, value };
  }
  return best;
}

/** What the table writes for one character alone. */
function charValue(table: PhraseTable, ch: string): string {
  return table.get(ch) ?? ch;
}

/** Whether an entry writes what its characters write one by one (in the character table `chars1`). */
function writesItsCharacters(chars1: PhraseTable, chars: readonly string[], start: number, end: number, value: string): boolean {
  let k = start;
  for (const out of value) {
    if (k >= end || charValue(chars1, chars[k]!) !== out) return false;
    k++;
  }
  return k === end;
}

/**
 * An entry whose choice cannot change the text: it writes its characters as they are written one by
 * one, and no entry that writes something else starts inside it. The word-boundary test (and its
 * segmentation, the costly part) is needed only for the others (bench: script rows).
 */
function isNeutral(table: PhraseTable, chars1: PhraseTable, chars: readonly string[], start: number, end: number, value: string): boolean {
  if (!writesItsCharacters(chars1, chars, start, end, value)) return false;
  for (let k = start; k < end; k++) {
    for (const m of table.keysAt(chars, k)) {
      if (m.end > k + 1 && !(k === start && m.end === end) && !writesItsCharacters(chars1, chars, k, m.end, m.value)) return false;
    }
  }
  return true;
}

/**
 * OpenCC matches its longest dictionary entry greedily, across words: 本地志愿 → 本|地志|愿 (地誌),
 * 我觉得采访 → 得采 (a phrase keeping 采). The conversion follows the word segmentation the pinyin
 * layer uses: an entry may cover whole words (指明|了, 所罗门|群岛) or lie inside one, never start or
 * end inside a word it runs out of. Word boundaries are computed only once a phrase needs them.
 */
function wordBoundaryRule(text: string): Allowed {
  // The whole text at once, as the pinyin layer segments it (also cheaper than run by run).
  let cuts: Set<number> | null = null;
  const allowed: Allowed = (start, end) => {
    if (end - start < 2) return true;
    cuts ??= wordBoundaries(segmentWords(text));
    for (let k = start + 1; k < end; k++) if (cuts.has(k)) return cuts.has(start) && cuts.has(end);
    return true;
  };
  allowed.known = () => cuts !== null;
  return allowed;
}

// A sentence, for the computing context of the Taiwan phrases.
const SENTENCE = /[^。！？!?；;\n]*[。！？!?；;\n]*/gu;

/** The sentences (code-point spans) of a text about computing (twp only). */
function computingSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let pos = 0;
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0] === '') continue;
    const len = Array.from(m[0]).length;
    if (COMPUTING_CUES.test(m[0])) spans.push([pos, pos + len]);
    pos += len;
  }
  return spans;
}

interface SourceSegment {
  start: number;
  end: number;
  /** A surname kept as written. */
  kept: boolean;
  /** A reader's entry: written as this. */
  output?: string;
}

/** OpenCC's segmentation step, along word boundaries, with the surnames to keep as their own segments. */
function segmentSource(
  table: PhraseTable,
  chars: readonly string[],
  allowed: Allowed,
  surnames: { strong: Set<number>; weak: Set<number> },
  user: PhraseTable | null,
  chars1: PhraseTable,
): SourceSegment[] {
  const out: SourceSegment[] = [];
  let run = -1;
  const flush = (i: number): void => {
    if (run >= 0) out.push({ start: run, end: i, kept: false });
    run = -1;
  };
  // The reader's entries first, wherever they match (their choice, word boundaries or not); no
  // built-in phrase may run into one of them.
  const mine = new Map<number, { end: number; value: string }>();
  for (let i = 0; user && i < chars.length; ) {
    const m = matchAt(user, chars, i, () => true);
    if (m) mine.set(i, m);
    i = m ? m.end : i + 1;
  }
  let builtIn = allowed;
  if (mine.size) {
    builtIn = (s, e) => allowed(s, e) && ![...mine.keys()].some((k) => k > s && k < e);
    builtIn.known = () => true; // always asked: no shortcut may run a phrase into an entry
  }
  for (let i = 0; i < chars.length; ) {
    const entry = mine.get(i);
    if (entry) {
      flush(i);
      out.push({ start: i, end: entry.end, kept: false, output: entry.value });
      i = entry.end;
      continue;
    }
    const m = surnames.strong.has(i) ? null : matchAt(table, chars, i, builtIn, chars1);
    if (m && m.end - i > 1) {
      flush(i);
      out.push({ start: i, end: m.end, kept: false });
      i = m.end;
    } else if (surnames.strong.has(i) || surnames.weak.has(i)) {
      flush(i);
      out.push({ start: i, end: i + 1, kept: true });
      i++;
    } else if (m) {
      flush(i);
      out.push({ start: i, end: i + 1, kept: false });
      i++;
    } else {
      if (run < 0) run = i;
      i++;
    }
  }
  flush(chars.length);
  return out;
}

/**
 * Runs a text through a variant's pipeline, segment by segment: `each` gets the segment's source
 * characters, its normalized characters, its stages and its source offset, or null stages for a
 * segment kept as written.
 */
function convertWith<T>(
  text: string,
  variant: ScriptVariant,
  options: ConvertOptions | undefined,
  each: (src: readonly string[], seg: readonly string[], stages: readonly PhraseTable[] | null, base: number, allowed: Allowed, output?: string) => T[],
): T[] {
  if (text === '') return [];
  const p = buildPipeline(variant);
  const source = Array.from(text);
  let normalized = p.normalize ? Array.from(p.normalize.convert(text)) : source;
  if (normalized.length !== source.length) normalized = source; // keep offsets aligned
  const allowed = wordBoundaryRule(text);
  const none = { strong: new Set<number>(), weak: new Set<number>() };
  const surnames = variant === 'cn' ? none : findSurnamePositions(source, options?.names);
  const computing = p.computingStages && COMPUTING_CUES.test(text) ? computingSentences(text) : [];
  const out: T[] = [];
  const user = options?.entries ? userTableFor(options.entries, variant, (t) => convertText(t, 'cn')) : null;
  for (const segment of segmentSource(p.segmentation, normalized, allowed, surnames, user, p.stages[0]!)) {
    if (segment.output !== undefined) {
      out.push(...each(source.slice(segment.start, segment.end), [], null, segment.start, allowed, segment.output));
      continue;
    }
    if (!computing.length) {
      const { start, end } = segment;
      out.push(...each(source.slice(start, end), normalized.slice(start, end), segment.kept ? null : p.stages, start, allowed));
      continue;
    }
    // A run of characters outside the dictionary may span sentences: cut it where a computing sentence starts or ends.
    const cuts = computing.flat().filter((c) => c > segment.start && c < segment.end);
    for (const [start, end] of [segment.start, ...cuts].map((s, k, all) => [s, all[k + 1] ?? segment.end] as const)) {
      const inComputing = computing.some(([s, e]) => start >= s && start < e);
      const stages = segment.kept ? null : inComputing ? p.computingStages! : p.stages;
      out.push(...each(source.slice(start, end), normalized.slice(start, end), stages, start, allowed));
    }
  }
  return out;
}

/**
 * One segment through the stages, as OpenCC converts it (each stage's longest match, along word
 * boundaries). `cur` are the output characters; owner[k] the segment position cur[k] came from.
 * `onRewrite` hears each match that is not a change of character form, with its owners.
 */
function runStages(
  stages: readonly PhraseTable[],
  seg: readonly string[],
  base: number,
  allowed: Allowed,
  onRewrite?: (owners: number[]) => number,
): { cur: string[]; owner: number[] } {
  let cur = [...seg];
  let owner = cur.map((_, k) => k);
  // The source range each output character stands for (the word-boundary test uses it; the same in
  // convertText and convertSegments, so both convert alike).
  let lo = cur.map((_, k) => k);
  let hi = cur.map((_, k) => k + 1);
  for (const stage of stages) {
    const next = { cur: [] as string[], owner: [] as number[], lo: [] as number[], hi: [] as number[] };
    const here: Allowed = (s, e) => allowed(base + lo[s]!, base + hi[e - 1]!);
    here.known = allowed.known;
    for (let i = 0; i < cur.length; ) {
      const m = matchAt(stage, cur, i, here);
      if (!m || (m.end === i + 1 && m.value.length === 1 && (!onRewrite || sameCharacter(cur[i]!, m.value)))) {
        // The common case: one character, converted or not.
        next.cur.push(m ? m.value : cur[i]!);
        next.owner.push(owner[i]!);
        next.lo.push(lo[i]!);
        next.hi.push(hi[i]!);
        i++;
        continue;
      }
      const end = m.end;
      const sub = cur.slice(i, end);
      const out = Array.from(m.value);
      const owners = owner.slice(i, end);
      if (out.length === sub.length) {
        next.lo.push(...lo.slice(i, end));
        next.hi.push(...hi.slice(i, end));
      } else {
        next.lo.push(...out.map(() => lo[i]!));
        next.hi.push(...out.map(() => hi[end - 1]!));
      }
      i = end;
      next.cur.push(...out);
      if (!onRewrite || (out.length === sub.length && sub.every((c, k) => sameCharacter(c, out[k]!)))) {
        next.owner.push(...(out.length === sub.length ? owners : out.map(() => owners[0]!)));
      } else {
        const root = onRewrite(owners);
        next.owner.push(...out.map(() => root));
      }
    }
    ({ cur, owner, lo, hi } = next);
  }
  return { cur, owner };
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
  return convertWith(text, variant, options, (src, seg, stages, base, allowed, output) => {
    if (output !== undefined) {
      // A reader's entry: character for character when it keeps the length (菸 → 烟), else one rewritten phrase.
      const to = Array.from(output);
      return to.length === src.length ? src.map((ch, k) => ({ from: ch, to: to[k]! })) : [{ from: src.join(''), to: output }];
    }
    return stages ? alignSegment(stages, src, seg, base, allowed) : src.map((ch) => ({ from: ch, to: ch }));
  });
}

/**
 * Runs one segment through the stages exactly as convertText does, while tracking which source
 * characters each output character came from. A stage match that is not a change of character
 * form (高端 → 高階, 算法 → 演算法) joins its source characters into one group.
 */
function alignSegment(stages: readonly PhraseTable[], src: readonly string[], seg: readonly string[], base: number, allowed: Allowed): ConvertedPiece[] {
  // Union-find over source positions; cur[k] came from source position owner[k] (a group member).
  const parent = src.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const { cur, owner } = runStages(stages, seg, base, allowed, (owners) => {
    const root = Math.min(...owners.map(find));
    for (const o of owners) parent[find(o)] = root;
    return root;
  });
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
  return convertWith(text, variant, options, (src, seg, stages, base, allowed, output) => [
    output ?? (stages ? runStages(stages, seg, base, allowed).cur.join('') : src.join('')),
  ]).join('');
}
