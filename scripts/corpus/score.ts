/**
 * Scoring a corpus of pages against its answer key (the shape of ../shared/fixtures/real-pages/key.json):
 * pure functions from an outline and a key entry to a page's score, and from page scores to totals.
 * `npm run corpus` and the corpus tests share them, so a printed number is the tested number.
 */
import type { Outline } from '../../lib/outline';

export interface KeySpeaker {
  name: string | null;
  role: string | null;
}

/** One page of a corpus key. Fields other than these (source, site, note…) are kept but not read. */
export interface KeyEntry {
  file: string;
  /** Whether the page carries a multi-speaker feature. */
  roundtable: boolean;
  speakers?: KeySpeaker[];
  /** Arguable either way: reported, not scored. */
  edge?: boolean;
}

export interface PageScore {
  file: string;
  edge: boolean;
  expected: boolean;
  /** The full parse's verdict (what `npm run analyze` prints). */
  detected: boolean;
  /** The per-page check's verdict (what lights the badge); the parse's verdict for text input. */
  pageCheck: boolean;
  /** Both verdicts match the key: a page one surface gets wrong is wrong. */
  right: boolean;
  /** Key speakers found (name exact; a key speaker without a name is matched by its role). */
  found: number;
  /** Speakers in the key. */
  wanted: number;
  /** Speakers the engine gave (distinct; none when not detected). */
  given: number;
  /** Of the speakers found, those whose role is exactly the key's. */
  rolesExact: number;
  /** Key speakers not found, and speakers given that are not in the key, for the report. */
  missed: string[];
  extra: string[];
  /** Anything else the runner saw (e.g. the page check and the full parse disagree). */
  notes: string[];
  ms: number;
  /** On a page the product does not detect: the people read on request (key speakers found, in the key, given). */
  onRequest?: { found: number; wanted: number; given: number };
}

export interface Totals {
  pages: number;
  scored: number;
  edge: number;
  /** Detection over scored pages. */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  detectionPrecision: number;
  detectionRecall: number;
  /** Speakers on scored pages that carry a feature: in the key, given by the engine, found (both). */
  speakersWanted: number;
  speakersGiven: number;
  speakersFound: number;
  /** Speakers over scored pages that carry a feature (micro-averaged). */
  speakerPrecision: number;
  speakerRecall: number;
  speakerF1: number;
  /** Roles exact among the speakers found on scored pages. */
  rolesExact: number;
  /** Speakers given on scored pages that carry no feature. */
  speakersOnNegatives: number;
  ms: number;
  /** Read on request where the product detects nothing: on the features it missed, and people named on negatives. */
  onRequest: { found: number; wanted: number; given: number; onNegatives: number };
}

/** How a speaker is told apart: its name; a speaker without one (an organisation) by its role. */
export function speakerKey(s: KeySpeaker): string {
  return s.name !== null ? `n:${s.name}` : `r:${s.role ?? ''}`;
}

function describe(s: KeySpeaker): string {
  return s.name ?? `(${s.role ?? '?'})`;
}

/** What scoring reads of an outline (a page the check rejected has no outline: `{ detected: false, topics: [] }`). */
export type ScoredOutline = Pick<Outline, 'detected' | 'topics'>;

/** The distinct speakers of an outline in order of appearance; none when nothing was detected. */
export function outlineSpeakers(outline: ScoredOutline): KeySpeaker[] {
  if (!outline.detected) return [];
  const seen = new Set<string>();
  const out: KeySpeaker[] = [];
  for (const topic of outline.topics) {
    for (const statement of topic.statements) {
      const s = { name: statement.speaker.name, role: statement.speaker.role };
      const k = speakerKey(s);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/**
 * A second key read as if it were the engine's answer, so two people's keys are compared by the very scoring
 * that scores the engine (`npm run corpus -- DIR --against OTHER.json`: how far two careful readers agree).
 */
export function outlineFromKey(entry: KeyEntry | undefined): ScoredOutline {
  if (!entry?.roundtable) return { detected: false, topics: [] };
  const statements = (entry.speakers ?? []).map((s) => ({
    speaker: { name: s.name, role: s.role },
    reporter: null,
    paragraphs: [],
    summary: { gist: null, points: [], figures: [], cites: [] },
  }));
  return { detected: true, topics: [{ title: null, statements }] };
}

export interface PageRun {
  /** The per-page check's verdict, when it differs from the parse's input (HTML pages). */
  pageCheck?: boolean;
  ms?: number;
  notes?: string[];
}

/** Scores one page: the engine's outline (full parse) and the page check against the key's entry. */
export function scorePage(entry: KeyEntry, outline: ScoredOutline, run: PageRun = {}): PageScore {
  const pageCheck = run.pageCheck ?? outline.detected;
  const wantedList = entry.roundtable ? (entry.speakers ?? []) : [];
  const givenList = outlineSpeakers(outline);
  // each speaker given answers one key entry at most: a key may list three people named 陳先生, and the outline's
  // speakers are distinct by name, so one 陳先生 given is one found (precision stays ≤ 1)
  const unmatched = [...givenList];
  const sameName = (g: KeySpeaker, w: KeySpeaker) => speakerKey(g) === speakerKey(w);
  const sameRole = (g: KeySpeaker, w: KeySpeaker) => (g.role ?? '') === (w.role ?? '');
  // first every pairing of name and role, then the names alone (so a role-exact pair is never taken by another entry)
  const pairs = new Map<number, KeySpeaker>();
  for (const exact of [true, false]) {
    wantedList.forEach((w, n) => {
      if (pairs.has(n)) return;
      const i = unmatched.findIndex((g) => sameName(g, w) && (!exact || sameRole(g, w)));
      if (i >= 0) pairs.set(n, unmatched.splice(i, 1)[0]!);
    });
  }
  let found = 0;
  let rolesExact = 0;
  const missed: string[] = [];
  wantedList.forEach((w, n) => {
    const g = pairs.get(n);
    if (!g) {
      missed.push(describe(w));
      return;
    }
    found++;
    // a key writes "no role" as "" (corpus README) or null; the outline as null
    if (sameRole(g, w)) rolesExact++;
  });
  const extra = unmatched.map(describe);
  return {
    file: entry.file,
    edge: entry.edge === true,
    expected: entry.roundtable,
    detected: outline.detected,
    pageCheck,
    right: outline.detected === entry.roundtable && pageCheck === entry.roundtable,
    found,
    wanted: wantedList.length,
    given: givenList.length,
    rolesExact,
    missed,
    extra,
    notes: run.notes ?? [],
    ms: run.ms ?? 0,
  };
}

/** a ÷ b, or 1 when there was nothing to get wrong (0 ÷ 0). */
function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Totals over the scored (non-edge) pages. Detection counts a page right only when both verdicts are. */
export function totalScores(pages: readonly PageScore[]): Totals {
  const scored = pages.filter((p) => !p.edge);
  const count = (f: (p: PageScore) => boolean) => scored.filter(f).length;
  const truePositives = count((p) => p.expected && p.right);
  const falsePositives = count((p) => !p.expected && !p.right);
  const falseNegatives = count((p) => p.expected && !p.right);
  const trueNegatives = count((p) => !p.expected && p.right);
  const positives = scored.filter((p) => p.expected);
  const found = positives.reduce((n, p) => n + p.found, 0);
  const wanted = positives.reduce((n, p) => n + p.wanted, 0);
  const given = positives.reduce((n, p) => n + p.given, 0);
  const speakerPrecision = ratio(found, given);
  const speakerRecall = ratio(found, wanted);
  const sum = speakerPrecision + speakerRecall;
  return {
    pages: pages.length,
    scored: scored.length,
    edge: pages.length - scored.length,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    speakersWanted: wanted,
    speakersGiven: given,
    speakersFound: found,
    detectionPrecision: ratio(truePositives, truePositives + falsePositives),
    detectionRecall: ratio(truePositives, truePositives + falseNegatives),
    speakerPrecision,
    speakerRecall,
    speakerF1: sum === 0 ? 0 : (2 * speakerPrecision * speakerRecall) / sum,
    rolesExact: ratio(
      positives.reduce((n, p) => n + p.rolesExact, 0),
      found,
    ),
    speakersOnNegatives: scored.filter((p) => !p.expected).reduce((n, p) => n + p.given, 0),
    ms: pages.reduce((n, p) => n + p.ms, 0),
    onRequest: {
      found: positives.reduce((n, p) => n + (p.onRequest?.found ?? 0), 0),
      wanted: positives.reduce((n, p) => n + (p.onRequest?.wanted ?? 0), 0),
      given: positives.reduce((n, p) => n + (p.onRequest?.given ?? 0), 0),
      onNegatives: scored.filter((p) => !p.expected).reduce((n, p) => n + (p.onRequest?.given ?? 0), 0),
    },
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
}

/** One line per page: verdict, speakers found/wanted (given), roles exact, time. */
export function formatPage(p: PageScore): string {
  const verdict = p.edge ? 'edge ' : p.right ? 'right' : 'WRONG';
  const verdicts = p.detected === p.pageCheck ? (p.detected ? 'detected' : 'not detected') : `parse ${p.detected ? 'detects' : 'rejects'}, page check ${p.pageCheck ? 'detects' : 'rejects'}`;
  const what = `${p.expected ? 'feature' : 'none   '} → ${verdicts}`;
  const speakers = p.expected ? `speakers ${p.found}/${p.wanted} (given ${p.given}), roles exact ${p.rolesExact}/${p.found}` : p.given ? `speakers given ${p.given}` : '';
  const notes = [
    p.missed.length ? `missed: ${p.missed.join('、')}` : '',
    p.extra.length ? `extra: ${p.extra.slice(0, 6).join('、')}${p.extra.length > 6 ? '…' : ''}` : '',
    ...p.notes,
    p.onRequest ? `on request: ${p.expected ? `named ${p.onRequest.found}/${p.onRequest.wanted} (given ${p.onRequest.given})` : `people named ${p.onRequest.given}`}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [verdict, p.file, what, speakers, `${p.ms.toFixed(1)} ms`, notes].filter(Boolean).join('\t');
}

/** The line before the totals: the people read on request on the pages the product does not detect. */
export function formatOnRequest(t: Totals): string {
  const r = t.onRequest;
  return `on request: missed features' speakers named ${r.found}/${r.wanted} (P ${ratio(r.found, r.given).toFixed(2)}, given ${r.given}), people named on negatives ${r.onNegatives}`;
}

/** The last line: totals over the scored pages. */
export function formatTotals(t: Totals): string {
  return [
    `TOTAL ${t.scored} scored (+${t.edge} edge)`,
    `detection TP ${t.truePositives} FP ${t.falsePositives} FN ${t.falseNegatives} TN ${t.trueNegatives}, precision ${t.detectionPrecision.toFixed(2)} recall ${t.detectionRecall.toFixed(2)}`,
    `speakers ${t.speakersFound}/${t.speakersWanted} (given ${t.speakersGiven}) P ${t.speakerPrecision.toFixed(2)} R ${t.speakerRecall.toFixed(2)} F1 ${t.speakerF1.toFixed(2)}`,
    `roles exact ${t.speakersFound ? pct(t.rolesExact) : 'n/a'}`,
    `speakers on negatives ${t.speakersOnNegatives}`,
    `${t.ms.toFixed(0)} ms`,
  ].join(' | ');
}
