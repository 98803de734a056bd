/**
 * `node --import tsx scripts/summaries-eval/fit-weights.ts TRAIN.json [TEST.json]`
 * `node --import tsx scripts/summaries-eval/fit-weights.ts --folds K SET.json [SET.json…]`
 * `node --import tsx scripts/summaries-eval/fit-weights.ts --sets SET.json SET.json [SET.json…]`
 *
 * Fits the gist's feature weights (lib/understand/summary/score-units.ts) to one evaluation set by
 * coordinate ascent on the mean ROUGE-1 of the chosen gist, starting from the hand-set weights, and
 * scores the fitted weights on another set: a weight is only worth changing if the held-out set agrees.
 * `--without a,b` drops features (weight 0, never fitted): a feature generalises when the folds left
 * out score better with it than without it. `--fit a,b` fits only those weights (the rest stay hand-set):
 * one feature's weight learnt on the training folds, judged on the fold left out. `--sets` leaves one
 * whole set out at a time (fit on the others, score it): sets are collected from different pages at
 * different times, so this is the honest measure of what carries over to a new set; it also prints the
 * weights fitted on all the sets pooled (SHOW_FOLD_WEIGHTS=1 prints each fold's).
 * `--listwise` fits by ListNet instead (`--lambda` the L2 pull, `--temperature` of the ROUGE targets,
 * `--prior-hand` pulls towards the hand-set weights instead of zero, `--min-support N` keeps hand-set the
 * cues that tell units apart in fewer than N statements, `--keep a,b` keeps those hand-set whatever; with
 * `--fit a,b` only those are fitted).
 * `--start '{"claim":0}'` starts the fit (and the hand-set column) from the table with those changes.
 * `--score '{"answers":0.1}' SETS…` scores the hand-set weights with those changes, per set.
 * The fourth set is the corpus key: scripts/summaries-eval/export-key.ts writes it out.
 */
import '../use-word-costs'; // segment as the eval and the extension do
import { readFileSync, writeFileSync } from 'node:fs';
import { pickGist } from '../../lib/understand/summary/pick-sentences';
import { describeUnits, GIST_WEIGHTS, measureFeatures, weighFeatures, type GistWeights, type UnitFeatures } from '../../lib/understand/summary/score-units';
import { trimSpeakerFrame } from '../../lib/understand/summary/speaker-frame';
import { splitUnits } from '../../lib/understand/summary/split-units';
import { widenGist } from '../../lib/understand/summary/widen-gist';
import { readContexts } from './context';
import { bootstrapMeanDifference, scoreRouge1, splitEvalSentences } from './score';

interface Item {
  file?: string;
  speaker?: string;
  statement: string | string[];
  reference: string;
}

interface Prepared {
  features: UnitFeatures[];
  traits: ReturnType<typeof describeUnits>;
  units: ReturnType<typeof splitUnits>;
  rouge: number[];
  /** The eval's LEAD-1 (first sentence) and ceiling (best sentence), as scripts/summaries-eval.ts scores them. */
  lead: number;
  ceiling: number;
  item: Item;
  paragraphs: string[];
}

// `--no-context`: score without the topic or question each statement answers (as before the scorer read it)
const NO_CONTEXT = process.argv.includes('--no-context');
if (NO_CONTEXT) process.argv.splice(process.argv.indexOf('--no-context'), 1);
// `--gists OUT.json` (with --sets): each held-out statement's gist under the weights fitted without its set, for judging by hand
const gistsAt = process.argv.indexOf('--gists');
const GISTS_OUT = gistsAt >= 0 ? process.argv[gistsAt + 1] : undefined;
if (gistsAt >= 0) process.argv.splice(gistsAt, 2);

async function prepare(path: string): Promise<Prepared[]> {
  const items = JSON.parse(readFileSync(path, 'utf8')) as Item[];
  const paragraphsOf = (item: Item) => (Array.isArray(item.statement) ? item.statement : item.statement.split(/\n+/)).map((p) => p.trim()).filter(Boolean);
  const contexts = NO_CONTEXT ? items.map(() => ({})) : await readContexts(path, items.map((item) => ({ file: item.file, paragraphs: paragraphsOf(item) })));
  return items.map((item, k) => {
    const paragraphs = paragraphsOf(item);
    const units = splitUnits(paragraphs);
    const sentences = paragraphs.flatMap((p) => splitEvalSentences(p)).map((x) => scoreRouge1(x, item.reference));
    return {
      units,
      features: measureFeatures(units, contexts[k]),
      traits: describeUnits(units),
      // scored as the sidebar shows it (summarizeStatement drops the reporter's frame)
      // (with the sentence it leans on, as summarizeStatement shows a gist: widen-gist.ts)
      rouge: units.map((_, i) => scoreRouge1(trimSpeakerFrame(widenGist(units, i, paragraphs)), item.reference)),
      lead: sentences[0] ?? 0,
      ceiling: Math.max(0, ...sentences),
      item,
      paragraphs,
    };
  });
}

function pickOf(s: Prepared, weights: GistWeights): number {
  return pickGist(s.features.map((f) => weighFeatures(f, weights)), s.traits, s.units);
}

function evaluate(set: readonly Prepared[], weights: GistWeights): number {
  let total = 0;
  for (const s of set) {
    const g = pickOf(s, weights);
    total += g >= 0 ? s.rouge[g]! : 0;
  }
  return total / set.length;
}

/** Each statement's ROUGE-1 under some weights. */
function scoreEach(set: readonly Prepared[], weights: GistWeights): number[] {
  return set.map((s) => {
    const g = pickOf(s, weights);
    return g >= 0 ? s.rouge[g]! : 0;
  });
}

// `--keep a,b`: weights that stay hand-set (what the issue requires, e.g. boilerplate never the gist)
const keepAt = process.argv.indexOf('--keep');
const KEEP = new Set(keepAt >= 0 ? (process.argv[keepAt + 1] ?? '').split(',').filter(Boolean) : []);
if (keepAt >= 0) process.argv.splice(keepAt, 2);
const withoutAt = process.argv.indexOf('--without');
const WITHOUT = new Set(withoutAt >= 0 ? (process.argv[withoutAt + 1] ?? '').split(',').filter(Boolean) : []);
if (withoutAt >= 0) process.argv.splice(withoutAt, 2);
const fitAt = process.argv.indexOf('--fit');
const ONLY = new Set(fitAt >= 0 ? (process.argv[fitAt + 1] ?? '').split(',').filter(Boolean) : []);
if (fitAt >= 0) process.argv.splice(fitAt, 2);
const takeNumber = (flag: string, fallback: number) => {
  const at = process.argv.indexOf(flag);
  if (at < 0) return fallback;
  const v = Number(process.argv[at + 1]);
  process.argv.splice(at, 2);
  return v;
};
const LAMBDA = takeNumber('--lambda', 0.01);
const MIN_SUPPORT = takeNumber('--min-support', 5);
const TEMPERATURE = takeNumber('--temperature', 0.05);
const PRIOR_HAND = process.argv.includes('--prior-hand');
if (PRIOR_HAND) process.argv.splice(process.argv.indexOf('--prior-hand'), 1);
const LISTWISE = process.argv.includes('--listwise');
if (LISTWISE) process.argv.splice(process.argv.indexOf('--listwise'), 1);
// `--start '{"claim":0}'`: the fit starts from the hand-set weights with these changes (and `hand-set` scores them), so a
// weight chosen by looking at every set can be learnt again from the others alone, fold by fold
const startAt = process.argv.indexOf('--start');
const START = startAt >= 0 ? (JSON.parse(process.argv[startAt + 1] ?? '{}') as Partial<GistWeights>) : {};
if (startAt >= 0) process.argv.splice(startAt, 2);
const BASE: GistWeights = Object.fromEntries(
  Object.entries({ ...GIST_WEIGHTS, ...START }).map(([k, v]) => [k, WITHOUT.has(k) ? 0 : v]),
) as GistWeights;

function fit(set: readonly Prepared[]): GistWeights {
  const w: Record<string, number> = { ...BASE };
  let best = evaluate(set, w as GistWeights);
  const steps = [0.4, 0.2, 0.1, 0.05];
  for (const step of steps) {
    let improved = true;
    while (improved) {
      improved = false;
      for (const key of Object.keys(w).filter((k) => !WITHOUT.has(k) && (ONLY.size === 0 || ONLY.has(k)))) {
        for (const delta of [step, -step]) {
          const tryW = { ...w, [key]: w[key]! + delta };
          const score = evaluate(set, tryW as GistWeights);
          // a change must gain clearly: ties keep the hand-set weight
          if (score > best + 1e-4) {
            best = score;
            w[key] = tryW[key]!;
            improved = true;
          }
        }
      }
    }
  }
  return w as GistWeights;
}

/**
 * Listwise fit (ListNet, Cao et al. 2007): the weights whose softmax over a statement's units is closest
 * (cross-entropy) to a softmax of the units' ROUGE-1 against the reference, with an L2 pull towards zero.
 * Convex and smooth, unlike the argmax coordinate ascent above, so it settles on the same weights from
 * any start and overfits less. Pool restrictions (boilerplate, list items) are pickGist's, as in evaluate.
 */
function fitListwise(set: readonly Prepared[], lambda = LAMBDA, temperature = TEMPERATURE): GistWeights {
  // a cue that tells units apart in fewer than MIN_SUPPORT statements cannot be estimated from them: it keeps
  // the reader's (hand-set) weight, and the others are fitted around it
  const varies = (s: Prepared, k: keyof UnitFeatures) => s.features.some((f) => f[k] !== s.features[0]![k]);
  const support = (k: keyof UnitFeatures) => set.filter((s) => s.units.length > 1 && varies(s, k)).length;
  const all = (Object.keys(BASE) as (keyof UnitFeatures)[]).filter((k) => !WITHOUT.has(k));
  // `--fit a,b` fits only those (the rest keep their hand-set weights)
  const fixed = all.filter((k) => support(k) < MIN_SUPPORT || KEEP.has(k) || (ONLY.size > 0 && !ONLY.has(k)));
  const keys = all.filter((k) => !fixed.includes(k));
  // the pull is towards the hand-set weights (--prior-hand) or towards zero: with the hand-set prior a cue
  // too rare in the sets to be estimated (slogans, the principal-contradiction line) keeps its reader's weight
  const prior = (k: keyof UnitFeatures) => (PRIOR_HAND ? BASE[k] : 0);
  const w = new Map<keyof UnitFeatures, number>(keys.map((k) => [k, prior(k)]));
  const rows = set.filter((s) => s.units.length > 1);
  const lr = 0.5;
  for (let step = 0; step < 1500; step++) {
    const grad = new Map<keyof UnitFeatures, number>(keys.map((k) => [k, lambda * (w.get(k)! - prior(k))]));
    for (const s of rows) {
      const scores = s.features.map((f) => keys.reduce((t, k) => t + w.get(k)! * f[k], 0) + fixed.reduce((t, k) => t + BASE[k] * f[k], 0));
      const p = softmax(scores, 1);
      const q = softmax(s.rouge, temperature);
      s.features.forEach((f, i) => {
        for (const k of keys) grad.set(k, grad.get(k)! + ((p[i]! - q[i]!) * f[k]) / rows.length);
      });
    }
    for (const k of keys) w.set(k, w.get(k)! - lr * grad.get(k)!);
  }
  return Object.fromEntries(
    (Object.keys(BASE) as (keyof UnitFeatures)[]).map((k) => [k, fixed.includes(k) ? BASE[k] : Number((w.get(k) ?? 0).toFixed(2))]),
  ) as GistWeights;
}

function softmax(xs: readonly number[], temperature: number): number[] {
  const top = Math.max(...xs);
  const e = xs.map((x) => Math.exp((x - top) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

const args = process.argv.slice(2);
if (args[0] === '--score') {
  // `--score '{"answers":0.1}' SET.json…`: the hand-set weights with these changes, per set, beside LEAD-1 and the ceiling
  const changed = { ...BASE, ...(JSON.parse(args[1] ?? '{}') as Partial<GistWeights>) } as GistWeights;
  let n = 0;
  const sum = { hand: 0, changed: 0, lead: 0, ceiling: 0 };
  for (const path of args.slice(2)) {
    const set = await prepare(path);
    const row = { hand: evaluate(set, BASE), changed: evaluate(set, changed), lead: set.reduce((s, p) => s + p.lead, 0) / set.length, ceiling: set.reduce((s, p) => s + p.ceiling, 0) / set.length };
    for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += row[key] * set.length;
    n += set.length;
    console.log(`${path.split('/').pop()!.padEnd(20)} hand-set ${row.hand.toFixed(3)}  changed ${row.changed.toFixed(3)}  LEAD-1 ${row.lead.toFixed(3)}  ceiling ${row.ceiling.toFixed(3)}`);
  }
  console.log(`pooled ${n}: hand-set ${(sum.hand / n).toFixed(3)}  changed ${(sum.changed / n).toFixed(3)}  LEAD-1 ${(sum.lead / n).toFixed(3)}  ceiling ${(sum.ceiling / n).toFixed(3)}`);
  process.exit(0);
}
if (args[0] === '--sets') {
  // leave one set out: fit on the others, score the one left out (hand-set, fitted, LEAD-1, ceiling)
  const paths = args.slice(1);
  const sets = await Promise.all(paths.map(prepare));
  const heldOut: number[] = [];
  const handEach: number[] = [];
  const gists: unknown[] = [];
  const lead = (set: readonly Prepared[]) => set.reduce((s, p) => s + p.lead, 0) / set.length;
  const ceiling = (set: readonly Prepared[]) => set.reduce((s, p) => s + p.ceiling, 0) / set.length;
  const totals = { hand: 0, fitted: 0, lead: 0, ceiling: 0, n: 0 };
  sets.forEach((test, k) => {
    const train = sets.filter((_, j) => j !== k).flat();
    const w = LISTWISE ? fitListwise(train) : fit(train);
    const row = { hand: evaluate(test, BASE), fitted: evaluate(test, w), lead: lead(test), ceiling: ceiling(test) };
    heldOut.push(...scoreEach(test, w));
    handEach.push(...scoreEach(test, BASE));
    for (const s of test) {
      const g = pickOf(s, w);
      gists.push({ set: paths[k]!.split('/').pop(), file: s.item.file, speaker: s.item.speaker, reference: s.item.reference, gist: g >= 0 ? trimSpeakerFrame(widenGist(s.units, g, s.paragraphs)) : null, rouge1: g >= 0 ? s.rouge[g] : 0 });
    }
    if (process.env.SHOW_FOLD_WEIGHTS) console.log(`  weights without ${paths[k]!.split('/').pop()}: ${JSON.stringify(w)}`);
    for (const key of ['hand', 'fitted', 'lead', 'ceiling'] as const) totals[key] += row[key] * test.length;
    totals.n += test.length;
    console.log(
      `${paths[k]!.split('/').pop()!.padEnd(20)} n=${String(test.length).padStart(3)}  hand-set ${row.hand.toFixed(3)}  fitted on the others ${row.fitted.toFixed(3)}  LEAD-1 ${row.lead.toFixed(3)}  ceiling ${row.ceiling.toFixed(3)}  (fitted − LEAD ${(row.fitted - row.lead).toFixed(3)}, of ceiling ${(row.fitted / row.ceiling).toFixed(3)})`,
    );
  });
  const m = (x: number) => (x / totals.n).toFixed(3);
  console.log(`pooled, each set scored by weights fitted on the others: hand-set ${m(totals.hand)}  fitted ${m(totals.fitted)}  LEAD-1 ${m(totals.lead)}  ceiling ${m(totals.ceiling)}`);
  const leads = sets.flat().map((p) => p.lead);
  const ceilings = sets.flat().map((p) => p.ceiling);
  const vsLead = bootstrapMeanDifference(heldOut, leads);
  const vsCeiling = bootstrapMeanDifference(heldOut, ceilings.map((c) => c * 0.95));
  const f = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
  console.log(`held-out fitted − LEAD-1 ${f(vsLead.mean)} (95% bootstrap ${f(vsLead.low)} … ${f(vsLead.high)}); fitted − 0.95 × ceiling ${f(vsCeiling.mean)} (${f(vsCeiling.low)} … ${f(vsCeiling.high)}); of ceiling ${(totals.fitted / totals.ceiling).toFixed(3)}`);
  const handVsLead = bootstrapMeanDifference(handEach, leads);
  console.log(`hand-set (chosen looking at every set: not held out) − LEAD-1 ${f(handVsLead.mean)} (${f(handVsLead.low)} … ${f(handVsLead.high)})`);
  if (GISTS_OUT) writeFileSync(GISTS_OUT, JSON.stringify(gists, null, 1));
  const all = LISTWISE ? fitListwise(sets.flat()) : fit(sets.flat());
  if (process.env.SHOW_ALL_WEIGHTS) console.log(JSON.stringify(all));
  console.log(`fitted on all ${totals.n}: in-sample ${evaluate(sets.flat(), all).toFixed(3)} (not a measure)`);
  for (const key of Object.keys(all) as (keyof UnitFeatures)[]) if (all[key] !== BASE[key]) console.log(`  ${key}: ${BASE[key]} → ${all[key].toFixed(2)}`);
  process.exit(0);
}
if (args[0] === '--folds') {
  // K-fold cross-validation over the sets pooled: hand-set against fitted, on the fold left out
  const k = Number(args[1]) || 5;
  const pool = (await Promise.all(args.slice(2).map(prepare))).flat();
  let hand = 0;
  let fitted = 0;
  for (let f = 0; f < k; f++) {
    const test = pool.filter((_, i) => i % k === f);
    const w = fit(pool.filter((_, i) => i % k !== f));
    hand += evaluate(test, BASE) * test.length;
    fitted += evaluate(test, w) * test.length;
  }
  console.log(`${k}-fold over ${pool.length} statements, ROUGE-1 of the gist on the folds left out: hand-set ${(hand / pool.length).toFixed(3)}, fitted ${(fitted / pool.length).toFixed(3)}`);
  process.exit(0);
}
const [trainPath, testPath] = args;
if (!trainPath) {
  console.error('usage: fit-weights TRAIN.json [TEST.json]');
  process.exit(2);
}
const train = await prepare(trainPath);
const fitted = fit(train);
console.log(`train: hand-set ${evaluate(train, BASE).toFixed(3)} → fitted ${evaluate(train, fitted).toFixed(3)}`);
if (testPath) {
  const test = await prepare(testPath);
  console.log(`test:  hand-set ${evaluate(test, BASE).toFixed(3)} → fitted ${evaluate(test, fitted).toFixed(3)}`);
}
for (const key of Object.keys(fitted) as (keyof UnitFeatures)[]) {
  if (fitted[key] !== BASE[key]) console.log(`  ${key}: ${BASE[key]} → ${fitted[key].toFixed(2)}`);
}
