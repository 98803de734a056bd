/**
 * `node --import tsx scripts/fit-piece-judge.ts [--write] DIR…` (default: /work/corpus-data/batch-15..20): fits the
 * learned judge (lib/understand/judge-piece.ts) and proves it leave-one-batch-out.
 *
 * Each page is parsed twice, as the corpus harness reads it (scripts/cli/input.ts): once with the hand checks
 * deciding (their verdict, their voices, and the piece's feature vector, measure-piece.ts), once taking every
 * candidate (the voices a taken piece gives). Then, for each folder, a model is fitted on the other folders'
 * candidates and scores the folder left out; pooled left-out pages (P/R/F1) and speakers (F1, name exact, as
 * scripts/corpus/score.ts scores them) are printed for the hand checks (main), the model alone and the
 * combinations tried, each with every fold's held-out cost (4 × FP + FN) against the rules' and the folds it beats them
 * in (the bar for shipping: lower in total and in two thirds of the folds), then shallow trees over the same features
 * (depth ≤ 2, each split the one that lowers the cost most; `FIT_BATCHES=1` prints every fold in full). Besides the
 * piece's vector, a wider design adds the paragraphs' structure (structureOf), alone, with the hand verdict, and
 * deciding only the rules' borderline pieces (those the prose voices took, those refused for want of voices alone). The model: logistic regression with an L2 penalty on
 * standardised features, a false positive weighed FP_WEIGHT misses, by gradient descent; weights printed on the
 * features' own scale. `--write` writes the fit on all folders to lib/understand/piece-weights.ts (numbers only).
 * `edge: true` pages are left out of fitting and scoring. Never pointed at held-out batches.
 */
import './use-word-costs';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { blocksFromText } from '../lib/understand';
import { parseBlocks } from '../lib/understand/parse';
import { judgePiece, PIECE_MODEL } from '../lib/understand/judge-piece';
import type { Judgement } from '../lib/understand/judge-feature';
import { PIECE_FEATURES } from '../lib/understand/measure-piece';
import { loadInput } from './cli/input';
import { readKey } from './corpus';
import { scorePage, type PageScore } from './corpus/score';
import { fitLogistic } from './corpus/fit-logistic';

interface Row {
  batch: string;
  file: string;
  truth: boolean;
  candidate: boolean;
  hand: boolean;
  x: number[];
  /** What the model may never add (judge-piece.ts `barred`): the hand checks' vetoes (one answerer, interviewer, host
   * and one guest, programme, briefs), a story's two witnesses, an event's report. */
  vetoed: boolean;
  /** The paragraphs' structure (blocks, round, framing: structureOf), for the wider design. */
  s: number[];
  /** The rules took it by the prose voices (their weakest evidence), or refused it for want of voices alone. */
  byProse: boolean;
  /** The page scored as detected with the voices a taken piece gives, and as not detected. */
  yes: PageScore;
  no: PageScore;
  handScore: PageScore;
}

const cap = (n: number, top: number) => Math.min(1, n / top);

/**
 * The paragraphs' structure the judge measured (measure-blocks.ts, measure-voice-round.ts, framing-cues.ts), scaled to
 * about 0..1: how many blocks the voices own, the narrative between and after them, their balance, the heads, the
 * paragraphs voices lead, the framing's kinds, and the length of the piece.
 */
function structureOf(j: Judgement): number[] {
  const b = j.blocks;
  const r = j.round;
  const f = j.framing;
  return [
    cap(b?.owners ?? 0, 6),
    cap(b?.blocks ?? 0, 8),
    cap(b?.returns ?? 0, 3),
    cap(b?.between ?? 0, 6),
    cap(b?.after ?? 0, 4),
    b?.balance ?? 0,
    cap(b?.heads ?? 0, 4),
    cap(b?.named ?? 0, 6),
    cap(b?.least ?? 0, 300),
    cap(r?.leaders ?? 0, 6),
    r && r.body ? r.between / r.body : 0,
    r && r.paragraphs ? r.firstVoiced / r.paragraphs : 0,
    cap(r?.paragraphs ?? 0, 40),
    f?.lead ? 1 : 0,
    f?.listed ? 1 : 0,
    f?.event ? 1 : 0,
  ];
}
const STRUCTURE = ['owners', 'blocks', 'block returns', 'between', 'after', 'balance', 'heads', 'named', 'least', 'leaders', 'narrative share', 'first voiced', 'paragraphs', 'lead', 'listed', 'event'];

async function readRows(dir: string): Promise<Row[]> {
  const key = await readKey(dir);
  const rows: Row[] = [];
  const batch = basename(dir);
  for (const e of key) {
    if (e.edge) continue;
    const input = await loadInput(join(dir, e.file));
    const text = input.paragraphs.join('\n');
    await input.close();
    PIECE_MODEL.use = 'hand';
    const h = parseBlocks(blocksFromText(text), { fromDocument: false, learned: judgePiece });
    PIECE_MODEL.use = 'yes';
    const y = parseBlocks(blocksFromText(text), { fromDocument: false, learned: judgePiece });
    const piece = h.judgement.piece;
    rows.push({
      batch,
      file: e.file,
      truth: e.roundtable,
      candidate: !!piece?.candidate,
      hand: h.outline.detected,
      x: piece?.x ?? [],
      vetoed: !!piece?.barred,
      s: structureOf(h.judgement),
      byProse: !!h.judgement.byProse,
      yes: scorePage(e, y.outline),
      no: scorePage(e, { detected: false, topics: [] }),
      handScore: scorePage(e, h.outline),
    });
  }
  PIECE_MODEL.use = 'model';
  return rows;
}

interface Model {
  weights: number[];
  mean: number[];
  bias: number;
}

const STEPS = 3000;
const RATE = 0.5;

/** The fit on standardised features, returned as raw-scale weights around the means. */
function fit(rows: readonly Row[], l2: number, fpWeight: number, extra?: (r: Row) => number[]): Model {
  const xs = rows.map((r) => [...r.x, ...(extra?.(r) ?? [])]);
  const { w, b, mean, sd } = fitLogistic(xs, rows.map((r) => r.truth), { l2, fpWeight, steps: STEPS, rate: RATE });
  return { weights: w.map((v, j) => v / sd[j]!), mean, bias: b };
}

function scoreOf(m: Model, x: readonly number[]): number {
  return x.reduce((acc, v, j) => acc + m.weights[j]! * (v - m.mean[j]!), m.bias);
}

interface Sum {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  found: number;
  given: number;
  wanted: number;
}
const empty = (): Sum => ({ tp: 0, fp: 0, fn: 0, tn: 0, found: 0, given: 0, wanted: 0 });

function add(sum: Sum, r: Row, detected: boolean, page: PageScore): void {
  if (detected && r.truth) sum.tp++;
  else if (detected) sum.fp++;
  else if (r.truth) sum.fn++;
  else sum.tn++;
  if (r.truth) {
    sum.found += page.found;
    sum.given += page.given;
    sum.wanted += page.wanted;
  }
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function describe(s: Sum): string {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  const sp = s.found / Math.max(1, s.given);
  const sr = s.found / Math.max(1, s.wanted);
  return `cost ${String(4 * s.fp + s.fn).padStart(3)} | TP ${String(s.tp).padStart(3)} FP ${String(s.fp).padStart(2)} FN ${String(s.fn).padStart(3)} TN ${String(s.tn).padStart(3)} | P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1(p, r).toFixed(3)} | speakers ${s.found}/${s.wanted} (given ${s.given}) F1 ${f1(sp, sr).toFixed(3)}`;
}

/** A design: how a left-out page is decided, given the model fitted without its folder. */
interface Design {
  name: string;
  /** Features beyond the piece's vector the model is fitted with (the hand verdict, for stacking). */
  extra?: (r: Row) => number[];
  decide: (r: Row, score: number) => boolean;
  /** How the product runs it (judge-piece.ts PIECE_MODEL), when it can. */
  ships?: { margin: number; keepHand: boolean };
}

const DESIGNS: Design[] = [
  { name: 'learned alone', decide: (r, s) => r.candidate && s > 0 },
  { name: 'learned, hand vetoes kept', decide: (r, s) => r.candidate && !r.vetoed && s > 0, ships: { margin: 0, keepHand: false } },
  { name: 'learned + hand verdict as a feature', extra: (r) => [r.hand ? 1 : 0], decide: (r, s) => r.candidate && s > 0 },
  { name: 'hand AND learned', decide: (r, s) => r.hand && s > 0 },
  { name: 'hand OR learned', decide: (r, s) => r.hand || (r.candidate && s > 0) },
  // the hand checks' features kept, and the pieces they refuse taken where the model is sure (log-odds above a margin)
  // the wider design: the measures and the paragraphs' structure, L2 (alone, and beside the rules)
  { name: 'wide: measures + structure', extra: (r) => r.s, decide: (r, s) => r.candidate && !r.vetoed && s > 0 },
  { name: 'wide + hand verdict as a feature', extra: (r) => [...r.s, r.hand ? 1 : 0], decide: (r, s) => r.candidate && !r.vetoed && s > 0 },
  // the rules, with the model deciding only the borderline: pieces the prose voices carried (a veto), and candidates
  // refused for want of voices alone (an accept), each where the wider model is sure
  ...[0, 1, 2].map((m): Design => ({ name: `rules, borderline by wide model (±${m})`, extra: (r) => r.s, decide: (r, s) => (r.hand ? !(r.byProse && s < -m) : r.candidate && !r.vetoed && s > m) })),
  ...[0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5].map((m): Design => ({ name: `hand OR learned sure (> ${m})`, decide: (r, s) => r.hand || (r.candidate && !r.vetoed && s > m), ships: { margin: m, keepHand: true } })),
];

const costOf = (s: Sum) => 4 * s.fp + s.fn;

/** Each fold's held-out cost (4 × FP + FN) against the rules', and the folds the design beats them in. */
function foldLine(byBatch: ReadonlyMap<string, Sum>, rules: ReadonlyMap<string, Sum>): string {
  let wins = 0;
  let total = 0;
  let rulesTotal = 0;
  const cells = [...byBatch].map(([b, s]) => {
    const c = costOf(s);
    const h = costOf(rules.get(b)!);
    total += c;
    rulesTotal += h;
    if (c < h) wins++;
    return `${b.replace('batch-', 'b')} ${c}${c < h ? '<' : c > h ? '>' : '='}${h}`;
  });
  // (the bar for shipping a learned piece: lower in total, and lower in two thirds of the folds)
  const ships = total < rulesTotal && wins * 3 >= byBatch.size * 2;
  return `folds (design vs rules): ${cells.join(', ')} | total ${total} vs ${rulesTotal}, beats the rules in ${wins} of ${byBatch.size}${ships ? ' — passes the bar' : ''}`;
}

function pageOf(r: Row, detected: boolean): PageScore {
  return detected ? (r.hand ? r.handScore : r.yes) : r.no;
}

function lobo(rows: readonly Row[], design: Design, l2: number, fpWeight: number, cut = 0): { pooled: Sum; byBatch: Map<string, Sum> } {
  const pooled = empty();
  const byBatch = new Map<string, Sum>();
  for (const b of [...new Set(rows.map((r) => r.batch))]) {
    const m = fit(rows.filter((r) => r.batch !== b && r.candidate), l2, fpWeight, design.extra);
    const sum = empty();
    for (const r of rows.filter((x) => x.batch === b)) {
      const d = design.decide(r, r.candidate ? scoreOf(m, [...r.x, ...(design.extra?.(r) ?? [])]) - cut : -Infinity);
      add(sum, r, d, pageOf(r, d));
      add(pooled, r, d, pageOf(r, d));
    }
    byBatch.set(b, sum);
  }
  return { pooled, byBatch };
}

/** A tree over the piece's features: a leaf says feature or not; a split sends a page left when feature j ≤ t. */
type Tree = { leaf: boolean } | { j: number; t: number; left: Tree; right: Tree };

/**
 * A shallow decision tree (depth ≤ `depth`), each split the one that most lowers the cost (a false positive weighs
 * `fpWeight` misses) with three pages at least on each side: the other learned design, thresholds instead of weights.
 */
function fitTree(rows: readonly Row[], depth: number, fpWeight: number): Tree {
  const cost = (rs: readonly Row[], leaf: boolean) => rs.reduce((c, r) => c + (leaf && !r.truth ? fpWeight : !leaf && r.truth ? 1 : 0), 0);
  const leafOf = (rs: readonly Row[]) => cost(rs, true) < cost(rs, false);
  const grow = (rs: readonly Row[], d: number): Tree => {
    const leaf = leafOf(rs);
    let best: { c: number; j: number; t: number } = { c: cost(rs, leaf), j: -1, t: 0 };
    if (d === 0 || rs.length < 6) return { leaf };
    for (let j = 0; j < (rs[0]?.x.length ?? 0); j++) {
      const values = [...new Set(rs.map((r) => r.x[j]!))].sort((a, b) => a - b);
      for (let k = 1; k < values.length; k++) {
        const t = (values[k - 1]! + values[k]!) / 2;
        const left = rs.filter((r) => r.x[j]! <= t);
        const right = rs.filter((r) => r.x[j]! > t);
        if (left.length < 3 || right.length < 3) continue;
        const c = cost(left, leafOf(left)) + cost(right, leafOf(right));
        if (c < best.c - 1e-9) best = { c, j, t };
      }
    }
    if (best.j < 0) return { leaf };
    return { j: best.j, t: best.t, left: grow(rs.filter((r) => r.x[best.j]! <= best.t), d - 1), right: grow(rs.filter((r) => r.x[best.j]! > best.t), d - 1) };
  };
  return grow(rows, depth);
}

function treeSays(tree: Tree, x: readonly number[]): boolean {
  let n = tree;
  while (!('leaf' in n)) n = x[n.j]! <= n.t ? n.left : n.right;
  return n.leaf;
}

/** The tree designs leave-one-batch-out: alone (no veto holding), or taking only what the hand checks refused. */
function loboTrees(rows: readonly Row[], rules: ReadonlyMap<string, Sum>): void {
  for (const depth of [1, 2])
    for (const fpw of [2, 4])
      for (const or of [false, true]) {
        const pooled = empty();
        const by: string[] = [];
        const byMap = new Map<string, Sum>();
        for (const b of [...new Set(rows.map((r) => r.batch))]) {
          const tree = fitTree(rows.filter((r) => r.batch !== b && r.candidate), depth, fpw);
          const sum = empty();
          for (const r of rows.filter((x) => x.batch === b)) {
            const learned = r.candidate && !r.vetoed && treeSays(tree, r.x);
            const d = or ? r.hand || learned : learned;
            add(sum, r, d, pageOf(r, d));
            add(pooled, r, d, pageOf(r, d));
          }
          by.push(`    ${b.padEnd(9)} ${describe(sum)}`);
          byMap.set(b, sum);
        }
        console.log(`${`tree depth ${depth} (FP ×${fpw})${or ? ', hand OR tree' : ''}`.padEnd(43)}${describe(pooled)}`);
        console.log(`    ${foldLine(byMap, rules)}`);
        if (process.env.FIT_BATCHES) console.log(by.join('\n'));
      }
}

function writeWeights(m: Model, ships: { margin: number; keepHand: boolean }, note: string): string {
  const nums = (a: readonly number[]) => `[${a.map((v) => Number(v.toFixed(2))).join(', ')}]`;
  return `// Written by scripts/fit-piece-judge.ts --write (${note}): numbers only, in the order of measure-piece.ts PIECE_FEATURES.\nexport const PIECE_WEIGHTS = {\n  weights: ${nums(m.weights)},\n  mean: ${nums(m.mean)},\n  bias: ${Number(m.bias.toFixed(3))},\n  margin: ${ships.margin},\n  keepHand: ${ships.keepHand},\n};\n`;
}

async function main(argv: string[]): Promise<void> {
  const write = argv.includes('--write');
  const given = argv.filter((a) => !a.startsWith('-'));
  const dirs = given.length ? given.map((d) => resolve(d)) : Array.from({ length: 6 }, (_, i) => `/work/corpus-data/batch-${i + 15}`);
  let rows: Row[] = [];
  // (FIT_CACHE=FILE: the parsed rows kept between runs of the fit alone; delete it after changing the reader)
  const cache = process.env.FIT_CACHE;
  if (cache && existsSync(cache)) rows = JSON.parse(await readFile(cache, 'utf8')) as Row[];
  else {
    for (const dir of dirs) rows.push(...(await readRows(dir)));
    if (cache) await writeFile(cache, JSON.stringify(rows));
  }
  const candidates = rows.filter((r) => r.candidate);
  console.log(`${rows.length} pages (${rows.filter((r) => r.truth).length} features); ${candidates.length} candidates (${candidates.filter((r) => r.truth).length} features); features outside the candidates: ${rows.filter((r) => r.truth && !r.candidate).length}`);
  const batches = [...new Set(rows.map((r) => r.batch))];
  const hand = empty();
  const handBy = new Map<string, Sum>();
  for (const r of rows) {
    add(hand, r, r.hand, r.handScore);
    if (!handBy.has(r.batch)) handBy.set(r.batch, empty());
    add(handBy.get(r.batch)!, r, r.hand, r.handScore);
  }
  console.log(`main (hand checks)                         ${describe(hand)}`);
  console.log(`    ${foldLine(handBy, handBy)}`);
  const grid = (process.env.FIT_GRID ?? '0.01:1,0.01:2,0.01:4,0.1:1,0.1:2,0.1:4,1:1,1:2,1:4').split(',').map((g) => g.split(':').map(Number) as [number, number]);
  let best: { design: Design; l2: number; fpw: number; f: number } | null = null;
  // (FIT_ONLY=TEXT: only the designs whose name holds it; FIT_TREES=1: the trees too)
  const only = process.env.FIT_ONLY;
  for (const design of DESIGNS.filter((d) => !only || d.name.includes(only))) {
    for (const [l2, fpw] of grid) {
      const { pooled, byBatch } = lobo(rows, design, l2, fpw);
      console.log(`${`${design.name} (L2 ${l2}, FP ×${fpw})`.padEnd(43)}${describe(pooled)}`);
      console.log(`    ${foldLine(byBatch, handBy)}`);
      // the project's cost (scripts/corpus-fit.ts): a false positive weighs four misses (a badge on a story costs
      // the user's trust); ties to the higher speaker F1. Only designs the product can run are chosen.
      const sp = pooled.found / Math.max(1, pooled.given);
      const sr = pooled.found / Math.max(1, pooled.wanted);
      const p = pooled.tp / Math.max(1, pooled.tp + pooled.fp);
      const r = pooled.tp / Math.max(1, pooled.tp + pooled.fn);
      // The criterion (twenty-second round): page F1 + speaker F1, among the designs whose left-out precision stays
      // within 0.02 of the rules'. Recall is the far side of the issue's targets, and a badge on a story still costs
      // trust, so precision is held, not traded. (FIT_CRITERION=cost: the earlier 4 × FP + FN; f1: F1 unguarded.)
      const handP = hand.tp / Math.max(1, hand.tp + hand.fp);
      const criterion = process.env.FIT_CRITERION ?? 'guarded';
      const f = criterion === 'cost' ? -(4 * pooled.fp + pooled.fn) + f1(sp, sr) : criterion === 'guarded' && p < handP - 0.02 ? -Infinity : f1(p, r) + f1(sp, sr);
      // (FIT_FLOOR=M: no margin below M, the lowest at which every story the unit tests write as a negative stays
      // refused; the corpus alone cannot see them, and 1.75 was that floor when the twenty-second round fitted)
      const floor = Number(process.env.FIT_FLOOR ?? 0);
      if (design.ships && (design.ships.margin >= floor || !design.ships.keepHand) && f > -Infinity && (!best || f > best.f)) best = { design, l2, fpw, f };
    }
  }
  if (!only || process.env.FIT_TREES) loboTrees(rows, handBy);
  if (!best) return;
  const { pooled, byBatch } = lobo(rows, best.design, best.l2, best.fpw);
  console.log(`\nbest by the criterion (${process.env.FIT_CRITERION ?? 'guarded'}): ${best.design.name}, L2 ${best.l2}, FP ×${best.fpw}`);
  console.log(`  pooled ${describe(pooled)}`);
  for (const b of batches) console.log(`  ${b.padEnd(9)} ${describe(byBatch.get(b)!)}   main: ${describe(handBy.get(b)!)}`);
  // the operating curve: the same folds, the cut on the score moved (precision against recall)
  if (process.env.FIT_CURVE) for (const cut of [-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3]) console.log(`  cut ${String(cut).padStart(4)}: ${describe(lobo(rows, best.design, best.l2, best.fpw, cut).pooled)}`);
  const all = fit(candidates, best.l2, best.fpw, best.design.extra);
  const names = [...PIECE_FEATURES, ...(best.design.extra ? ['hand verdict'] : [])];
  const sd = names.map((_, j) => Math.sqrt(candidates.reduce((s, r) => s + (([...r.x, ...(best!.design.extra?.(r) ?? [])][j]! - all.mean[j]!) ** 2), 0) / candidates.length));
  console.log('\nfit on all, standardised weights (a feature one SD up moves the log-odds by):');
  names
    .map((n, j) => ({ n, w: all.weights[j]! * sd[j]! }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
    .forEach(({ n, w }) => console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(2)}  ${n}`));
  console.log(`  bias ${all.bias.toFixed(2)}`);
  if (write) {
    const path = resolve(import.meta.dirname, '../lib/understand/piece-weights.ts');
    await writeFile(path, writeWeights(all, best.design.ships!, `${best.design.name}, L2 ${best.l2}, a false positive ×${best.fpw}, fitted on ${batches.length > 2 ? `${batches[0]} … ${batches.at(-1)} (${batches.length} folders)` : batches.join(' ')}`));
    console.log(`wrote ${path}`);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
