/**
 * Stage 4 of the parser: judge what the walk found. A feature has two or more distinct voices who say
 * something (three when all are "X说：“…”" quotes a story might hold), and is none of the look-alikes: an
 * interview (one answerer, however many questions or outlets ask), a programme (roles and names, nobody
 * speaks). Its kind follows from its frame; the cues that decided are kept as evidence.
 */
import type { FeatureKind } from '../outline';
import type { Item, StatementBuild, TopicBuild } from './feature-items';
import { judgeRoundup } from './judge-roundup';
import type { Walk } from './walk-speakers';

const SPEECH_PUNCT = /[。！？!?…]/;

export interface Check {
  /** What was counted or tested, in words. */
  cue: string;
  value: number;
  /** The threshold, in words ("≥ 2"). */
  need: string;
  ok: boolean;
}

export interface Judgement {
  detected: boolean;
  kind: FeatureKind | null;
  /** The cues that decided, short ("4 speaker labels", "2 topic headers", "reporter bylines"). */
  evidence: string[];
  /** Every test made, with its threshold, for `--explain`. */
  checks: Check[];
}

/** Counts of the line cues in the framed flow. */
function countCues(items: readonly Item[]) {
  const c = { labels: 0, said: 0, reported: 0, loose: 0, attributions: 0, hosts: 0, markers: 0, implicitTitles: 0, programme: 0 };
  for (const it of items) {
    if (it.merged) continue;
    if (it.programme) c.programme++;
    else if (it.kind === 'attribution') c.attributions++;
    else if (it.kind === 'label' && it.host) c.hosts++;
    else if (it.kind === 'label' && it.said) {
      c.said++;
      if (it.reported) c.reported++;
    }
    else if (it.kind === 'label' && it.loose) c.loose++;
    else if (it.kind === 'label' && (it.evidence ?? 0) >= 2) c.labels++;
    else if (it.kind === 'marker' || (it.kind === 'topic' && !it.implicit)) c.markers++;
    else if (it.kind === 'topic') c.implicitTitles++;
  }
  return c;
}

function saysSomething(text: string): boolean {
  return SPEECH_PUNCT.test(text) || (text.length >= 40 && /[，,]/.test(text));
}

function whoOf(s: StatementBuild): string {
  return s.speaker.name ?? s.speaker.role ?? '';
}

/** A block that only asks ("路透社：请问…？"): an outlet's question, not a voice. */
function onlyAsks(s: StatementBuild): boolean {
  // a quotation signed below ("“……怎么说拆就拆了呢？”" then "——某某说") is the speaker's own question
  if (s.attributed) return false;
  return s.paragraphs.every((p) => /[？?][”」』]?$/.test(p.trim()));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Per-speaker headlines ("利好堆积市场或将企稳" over each analyst) are not topic sections: when every
 * section is an implicit title holding one voice, the feature has no sections.
 */
export function mergePerSpeakerTitles(topics: TopicBuild[]): TopicBuild[] {
  const perSpeaker = topics.length >= 3 && topics.every((t) => t.implicit && t.statements.length === 1);
  if (!perSpeaker) return topics;
  return [{ title: null, titleEl: null, implicit: true, statements: topics.flatMap((t) => t.statements) }];
}

export function judgeFeature(walk: Walk, items: readonly Item[]): Judgement {
  const cues = countCues(items);
  const statements = walk.topics.flatMap((t) => t.statements).filter((s) => !s.host);
  const asking = statements.filter(onlyAsks);
  // weak labels (no role, no name shape) may split a feature's text but never make one
  // (a page's excerpt may cut the last voice short: clauses of some length are speech too)
  const speaking = statements.filter((s) => s.evidence >= 2 && !onlyAsks(s) && saysSomething(s.paragraphs.join('')));
  const turns = new Map<string, number>();
  for (const s of speaking) turns.set(whoOf(s), (turns.get(whoOf(s)) ?? 0) + 1);
  // people named in the reporter's sentences ("江某表示，…") count only as a round-up (judge-roundup.ts)
  const labelled = speaking.filter((s) => !s.reported);
  const distinct = new Set(labelled.map(whoOf)).size;
  const roundup = judgeRoundup(speaking, items);
  // a story may quote two people as "X说：“…”" paragraphs; a vox pop gathers three or more
  const onlySaid = labelled.length > 0 && labelled.every((s) => s.said);
  const need = onlySaid ? 3 : 2;
  const top = Math.max(0, ...turns.values());
  const asked = cues.hosts + walk.questions + asking.length;
  // one person answers every question (an interview, a press conference): at most one other voice, and
  // a passing one; a panel where one guest talks most still has two or more others
  const oneAnswerer = asked >= 2 && top >= 3 && turns.size <= 2 && top >= 3 * (speaking.length - top);
  const programme = cues.programme >= 3 && cues.programme >= speaking.length;
  // "国家统计局：10月CPI上涨0.3%。" line after line: news briefs from institutions, nobody speaks at length
  const briefs = speaking.length >= 2 && speaking.every((s) => s.speaker.name === null && s.paragraphs.length === 1 && s.paragraphs[0]!.length <= 60);

  const checks: Check[] = [
    roundup.reported
      ? { cue: `distinct voices (${distinct} labelled; or a round-up: ${roundup.people} people, ${roundup.reported} named in the reporter's sentences, opening ${roundup.voiceParagraphs} of ${roundup.paragraphs} paragraphs)`, value: distinct, need: `≥ ${need}, or ≥ 3 people with ≥ 2 reported opening ≥ 40% of the paragraphs, or 2 reported people carrying every paragraph after the first`, ok: distinct >= need || roundup.ok }
      : { cue: onlySaid ? 'distinct voices (all "X说：“…”" quotes)' : 'distinct voices who say something', value: distinct, need: `≥ ${need}`, ok: distinct >= need },
    { cue: 'turns of the voice who speaks most, against all others', value: top, need: `< 3× the others' (${speaking.length - top}) when questions are asked (${asked}) and one other voice at most`, ok: !oneAnswerer },
    { cue: 'programme lines (主持人/评论人：names, no speech)', value: cues.programme, need: `< 3 or fewer than the voices (${speaking.length})`, ok: !programme },
    { cue: 'voices that are a person, or speak at length (not one-line briefs from institutions)', value: speaking.filter((s) => s.speaker.name !== null || s.paragraphs.length > 1 || s.paragraphs[0]!.length > 60).length, need: '≥ 1', ok: !briefs },
  ];
  const detected = checks.every((c) => c.ok);

  const titled = walk.topics.filter((t) => t.title !== null);
  const explicitSections = titled.filter((t) => !t.implicit).length;
  let kind: FeatureKind | null = null;
  if (detected) {
    if (explicitSections >= 2) kind = 'roundtable';
    else if (cues.hosts + walk.questions >= 1) kind = 'panel';
    else if (titled.length >= 2) kind = 'roundtable';
    else kind = 'voices';
  }

  const evidence: string[] = [];
  if (cues.labels) evidence.push(plural(cues.labels, 'speaker label'));
  if (cues.loose) evidence.push(plural(cues.loose, 'speaker line without a colon', 'speaker lines without a colon'));
  if (cues.attributions) evidence.push(plural(cues.attributions, '"——" attribution'));
  if (cues.said - cues.reported > 0) evidence.push(plural(cues.said - cues.reported, 'vox-pop quote'));
  if (cues.reported) evidence.push(plural(cues.reported, 'paragraph opened by a person and a verb of saying', 'paragraphs opened by a person and a verb of saying'));
  if (explicitSections) evidence.push(plural(explicitSections, 'topic header'));
  else if (titled.length >= 2) evidence.push(plural(titled.length, 'section title'));
  if (cues.hosts) evidence.push(plural(cues.hosts, 'host line'));
  if (walk.questions - cues.hosts > 0) evidence.push(plural(walk.questions - cues.hosts, 'interviewer question'));
  if (walk.bylines) evidence.push('reporter bylines');
  if (!detected) {
    if (distinct < need && !roundup.ok) evidence.push(`${plural(distinct, 'voice')} (${need} needed)`);
    if (oneAnswerer) evidence.push('one answerer to every question');
    if (programme) evidence.push(plural(cues.programme, 'programme line'));
    if (briefs) evidence.push('one-line briefs from institutions');
  }
  return { detected, kind, evidence, checks };
}
