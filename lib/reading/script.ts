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
import { dictEntry, goesOn, PhraseTable, stepNode } from '../chinese/script-table';
import { segmentWords } from '../chinese/words';

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
 * boundary); `always`: ask it for every entry, the neutral ones too (no shortcut may run a phrase
 * into a reader's entry).
 */
type Allowed = ((start: number, end: number) => boolean) & { always?: boolean };


/**
 * The longest entry of the table at chars[i] (before `limit`) that `allowed` lets through (a single
 * character always passes): its end, 0 when none; its value in `matched`. Every entry is weighed,
 * shortest first; a neutral one passes without the word-boundary test. A walk down the table's
 * trie: no key string and no list of candidates is built per position (bench: "script: convertText
 * tw / opencc-js alone").
 */
function matchEnd(
  table: PhraseTable,
  chars: readonly string[],
  i: number,
  allowed: Allowed,
  chars1: PhraseTable = table,
  limit = chars.length,
  shift = 0,
  lo: readonly number[] | null = null,
  hi: readonly number[] | null = null,
): number {
  let node = table.nodeOf(chars[i]);
  if (!node) return 0;
  let end = 0;
  if (node.value !== undefined) {
    end = i + 1;
    matched = node.value;
  }
  for (let j = i + 1; j < limit && goesOn(node); j++) {
    node = stepNode(node, chars[j]!.codePointAt(0)!);
    if (!node) break;
    const value = node.value;
    if (value === undefined) continue;
    if (allowed.always ? allowedAt(allowed, i, j + 1, shift, lo, hi) : isNeutral(table, chars1, chars, i, j + 1, value, limit) || allowedAt(allowed, i, j + 1, shift, lo, hi)) {
      end = j + 1;
      matched = value;
    }
  }
  return end;
}

/**
 * `allowed` asked about chars[a, b) of a stage's text: position k stands for the source range
 * [lo[k], hi[k]) (or [k, k + 1) without them), moved by `shift`. A function, not a closure made per
 * segment (convertText's inner loop).
 */
function allowedAt(allowed: Allowed, a: number, b: number, shift: number, lo: readonly number[] | null, hi: readonly number[] | null): boolean {
  return allowed((lo ? lo[a]! : a) + shift, (hi ? hi[b - 1]! : b) + shift);
}

/** The value of the last match matchEnd found (read it before the next call). */
let matched = '';

/** What the table writes for one character alone. */
function charValue(table: PhraseTable, ch: string): string {
  return table.nodeOf(ch)?.value ?? ch;
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
function isNeutral(table: PhraseTable, chars1: PhraseTable, chars: readonly string[], start: number, end: number, value: string, limit: number): boolean {
  if (!writesItsCharacters(chars1, chars, start, end, value)) return false;
  for (let k = start; k < end; k++) {
    let node = table.nodeOf(chars[k]);
    for (let j = k + 1; node && goesOn(node) && j < limit; j++) {
      node = stepNode(node, chars[j]!.codePointAt(0)!);
      if (!node) break;
      if (node.value !== undefined && !(k === start && j + 1 === end) && !writesItsCharacters(chars1, chars, k, j + 1, node.value)) return false;
    }
  }
  return true;
}

const HAN = /\p{Script=Han}/u;

/**
 * OpenCC matches its longest dictionary entry greedily, across words: 本地志愿 → 本|地志|愿 (地誌),
 * 我觉得采访 → 得采 (a phrase keeping 采). The conversion follows the word segmentation the pinyin
 * layer uses: an entry may cover whole words (指明|了, 所罗门|群岛) or lie inside one, never start or
 * end inside a word it runs out of. Word boundaries are computed only once a phrase needs them, and
 * then only for the pieces it touches: the segmenter splits each run of Han characters (and each
 * stretch between them) on its own, so a piece's words are the whole text's words there.
 */
export function wordBoundaryRule(chars: readonly string[]): (start: number, end: number) => boolean {
  const n = chars.length;
  // Made at the first question: per position 1 Han, 2 not, 0 not looked at yet; 1 + the start of
  // its piece once that piece is segmented; the pieces' cuts by their start.
  let han = new Uint8Array(0);
  let pieceOf = new Int32Array(0);
  const cutsOf = new Map<number, Set<number>>();
  const isHan = (k: number): boolean => (han[k] ||= HAN.test(chars[k]!) ? 1 : 2) === 1;
  const isCut = (k: number): boolean => {
    if (k <= 0 || k >= n) return true;
    if (han.length === 0) {
      han = new Uint8Array(n);
      pieceOf = new Int32Array(n);
    }
    const kind = isHan(k);
    if (isHan(k - 1) !== kind) return true; // a piece's edge
    let start = pieceOf[k]! - 1;
    if (start < 0) {
      start = k;
      while (start > 0 && isHan(start - 1) === kind) start--;
      let end = k;
      while (end < n && isHan(end) === kind) end++;
      const cuts = new Set<number>();
      for (const w of segmentWords(chars.slice(start, end).join(''))) cuts.add(start + w.start);
      cutsOf.set(start, cuts);
      pieceOf.fill(start + 1, start, end);
    }
    return cutsOf.get(start)!.has(k);
  };
  return (start, end) => {
    if (end - start < 2) return true;
    for (let k = start + 1; k < end; k++) if (isCut(k)) return isCut(start) && isCut(end);
    return true;
  };
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
    const end = matchEnd(user, chars, i, () => true);
    if (end) mine.set(i, { end, value: matched });
    i = end || i + 1;
  }
  let builtIn = allowed;
  if (mine.size) {
    builtIn = (s, e) => allowed(s, e) && ![...mine.keys()].some((k) => k > s && k < e);
    builtIn.always = true; // no shortcut may run a phrase into an entry
  }
  for (let i = 0; i < chars.length; ) {
    const entry = mine.get(i);
    if (entry) {
      flush(i);
      out.push({ start: i, end: entry.end, kept: false, output: entry.value });
      i = entry.end;
      continue;
    }
    const strong = surnames.strong.size > 0 && surnames.strong.has(i);
    const end = strong ? 0 : matchEnd(table, chars, i, builtIn, chars1);
    if (end - i > 1) {
      flush(i);
      out.push({ start: i, end, kept: false });
      i = end;
    } else if (strong || (surnames.weak.size > 0 && surnames.weak.has(i))) {
      flush(i);
      out.push({ start: i, end: i + 1, kept: true });
      i++;
    } else if (end) {
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

/** A text being converted: its characters as written and normalized, and its word-boundary rule. */
interface Converting {
  source: readonly string[];
  normalized: readonly string[];
  allowed: Allowed;
}

/**
 * Runs a text through a variant's pipeline, segment by segment: `each` gets the segment's source
 * range [start, end) and its stages, or null stages for a segment kept as written, or the reader's
 * own output for it.
 */
function convertWith(
  text: string,
  variant: ScriptVariant,
  options: ConvertOptions | undefined,
  each: (t: Converting, start: number, end: number, stages: readonly PhraseTable[] | null, output?: string) => void,
): void {
  if (text === '') return;
  const p = buildPipeline(variant);
  const source = Array.from(text);
  const normalizedText = p.normalize ? p.normalize.convert(text) : text;
  let normalized = normalizedText === text ? source : Array.from(normalizedText);
  if (normalized.length !== source.length) normalized = source; // keep offsets aligned
  const allowed = wordBoundaryRule(source);
  const t: Converting = { source, normalized, allowed };
  const none = { strong: new Set<number>(), weak: new Set<number>() };
  const surnames = variant === 'cn' ? none : findSurnamePositions(source, options?.names, text);
  const computing = p.computingStages && COMPUTING_CUES.test(text) ? computingSentences(text) : [];
  const user = options?.entries ? userTableFor(options.entries, variant, (t) => convertText(t, 'cn')) : null;
  for (const segment of segmentSource(p.segmentation, normalized, allowed, surnames, user, p.stages[0]!)) {
    if (segment.output !== undefined) {
      each(t, segment.start, segment.end, null, segment.output);
      continue;
    }
    if (!computing.length) {
      each(t, segment.start, segment.end, segment.kept ? null : p.stages);
      continue;
    }
    // A run of characters outside the dictionary may span sentences: cut it where a computing sentence starts or ends.
    const cuts = computing.flat().filter((c) => c > segment.start && c < segment.end);
    for (const [start, end] of [segment.start, ...cuts].map((s, k, all) => [s, all[k + 1] ?? segment.end] as const)) {
      const inComputing = computing.some(([s, e]) => start >= s && start < e);
      const stages = segment.kept ? null : inComputing ? p.computingStages! : p.stages;
      each(t, start, end, stages);
    }
  }
}

/**
 * One segment of `chars` ([start, end)) through the stages, as runStages converts it, written to
 * `out`: convertText's path, which needs no owners. Positions map to the source one to one until a
 * match changes the length (rare), so the source ranges are kept only from then on.
 */
function convertRun(stages: readonly PhraseTable[], chars: readonly string[], start: number, end: number, allowed: Allowed, out: string[], scratch: [string[], string[]]): void {
  let cur = chars;
  let from = start;
  let to = end;
  // cur[k] stands for source positions [lo[k], hi[k]); with lo null, for [k + shift, k + shift + 1).
  let shift = 0;
  let lo: number[] | null = null;
  let hi: number[] | null = null;
  for (let s = 0; s < stages.length; s++) {
    const stage = stages[s]!;
    const last = s === stages.length - 1;
    // Between stages: one of the call's two scratch arrays (not the one being read), emptied.
    const next = last ? out : scratch[s & 1]!;
    if (!last) next.length = 0;
    let nlo: number[] | null = null;
    let nhi: number[] | null = null;
    for (let i = from; i < to; ) {
      const e = matchEnd(stage, cur, i, allowed, stage, to, lo ? 0 : shift, lo, hi);
      if (e === 0 || (e === i + 1 && matched.length === 1)) {
        next.push(e ? matched : cur[i]!);
        if (nlo) {
          nlo.push(lo ? lo[i]! : i + shift);
          nhi!.push(hi ? hi[i]! : i + shift + 1);
        }
        i++;
        continue;
      }
      const value = matched;
      if (last) {
        next.push(value);
        i = e;
        continue;
      }
      const pieces = Array.from(value);
      if (!nlo && (lo || pieces.length !== e - i)) {
        // From here on the positions are no longer one to one: the ranges so far, written out.
        nlo = [];
        nhi = [];
        for (let k = from; k < i; k++) {
          nlo.push(lo ? lo[k]! : k + shift);
          nhi.push(hi ? hi[k]! : k + shift + 1);
        }
      }
      if (nlo) {
        for (let k = 0; k < pieces.length; k++) {
          const same = pieces.length === e - i;
          nlo.push(same ? (lo ? lo[i + k]! : i + k + shift) : lo ? lo[i]! : i + shift);
          nhi!.push(same ? (hi ? hi[i + k]! : i + k + shift + 1) : hi ? hi[e - 1]! : e - 1 + shift + 1);
        }
      }
      for (const piece of pieces) next.push(piece);
      i = e;
    }
    if (last) return;
    if (!nlo) shift += from; // still one to one, now from 0
    cur = next;
    lo = nlo;
    hi = nhi;
    from = 0;
    to = next.length;
  }
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
    for (let i = 0; i < cur.length; ) {
      const found = matchEnd(stage, cur, i, allowed, stage, cur.length, base, lo, hi);
      const m = found ? { end: found, value: matched } : null;
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
  const pieces: ConvertedPiece[] = [];
  convertWith(text, variant, options, ({ source, normalized, allowed }, start, end, stages, output) => {
    const src = source.slice(start, end);
    if (output !== undefined) {
      // A reader's entry: character for character when it keeps the length (菸 → 烟), else one rewritten phrase.
      const to = Array.from(output);
      if (to.length === src.length) src.forEach((ch, k) => pieces.push({ from: ch, to: to[k]! }));
      else pieces.push({ from: src.join(''), to: output });
    } else if (stages) {
      pieces.push(...alignSegment(stages, src, normalized.slice(start, end), start, allowed));
    } else {
      for (const ch of src) pieces.push({ from: ch, to: ch });
    }
  });
  return pieces;
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
  const out: string[] = [];
  const scratch: [string[], string[]] = [[], []];
  convertWith(text, variant, options, ({ source, normalized, allowed }, start, end, stages, output) => {
    if (output !== undefined) out.push(output);
    else if (stages) convertRun(stages, normalized, start, end, allowed, out, scratch);
    else for (let k = start; k < end; k++) out.push(source[k]!);
  });
  return out.join('');
}
