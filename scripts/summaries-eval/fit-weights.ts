/**
 * `node --import tsx scripts/summaries-eval/fit-weights.ts TRAIN.json [TEST.json]`
 * `node --import tsx scripts/summaries-eval/fit-weights.ts --folds K SET.json [SET.json…]`
 *
 * Fits the gist's feature weights (lib/understand/summary/score-units.ts) to one evaluation set by
 * coordinate ascent on the mean ROUGE-1 of the chosen gist, starting from the hand-set weights, and
 * scores the fitted weights on another set: a weight is only worth changing if the held-out set agrees.
 * `--without a,b` drops features (weight 0, never fitted): a feature generalises when the folds left
 * out score better with it than without it. `--fit a,b` fits only those weights (the rest stay hand-set):
 * one feature's weight learnt on the training folds, judged on the fold left out.
 */
import '../use-word-costs'; // segment as the eval and the extension do
import { readFileSync } from 'node:fs';
import { pickGist } from '../../lib/understand/summary/pick-sentences';
import { describeUnits, GIST_WEIGHTS, measureFeatures, weighFeatures, type GistWeights, type UnitFeatures } from '../../lib/understand/summary/score-units';
import { splitUnits } from '../../lib/understand/summary/split-units';
import { scoreRouge1 } from './score';

interface Item {
  statement: string | string[];
  reference: string;
}

interface Prepared {
  features: UnitFeatures[];
  traits: ReturnType<typeof describeUnits>;
  units: ReturnType<typeof splitUnits>;
  rouge: number[];
}

function prepare(path: string): Prepared[] {
  const items = JSON.parse(readFileSync(path, 'utf8')) as Item[];
  return items.map((item) => {
    const paragraphs = (Array.isArray(item.statement) ? item.statement : item.statement.split(/\n+/)).map((p) => p.trim()).filter(Boolean);
    const units = splitUnits(paragraphs);
    return { units, features: measureFeatures(units), traits: describeUnits(units), rouge: units.map((u) => scoreRouge1(u.shown, item.reference)) };
  });
}

function evaluate(set: readonly Prepared[], weights: GistWeights): number {
  let total = 0;
  for (const s of set) {
    const g = pickGist(s.features.map((f) => weighFeatures(f, weights)), s.traits, s.units);
    total += g >= 0 ? s.rouge[g]! : 0;
  }
  return total / set.length;
}

const withoutAt = process.argv.indexOf('--without');
const WITHOUT = new Set(withoutAt >= 0 ? (process.argv[withoutAt + 1] ?? '').split(',').filter(Boolean) : []);
if (withoutAt >= 0) process.argv.splice(withoutAt, 2);
const fitAt = process.argv.indexOf('--fit');
const ONLY = new Set(fitAt >= 0 ? (process.argv[fitAt + 1] ?? '').split(',').filter(Boolean) : []);
if (fitAt >= 0) process.argv.splice(fitAt, 2);
const BASE: GistWeights = Object.fromEntries(
  Object.entries(GIST_WEIGHTS).map(([k, v]) => [k, WITHOUT.has(k) ? 0 : v]),
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

const args = process.argv.slice(2);
if (args[0] === '--folds') {
  // K-fold cross-validation over the sets pooled: hand-set against fitted, on the fold left out
  const k = Number(args[1]) || 5;
  const pool = args.slice(2).flatMap(prepare);
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
const train = prepare(trainPath);
const fitted = fit(train);
console.log(`train: hand-set ${evaluate(train, BASE).toFixed(3)} → fitted ${evaluate(train, fitted).toFixed(3)}`);
if (testPath) {
  const test = prepare(testPath);
  console.log(`test:  hand-set ${evaluate(test, BASE).toFixed(3)} → fitted ${evaluate(test, fitted).toFixed(3)}`);
}
for (const key of Object.keys(fitted) as (keyof UnitFeatures)[]) {
  if (fitted[key] !== BASE[key]) console.log(`  ${key}: ${BASE[key]} → ${fitted[key].toFixed(2)}`);
}
