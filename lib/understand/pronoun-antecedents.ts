/**
 * Who a pronoun that speaks refers to, when no voice is open: the person a recent sentence is about. A round-up
 * of members or guests names each one in a sentence of what they did, then gives their words after 他/她:
 * "全国政协委员、某院士郑某刚走下舷梯就被记者截住。他说，…", "在与全国政协委员黄某的交谈中，她的电话一直不断。…
 * 她说：“…”", "团员陈某透过微信分享今次访台感受。他说…". Pure string functions; the reader (prose-voices.ts)
 * gives the person-reading function, so this module stays free of its judgement.
 */
import { endsWithRoleWord } from './names';
import { SAYING } from './reported-speech';

export interface Antecedent {
  name: string;
  role: string | null;
}

/** Reads a subject chunk as a person (prose-voices.ts's personOfChunk). */
export type ReadPerson = (chunk: string) => Antecedent | null;

// where a subject's name may end: what they did next ("刚走下", "就一直", "透过微信", "谈到了", "住在沙田",
// "每天都要", "開了二十年車"), a time word, a comma ("…的委员丁某，多年来…")
const SUBJECT_END = /[，,、今昨日在以于於从從到来來已曾也亦则則将將出参參接做走作发發对對向是单單路早一首可刚剛就透谈談带帶分与與和同多还還再又都把被给給用拿坐站提忙准準跟经經匆住每开開显顯\d二三四五六七八九十两兩]/u;
// what surely follows a full name, not its fourth character: a date, punctuation, a preposition or an adverb
const AFTER_FULL_NAME = /^(?:\d{1,2}(?:月\d{1,2})?日|[^\d\p{Script=Han}]|[今昨在于於从從对對向与與和同也亦则則将將已曾])/u;
// the dot inside a transliterated name ("皮埃尔•布多昂"): the name goes on past it
const NAME_DOT = /[·•‧・]/u;
// a transliterated name, its parts joined by a dot
const DOTTED_NAME = /^\p{Script=Han}{1,8}(?:[·•‧・]\p{Script=Han}{1,8}){1,2}$/u;
// what surely follows a two-character name, not a third character of it
const SHORT_NAME_END = /[在就也亦刚剛是已曾从從到跟]/u;
// a title only a person holds, then the name: a mention anywhere in a sentence ("在与全国政协委员黄某的交谈中")
const TITLES = '(?:代表|委员|委員|议员|議員|院士|教授|研究员|研究員|主任|书记|書記|主席|会长|會長|所长|所長|院长|院長|校长|校長|社长|社長|总编辑|總編輯|董事长|董事長|总经理|總經理|团员|團員|队员|隊員|村民|居民|市民|学生|學生)';
const TITLED = new RegExp(`${TITLES}(\\p{Script=Han}{2,4})`, 'gu');
const TITLE_END = new RegExp(`${TITLES}$`, 'u');
// what may stand right after a mentioned name: its possessive, "in their eyes", a verb of what they did, punctuation
const AFTER_MENTION = /^(?:$|[^\p{Script=Han}]|的|眼[里裡中]|[刚剛就正已曾也亦在从從到对對向与與和同一多还還又都把被给給带帶透谈談表说說称稱介])/u;
// a preposition or scene word a mention's role must not take in ("在与", "和", "同", "这些在")
const BEFORE_ROLE = /^(?:这些|這些|那些|这|這|那)?(?:在|与|與|和|同|跟|对|對|向|给|給|陪|随|隨|据|據)+/u;
// a "role" that is a clause of narrative ("某某首先代表", "看到新闻会", "她乐见政府提出…的"): a pronoun, an adverb, a
// verb of seeing or going
const NARRATIVE_ROLE = /[他她我你]|提出|首先|首次|再次|特别|特別|并|並|看到|看见|看見|回|向|只|应|應|还|還|都|将|將|把|被/u;
const SAYS_IN_ROLE = new RegExp(SAYING, 'u');
const SAYS_AT = new RegExp(SAYING, 'uy');
// a given name that reads as words ("马华只有", "向每名"): a character few given names hold
const NOT_GIVEN = /[每只有是了吗嗎呢吧么麼这這那些]/u;
const CLAUSE_CUT = /[，,。！？!?；;：:“”「」『』（）()]/u;
const MAX_SUBJECT = 40;
// a short aside after a name, "(化名)", "（右）": no part of the subject
const ASIDE = /[（(][^（()）]{1,6}[)）]/gu;
// the reporter meeting someone, the scene of the words that follow: "记者见到…某某时，", "见到某某的时候，"
const MET = /(?:见到|見到|遇到|遇見|遇见|碰到|找到|采访到|採訪到|拜访|拜訪)([^，,。！？!?；;：:“”「」]{2,40}?)(?:的)?(?:时候|時候|时|時)[，,]/u;
// an address a passer-by is named by: "陈小姐", "李大爷"
const ADDRESSED = /^\p{Script=Han}(?:先生|女士|小姐|太太|阿姨|大[爷爺妈媽叔姐]|伯伯|奶奶|爷爷|爺爺|同[学學])$/u;

/** A person as a pronoun's antecedent: a plain name alone, or a name after a title, never a clause of narrative. */
function isAntecedent(who: Antecedent, chunk: string): boolean {
  const given = who.name.slice(1);
  // (a transliterated name needs its role: a bare one is as often someone talked about)
  if (DOTTED_NAME.test(who.name)) return !!who.role && !NARRATIVE_ROLE.test(who.role);
  if (!/^\p{Script=Han}{2,4}$/u.test(who.name) || NOT_GIVEN.test(given)) return false;
  if (!who.role) return chunk === who.name && who.name.length <= 3;
  // (a title, an organisation, or a describing clause: "在日本出家的")
  // (nor a clause with its own verb of saying: "从事银行业的某某质疑…的成效" names the speaker before the verb)
  return !NARRATIVE_ROLE.test(who.role) && !SAYS_IN_ROLE.test(who.role) && (endsWithRoleWord(who.role) || TITLE_END.test(who.role) || who.role.endsWith('的'));
}

/** The clause starts of a text (its start, then after each comma or semicolon), the first few. */
function clauseStarts(t: string, max: number): number[] {
  const out = [0];
  for (let i = 0; i < t.length && out.length < max; i++) if (/[，,；;]/u.test(t[i]!) && i + 1 < t.length) out.push(i + 1);
  return out;
}

/**
 * Whether ending a subject at `i` would cut a transliterated name short: its last part has two to four characters,
 * and where a later end within those four is possible, that one is taken ("布朗多在" is not cut at 多 as "布朗").
 */
function cutsDottedName(t: string, at: number, i: number): boolean {
  let dot = -1;
  for (let j = i - 1; j >= at; j--) {
    if (NAME_DOT.test(t[j]!)) {
      dot = j;
      break;
    }
  }
  if (dot < 0) return false;
  if (i - dot - 1 < 2) return true;
  for (let j = i + 1; j <= dot + 5; j++) {
    const c = t[j];
    if (c === undefined || !/\p{Script=Han}/u.test(c) || SUBJECT_END.test(c)) return true;
  }
  return false;
}

/**
 * A two-character name whose end char may end a subject too (發, 同, 在): the three-character name, when what
 * follows it surely ends one ("潘某發12日…", "潘某發，") and it reads as the person.
 */
function longerName(t: string, at: number, i: number, who: Antecedent, read: ReadPerson): Antecedent | null {
  if (who.name.length !== 2 || !/\p{Script=Han}/u.test(t[i]!) || !AFTER_FULL_NAME.test(t.slice(i + 1))) return null;
  const longer = read(t.slice(at, i + 1));
  return longer && longer.name === who.name + t[i] && isAntecedent(longer, t.slice(at, i + 1)) ? longer : null;
}

/** The person a clause opens with as its subject: a role and a name, then what they did. */
function findClauseSubject(t: string, at: number, read: ReadPerson): Antecedent | null {
  const end = Math.min(t.length, at + MAX_SUBJECT);
  for (let i = at + 2; i <= end; i++) {
    const ch = t[i];
    if (ch !== undefined && CLAUSE_CUT.test(ch) && !/[，,]/u.test(ch)) return null;
    if (ch !== undefined && NAME_DOT.test(ch)) continue;
    if (cutsDottedName(t, at, i)) continue;
    // (a verb of saying ends a subject too: the person who spoke in the sentence before, "某某质疑…")
    SAYS_AT.lastIndex = i;
    // (or a verb with 着, what they were doing: "退休教师王某戴着老花镜")
    if (ch !== undefined && !SUBJECT_END.test(ch) && /\p{Script=Han}/u.test(ch) && !SAYS_AT.test(t) && !/[着著]/u.test(t[i + 1] ?? '')) continue;
    const chunk = t.slice(at, i);
    const who = read(chunk);
    // (the chunk must end with the name: "委员花某就" read as the whole name, not a tail of it)
    // (a two-character name before another character of a name's kind may be cut short: "黄某" of "黄某正")
    const cut = who && who.name.length === 2 && !who.role && !/[太生士姐]$/u.test(who.name) && ch !== undefined && /\p{Script=Han}/u.test(ch) && !SHORT_NAME_END.test(ch);
    if (who && !cut && chunk.endsWith(who.name) && isAntecedent(who, chunk)) return longerName(t, at, i, who, read) ?? who;
    if (ch !== undefined && /[，,]/u.test(ch)) return null;
  }
  return null;
}

/** The last person a text mentions by a title and a name, with the title (and what stands before it) as the role. */
function findTitledMention(t: string, read: ReadPerson): Antecedent | null {
  let found: Antecedent | null = null;
  for (const m of t.matchAll(TITLED)) {
    const nameAt = m.index! + m[0].length - m[1]!.length;
    // a name of 2–4 characters: try the longest first that is followed by what may follow a name
    for (const k of [3, 2, 4]) {
      const name = t.slice(nameAt, nameAt + k);
      if (name.length !== k || !AFTER_MENTION.test(t.slice(nameAt + k))) continue;
      let start = nameAt;
      while (start > 0 && !CLAUSE_CUT.test(t[start - 1]!)) start--;
      // the longest chunk ending with the name that reads as the person ("这些在全国人大代表、某市委副书记某某" is
      // read from "全国人大代表")
      let who: Antecedent | null = null;
      // (the whole clause before the name is a role, not narrative: "总书记首先代表党中央" names no one)
      if (NARRATIVE_ROLE.test(t.slice(start, nameAt).replace(BEFORE_ROLE, ''))) continue;
      for (let from = start; from <= nameAt - 2 && !who; from++) {
        const chunk = t.slice(from, nameAt + k).replace(BEFORE_ROLE, '');
        const read1 = read(chunk);
        if (read1 && read1.name === name && isAntecedent(read1, chunk)) who = read1;
      }
      if (who) {
        found = who;
        break;
      }
    }
  }
  return found;
}

/**
 * The person a pronoun speaking after `recent` refers to (oldest first; the last may be the pronoun's own sentence
 * up to the pronoun): the subject of the latest clause that has one, else the latest person mentioned by title.
 */
export function findPronounAntecedent(recent: readonly string[], read: ReadPerson): Antecedent | null {
  for (let i = recent.length - 1; i >= 0; i--) {
    const t = recent[i]!.replace(ASIDE, '');
    // (the person the reporter met, the pronoun's scene: "见到…场长某某时，他告诉记者")
    const met = MET.exec(t);
    const host = met ? read(met[1]!) : null;
    if (host && host.name.length >= 2 && met![1]!.endsWith(host.name) && (isAntecedent(host, met![1]!) || ADDRESSED.test(host.name) || (!!host.role && !NARRATIVE_ROLE.test(host.role) && !SAYS_IN_ROLE.test(host.role)))) return host;
    for (const at of clauseStarts(t, 3)) {
      const who = findClauseSubject(t, at, read);
      if (who) return who;
    }
    const mentioned = findTitledMention(t, read);
    if (mentioned) return mentioned;
  }
  return null;
}
