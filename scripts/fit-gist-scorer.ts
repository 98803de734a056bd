/**
 * `node --import tsx scripts/fit-gist-scorer.ts [SET.json…] [--lambda L] [--target soft|mix|oracle|best] [--temperature T]
 *   [--pool all|own] [--min-support N] [--keep a,b] [--grid] [--support] [--write] [--show-weights] [--gists OUT.json]`
 *
 * Fits the learned gist scorer (lib/understand/summary/gist-model.ts) on the summaries evaluation sets and proves it
 * leave-one-set-out: for each set, fit on the others and score the one left out. The model is a conditional logit
 * (softmax over a statement's units) on the features of lib/understand/summary/gist-features.ts, standardised on the
 * training units, with an L2 pull towards zero (lambda), fitted by Newton's method. The target per statement is the
 * unit a reader would show: `soft` a softmax of each unit's ROUGE-1 against the reference (temperature T), `mix` half that and half `best`, `oracle`
 * the unit(s) scoring best, `best` the unit holding the reader's best sentence. `--pool own` fits over the units
 * pickGist may choose (its hard filters: boilerplate, list items, the reporter's account), `all` over every unit.
 * A cue that tells units apart in fewer than N training statements (`--min-support`, 10) cannot be estimated: those
 * keep main's hand-set weights relative to each other, times one learnt scale. `--keep a,b` (default `slogan`: the
 * sets hold too few slogan lines under the boilerplate cut to learn its sign, and the issue fixes it) are left out of
 * the fit and shipped at the hand-set weight on that scale.
 * Reported per set and pooled, on the sets left out: ROUGE-1 of (a) main's hand-set weights, (b) the learned scorer
 * alone (argmax over every unit), (c) the shipped chooser (learned scores, pickGist's hard filters and
 * resolveDangling, as summarizeStatement does), beside LEAD-1 and the best-sentence ceiling (the fraction of it), and
 * how often the pick holds the reader's `best` sentence; then a paired bootstrap of (c) − (a). Main's weights were
 * set looking at these sets: its column is not held out. `--grid` scores lambdas and targets by the pooled left-out
 * score (GRID_POOLS, GRID_TARGETS, GRID_LAMBDAS), `--support` tells in how many statements each cue varies,
 * `--write` writes the model fitted on all the sets to gist-model.ts (the defaults are the settings chosen by the
 * pooled left-out score).
 * Sets default to /work/corpus-data/summaries.json and summaries-3…11.json; they stay outside the repo.
 */
import './use-word-costs'; // segment as the eval and the extension do
import { readFileSync, writeFileSync } from 'node:fs';
import { measureGistFeatures, type GistFeatures } from '../lib/understand/summary/gist-features';
import { dropPrintedGlosses } from '../lib/understand/summary/glosses';
import { pickGist } from '../lib/understand/summary/pick-sentences';
import { describeUnits, measureFeatures, weighFeatures, type UnitTraits } from '../lib/understand/summary/score-units';
import { trimSpeakerFrame } from '../lib/understand/summary/speaker-frame';
import { splitUnits, type Unit } from '../lib/understand/summary/split-units';
import { resolveDangling, widenGist } from '../lib/understand/summary/widen-gist';
import { HAND_WEIGHTS } from './summaries-eval/hand-weights';
import { readContexts } from './summaries-eval/context';
import { bootstrapMeanDifference, scoreRouge1, splitEvalSentences } from './summaries-eval/score';

interface Item {
  file?: string;
  speaker?: string;
  statement: string | string[];
  reference: string;
  best?: string;
}

interface Prepared {
  units: Unit[];
  paragraphs: string[];
  traits: UnitTraits[];
  x: number[][];
  hand: number[];
  rouge: number[];
  holdsBest: boolean[];
  lead: number;
  ceiling: number;
}

const argv = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1]! : fallback;
};
const FLAGS_WITH_VALUE = ['--min-support', '--lambda', '--target', '--temperature', '--pool', '--keep', '--gists'];
const paths = argv.filter((a, i) => !a.startsWith('--') && !FLAGS_WITH_VALUE.includes(argv[i - 1]!));
const SETS = paths.length
  ? paths
  : ['', '-3', '-4', '-5', '-6', '-7', '-8', '-9', '-10', '-11'].map((n) => `/work/corpus-data/summaries${n}.json`);

let KEYS: (keyof GistFeatures)[] = [];
// `--gists OUT.json`: each statement's gist by main and by the shipped chooser fitted without its set, for judging by hand
const GISTS_OUT = argv.includes('--gists') ? argv[argv.indexOf('--gists') + 1] : undefined;
const gists: unknown[] = [];
const MIN_SUPPORT = Number(option('--min-support', '10'));
// `--keep a,b`: cues that keep the reader's weights whatever their support (in the column `rare`): those whose direction
// the issue fixes but the sets hold too few of to learn it (a slogan line is no gist)
const KEEP = new Set(option('--keep', 'slogan').split(',').filter(Boolean));
const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

async function prepare(path: string): Promise<Prepared[]> {
  const items = JSON.parse(readFileSync(path, 'utf8')) as Item[];
  const raw = items.map((item) => (Array.isArray(item.statement) ? item.statement : item.statement.split(/\n+/)).map((p) => p.trim()).filter(Boolean));
  const contexts = await readContexts(path, items.map((item, k) => ({ file: item.file, paragraphs: raw[k]! })));
  return items.map((item, k) => {
    // as summarizeStatement reads it: without a converter's pinyin glosses
    const paragraphs = raw[k]!.map(dropPrintedGlosses);
    const units = splitUnits(paragraphs);
    const features = measureGistFeatures(units, contexts[k]);
    if (!KEYS.length && features.length) KEYS = Object.keys(features[0]!) as (keyof GistFeatures)[];
    const sentences = paragraphs.flatMap((p) => splitEvalSentences(p)).map((x) => scoreRouge1(x, item.reference));
    const best = squash(item.best ?? '');
    return {
      units,
      paragraphs,
      traits: describeUnits(units),
      x: features.map((f) => KEYS.map((key) => f[key])),
      hand: measureFeatures(units, contexts[k]).map((f) => weighFeatures(f, HAND_WEIGHTS)),
      // each unit scored as the sidebar shows it (with the sentence it leans on, without the reporter's frame)
      rouge: units.map((_, i) => scoreRouge1(trimSpeakerFrame(widenGist(units, i, paragraphs)), item.reference)),
      holdsBest: units.map((u) => best.length > 0 && (squash(u.text).includes(best) || best.includes(squash(u.shown)))),
      lead: sentences[0] ?? 0,
      ceiling: Math.max(0, ...sentences),
    };
  });
}

interface Fitted {
  /** Weights on the raw features (the standardisation folded in). */
  w: number[];
  /** Weights on the standardised features, for reading. */
  z: number[];
}

interface Settings {
  lambda: number;
  target: string;
  temperature: number;
  pool: string;
}

function softmax(xs: readonly number[], temperature = 1): number[] {
  const top = Math.max(...xs);
  const e = xs.map((x) => Math.exp((x - top) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** The candidate units of a statement the fit sees: all, or those pickGist may choose. */
function candidates(s: Prepared, pool: string): number[] {
  const all = s.units.map((_, i) => i);
  if (pool !== 'own') return all;
  // pickGist's pool, found by asking it with each unit in turn at the top
  return all.filter((i) => pickGist(s.units.map((_, j) => (j === i ? 1 : 0)), s.traits, s.units) === i);
}

function targetOf(s: Prepared, idx: number[], settings: Settings): number[] | null {
  const r = idx.map((i) => s.rouge[i]!);
  if (settings.target === 'soft') return softmax(r, settings.temperature);
  if (settings.target === 'mix') {
    // half the ROUGE softmax, half the reader's best sentence (where it is among the candidates)
    const soft = softmax(r, settings.temperature);
    const best = idx.map((i) => (s.holdsBest[i] ? 1 : 0));
    const n = best.filter(Boolean).length;
    return n ? soft.map((v, i) => v / 2 + best[i]! / n / 2) : soft;
  }
  const hits = settings.target === 'best' ? idx.map((i) => s.holdsBest[i]!) : r.map((x) => x >= Math.max(...r) - 1e-9);
  const n = hits.filter(Boolean).length;
  return n ? hits.map((h) => (h ? 1 / n : 0)) : null;
}

function fit(train: readonly Prepared[], settings: Settings): Fitted {
  const rows = train.filter((s) => s.units.length > 1);
  // a cue that tells units apart in fewer than MIN_SUPPORT training statements cannot be estimated from them: such
  // cues keep the reader's (hand-set) weights relative to each other, and one weight for them all is learnt (the
  // column `rare`, appended)
  const hand = KEYS.map((key) => (key in HAND_WEIGHTS ? HAND_WEIGHTS[key as keyof typeof HAND_WEIGHTS] : 0));
  const rare = KEYS.map((key, k) => !KEEP.has(key) && rows.filter((s) => s.x.some((x) => x[k] !== s.x[0]![k])).length < MIN_SUPPORT);
  // (a kept cue is left out of the fit and shipped at the reader's weight on the scale learnt for the rare ones)
  const kept = KEYS.map((key) => KEEP.has(key));
  const widen = (x: readonly number[]) => [...x.map((v, k) => (rare[k] || kept[k] ? 0 : v)), x.reduce((t, v, k) => t + (rare[k] ? hand[k]! * v : 0), 0)];
  const xs = new Map(rows.map((s) => [s, s.x.map(widen)]));
  const d = KEYS.length + 1;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  let count = 0;
  for (const s of rows) for (const x of xs.get(s)!) (count++, x.forEach((v, k) => (mean[k]! += v)));
  mean.forEach((_, k) => (mean[k]! /= count));
  for (const s of rows) for (const x of xs.get(s)!) x.forEach((v, k) => (sd[k]! += (v - mean[k]!) ** 2));
  sd.forEach((_, k) => (sd[k] = Math.sqrt(sd[k]! / count)));
  const data = rows
    .map((s) => {
      const idx = candidates(s, settings.pool);
      const q = idx.length > 1 ? targetOf(s, idx, settings) : null;
      return q ? { z: idx.map((i) => xs.get(s)![i]!.map((v, k) => (sd[k]! > 1e-9 ? (v - mean[k]!) / sd[k]! : 0))), q } : null;
    })
    .filter((x): x is { z: number[][]; q: number[] } => x !== null);
  const z = new Array<number>(d).fill(0);
  // Newton's method: the loss is convex and smooth, a few dozen weights make the Hessian small, and it converges
  // exactly in a few steps (gradient descent oscillated at the larger lambdas)
  for (let step = 0; step < 25; step++) {
    const grad = z.map((v) => settings.lambda * v);
    const hess = z.map((_, a) => z.map((__, b) => (a === b ? settings.lambda : 0)));
    for (const { z: zs, q } of data) {
      const p = softmax(zs.map((x) => x.reduce((t, v, k) => t + v * z[k]!, 0)));
      const avg = z.map((_, k) => zs.reduce((t, x, i) => t + p[i]! * x[k]!, 0));
      zs.forEach((x, i) => {
        const g = (p[i]! - q[i]!) / data.length;
        x.forEach((v, k) => (grad[k]! += g * v));
        const c = x.map((v, k) => v - avg[k]!);
        const wgt = p[i]! / data.length;
        if (wgt > 1e-12) for (let a = 0; a < d; a++) if (c[a] !== 0) for (let b = 0; b < d; b++) hess[a]![b]! += wgt * c[a]! * c[b]!;
      });
    }
    const delta = solve(hess, grad);
    z.forEach((_, k) => (z[k]! -= delta[k]!));
    if (Math.max(...delta.map(Math.abs)) < 1e-7) break;
  }
  const raw = z.map((v, k) => (sd[k]! > 1e-9 ? v / sd[k]! : 0));
  const scale = raw[KEYS.length]!;
  return { z, w: KEYS.map((_, k) => (rare[k] || kept[k] ? scale * hand[k]! : raw[k]!)) };
}

/** x with A x = b (Gaussian elimination with partial pivoting; A is symmetric positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let t = m[r]![n]!;
    for (let k = r + 1; k < n; k++) t -= m[r]![k]! * x[k]!;
    x[r] = t / m[r]![r]!;
  }
  return x;
}

const dot = (w: readonly number[], x: readonly number[]) => x.reduce((t, v, k) => t + v * w[k]!, 0);

type Chooser = (s: Prepared) => number;
const byMain: Chooser = (s) => resolveDangling(s.units, pickGist(s.hand, s.traits, s.units), s.paragraphs, (i) => s.traits[i]!.boilerplate);
const byLearned = (m: Fitted): Chooser => (s) => {
  const scores = s.x.map((x) => dot(m.w, x));
  return scores.reduce((b, v, i) => (v > scores[b]! ? i : b), 0);
};
const byShipped = (m: Fitted): Chooser => (s) =>
  resolveDangling(s.units, pickGist(s.x.map((x) => dot(m.w, x)), s.traits, s.units), s.paragraphs, (i) => s.traits[i]!.boilerplate);

interface Tally {
  r1: number;
  best: number;
  n: number;
}
const tally = (set: readonly Prepared[], choose: Chooser): Tally =>
  set.reduce(
    (t, s) => {
      const g = s.units.length ? choose(s) : -1;
      return { r1: t.r1 + (g >= 0 ? s.rouge[g]! : 0), best: t.best + (g >= 0 && s.holdsBest[g] ? 1 : 0), n: t.n + 1 };
    },
    { r1: 0, best: 0, n: 0 },
  );

function leaveOneSetOut(sets: readonly Prepared[][], settings: Settings, print: boolean): { main: Tally; learned: Tally; shipped: Tally } {
  const pooled = { main: { r1: 0, best: 0, n: 0 }, learned: { r1: 0, best: 0, n: 0 }, shipped: { r1: 0, best: 0, n: 0 } };
  let lead = 0;
  let ceiling = 0;
  const each = { main: [] as number[], shipped: [] as number[], lead: [] as number[] };
  sets.forEach((test, k) => {
    const m = fit(sets.filter((_, j) => j !== k).flat(), settings);
    for (const s of test) {
      const [a, c] = s.units.length ? [byMain(s), byShipped(m)(s)] : [-1, -1];
      each.main.push(a >= 0 ? s.rouge[a]! : 0);
      each.shipped.push(c >= 0 ? s.rouge[c]! : 0);
      each.lead.push(s.lead);
      const show = (g: number) => (g >= 0 ? trimSpeakerFrame(widenGist(s.units, g, s.paragraphs)) : null);
      if (print) gists.push({ set: SETS[k]!.split('/').pop(), main: show(a), shipped: show(c) });
    }
    const row = { main: tally(test, byMain), learned: tally(test, byLearned(m)), shipped: tally(test, byShipped(m)) };
    const l = test.reduce((t, s) => t + s.lead, 0);
    const c = test.reduce((t, s) => t + s.ceiling, 0);
    lead += l;
    ceiling += c;
    for (const key of ['main', 'learned', 'shipped'] as const) for (const f of ['r1', 'best', 'n'] as const) pooled[key][f] += row[key][f];
    if (print) console.log(describe(SETS[k]!.split('/').pop()!.replace('.json', ''), row, l, c, test.length));
  });
  if (print) {
    if (GISTS_OUT) writeFileSync(GISTS_OUT, JSON.stringify(gists, null, 1));
    console.log(describe('pooled', pooled, lead, ceiling, pooled.main.n));
    const f = (d: { mean: number; low: number; high: number }) => `${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(3)} (95% bootstrap ${d.low.toFixed(3)} … ${d.high.toFixed(3)})`;
    console.log(`shipped − main ${f(bootstrapMeanDifference(each.shipped, each.main))}; shipped − LEAD-1 ${f(bootstrapMeanDifference(each.shipped, each.lead))}`);
  }
  return pooled;
}

function describe(name: string, row: Record<'main' | 'learned' | 'shipped', Tally>, lead: number, ceiling: number, n: number): string {
  const cell = (t: Tally) => `${(t.r1 / n).toFixed(3)} ${(t.r1 / ceiling).toFixed(3)} ${String(t.best).padStart(3)}`;
  return `${name.padEnd(13)} ${String(n).padStart(3)}  ${(lead / n).toFixed(3)}  ${(ceiling / n).toFixed(3)}   ${cell(row.main)}   ${cell(row.learned)}   ${cell(row.shipped)}`;
}

const sets = await Promise.all(SETS.map(prepare));
if (argv.includes('--support')) {
  // per feature: in how many statements it tells units apart, and how much better (ROUGE-1) its units score there
  KEYS.forEach((key, k) => {
    let n = 0;
    let gain = 0;
    for (const s of sets.flat()) {
      const v = s.x.map((x) => x[k]!);
      if (v.every((x) => x === v[0])) continue;
      n++;
      const mean = s.rouge.reduce((a, b) => a + b, 0) / s.rouge.length;
      const on = s.rouge.filter((_, i) => v[i]! > 0);
      gain += on.length ? on.reduce((a, b) => a + b, 0) / on.length - mean : 0;
    }
    console.log(`  ${key.padEnd(24)} varies in ${String(n).padStart(3)}  gain ${(n ? gain / n : 0).toFixed(3)}`);
  });
}
const chosen: Settings = {
  lambda: Number(option('--lambda', '0.3')),
  target: option('--target', 'soft'),
  temperature: Number(option('--temperature', '0.2')),
  pool: option('--pool', 'own'),
};
if (argv.includes('--grid')) {
  console.log('pooled left-out ROUGE-1 (learned alone / shipped) by settings:');
  // (GRID_POOLS, GRID_TARGETS "soft:0.05,oracle:0", GRID_LAMBDAS "0.1,0.3": other grids)
  const list = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',');
  for (const pool of list('GRID_POOLS', 'own'))
    for (const [target, t] of list('GRID_TARGETS', 'soft:0.05,soft:0.1,oracle:0,best:0').map((x) => x.split(':') as [string, string]))
      for (const lambda of list('GRID_LAMBDAS', '0.01,0.03,0.1,0.3').map(Number)) {
        const temperature = Number(t);
        const r = leaveOneSetOut(sets, { lambda, target, temperature, pool }, false);
        console.log(`  pool ${pool} target ${target}${target === 'soft' ? ` T=${temperature}` : ''} lambda ${lambda}: ${(r.learned.r1 / r.learned.n).toFixed(4)} / ${(r.shipped.r1 / r.shipped.n).toFixed(4)}`);
      }
}
console.log(`settings: ${JSON.stringify(chosen)}`);
console.log('set             n  LEAD-1  ceil    (a) main: R1 /ceil best   (b) learned: R1 /ceil best   (c) shipped: R1 /ceil best');
leaveOneSetOut(sets, chosen, true);
const all = fit(sets.flat(), chosen);
if (argv.includes('--show-weights'))
  for (const k of KEYS.map((_, i) => i).sort((a, b) => Math.abs(all.z[b]!) - Math.abs(all.z[a]!)))
    console.log(`  ${KEYS[k]!.padEnd(24)} standardised ${all.z[k]!.toFixed(3).padStart(7)}  raw ${all.w[k]!.toFixed(3)}`);
if (argv.includes('--show-weights')) console.log(`  (rare cues, hand-set weights × one learnt scale) standardised ${all.z[KEYS.length]!.toFixed(3)}`);
if (argv.includes('--write')) {
  const at = new URL('../lib/understand/summary/gist-model.ts', import.meta.url);
  const model = Object.fromEntries(KEYS.map((key, k) => [key, Number(all.w[k]!.toFixed(2))]));
  const file = readFileSync(at, 'utf8').replace(/export const GIST_MODEL: GistModel = .*;/, `export const GIST_MODEL: GistModel = ${JSON.stringify(model)};`);
  writeFileSync(at, file);
  console.log(`wrote the model fitted on all ${sets.flat().length} statements to lib/understand/summary/gist-model.ts`);
}
