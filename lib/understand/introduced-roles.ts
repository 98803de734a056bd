/**
 * A voice labelled by the bare name gets the role the piece introduced them with. Reporters name a person
 * once with what they are ("新加坡某大学法学院副教授陈某注意到…", "相比雷女士，市民李女士可能更焦虑。") or with a
 * title after the name ("葛某委员的建议也关注了…"), then go on with the name alone, and the label or the
 * paragraph that carries the voice may be that bare name ("陈某则认为，…", "李某：…"). The reader, and the
 * corpus keys, take the role from that introduction.
 */
import type { Item } from './feature-items';
import { isLabelShaped, stripReadingGlosses } from './lines';
import { endsWithRoleWord, isPersonName } from './names';
import { tidyRole } from './role-tidy';

const BEFORE = 32;
// where an introduction's role begins: after a clause's end, a quotation or a bracket
const CLAUSE_BREAK = /[。！？!?；;：:，,、“”「」『』（）()\s]/;
// words of the sentence before the role: "令某集团董事长…", "据某大学教授…" (only words that open no role:
// 和, 同, 向, 如 open place and school names, "和平区", "同济大学")
const LEAD_WORDS = /^(?:对此|對此|其中|另外|此外|包括|邀请|邀請|令|让|讓|据|據|但|而|也|亦|还|還|则|則)+/;
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
    // what they are, listed ("香港志愿者、某大学学生"): an item before a 、 that ends like a role is the role's too
    while (text[from - 1] === '、') {
      let j = from - 1;
      while (j > 0 && from - j < BEFORE && !CLAUSE_BREAK.test(text[j - 1]!)) j--;
      if (!endsWithRoleWord(text.slice(j, from - 1))) break;
      from = j;
    }
    let role = tidyRole(text.slice(from, i).replace(LEAD_WORDS, '')) ?? '';
    // two people introduced in one breath ("…行政长官李某和…行政长官贺某"): the second one's role follows the first's name
    const pair = /^(.*?)[和与與及](.{2,})$/.exec(role);
    if (pair && (isPersonName(pair[1]!.slice(-3)) || isPersonName(pair[1]!.slice(-2)))) role = pair[2]!;
    // (a role holds no clause: "…返台的是羽球隊選手" is a sentence about them, "同样来自某地的" a description)
    if (role.length >= 2 && !/[的是]/.test(stripReadingGlosses(role)) && isLabelShaped(role + name) && endsWithRoleWord(stripReadingGlosses(role))) return role;
    after ??= TITLE_AFTER.exec(text.slice(i + name.length, i + name.length + 3))?.[0] ?? null;
  }
  return after;
}

/** Fills the role of labelled voices printed as a bare name from the piece's introduction of them. */
export function fillIntroducedRoles(items: Item[], text: string): void {
  const found = new Map<string, string | null>();
  for (const it of items) {
    const s = it.speaker;
    if (!s || s.role !== null || !s.name || it.host || (it.kind !== 'label' && it.kind !== 'attribution')) continue;
    if (!found.has(s.name)) found.set(s.name, findIntroducedRole(s.name, text));
    const role = found.get(s.name);
    if (role) it.speaker = { ...s, role };
  }
}
