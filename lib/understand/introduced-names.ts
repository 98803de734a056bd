/**
 * A bare name the piece has introduced with a role: "…返台的是羽球隊選手王某麟、李某…" then "王某麟說很感謝…",
 * "令某集团董事长科某格都有些“落伍”。科某格在论坛上提到…". The reporter names the person once with what
 * they are and goes on with the name alone, so the bare name is a voice as good as "role+name" (a name the
 * piece never introduced is someone a story mentions). Also the run-on "说" such a name may take: "王某說很感謝…".
 */
import { demoteReported, type Item } from './feature-items';
import { endsWithRoleWord, isPersonName } from './names';

const BEFORE = 24;
// other names of a list between the role and this one: "選手王某麟、李某、" before "戴某穎"
const LIST_SEPARATOR = /、$/;

/** Reads listed names back off the end: "…選手王某麟、李某、" → "…選手" (each a person's name before its separator). */
function withoutListedNames(before: string): string {
  let rest = before;
  while (LIST_SEPARATOR.test(rest)) {
    const body = rest.slice(0, -1);
    // (the longer name first, as a person's name: "選手|李洋" not "選|手李洋")
    const len = [3, 2, 4].find((k) => body.length > k && isPersonName(body.slice(-k)) && !endsWithRoleWord(body.slice(-k)));
    if (!len) break;
    rest = body.slice(0, -len);
  }
  return rest;
}
const CLAUSE_BREAK = /[。！？!?；;：:“”「」]/;

/** Whether `text` introduces `name` right after a role word (or in a list of names after one). */
export function isIntroducedWithRole(name: string, text: string | undefined): boolean {
  if (!text || name.length < 2) return false;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    let from = i;
    while (from > 0 && i - from < BEFORE && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
    let before = text.slice(from, i);
    before = withoutListedNames(before);
    if (before.length >= 2 && endsWithRoleWord(before)) return true;
  }
  return false;
}

// "说" run on into the words ("說很感謝…", "说希望…"), not a word of its own (说明, 說服, 说法, 说起…)
const RUN_ON_SAY = /^(?:说|說)(?![明服法起到出完了过過着著道話话谎謊笑唱书書])(?=\p{Script=Han})/u;

/** "王某麟說很感謝…" → the words after "说"; null when the name is not followed by a run-on "说". */
export function matchRunOnSay(text: string, name: string): string | null {
  const t = text.trimStart();
  if (!t.startsWith(name)) return null;
  const rest = t.slice(name.length);
  return RUN_ON_SAY.test(rest) ? rest.slice(1) : null;
}

/**
 * A bare name that opens a paragraph of the voice already speaking ("方某表示，…" under "…董事長方某…表示，")
 * is that voice going on, not a new statement: the paragraph goes back to the flow, where it stays theirs.
 */
export function joinRepeatedVoices(items: Item[]): void {
  let current: string | null = null;
  for (const it of items) {
    if (it.merged) continue;
    if (it.kind !== 'label' && it.kind !== 'attribution') continue;
    const name = it.speaker?.name ?? null;
    if (it.kind === 'label' && it.reported && it.speaker?.role === null && name !== null && name === current) {
      demoteReported(it, 'the voice speaking goes on by its bare name');
      continue;
    }
    current = name;
  }
}
