/**
 * The forum report (论坛/研讨会/座谈会 纪要): a lead says a forum, a seminar or a panel was held, then gives each speaker a
 * paragraph of what they said, in the reporter's words ("南京博物院院长某某指出，…", "某某作了《…》的报告。某某认为，…"),
 * one speaker after another to the end. Paraphrase is the form's norm (no quotation marks), and many of its speakers hold an
 * office, so the layout and prose rules (which ask for quotes and keep officials' meeting reports out) refuse it. The lead
 * naming the gathering is what a careful reader goes by: a meeting report names a meeting (会议, 大会) whose officials
 * give addresses (致辞); a story about one person at a forum goes back to that person, or to its own narrative.
 * Pure string tests, both scripts.
 */
import type { Judgement } from './judge-feature';
import type { ProseReading } from './prose-voices';
import type { VoiceRound } from './measure-voice-round';

// a gathering held to exchange views: a forum, a seminar, a panel, a salon, a round table, a dialogue, a summit
// (a lecture, 讲座, is one speaker's; a congress, 大会, and a meeting, 会议, are addresses and business)
const FORUM = /[论論][坛壇]|研[讨討]|座[谈談][会會]|沙[龙龍]|[圆圓]桌|[对對][话話]|峰[会會]|[交]流[会會]|[恳懇][谈談][会會]|分享[会會]/u;
// a ceremony's address: the opening and the welcome, what officials say at an event, not a view in a discussion
const ADDRESS = /致[辞辭詞词]|[贺賀][词詞辞辭]|欢迎[词詞辞辭]|歡迎[詞辭]/u;

/** The numbers the form needs, for `--explain` and the tests. */
export const FORUM_ROUND = { people: 3, leaders: 3, top: 0.7, between: 1 };

/** Whether the headline or the lead (the lines before the first voice) names a gathering held to exchange views. */
export function namesForum(frame: readonly string[]): boolean {
  return frame.some((t) => FORUM.test(t));
}

/**
 * A forum report: the frame names a forum, three speakers or more each head a paragraph of their own, none is named again
 * after another spoke, none holds most of the words, not every one of them is an official in office (a meeting of
 * officials named a forum is still their meeting), no one's words are a ceremony's address, and the speakers' paragraphs
 * run to the end, with one paragraph of the reporter's between them at most (the programme's next item).
 */
export function isForumRound(prose: ProseReading, round: VoiceRound, frame: readonly string[]): boolean {
  const r = FORUM_ROUND;
  return (
    namesForum(frame) &&
    prose.people >= r.people &&
    prose.returns === 0 &&
    prose.top <= r.top &&
    prose.officials < prose.people &&
    round.leaders >= r.leaders &&
    round.after === 0 &&
    round.between <= r.between &&
    !prose.voices.some((v) => v.sentences.some((s) => ADDRESS.test(s)))
  );
}

/**
 * The forum report's turn in the judgement, when every other reading refused the prose voices: a check of its own for
 * `--explain`; when it holds, the prose check (at `proseAt`) is met by it. `frame`: the headline and lead lines.
 */
export function judgeForumRound(judgement: Judgement, frame: readonly string[], prose: ProseReading, proseAt: number): boolean {
  const round = judgement.round;
  const ok = !!round && isForumRound(prose, round, frame);
  const r = FORUM_ROUND;
  judgement.checks.push({
    cue: `a forum report: the frame ${namesForum(frame) ? 'names' : 'does not name'} a forum, ${round?.leaders ?? 0} speakers heading a paragraph, ${round?.between ?? 0}+${round?.after ?? 0} narrative`,
    value: round?.leaders ?? 0,
    need: `a forum named, ≥ ${r.people} people, ≥ ${r.leaders} heading, no return, the top one ≤ ${r.top} of the words, not all officials, no address (致辞), ≤ ${r.between} narrative between, none after`,
    ok,
  });
  const check = judgement.checks[proseAt];
  if (ok && check) judgement.checks[proseAt] = { ...check, need: `${check.need}; or the forum report below`, ok };
  return ok;
}
