/**
 * Extractive, faithful speaker summaries. The gist is the unit that best says the speaker's point:
 * centrality over content words (each sentence against the rest of the statement) with the cues a reader uses (summary
 * words, stance and request words, the closing position) and penalties for preamble, slogans, quoted
 * policy lines and list items, and, when the topic or host's question is known, the sentence that gives the
 * kind of answer it asks for. A gist that leans on the sentence before is shown with it (./summary/widen-gist.ts).
 * Points add what the gist lacks; asks are the speaker's requests, each with what it asks (./summary/requests.ts tells
 * a request from a report that proposals exist, a wish for oneself or someone else's hope);
 * figures are the clauses that state numeric facts; cites are the quoted policy lines answered.
 * Every string returned is verbatim text of the statement as read without a converter's pinyin glosses (./summary/glosses.ts:
 * on any other page, verbatim text of the statement). The parts live in ./summary/.
 */
import type { Summary } from '../outline';
import { extractAsks } from './summary/extract-asks';
import { dropPrintedGlosses } from './summary/glosses';
import { pickGist, pickPoints } from './summary/pick-sentences';
import { describeUnits, GIST_WEIGHTS, measureFeatures, weighFeatures } from './summary/score-units';
import { splitUnits } from './summary/split-units';
import type { SummaryContext } from './summary/question';
import { trimSpeakerFrame } from './summary/speaker-frame';
import { trimConnective } from './summary/connectives';
import { resolveDangling, widenGist } from './summary/widen-gist';

export { measureCentrality } from './summary/measure-centrality';
export { extractFigures, extractFigureSpans } from './summary/figures';
export { extractCites } from './summary/cites';
export { extractAsk, extractAsks } from './summary/extract-asks';

import { extractCites } from './summary/cites';
import { extractFigures } from './summary/figures';

export type { SummaryContext } from './summary/question';

/** The summary of one statement; `context.question` is the topic or host's question it answers, when known. */
export function summarizeStatement(printed: readonly string[], context: SummaryContext = {}): Summary {
  // a converter's pinyin glosses ("應(yīng)加強") are no words of the speaker: read and shown without them (./summary/glosses.ts)
  const paragraphs = printed.map(dropPrintedGlosses);
  const units = splitUnits(paragraphs);
  const features = measureFeatures(units, context);
  const scores = features.map((f) => weighFeatures(f, GIST_WEIGHTS));
  const traits = describeUnits(units);
  const gist = resolveDangling(units, pickGist(scores, traits, units, features.map((f) => f.listItem > 0)), paragraphs, (i) => traits[i]!.boilerplate);
  // the gist shown with the sentence it leans on; that sentence is then no point of its own
  // (not with a sentence that only frames, a report cited or a preamble: that adds words and no referent)
  const frame = features[gist - 1];
  const shown = gist >= 0 ? (frame && frame.preamble + frame.report > 0 ? units[gist]!.shown : widenGist(units, gist, paragraphs)) : null;
  const withGist = gist >= 0 ? units.map((u, i) => (i === gist ? { ...u, shown: shown! } : u)) : units;
  const points = pickPoints(withGist, scores, traits, gist);
  return {
    // (shown alone, a gist's or a point's head connective, "所以，…", leans on what the card does not show: ./summary/connectives.ts)
    gist: shown !== null ? trimConnective(trimSpeakerFrame(shown)) : null,
    points: points.map((i) => trimConnective(trimSpeakerFrame(units[i]!.shown))),
    figures: extractFigures(paragraphs),
    cites: extractCites(paragraphs),
    asks: extractAsks(units),
  };
}
