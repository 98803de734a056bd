/**
 * The scope of two vetoes in the round-of-voices rules (measure-voice-round.ts), measured on the fit batches from the
 * judge's side (the refusing check of every missed feature of three people or more, and the fit negatives each check
 * keeps out). Pure tests on the prose reading and the round's layout.
 */
import type { ProseReading } from './prose-voices';
import type { VoiceRound } from './measure-voice-round';

/**
 * A meeting report: officials in office are most of the people, their remarks told in the reporter's words (the
 * wire's "某某指出，…" account of a meeting). Three officials or more each quoted in their own words are a round of
 * reactions (legislators on a policy address, one quotation each), which the meeting report's paraphrase is not; the
 * veto kept out no fit negative the reader had read as prose voices.
 */
export const isMeetingReport = (prose: ProseReading): boolean => prose.officials * 2 > prose.people && (prose.people < 3 || prose.quoted < prose.people);

/**
 * An official in office among three voices or fewer, not every voice quoted in their own words: for a round only the
 * headline's or lead's frame took (measure-voice-round.ts isFramedRound), a news story that reports what the official
 * said along the way (a school's first day: "家长冀…" over a principal and a minister); the frame announces a group's
 * views, and a round of them quotes its people. No framed feature of the fit batches 37–39 had an official among its
 * voices; the one false positive the frame took did. (A forum's speakers paraphrased, officials among them, are the
 * forum report's, forum-round.ts; two officials reacting, the round-up's.)
 */
export const reportsOfficial = (prose: ProseReading): boolean => prose.officials > 0 && prose.people <= 3 && prose.quoted < prose.people;

/**
 * Whether the voices carry the body from the first voice on: two voices are a pair, and a pair carries every
 * paragraph (a story goes back to its narrative between or after them); with three people named, one paragraph of the
 * reporter's among theirs is a round's transition (the narrative the blocks' measure allows a round too).
 */
export const carriesBody = (prose: ProseReading, round: VoiceRound): boolean => round.leaders >= 3 || round.voiced === round.body || (prose.people >= 3 && round.voiced >= round.body - 1);
