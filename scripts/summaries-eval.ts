/**
 * `node --import tsx scripts/summaries-eval.ts ITEMS.json [ITEMS.json…] [--show] [--out RESULTS.json] [--figures N] [--no-context] [--asks-keys DIR] [--asks-detail]`
 *
 * Scores speaker gists against one-line human references. ITEMS.json is an array of
 * `{file, speaker, statement, reference, best}` (statement: one string, paragraphs split by newlines, or
 * an array of paragraphs; best: the sentence a careful reader picks, the ceiling). Each gist is scored
 * with ROUGE-1 and ROUGE-L F1 on characters (punctuation ignored) beside LEAD-1 (the statement's first
 * sentence), the reader's best pick, the best sentence by the score itself (the ceiling) and a random
 * sentence (fixed seed); the table ends with the means and a
 * bootstrap 95% interval for gist − LEAD-1. `--figures N` also prints a seeded sample of N figures for
 * judging by hand. Several sets are scored pooled, with a line per set. Each statement is summarised with
 * the topic or question DuBao finds for it on its page (`file`, beside the set; `--no-context`: without).
 * Items keyed with the speaker's requests (`asks`: verbatim request clauses; `maybe`: borderline ones, neither
 * missed nor wrong), or a key beside them (`--asks-keys DIR`: DIR/NAME.asks.json, one {asks, maybe} per item of
 * NAME.json, in order), also score the "asks for" lines: precision (lines that say a keyed request, of lines not
 * borderline) and recall (keyed requests some line says), per set and pooled; `--asks-detail` lists the misses.
 * The items stay outside the repo (third-party text).
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeStatement } from '../lib/understand/summarize';
import { dropPrintedGlosses } from '../lib/understand/summary/glosses';
import {
  bootstrapMeanDifference,
  computeMean,
  createRandom,
  scoreAsks,
  saysAsk,
  type AsksKey,
  type AsksScore,
  scoreRouge1,
  scoreRougeL,
  splitEvalSentences,
} from './summaries-eval/score';
import { readContexts } from './summaries-eval/context';

interface Item {
  file?: string;
  speaker?: string;
  statement: string | string[];
  reference: string;
  best?: string;
  asks?: string[];
  maybe?: string[];
}

type System = 'gist' | 'lead' | 'best' | 'oracle' | 'random';
const SYSTEMS: System[] = ['gist', 'lead', 'best', 'oracle', 'random'];

function paragraphsOf(statement: string | string[]): string[] {
  const list = Array.isArray(statement) ? statement : statement.split(/\n+/);
  return list.map((p) => p.trim()).filter(Boolean);
}

// the baselines and the ceiling are read as the gist is shown: without a converter's pinyin glosses ("應(yīng)加強"), which
// would otherwise count as characters against them and flatter a gist shown without them
function sentencesOf(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p) => splitEvalSentences(dropPrintedGlosses(p)));
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a, i) => !a.startsWith('--') && !['--out', '--figures', '--asks-keys'].includes(argv[i - 1]!));
  const path = paths[0];
  if (!path) {
    console.error('usage: summaries-eval ITEMS.json [--show] [--out RESULTS.json] [--figures N]');
    return 2;
  }
  const show = argv.includes('--show');
  const outAt = argv.indexOf('--out');
  const sets = paths.map((p) => ({ name: p.split('/').pop()!, items: JSON.parse(readFileSync(p, 'utf8')) as Item[] }));
  const items = sets.flatMap((set) => set.items);
  // the asks key of each item: its own fields, or the key file beside (--asks-keys DIR)
  const keysAt = argv.indexOf('--asks-keys');
  const asksKeys: (AsksKey | null)[] = sets.flatMap((set) => {
    const file = keysAt >= 0 ? join(argv[keysAt + 1]!, set.name.replace(/\.json$/, '.asks.json')) : null;
    const side = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AsksKey[]) : null;
    if (side && side.length !== set.items.length) throw new Error(`${file}: ${side.length} keys for ${set.items.length} items`);
    return set.items.map((item, k) => side?.[k] ?? (item.asks ? { asks: item.asks, maybe: item.maybe } : null));
  });
  // each item named by its set and its number there, for the detail lines
  const labels = sets.flatMap((set) => set.items.map((_, k) => `${set.name.replace(/\.json$/, '')}#${k + 1}`));
  const asksScores: (AsksScore | null)[] = [];
  const asksDetail: string[] = [];
  // the topic or host's question each statement answers, as the sidebar reads it from the page (--no-context: none)
  const contexts = argv.includes('--no-context')
    ? items.map(() => ({}))
    : (await Promise.all(sets.map((set, k) => readContexts(paths[k]!, set.items.map((item) => ({ file: item.file, paragraphs: paragraphsOf(item.statement) })))))).flat();
  const random = createRandom(42);
  const scores: Record<System, { r1: number[]; rl: number[] }> = {
    gist: { r1: [], rl: [] },
    lead: { r1: [], rl: [] },
    best: { r1: [], rl: [] },
    oracle: { r1: [], rl: [] },
    random: { r1: [], rl: [] },
  };
  const results: unknown[] = [];
  let gistIsLead = 0;
  // the gist scores as well as the best sentence (the ceiling), per statement
  const gistIsBest: boolean[] = [];
  console.log(`${pad('#', 4)}${pad('speaker', 10)} gist R1/RL   lead R1/RL   best R1/RL   orcl R1/RL   rand R1/RL  sents`);
  items.forEach((item, i) => {
    const paragraphs = paragraphsOf(item.statement);
    const sentences = sentencesOf(paragraphs);
    const summary = summarizeStatement(paragraphs, contexts[i]);
    const picks: Record<System, string> = {
      gist: summary.gist ?? '',
      lead: sentences[0] ?? '',
      best: item.best ?? '',
      // the ceiling: the sentence that scores highest against the reference (known only with the reference)
      oracle: sentences.reduce((top, x) => (scoreRouge1(x, item.reference) > scoreRouge1(top, item.reference) ? x : top), sentences[0] ?? ''),
      random: sentences[Math.floor(random() * sentences.length)] ?? '',
    };
    const squash = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    if (picks.gist && squash(picks.lead).includes(squash(picks.gist))) gistIsLead++;
    gistIsBest.push(scoreRouge1(picks.gist, item.reference) >= scoreRouge1(picks.oracle, item.reference) - 1e-9);
    const row: string[] = [];
    for (const sys of SYSTEMS) {
      const r1 = scoreRouge1(picks[sys], item.reference);
      const rl = scoreRougeL(picks[sys], item.reference);
      scores[sys].r1.push(r1);
      scores[sys].rl.push(rl);
      row.push(`${r1.toFixed(2)}/${rl.toFixed(2)}`);
    }
    console.log(`${pad(String(i + 1), 4)}${pad(item.speaker ?? '', 10)} ${row.join('    ')}  ${sentences.length}`);
    if (show) {
      console.log(`      ref:  ${item.reference}\n      gist: ${picks.gist}\n      best: ${picks.best}`);
      if (summary.asks?.length) console.log(`      asks: ${summary.asks.join(' | ')}`);
    }
    const key = asksKeys[i];
    if (key) {
      const lines = summary.asks ?? [];
      asksScores.push(scoreAsks(lines, key));
      for (const line of lines)
        if (!key.asks.some((a) => saysAsk(line, a)) && !(key.maybe ?? []).some((a) => saysAsk(line, a))) asksDetail.push(`${labels[i]}\twrong\t${line}`);
      for (const a of key.asks) if (!lines.some((line) => saysAsk(line, a))) asksDetail.push(`${labels[i]}\tmissed\t${a}`);
    } else asksScores.push(null);
    results.push({ ...item, gist: picks.gist, lead: picks.lead, random: picks.random, summary });
  });
  const n = items.length;
  // a gist may show two adjacent sentences (widen-gist.ts): the best sentence is then no upper bound, the best
  // sentence or pair of adjacent sentences of one paragraph is
  const pairCeiling = items.map((item) => {
    const best = paragraphsOf(item.statement).flatMap((p) => {
      const s = splitEvalSentences(dropPrintedGlosses(p));
      return [...s, ...s.slice(1).map((x, i) => s[i]! + x)];
    });
    return Math.max(0, ...best.map((x) => scoreRouge1(x, item.reference)));
  });
  if (sets.length > 1) {
    console.log('');
    let at = 0;
    for (const set of sets) {
      const span = (sys: System) => scores[sys].r1.slice(at, at + set.items.length);
      const [g, l, o] = (['gist', 'lead', 'oracle'] as const).map((sys) => computeMean(span(sys)));
      const best = gistIsBest.slice(at, at + set.items.length).filter(Boolean).length;
      console.log(
        `${pad(set.name, 20)} n=${set.items.length}  gist ${g!.toFixed(3)}  LEAD-1 ${l!.toFixed(3)} (${g! - l! >= 0 ? '+' : ''}${(g! - l!).toFixed(3)})  ceiling ${o!.toFixed(3)} (${(g! / o!).toFixed(3)})  gist is the best sentence in ${best}`,
      );
      at += set.items.length;
    }
  }
  console.log(`\n${n} statements${sets.length > 1 ? ` in ${sets.length} sets, pooled` : ''}; the gist is (within) the first sentence in ${gistIsLead}, scores as the best sentence in ${gistIsBest.filter(Boolean).length}`);
  console.log(`${pad('gist chosen by', 16)} ROUGE-1 F1  ROUGE-L F1`);
  for (const sys of SYSTEMS) {
    console.log(`${pad(sys, 16)} ${computeMean(scores[sys].r1).toFixed(3)}       ${computeMean(scores[sys].rl).toFixed(3)}`);
  }
  for (const metric of ['r1', 'rl'] as const) {
    const d = bootstrapMeanDifference(scores.gist[metric], scores.lead[metric]);
    const ratio = computeMean(scores.gist[metric]) / (computeMean(scores.best[metric]) || 1);
    const ofOracle = computeMean(scores.gist[metric]) / (computeMean(scores.oracle[metric]) || 1);
    const name = metric === 'r1' ? 'ROUGE-1' : 'ROUGE-L';
    console.log(
      `${name}: gist − LEAD-1 = ${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(3)} (95% bootstrap ${d.low.toFixed(3)} … ${d.high.toFixed(3)}); gist / best pick = ${ratio.toFixed(3)}; gist / best sentence (ceiling) = ${ofOracle.toFixed(3)}`,
    );
  }
  console.log(
    `ROUGE-1 of the best sentence or two adjacent sentences: ${computeMean(pairCeiling).toFixed(3)}; gist / that = ${(computeMean(scores.gist.r1) / (computeMean(pairCeiling) || 1)).toFixed(3)}`,
  );
  if (asksScores.some(Boolean)) {
    const describe = (list: (AsksScore | null)[]) => {
      const keyed = list.filter((x): x is AsksScore => x !== null);
      const sum = (k: keyof AsksScore) => keyed.reduce((t, x) => t + x[k], 0);
      const [right, wrong, found, missed] = (['right', 'wrong', 'found', 'missed'] as const).map(sum) as [number, number, number, number];
      const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(3) : '—');
      return `${keyed.length} keyed statements: lines right ${right}, wrong ${wrong} (precision ${ratio(right, right + wrong)}); requests found ${found} of ${found + missed} (recall ${ratio(found, found + missed)})`;
    };
    console.log('\nasks for:');
    let at = 0;
    if (sets.length > 1)
      for (const set of sets) {
        console.log(`  ${pad(set.name, 20)} ${describe(asksScores.slice(at, at + set.items.length))}`);
        at += set.items.length;
      }
    console.log(`  ${pad(sets.length > 1 ? 'pooled' : sets[0]!.name, 20)} ${describe(asksScores)}`);
    if (argv.includes('--asks-detail')) for (const d of asksDetail) console.log(`  ${d}`);
  }
  if (outAt >= 0 && argv[outAt + 1]) writeFileSync(argv[outAt + 1]!, JSON.stringify(results, null, 1));
  const figAt = argv.indexOf('--figures');
  if (figAt >= 0) {
    const figures = items.flatMap((item, i) => summarizeStatement(paragraphsOf(item.statement), contexts[i]).figures.map((f) => `${i + 1}\t${f}`));
    const want = Math.min(Number(argv[figAt + 1]) || 50, figures.length);
    const pick = createRandom(7);
    const chosen = new Set<number>();
    while (chosen.size < want) chosen.add(Math.floor(pick() * figures.length));
    console.log(`\n${want} of ${figures.length} figures (item, clause):`);
    [...chosen].sort((a, b) => a - b).forEach((k, j) => console.log(`${j + 1}\t${figures[k]}`));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
