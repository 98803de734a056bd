/**
 * The forum report (论坛/研讨会/座谈会 纪要): a lead says a forum, a seminar or a panel was held, then gives each speaker a
 * paragraph of what they said, in the reporter's words ("南京博物院院长某某指出，…", "某某作了《…》的报告。某某认为，…"),
 * one speaker after another to the end: the lead-then-round of measure-voice-round.ts (isLeadThenRound), loosened where a
 * forum's name frames it. Paraphrase is the form's norm, many of its speakers hold an office, and the programme's next
 * item may stand between two of them, so the rules that keep officials' meeting reports out refuse it. The lead
 * naming the gathering is what a careful reader goes by: a meeting report names a meeting (会议, 大会) whose officials
 * give addresses (致辞); a story about one person at a forum goes back to that person, or to its own narrative.
 * Pure string tests, both scripts.
 */
import type { Judgement } from './judge-feature';
import type { ProseReading } from './prose-voices';
import { LEAD_THEN_ROUND, type VoiceRound } from './measure-voice-round';

// a gathering held to exchange views: a forum, a seminar, a panel, a salon, a round table, a dialogue (a summit, 峰会, and a
// congress, 大会, are keynotes and addresses; a lecture, 讲座, is one speaker's; a meeting, 会议, is business)
const FORUM = /[论論][坛壇]|研[讨討]|座[谈談]|沙[龙龍]|[圆圓]桌|[对對][话話]/u;

/** Whether the headline or the lead (the lines before the first voice) names a gathering held to exchange views. */
export const namesForum = (frame: readonly string[]) => frame.some((t) => FORUM.test(t));

/**
 * A forum report: the frame names a forum, three speakers or more each head a paragraph of their own, none is named again
 * after another spoke, none holds most of the words (70%), not every one of them is an official in office (a meeting of
 * officials named a forum is still their meeting), and the speakers' paragraphs run to the end, with one paragraph of
 * the reporter's between them at most (the programme's next item).
 */
export function isForumRound(prose: ProseReading, round: VoiceRound, frame: readonly string[]): boolean {
  return (
    namesForum(frame) &&
    !prose.returns &&
    prose.top <= LEAD_THEN_ROUND.top &&
    prose.officials < prose.people &&
    // (three people or more: a voice heads a paragraph only when the reader named them)
    round.leaders >= LEAD_THEN_ROUND.people &&
    !round.after &&
    round.between <= 1
  );
}

/**
 * The forum report's turn in the judgement, when every other reading refused the prose voices: when it holds, the prose
 * check (at `proseAt`) is met by it, and says so for `--explain`. `frame`: the headline and lead lines.
 */
export function judgeForumRound(judgement: Judgement, frame: readonly string[], prose: ProseReading, proseAt: number): boolean {
  const check = judgement.checks[proseAt]!;
  if (!judgement.round || !isForumRound(prose, judgement.round, frame)) return false;
  check.need += '; or a forum report';
  return (check.ok = true);
}
