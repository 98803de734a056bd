/**
 * A gist that points back to the sentence before it ("這樣倒好，…", "我覺得政府是虧欠了那裏的居民。", "她還表明…")
 * does not stand alone: shown with that sentence, its 这/那/她还 say what they refer to. The two are shown
 * together when they are one paragraph's adjacent sentences and still make one line. The result is a
 * verbatim span of the statement, like any gist.
 */
import { isQuestion } from './cues';
import { joinBrokenLines, showUnit, type Unit } from './split-units';

// Fitted leave-one-set-out over the five dev sets (scripts/summaries-eval: four folds of five chose these).
const SHORT = 30;
const MAX_SHOWN = 80;
// A demonstrative or pronoun for what was said ("这样", "那里的居民", "它", "该项目", "上述"); "这里", "这几年", "那时",
// "其实" name a place or a time, or are no pronoun, and point back to nothing.
const POINTS_BACK =
  '这(?![里裡边邊几幾次]|[一些两兩]年|段时间|段時間|[个個]月)|這(?![里裡边邊几幾次]|[一些兩]年|段時間|個月)|那(?![时時天年么麼])|它|此(?![外前后後次])|其(?![实實他它中次])|[该該](?=[项項个個类類种種批名位条條所家间間座])|[上前]述';
// An opener that leans on what was said: such a word, an additive connective, a group named before (他们, 佢哋: a
// reporter's 他 may be the speaker, a 他们 never is), a third person who "also" says.
export const DEPENDENT_OPENER = new RegExp(
  `^[\\s“「『]*(?:${POINTS_BACK}|[他她][们們]|佢|[他她](?:[还還也又亦]|同[样樣])|[而并並]且|且|同[时時]|[另此]外|然[后後]|换句话说|換句話說|也就是[说說]|也|[还還]有|再者)`,
);
// A short sentence that refers back: such a word anywhere in it (a 他/她 may be someone the speaker never named
// in the sentence before: "我觉得他们都是很懂事的孩子").
const REFERS_BACK = new RegExp(POINTS_BACK);
// "…，这就是…" sums up the clause before it in the same sentence ("能让读者买到想买的书，这就是最美书店"): that 这 points
// back to nothing outside the sentence.
const SUMS_UP = /[，,]\s*[这這](?=[就也才]?是)/g;
// What was said, named by a demonstrative anywhere in the sentence ("我始终忘不了这点", "这件事", "解决好这个问题"): the
// sentence says nothing until the one that told it is read.
export const NAMES_WHAT_WAS_SAID = /[这這]一?[点點](?![儿兒])|[这這]件事|[这這][个個]?(?:问题|問題)/;

/**
 * What the gist shows: its unit's text, or that with the sentence before when the gist leans on it
 * (see DEPENDENT_OPENER, REFERS_BACK). `lines` are the statement's paragraphs as given to splitUnits.
 */
export function widenGist(units: readonly Unit[], gist: number, lines: readonly string[]): string {
  const shown = units[gist]!.shown;
  if (!leansBack(units, gist)) return shown;
  const both = showWithBefore(units, gist, lines);
  return Array.from(both).length <= MAX_SHOWN ? both : shown;
}

/** Whether the unit leans on the sentence before it in its paragraph (see DEPENDENT_OPENER, REFERS_BACK). */
export function leansBack(units: readonly Unit[], gist: number): boolean {
  const unit = units[gist]!;
  const before = units[gist - 1];
  const shown = unit.shown;
  // a question already shown with its short answer, or the reporter's frame trimmed into a quote, stays as it is
  if (!before || before.para !== unit.para || shown.length > unit.text.length || isQuestion(before.text)) return false;
  return DEPENDENT_OPENER.test(shown) || (Array.from(shown).length < SHORT && REFERS_BACK.test(shown.replace(SUMS_UP, '，')));
}

function showWithBefore(units: readonly Unit[], gist: number, lines: readonly string[]): string {
  const unit = units[gist]!;
  const paragraph = joinBrokenLines(lines)[unit.para]!;
  return showUnit(paragraph.slice(units[gist - 1]!.start, unit.end).trim());
}

// A consequence told of what the sentence before said ("这不仅让上班族感到焦虑…", "這使得…", "此举令…"): without its cause it
// says nothing of what happened. (A judgement, "這是一種可憐的堅守", or a thing named, "这个片子…", still says something.)
// (so is what it may bring about, "这就可能出现消防通道堵塞的问题")
const CONSEQUENCE = /^[\s“「『]*[这這此它那](?:[举舉]|[种種]情[况況]|[样樣])?(?:不[仅僅但只]|[也还還就都])?(?:[让讓]|使得?|令|[导導]致|造成|(?:可能|[会會])出[现現])/;

/**
 * A gist that tells a consequence of the sentence before (CONSEQUENCE) and is too long to show with it ("这不仅让上班族感到
 * 焦虑…" after the complaint it refers to), or short and opening its paragraph, would dangle: the cause, the sentence
 * before, is the gist instead (unless that one is boilerplate, `skip`). The index of the gist to show.
 */
export function resolveDangling(units: readonly Unit[], gist: number, lines: readonly string[], skip: (i: number) => boolean): number {
  if (gist < 1 || !CONSEQUENCE.test(units[gist]!.shown) || skip(gist - 1)) return gist;
  // (a consequence opening its own paragraph, "…才一次清理楼道杂物的做法。¶这就可能出现消防通道堵塞的问题。", cannot be shown with
  // its cause, the paragraph before: the cause is the gist)
  if (units[gist - 1]!.para !== units[gist]!.para) return Array.from(units[gist]!.shown).length < SHORT ? gist - 1 : gist;
  if (!leansBack(units, gist)) return gist;
  return Array.from(showWithBefore(units, gist, lines)).length <= MAX_SHOWN ? gist : gist - 1;
}
