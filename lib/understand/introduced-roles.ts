/**
 * A voice labelled by the bare name gets the role the piece introduced them with. Reporters name a person
 * once with what they are ("新加坡某大学法学院副教授陈某注意到…", "相比雷女士，市民李女士可能更焦虑。") or with a
 * title after the name ("葛某委员的建议也关注了…"), then go on with the name alone, and the label or the
 * paragraph that carries the voice may be that bare name ("陈某则认为，…", "李某：…"). The reader, and the
 * corpus keys, take the role from that introduction (settle-roles.ts gives it to every voice told without one).
 */
import { isLabelShaped, stripReadingGlosses, TONED_GLOSS } from './lines';
import { endsWithGroupWord, endsWithRoleWord, endsWithTitle, splitSpeakerLabel } from './names';
import { tidyRole } from './role-tidy';
import { readRosterLine } from './roster-lines';

const BEFORE = 48;
// where an introduction's role begins: after a clause's end, a quotation, a bracket or a dash ("老朋友——某委员…"; not
// a 、: it joins what they are, "香港志愿者、某大学学生")
const CLAUSE_BREAK = /[。！？!?；;：:，,“”「」『』（）()\s—]/;
// a member's title printed after the name ("葛某委员的建议", "張某議員指"), which the keys take as the role
// (not a courtesy: "请茅某老师来回答")
const TITLE_AFTER = /^(?:委员|委員|代表|议员|議員|院士)(?!会|會|长|長)/;
// what they are, told right after the name with 是 ("栗某是一位来自农村的基层代表，他…"): the predicate as printed;
// or in apposition, set off by a comma ("张先生，出租车司机。", "王某，一位在某校读书的学生回忆道"); a mirror may space the stop ("…司机 。")
const COPULA_AFTER = /^(?:是|[，,]\s*)((?:[一两兩][位名])?[^，,。；;：:“”「」！？!?]{2,24}?)(?:\s*[，,。；;]|(?=回忆|分享|介[绍紹]|表示|告[诉訴]|[说說]))/;
// a guest who introduces themselves ("大家好，我是某队队长某某。"): what they call themselves is their role, a title
// word or not ("我是替补某某")
const SELF_INTRO = /我是([^\p{P}\s是]{1,24})$/u;
// a mirror's pinyin gloss after a character ("聯(lián)合"): read past, not a break
const GLOSS_BEFORE = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '\\p{sc=Han}\\('.concat(TONED_GLOSS, '$'), 'u');

/** The predicate of "NAME是…" or the apposition "NAME，…" when it names what a person is (ends with a role word); null otherwise. */
function copulaRole(after: string): string | null {
  const m = COPULA_AFTER.exec(after)?.[1];
  const bare = m && stripReadingGlosses(m);
  // (or a group they belong to: "某小区的一名住户")
  return bare && (endsWithRoleWord(bare) || endsWithGroupWord(bare)) ? m! : null;
}

/**
 * The span from the last person listed before this one: "出席的有某大学教授甲某、某公司总经理乙某和…" lists people,
 * each with their own role, joined by 、, 和 or 以及 (a 、 between roles of one person has no name before it).
 */
function afterListedPeople(span: string): string {
  let start = 0;
  // (以及 is one word: the 以 is no part of the name before it)
  for (const m of span.matchAll(/以及|[、和與与及]/g)) {
    const head = splitSpeakerLabel(span.slice(start, m.index));
    if (head.name && head.role) start = m.index + m[0].length;
  }
  return span.slice(start);
}

/** A line that is a role alone: short, no clause in it, ending with a title or a group word. */
function isRoleLine(line = ''): boolean {
  // (a person's title, not an organisation's name alone: a headline may end like one, "…只听官员汇报")
  return line.length <= 40 && !/[。，,；！？：:“”「」|]/.test(line) && (endsWithTitle(line) || endsWithGroupWord(line));
}

/**
 * A profile card: the name on a line of its own, each of their posts on a line under it ("某某⏎全国政协委员⏎某公司
 * 董事长"), or the post on the line above ("某村居民⏎雷先生："); the reader joins the posts as the keys do, with 、.
 */
export function findCardRole(name: string, text: string): string | null {
  // (lines trimmed, blank ones left out)
  const lines = text.trim().split(/\s*\n\s*/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.replace(/\s|[：:]$/g, '') !== name) continue;
    let j = i + 1;
    const posts: string[] = [];
    while (posts.length < 4 && isRoleLine(lines[j])) posts.push(lines[j++]!);
    if (posts.length) return posts.join('、');
    if (isRoleLine(lines[i - 1])) return lines[i - 1]!;
  }
  return null;
}

/** A guest list's line for `name` in the text (roster-lines.ts): all of it is their role; null when none. */
export function findGuestLine(name: string, text: string): string | null {
  for (const line of text.split('\n')) {
    const posts = readRosterLine(line, name);
    if (posts) return posts;
  }
  return null;
}

/**
 * The role printed right before `name` at its first introduction with one (one that `opens` with those words, when
 * given), or a title right after it; null when none.
 */
export function findIntroducedRole(name: string, text: string, opens = ''): string | null {
  if (name.length < 2) return null;
  let after: string | null = null;
  let self: string | null = null;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    const past = i + name.length;
    // (a guest list's card line sets the name off by a space: "某协会会长 王某")
    const end = text[i - 1] === ' ' ? i - 1 : i;
    let from = end;
    while (from > 0 && end - from < BEFORE) {
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
    // ran out of reach: no clean start, unless a person listed before this one starts it ("…采访了某厂教练甲某和全国政协委员乙某")
    // (a year's count opens the sentence, not the role: "今年是某村党支部书记某某参加两会的第三年")
    let span = afterListedPeople(text.slice(from, end)).replace(YEAR_IS, '');
    if (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!) && span.length === end - from) span = '';
    const role = tidyRole(span) ?? '';
    // (a role holds no clause: "…返台的是羽球隊選手" is a sentence about them, "同样来自某地的" a description;
    // but a clause saying who they are opens a role as printed: where they come from, "来自某地的球迷", as role-tidy.ts
    // keeps it, "首次参展的某国采购商", "77岁的本报读者")
    const noun = stripReadingGlosses(role).replace(DESCRIBING_CLAUSE, '');
    // (posts joined by 、 are one person's: a chain with a title in it names what they are, whatever its last post
    // ends with, "某大学教授、知名学者、编剧", "某所研究员、博导")
    if (role.length >= 2 && !/[的是]/.test(noun) && isLabelShaped(noun + name) && (endsWithRoleWord(noun) || (noun.length - noun.lastIndexOf('、') < 9 && noun.split('、').slice(0, -1).some(endsWithTitle))) && role.startsWith(opens)) return role;
    const tagged = quotedTag(text.slice(0, end));
    if (tagged && text[past] !== '的' && (!opens || tagged.startsWith(opens))) return tagged;
    const intro = SELF_INTRO.exec(text.slice(end > 30 ? end - 30 : 0, end));
    if (intro && !/[\p{L}\d]/u.test(text[past] ?? '')) self ??= tidyRole(intro[1]!);
    after ??= TITLE_AFTER.exec(text.slice(past, past + 3))?.[0] ?? copulaRole(text.slice(past, past + 32));
  }
  return opens ? null : self ?? after ?? findAnaphoricRole(name, text);
}

const YEAR_IS = /^(?:今年|去年|[这這])是/u;
// a tag in quotation marks right before the name: a generation ("“80后”某某") or a role word ("“女骑手”某某")
const QUOTED_TAG = /“([^“”\p{P}\s]{1,5})”$/u;

/** The quoted tag before a name, with the posts or the clause before it ("劳动模范、“女骑手”"); null when none. */
function quotedTag(before: string): string | null {
  const m = QUOTED_TAG.exec(before);
  if (!m || !(/^\d+[后後]$/u.test(m[1]!) || endsWithRoleWord(m[1]!))) return null;
  // (the posts it closes, or a clause describing them: "在某地一家央企工作的“90后”", as printed)
  const chain = /[^。！？!?；;：:，,“”「」（）()\s]{2,40}(?:、|(?<![是])的)$/u.exec(before.slice(0, m.index))?.[0];
  return chain ? chain + m[0] : m[1]!;
}

// a clause that says who they are, then the noun ("来自某地的年轻球迷", "首次参加某会的采购商"): one 的, no 是 (that is a sentence)
const DESCRIBING_CLAUSE = /^[^的是]{2,16}的(?=.)/u;

// "这位…名叫某某" / "這位自稱名叫某某的老伯": 这位 points back at the person the piece has just met without a name…
const ANAPHOR = /[这這]位[^，,。！？!?“”「」]{0,8}?(?:名[叫为為]|叫做?)$/;
// …as "一位57岁的建筑业从业者说" (the latest such voice before it), whose description is their role
const COUNTED_VOICE = /一[位名]([^，,。；;：:“”「」！？!?]{2,20}?)(?:[说說]|表示)/g;

/** The role of a person named with 这位 after an unnamed voice ("一位…说…这位名叫某某的…"); null when none. */
function findAnaphoricRole(name: string, text: string): string | null {
  const at = text.indexOf(name);
  if (at < 0 || !ANAPHOR.test(text.slice(Math.max(0, at - 12), at))) return null;
  let role: string | null = null;
  for (const m of text.slice(Math.max(0, at - 400), at).matchAll(COUNTED_VOICE)) role = m[1]!;
  // (a noun for a person closes it: a role word, or …者/…人 "从业者", "老人")
  return role && (endsWithRoleWord(stripReadingGlosses(role)) || /[者人]$/.test(role)) ? role : null;
}
