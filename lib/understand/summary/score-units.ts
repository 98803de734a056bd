/**
 * How much each unit says the speaker's point: centrality among its sentences, plus the cues a reader uses
 * (summary words, a stance, a request, the closing position), minus what only frames or repeats
 * (preamble, announcements, slogans, quoted policy lines, one item of a list).
 */
import { extractFigureSpans } from './figures';
import {
  citesPrincipalContradiction,
  citesReport,
  hasMust,
  hasRequest,
  hasStance,
  hasSummaryHead,
  hasSummaryInside,
  isAnnouncement,
  hasCorrection,
  isAskingQuestion,
  isBackground,
  speaksOfNow,
  isExample,
  isQuestion,
  isPreamble,
  isStockCall,
  measureSloganShare,
} from './cues';
import { measureCentrality } from './measure-centrality';
import { measureQuotedShare } from './quotes';
import type { Unit } from './split-units';

export interface UnitTraits {
  request: boolean;
  figure: boolean;
  /** Boilerplate or a quoted policy line: never the gist when anything else is said. */
  boilerplate: boolean;
}

/** What each unit carries, for the points to add what the gist lacks. */
export function describeUnits(units: readonly Unit[]): UnitTraits[] {
  return units.map((u) => ({
    request: hasRequest(u.text),
    figure: extractFigureSpans(u.text).length > 0,
    boilerplate: isBoilerplate(u.text),
  }));
}

export function isBoilerplate(text: string): boolean {
  return (
    measureSloganShare(text) >= 0.4 ||
    citesPrincipalContradiction(text) ||
    measureQuotedShare(text) >= 0.5 ||
    (citesReport(text) && measureQuotedShare(text) >= 0.25)
  );
}

const CENTRALITY_WEIGHT = (n: number) => Math.min(1, n / 6);

/** A score per unit; the highest is the gist. */
export function scoreUnits(units: readonly Unit[]): number[] {
  const rank = measureCentrality(units.map((u) => u.words));
  const top = Math.max(...rank, 1e-9);
  const anyOwnLine = units.some((u) => !u.listItem);
  const background = units.map((u) => isBackground(u.text));
  return units.map((u, i) => {
    const text = u.text;
    const len = Array.from(u.shown).length;
    const prev = units[i - 1];
    // a rhetorical question poses the point and the sentence after it answers: the pair is one statement
    const answers = prev !== undefined && isQuestion(prev.text) && !isAskingQuestion(prev.text) && !isQuestion(text);
    // centrality means little among a few sentences that share few words: it weighs in full from six on
    let s = (CENTRALITY_WEIGHT(units.length) * (answers ? Math.max(rank[i]!, rank[i - 1]!) : rank[i]!)) / top;
    // the statement's own summary words point at its conclusion
    if (hasSummaryHead(text)) s += 0.6;
    else if (hasSummaryInside(text)) s += 0.25;
    if (hasStance(text)) s += 0.35;
    else if (hasCorrection(text)) s += 0.25;
    // a request is what a reader most needs to see; a stock call to everyone is a closing formula
    if ((hasRequest(text) || isAskingQuestion(text)) && !isStockCall(text)) s += 0.45;
    else if (hasRequest(text) || hasMust(text)) s += 0.15;
    // a speaker tends to open with the topic and close with the point
    if (u.last && units.length > 1) s += 0.15;
    if (i === 0) s += 0.1;
    if (isPreamble(text)) s -= 0.5;
    else if (isBackground(text)) s -= 0.25;
    // the story told, the speaker comes back to the present: that is the point of telling it
    if (!background[i] && background.slice(0, i).some(Boolean) && speaksOfNow(text)) s += 0.25;
    if (isExample(text)) s -= 0.3;
    if (isQuestion(text) && !isAskingQuestion(text)) s -= 0.25;
    if (answers) s += 0.4;
    if (isAnnouncement(text)) s -= 0.5;
    const slogan = measureSloganShare(text);
    if (slogan > 0) s -= Math.min(1, slogan * 1.5);
    if (citesPrincipalContradiction(text)) s -= 0.7;
    const quoted = measureQuotedShare(text);
    if (quoted > 0.2) s -= quoted;
    if (citesReport(text)) s -= 0.4;
    if (u.listItem && anyOwnLine) s -= 0.4;
    // a gist is a sentence a person would quote: neither a fragment nor a paragraph
    if (len < 14 && !answers) s -= 0.35;
    else if (len > 110) s -= Math.min(0.5, (len - 110) / 200);
    return s;
  });
}
