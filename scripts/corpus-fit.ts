/**
 * `node --import tsx scripts/corpus-fit.ts DIR…`: measures the prose voices' judge (prose-voices.ts) on keyed
 * corpus folders leave-one-folder-out: a tiny logistic model over the judge's reading, against the family of
 * hand-set rules in the code (FIT_RULES=1: each fold's rule chosen on a grid by the same cost), and their
 * conjunction and disjunction; pooled held-out numbers, then the model's fit on all.
 *
 * Each page is parsed once; the pages put to the judge are those where the label formats made no feature and
 * the prose voices were read (prose-judge.ts). A page's verdict is the label formats' one, or else the judge's.
 * The model: weighted logistic regression (a false positive weighs as four misses, L2 penalty FIT_L2), by
 * gradient descent on standardised features, each weight kept on the side its cue argues for, the cut moved
 * above every training negative (precision first); weights printed on the features' own scale.
 * `edge: true` pages are left out of fitting and scoring. The outcome is in the README's understanding section:
 * the model did not beat the rules at this cost, so the code keeps the rules.
 *
 * FIT_FRAME=1: the framed round (measure-voice-round.ts isFramedRound, framing-cues.ts) leave-one-folder-out, each
 * folder scored by the corpus harness (detection and speakers) with the rule fitted on the others, against the code
 * without it (the family: the layout path's thresholds, one return allowed or none, and the layout-free path of voices
 * that each say something, off or on with its own share of the sentences and balance); FIT_FRAME_DUMP=1 prints the framing of every page the prose judge read, FIT_FRAME_GAINS=1 the pages the
 * code's framed round gains.
 */
import './use-word-costs';
import { basename, join } from 'node:path';
import { blocksFromText } from '../lib/understand';
import { loadInput } from './cli/input';
import { parseBlocks } from '../lib/understand/parse';
import { readKey } from './corpus';
import type { ProseReading } from '../lib/understand/prose-voices';
import { countSpokenVoices, FRAMED_ROUND, isFramedRound, isVoiceRound, type VoiceRound } from '../lib/understand/measure-voice-round';
import type { Framing } from '../lib/understand/framing-cues';
import { runCorpus } from './corpus';
import type { Totals } from './corpus/score';
import { fitLogistic } from './corpus/fit-logistic';

/** The features, each scaled to about 0..1 (so the weights compare). */
function proseFeatures(r: Omit<ProseReading, 'ok'>): number[] {
  const people = Math.max(1, r.people);
  const opened = r.paragraphs ? r.opened / r.paragraphs : 0;
  return [
    // distinct named voices, log scale, saturating at 8: a feature gives the word to several people; a story
    // quotes one or two (log: the third voice says more than the ninth)
    Math.min(1, Math.log2(people) / 3),
    // share of the text's sentences that are the voices' words: the voices carry the text, not the narrative
    r.sentences ? r.statements / r.sentences : 0,
    // where the first voice opens (share of the sentences): a vox pop gives the word early; a story's
    // reaction comes at its end
    r.first,
    // share of the voices' characters held by the one who holds most: a profile or a speech report is one person's
    r.top,
    // going back to a person after another spoke, per voice: a story returns to its protagonist, a round moves on
    Math.min(1, r.returns / people),
    // share of the people named as a vox pop names passers-by (李先生, 小林): the ordinary people a reporter asks
    r.ordinary / people,
    // share of the paragraphs a voice opens: a person a paragraph is how a round of voices is laid out
    opened,
    // share of the people with their own words quoted: a vox pop quotes, a meeting report paraphrases
    r.quoted / people,
    // the old rule's cut-offs as soft ones (hinges: nothing below the knot, a growing penalty past it): a first
    // voice past the middle, one person past 70% of the words, voices opening under half the paragraphs
    Math.max(0, r.first - 0.5),
    Math.max(0, r.top - 0.7),
    Math.max(0, 0.5 - opened),
  ];
}

/**
 * The direction each feature may push, in the order of proseFeatures (the fit keeps every weight on its side or
 * at zero): more voices, more of the text theirs, passers-by, paragraphs opened and quotations speak for a
 * feature; a late first voice, one person's hold and returns to a protagonist against. A dev corpus this small
 * would otherwise take a chance pattern for a cue.
 */
const PROSE_SIGNS = [1, 1, -1, -1, -1, 1, 1, 1, -1, -1, -1] as const;


/** The hand-set rule family the model replaced (three ways the voices carry a text), for comparison. */
type Rule = number[];
function ruleSays(p: ProseReading, [people, share, ordinary, ordinaryShare, first, top, rshare, opened]: Rule): boolean {
  const sh = p.statements / p.sentences;
  const round = p.returns === 0 && p.first <= first! && p.top <= top! && sh >= rshare! && p.opened >= 2 && p.opened >= opened! * p.paragraphs && p.quoted >= 1 && p.officials < p.people;
  return p.officials * 2 <= p.people && ((p.people >= people! && sh >= share! && p.returns <= 1) || (p.ordinary >= ordinary! && sh >= ordinaryShare!) || round);
}
function* rules(): Generator<Rule> {
  for (const a of [3, 4, 5, 6]) for (const b of [0.15, 0.2, 0.25, 0.3]) for (const c of [2, 3, 4]) for (const d of [0.1, 0.2, 0.3])
    for (const e of [0.3, 0.4, 0.5, 0.6, 0.7]) for (const f of [0.6, 0.7, 0.8, 0.9]) for (const g of [0.15, 0.2, 0.3]) for (const h of [0.2, 0.3, 0.4, 0.5]) yield [a, b, c, d, e, f, g, h];
}
/** The rule of the family with the least cost on the rows (ties: the first in the grid's order). */
function fitRule(rows: readonly Row[]): Rule {
  let best: Rule = [];
  let cost = Infinity;
  const asked = rows.filter((r) => r.reading);
  for (const rule of rules()) {
    let c = 0;
    for (const r of asked) {
      const d = ruleSays(r.reading!, rule);
      if (d && !r.truth) c += FP_WEIGHT;
      else if (!d && r.truth) c += 1;
      if (c >= cost) break;
    }
    if (c < cost) {
      cost = c;
      best = rule;
    }
  }
  return best;
}

/** A false positive costs this many misses. */
const FP_WEIGHT = 4;
const L2 = Number(process.env.FIT_L2 ?? 0.1);
const STEPS = 4000;
const RATE = 0.3;

interface Row {
  batch: string;
  file: string;
  truth: boolean;
  /** The label formats' verdict (the model is not asked when true). */
  byLabels: boolean;
  /** Features when the model decides the page, else null. */
  x: number[] | null;
  /** The reading itself, for the rule family the model replaced (FIT_RULES=1). */
  reading: ProseReading | null;
  /** The verdict of the code without the framed round: the label formats, the prose rule, the layout. */
  before: boolean;
  /** The layout and the framing read when the prose rule and the layout refused (prose-judge.ts), else null. */
  round: VoiceRound | null;
  framing: Framing | null;
  prose: ProseReading | null;
  summary: string;
}

async function readRows(dir: string): Promise<Row[]> {
  const key = await readKey(dir);
  const rows: Row[] = [];
  for (const e of key) {
    if (e.edge) continue;
    // (read as the CLI reads a file: scripts/cli/input.ts)
    const input = await loadInput(join(dir, e.file));
    const text = input.paragraphs.join('\n');
    await input.close();
    const { judgement } = parseBlocks(blocksFromText(text), { fromDocument: false });
    const byLabels = judgement.detected && !judgement.byProse;
    const p = judgement.prose;
    // (the gates: two named people at least, officials in office not most of them)
    const x = !byLabels && p && p.people >= 2 && p.sentences > 0 && p.officials * 2 <= p.people ? proseFeatures(p) : null;
    const summary = p ? `people ${p.people} share ${(p.statements / Math.max(1, p.sentences)).toFixed(2)} first ${p.first.toFixed(2)} top ${p.top.toFixed(2)} ret ${p.returns} ord ${p.ordinary} open ${p.opened}/${p.paragraphs} q ${p.quoted} off ${p.officials}` : '';
    const round = judgement.framing && judgement.round ? judgement.round : null;
    const before = byLabels || !!p?.ok || (!!p && !!judgement.round && isVoiceRound(p, judgement.round));
    rows.push({ batch: basename(dir), file: e.file, truth: e.roundtable, byLabels, x, reading: x ? p! : null, before, round, framing: judgement.framing ?? null, prose: p ?? null, summary });
  }
  return rows;
}

interface Model {
  weights: number[];
  bias: number;
}

/** The fit on standardised features (prose weights kept on their expected sides); the weights returned on the raw scale. */
function fit(rows: readonly Row[]): Model {
  const data = rows.filter((r) => r.x) as (Row & { x: number[] })[];
  const fitted = fitLogistic(
    data.map((r) => r.x),
    data.map((r) => r.truth),
    { l2: L2, fpWeight: FP_WEIGHT, steps: STEPS, rate: RATE, signs: PROSE_SIGNS },
  );
  const { w, b, mean, sd } = fitted;
  const weights = w.map((v, j) => v / sd[j]!);
  let bias = b - w.reduce((acc, v, j) => acc + (v * mean[j]!) / sd[j]!, 0);
  // precision first: the cut moves above every training negative's score (no training false positive), when asked
  if (process.env.FIT_STRICT !== '0') {
    const worst = Math.max(...data.filter((r) => !r.truth).map((r) => r.x.reduce((acc, v, j) => acc + v * weights[j]!, bias)));
    if (worst > 0) bias -= worst + 1e-6;
  }
  return { weights, bias };
}

function verdict(r: Row, m: Model): boolean {
  if (r.byLabels) return true;
  if (!r.x) return false;
  return r.x.reduce((acc, v, i) => acc + v * m.weights[i]!, m.bias) > 0;
}

function score(rows: readonly Row[], decide: (r: Row) => boolean): { tp: number; fp: number; fn: number; tn: number; fps: string[]; fns: string[] } {
  const out = { tp: 0, fp: 0, fn: 0, tn: 0, fps: [] as string[], fns: [] as string[] };
  for (const r of rows) {
    const d = decide(r);
    if (d && r.truth) out.tp++;
    else if (d) {
      out.fp++;
      out.fps.push(`${r.batch}/${r.file}`);
    } else if (r.truth) {
      out.fn++;
      out.fns.push(`${r.batch}/${r.file}`);
    } else out.tn++;
  }
  return out;
}

function line(name: string, s: ReturnType<typeof score>): string {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const rc = s.tp / Math.max(1, s.tp + s.fn);
  const f1 = (2 * p * rc) / Math.max(1e-9, p + rc);
  return `${name}: TP ${s.tp} FP ${s.fp} FN ${s.fn} TN ${s.tn} | P ${p.toFixed(3)} R ${rc.toFixed(3)} F1 ${f1.toFixed(3)}`;
}

type FrameRule = typeof FRAMED_ROUND;

/** The framed round's family, strictest first (a tie goes to the stricter rule). */
function* frameRules(): Generator<FrameRule> {
  // (voices 99: the layout-free path off; it is tried with its own share of the sentences and paragraphs headed)
  for (const strength of [2, 1]) for (const led of [0.5, 0.4, 0.3]) for (const share of [0.3, 0.25, 0.2, 0.15]) for (const top of [0.6, 0.7, 0.8]) for (const first of [0.5, 0.6, 0.7])
    for (const returns of [0, 1]) for (const voices of [99, 3, 2]) for (const spokenShare of voices === 99 ? [0.25] : [0.3, 0.25, 0.2]) for (const spokenTop of voices === 99 ? [0.7] : [0.6, 0.7])
      for (const heads of voices === 99 ? [1] : [1, 0]) yield { strength, led, share, top, first, returns, voices, spokenShare, spokenTop, heads };
}

function framedSays(r: Row, rule: FrameRule): boolean {
  return r.before || (!!r.reading && !!r.round && !!r.framing && isFramedRound(r.reading, r.round, r.framing.strength, rule));
}

/** The framed round's rule with the least cost on the rows (a false positive FP_WEIGHT misses). */
function fitFrameRule(rows: readonly Row[]): { rule: FrameRule; cost: number } {
  let best = { rule: { ...FRAMED_ROUND, strength: 99 }, cost: Infinity };
  for (const rule of frameRules()) {
    let c = 0;
    for (const r of rows) {
      const d = framedSays(r, rule);
      if (d && !r.truth) c += FP_WEIGHT;
      else if (!d && r.truth) c += 1;
    }
    if (c < best.cost) best = { rule, cost: c };
  }
  return best;
}

function totalsLine(name: string, t: { tp: number; fp: number; fn: number; tn: number; found: number; given: number; expected: number }): string {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const sp = t.found / Math.max(1, t.given);
  const sr = t.found / Math.max(1, t.expected);
  return `${name}: TP ${t.tp} FP ${t.fp} FN ${t.fn} TN ${t.tn} | P ${p.toFixed(3)} R ${r.toFixed(3)} | speakers ${t.found}/${t.expected} (given ${t.given}) F1 ${((2 * sp * sr) / Math.max(1e-9, sp + sr)).toFixed(3)}`;
}

/**
 * FIT_FRAME=1: the framed round (measure-voice-round.ts) leave-one-batch-out: each folder scored by the corpus harness
 * with the rule fitted on the other folders, against the code without the framed round (its strength out of reach).
 */
async function measureFraming(dirs: readonly string[], rows: readonly Row[]): Promise<void> {
  const saved = { ...FRAMED_ROUND };
  const sum = () => ({ tp: 0, fp: 0, fn: 0, tn: 0, found: 0, given: 0, expected: 0 });
  const pooled = { before: sum(), after: sum() };
  const one = (t: Totals) => ({ tp: t.truePositives, fp: t.falsePositives, fn: t.falseNegatives, tn: t.trueNegatives, found: t.speakersFound, given: t.speakersGiven, expected: t.speakersWanted });
  const add = (a: ReturnType<typeof sum>, t: Totals) => {
    const o = one(t);
    a.tp += o.tp; a.fp += o.fp; a.fn += o.fn; a.tn += o.tn;
    a.found += o.found; a.given += o.given; a.expected += o.expected;
  };
  for (const dir of dirs) {
    const b = basename(dir);
    const { rule, cost } = fitFrameRule(rows.filter((r) => r.batch !== b));
    Object.assign(FRAMED_ROUND, { ...saved, strength: 99 });
    const before = (await runCorpus(dir)).totals;
    Object.assign(FRAMED_ROUND, rule);
    const after = (await runCorpus(dir)).totals;
    add(pooled.before, before);
    add(pooled.after, after);
    console.log(`${b}: rule ${JSON.stringify(rule)} (training cost ${cost})`);
    console.log(`  ${totalsLine('before', one(before))}`);
    console.log(`  ${totalsLine('after ', one(after))}`);
  }
  Object.assign(FRAMED_ROUND, saved);
  console.log(totalsLine('POOLED left-out, before', pooled.before));
  console.log(totalsLine('POOLED left-out, after ', pooled.after));
  const all = fitFrameRule(rows);
  console.log(`fit on all: ${JSON.stringify(all.rule)} (cost ${all.cost}; the code's: ${JSON.stringify(saved)})`);
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  const rows = (await Promise.all(dirs.map(readRows))).flat();
  if (process.env.FIT_FRAME_GAINS) {
    for (const r of rows.filter((x) => !x.before && framedSays(x, FRAMED_ROUND))) console.log(`${r.truth ? 'POS' : 'neg'}\t${r.batch}/${r.file.slice(0, 40)}\t${r.framing!.cues.join(' | ')}`);
    return;
  }
  if (process.env.FIT_FRAME_DUMP) {
    for (const r of rows.filter((x) => x.framing)) console.log(`${r.truth ? 'POS' : 'neg'}\t${r.batch}/${r.file.slice(0, 40)}\t${r.summary}\tled ${r.round!.led}/${r.round!.body} leaders ${r.round!.leaders} spoken ${countSpokenVoices(r.prose!)}\tstrength ${r.framing!.strength}\t${r.framing!.cues.join(' | ')}`);
    return;
  }
  if (process.env.FIT_FRAME) {
    await measureFraming(dirs, rows);
    return;
  }
  const asked = rows.filter((r) => r.x);
  console.log(`${rows.length} pages, ${rows.filter((r) => r.byLabels).length} found by the label formats, ${asked.length} put to the model (${asked.filter((r) => r.truth).length} features)`);
  if (process.env.FIT_DUMP) for (const r of asked) console.log(`${r.truth ? 'POS' : 'neg'}\t${r.batch}/${r.file}\t${r.summary}\t${r.x!.map((v) => v.toFixed(2)).join(' ')}`);
  console.log(line('the rule in code, on all', score(rows, (r) => r.byLabels || !!r.reading?.ok)));
  const batches = [...new Set(rows.map((r) => r.batch))];
  const held: Row[] = [];
  const decisions = new Map<Row, boolean>();
  for (const b of batches) {
    const m = fit(rows.filter((r) => r.batch !== b));
    const test = rows.filter((r) => r.batch === b);
    for (const r of test) decisions.set(r, verdict(r, m));
    held.push(...test);
    console.log(line(`held out ${b}`, score(test, (r) => decisions.get(r)!)), '| w', m.weights.map((v) => v.toFixed(2)).join(' '), 'b', m.bias.toFixed(2));
  }
  const pooled = score(held, (r) => decisions.get(r)!);
  if (process.env.FIT_RULES !== '0') {
    const ruled = new Map<Row, boolean>();
    for (const b of batches) {
      const rule = fitRule(rows.filter((r) => r.batch !== b));
      for (const r of rows.filter((x) => x.batch === b)) ruled.set(r, r.byLabels || (!!r.reading && ruleSays(r.reading, rule)));
      console.log(`  rule fitted without ${b}: ${rule.join(' ')}`);
    }
    const rs = score(held, (r) => ruled.get(r)!);
    console.log(line('POOLED held-out folds, the rule family it replaced', rs));
    console.log(`  false positives: ${rs.fps.join(', ') || 'none'}`);
    const both = score(held, (r) => ruled.get(r)! && decisions.get(r)!);
    console.log(line('POOLED held-out folds, rule and model', both));
    console.log(`  false positives: ${both.fps.join(', ') || 'none'}`);
    const either = score(held, (r) => ruled.get(r)! || decisions.get(r)!);
    console.log(line('POOLED held-out folds, rule or model', either));
  }
  console.log(line('POOLED held-out folds', pooled));
  console.log(`  false positives: ${pooled.fps.join(', ') || 'none'}`);
  const all = fit(rows);
  console.log(line('fit on all, on all', score(rows, (r) => verdict(r, all))));
  console.log(`  weights: [${all.weights.map((v) => v.toFixed(2)).join(', ')}], bias: ${all.bias.toFixed(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
