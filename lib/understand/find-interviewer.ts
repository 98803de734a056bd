/**
 * An interview printed as a dialogue ("崔某：今天的客人是某某副主席……" / "某某：……" turn after turn): two voices
 * taking turns, one of them the interviewer, who introduces the other by full name in the first turn or asks in
 * half of the turns and says less. One interviewer with one answerer is never a feature, whatever labels they
 * wear; two guests in a dialogue of equals neither introduce each other nor ask turn after turn.
 */
import type { StatementBuild } from './feature-items';

const ASKS = /[？?]/;
/** Turns, at least, for a dialogue (a pair of statements is two voices, not an exchange). */
const MIN_TURNS = 4;

/** Who speaks a statement: the name, or the role when there is none. */
export function whoOf(s: StatementBuild): string {
  return s.speaker.name ?? s.speaker.role ?? '';
}

function words(turns: readonly StatementBuild[]): number {
  return turns.reduce((n, s) => n + s.paragraphs.join('').length, 0);
}

/** The interviewer of a two-voice dialogue, or null (more voices, no strict alternation, or neither asks nor introduces). */
export function findInterviewer(speaking: readonly StatementBuild[]): string | null {
  if (speaking.length < MIN_TURNS) return null;
  const who = speaking.map(whoOf);
  const people = [...new Set(who)];
  if (people.length !== 2 || people.some((p) => p.length < 2)) return null;
  // turn after turn: never the same voice twice in a row
  if (who.some((w, i) => i > 0 && w === who[i - 1])) return null;
  for (const [asker, other] of [people, [people[1]!, people[0]!]] as const) {
    const mine = speaking.filter((s) => whoOf(s) === asker);
    const theirs = speaking.filter((s) => whoOf(s) === other);
    const otherName = theirs[0]!.speaker.name;
    // the first turn presents the guest by full name ("今天走进演播室的客人是某某")
    const introduces = who[0] === asker && !!otherName && otherName.length >= 2 && mine[0]!.paragraphs.join('').includes(otherName);
    const asks = mine.filter((s) => ASKS.test(s.paragraphs.join(''))).length * 2 >= mine.length && words(mine) < words(theirs);
    if (introduces || asks) return asker;
  }
  return null;
}

// a headline presenting one person's interview ("专访某某", "——某某先生访谈", "某某访谈录")
const INTERVIEW_HEADLINE = /专访|專訪|访谈|訪談/u;

/**
 * The interviewer of a two-voice dialogue whose headline presents it as one person's interview, however few the
 * turns (a page may print only the first exchanges): the headline names the one interviewed, the other voice asks.
 * A forum's headline names no single guest of two, and two guests named are a dialogue of equals.
 */
export function findHeadlinedInterviewer(headline: string | null | undefined, labelled: readonly StatementBuild[]): string | null {
  if (!headline || !INTERVIEW_HEADLINE.test(headline)) return null;
  const people = [...new Set(labelled.map(whoOf))];
  const named = people.filter((p) => p.length >= 2 && headline.includes(p));
  return people.length === 2 && named.length === 1 ? people.find((p) => p !== named[0])! : null;
}

const ENDS_ASKING = /[？?][”」』]?$/;
const endsAsking = (s: StatementBuild): boolean => ENDS_ASKING.test(s.paragraphs[s.paragraphs.length - 1]?.trim() ?? '');

/**
 * A host known by asking, however few the turns: the voice that speaks first and ends every turn of theirs on a
 * question ("…談一下我們的使命。" then "…三者是什麼關係？"), saying less than the others, who do not all end asking;
 * or, in a dialogue of two, handing its question to the other by name ("…不知王林在这方面有什么想法？"): in a
 * two-person 对话 one poses the question and the other answers, however long the question's preamble.
 */
export function findAskingHost(speaking: readonly StatementBuild[]): string | null {
  const first = speaking[0] ? whoOf(speaking[0]) : '';
  const mine = speaking.filter((s) => whoOf(s) === first);
  const theirs = speaking.filter((s) => whoOf(s) !== first);
  if (!first || !theirs.length || !mine.every(endsAsking) || theirs.every(endsAsking)) return null;
  const other = theirs[0]!.speaker.name ?? '';
  const handsOver = other.length >= 2 && theirs.every((s) => whoOf(s) === other) && mine.every((s) => lastSentence(s).includes(other));
  return handsOver || words(mine) < words(theirs) ? first : null;
}

/** A turn's last sentence (the question it ends on). */
function lastSentence(s: StatementBuild): string {
  return (s.paragraphs[s.paragraphs.length - 1]?.trim() ?? '').replace(ENDS_ASKING, '').split(/[。！？!?]/u).pop() ?? '';
}
