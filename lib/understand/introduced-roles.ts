/**
 * A voice labelled by the bare name gets the role the piece introduced them with. Reporters name a person
 * once with what they are ("新加坡某大学法学院副教授陈某注意到…", "相比雷女士，市民李女士可能更焦虑。") or with a
 * title after the name ("葛某委员的建议也关注了…"), then go on with the name alone, and the label or the
 * paragraph that carries the voice may be that bare name ("陈某则认为，…", "李某：…"). The reader, and the
 * corpus keys, take the role from that introduction (settle-roles.ts gives it to every voice told without one).
 */
import { isLabelShaped, stripReadingGlosses } from './lines';
import { endsWithRoleWord } from './names';
import { tidyRole } from './role-tidy';

const BEFORE = 32;
// where an introduction's role begins: after a clause's end, a quotation or a bracket (not a 、: it joins what they
// are, "香港志愿者、某大学学生")
const CLAUSE_BREAK = /[。！？!?；;：:，,“”「」『』（）()\s]/;
// a member's title printed after the name ("葛某委员的建议", "張某議員指"), which the keys take as the role
// (not a courtesy: "请茅某老师来回答")
const TITLE_AFTER = /^(?:委员|委員|代表|议员|議員|院士)(?!会|會|长|長)/;
// a mirror's pinyin gloss after a character ("聯(lián)合"): read past, not a break
const GLOSS_BEFORE = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)$/u;

/** The role printed right before `name` at its first introduction with one, or a title right after it; null when none. */
export function findIntroducedRole(name: string, text: string): string | null {
  if (name.length < 2) return null;
  let after: string | null = null;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    let from = i;
    while (from > 0 && i - from < BEFORE) {
      if (text[from - 1] === ')') {
        const g = GLOSS_BEFORE.exec(text.slice(Math.max(0, from - 9), from));
        if (g) {
          from -= g[0].length - 1;
          continue;
        }
      }
      if (CLAUSE_BREAK.test(text[from - 1]!)) break;
      from--;
    }
    if (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from = i; // ran out of reach: no clean start
    const role = tidyRole(text.slice(from, i)) ?? '';
    // (a role holds no clause: "…返台的是羽球隊選手" is a sentence about them, "同样来自某地的" a description)
    if (role.length >= 2 && !/[的是]/.test(stripReadingGlosses(role)) && isLabelShaped(role + name) && endsWithRoleWord(stripReadingGlosses(role))) return role;
    after ??= TITLE_AFTER.exec(text.slice(i + name.length, i + name.length + 3))?.[0] ?? null;
  }
  return after;
}
