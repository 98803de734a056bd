/**
 * A pair of views in the reporter's words: Chinese news reports what two people hold at a hearing, a forum or a
 * council in indirect speech, each position opened by the name and a verb of stating ("某某表示，…", "某某认为，…"),
 * one of them quoted at most. A story's witnesses are the other way round: the story gives their own words in
 * quotation marks for colour, and names its passers-by by surname and address ("李先生", "王阿姨"). So a pair of
 * named people, not both quoted and no passer-by among them, is a report of views even when no headline frames it
 * (measure-blocks.ts isUnframedPair keeps the frame's veto for the rest), when the report ends with them or with one
 * paragraph of its own (a meeting's conclusion); a story goes on with its narrative after its witnesses.
 */
import type { ProseReading } from './prose-voices';

/** `after`: the paragraphs after the last voice's (measure-voice-round.ts). */
export function reportsPairOfViews(prose: ProseReading, after: number): boolean {
  return prose.people === 2 && prose.quoted <= 1 && prose.ordinary === 0 && after <= 1;
}
