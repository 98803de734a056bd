/**
 * Vox pops told in the reporter's prose: the passer-by is described, named, and then speaks, with no label.
 *
 *   "68歲已經退休的謝先生認為，…"            a describing clause before an honorific form (the clause is the role)
 *   "這位自稱名叫維春的老伯說，…"            the speaker names himself ("自稱名叫…的")
 *   "13歲的周同學是初一的學生，她說：“…”"    the person, "是" + what they are, then a pronoun's words
 *   "王某，厦门人，是一名大学老师。…他说：“…”"
 *   "谈到对…的期盼时，李某说，…"              a "when asked about…" clause, then the person and the verb
 *   "…巧遇即将回乡的李某。他今年29岁，某厂工人。…李某说：“…”"  met by the reporter, described, then quoted
 *
 * Pure string functions; whether such voices carry a piece is judge-roundup.ts's question (a news story
 * describes and quotes people the same way, one or two of them, with its narrative between).
 */
import { endsWithRoleWord, isCircumstance, isPersonName } from './names';

export interface NarrativeVoice {
  name: string;
  role: string | null;
  /** The words after the verb (or the rest of the paragraph). */
  rest: string;
}

// (kept here, not taken from reported-speech.ts, which calls these functions: no cycle at load time)
const SAY = '(?:说|說|説|表示|认为|認為|指|指出|称|稱|坦言|直言|希望|告诉记者|告訴記者|笑言|感叹|感嘆|透露)';
// a short circumstance between the person and the verb: "在提到…時", "也", "很高兴地"
const BETWEEN = '[^，,。：:“”「」！？!?]{0,14}?';
const SAYS_AFTER = new RegExp(`^${BETWEEN}${SAY}[，,：:]`, 'u');

// the forms a vox pop names a passer-by by: surname + honorific or kinship address
const ADDRESS =
  '(?:先生|女士|小姐|太太|同學|同学|老師|老师|伯伯|阿姨|婆婆|大爷|大爺|大妈|大媽|大娘|大叔|大姐|阿婆|阿伯|老伯|师傅|師傅|爷爷|爺爺|奶奶)';
const ADDRESSED = new RegExp(`^\\p{Script=Han}{1,2}${ADDRESS}$`, 'u');

/** "謝先生", "历大爷", "呂老師": a surname (or two characters) and an address. */
export function isAddressForm(name: string): boolean {
  return ADDRESSED.test(name);
}

// a describing clause, then "的" and the person: no punctuation, no quotation, no verb of saying inside
const DESCRIBED = new RegExp(`^(?:而|但|另外|還有|还有|也有)?([\\p{Script=Han}\\d][^，,。：:；;“”「」！？!?]{1,24}的)(\\p{Script=Han}{2,6})$`, 'u');
const SAYING_INSIDE = /(?:说|說|表示|认为|認為|指出)/;

/**
 * "68歲已經退休的謝先生", "31歲教日語的呂老師", "在房地產行業工作的25歲的劉先生": a clause ending in "的",
 * then an address form (or a full name after a clause of some length). The role is the clause as printed.
 */
export function matchDescribedPerson(label: string): { name: string; role: string | null } | null {
  const m = DESCRIBED.exec(label.trim());
  if (!m) return null;
  const [, clause, name] = m as unknown as [string, string, string];
  if (SAYING_INSIDE.test(clause)) return null;
  // the clause describes a person ("…工作的", "68歲…的"), it is not a possessive ("公司的", "我們的")
  if (/^(?:我|你|他|她|我們|我们|他們|他们|她們|她们|大家)的$/u.test(clause)) return null;
  const role = isCircumstance(clause) ? null : clause;
  if (isAddressForm(name)) return { name, role };
  if (clause.length >= 4 && isPersonName(name)) return { name, role };
  return null;
}

// "這位自稱名叫維春的老伯說", "一位名叫阿明的司機表示": the person's own name, then what they are
const SELF_NAMED = new RegExp(
  `^(?:這位|这位|一位|有位|另一位|另外一位)?(?:自稱|自称|自我介紹|自我介绍)?(?:名叫|叫做|名為|名为)(\\p{Script=Han}{2,3}?|[A-Z][a-z]{2,12})的(\\p{Script=Han}{1,6}?)(${BETWEEN}${SAY})[，,：:]`,
  'u',
);

/** "這位自稱名叫維春的老伯說，…": the name the speaker gives; no role (the address is how the reporter saw them). */
export function matchSelfNamed(text: string): NarrativeVoice | null {
  const m = SELF_NAMED.exec(text.trim());
  if (!m) return null;
  return { name: m[1]!, role: null, rest: text.trim().slice(m[0].length) };
}

const AGE = '(?:\\d{1,3}(?:岁|歲)的)?';
// "周同學是初一的學生，" / "王某，厦门人，是一名大学老师。"
const PREDICATE_ROLE = new RegExp(`^${AGE}(\\p{Script=Han}{2,5}?)(?:[，,][^，,。“”「」]{1,10})?[，,]?是([^，,。；;“”「」！？!?]{2,20})[，,。]`, 'u');
// the pronoun's words within the next sentences: "她說：", "他很高兴地说：“"
const PRONOUN_SAYS = new RegExp(`(?:^|[。，,])\\s*(?:他|她)${BETWEEN}${SAY}[，,：:]`, 'u');
const PRONOUN_REACH = 120;

/**
 * "13歲的周同學是初一的學生，她說：“…”", "王某，厦门人，是一名大学老师。记者采访了他。他很高兴地说：“…”":
 * a person, "是" and what they are (the role, as printed), then a pronoun's words soon after.
 */
export function matchPredicateRole(text: string): NarrativeVoice | null {
  const t = text.trim();
  const m = PREDICATE_ROLE.exec(t);
  if (!m) return null;
  const name = m[1]!;
  const role = m[2]!.trim();
  if (!(isAddressForm(name) || isPersonName(name)) || !endsWithRoleWord(role)) return null;
  const after = t.slice(m[0].length - 1, m[0].length - 1 + PRONOUN_REACH);
  const says = PRONOUN_SAYS.exec(after);
  if (!says) return null;
  return { name, role, rest: after.slice(says.index + says[0].length).trimStart() };
}

// "谈到对“两会”有啥期盼时，", "當記者問及…時，": the question the person answers, before the person
const WHEN_ASKED = /^(?:当|當|在)?(?:记者|記者)?(?:谈到|談到|说到|說到|谈起|談起|谈及|談及|问到|問到|问及|問及|问起|問起|提到|提及|被问及|被問及|被问到|被問到)[^。！？!?]{1,30}?(?:时|時)[，,]\s*/u;

/** The "when asked about…" clause that opens a sentence before its speaker, or null. */
export function matchWhenAsked(text: string): string | null {
  return WHEN_ASKED.exec(text)?.[0] ?? null;
}

// the reporter meets the person: "记者…巧遇即将回乡的李某。", "记者遇到了正在排队的市民张先生，"
const MET = /(?:遇到|遇見|遇见|碰到|碰見|碰见|见到|見到|巧遇|偶遇|找到|采访了|採訪了|訪問了|访问了)(?:了)?([^。，,“”「」！？!?]{0,20}?)(\p{Script=Han}{2,5})[。，,]/u;
// what they are, told after: "他今年29岁，安徽省某厂工人。"
const APPOSITION = /^(?:他|她)(?:今年)?\d{1,3}(?:岁|歲)[，,]\s*(?:是)?([^。，,；;“”「」]{2,24})[。，,]/u;
const SENTENCE_END = /[。！？!?]/g;

/**
 * "…记者巧遇即将回乡的李某。他今年29岁，某厂工人。…李某说：“…”": a person the reporter meets in the
 * paragraph's first sentence, quoted (by name or pronoun, with a quotation) in a later one. The role is the
 * apposition when the piece gives one, else the describing clause before the name.
 */
export function matchMetThenSays(text: string): NarrativeVoice | null {
  const t = text.trim();
  const first = t.search(/[。！？!?]/);
  if (first < 6 || first > 80) return null;
  const m = MET.exec(t.slice(0, first + 1));
  if (!m) return null;
  let name: string | null = null;
  let clause = m[1]!;
  const run = m[2]!;
  // the name closes the run: "即将回乡的李军" → "李军"; "市民张先生" → "张先生" with "市民" as the role
  for (const k of [3, 2, 4, 5]) {
    const cut = run.slice(-k);
    if (cut.length === k && (isAddressForm(cut) || isPersonName(cut))) {
      name = cut;
      clause += run.slice(0, -k);
      break;
    }
  }
  if (!name) return null;
  // the words: a later sentence opens with the name or a pronoun and a verb of saying, a quotation after it
  SENTENCE_END.lastIndex = first;
  let role: string | null = null;
  for (let e = SENTENCE_END.exec(t), n = 0; e && n < 4; e = SENTENCE_END.exec(t), n++) {
    const s = t.slice(e.index + 1).trimStart();
    const app = n === 0 ? APPOSITION.exec(s) : null;
    if (app && endsWithRoleWord(app[1]!)) role = app[1]!;
    const opener = s.startsWith(name) ? name : /^(?:他|她)/.test(s) ? s[0]! : null;
    if (!opener) continue;
    const says = SAYS_AFTER.exec(s.slice(opener.length));
    if (!says) continue;
    const rest = s.slice(opener.length + says[0].length).trimStart();
    if (!/^[“「"]/.test(rest)) continue;
    const described = clause.trim();
    return { name, role: role ?? (described && (endsWithRoleWord(described) || described.endsWith('的')) ? described : null), rest };
  }
  return null;
}

/**
 * "王老师" going on for "王思鑫" (a teacher), "李先生" for "李某": the voice's surname and an address or the
 * word its role ends with. The story's way of continuing a person named once.
 */
export function isSurnameFormOf(short: string, full: string, role: string | null = null): boolean {
  if (short === full || short.length < 2 || full.length < 2 || short[0] !== full[0]) return false;
  const tail = short.slice(1);
  if (ADDRESSED.test(short)) return true;
  return !!role && tail.length >= 2 && role.endsWith(tail);
}

// Hong Kong papers go on with the surname alone: "…的鄧先生身穿港足波衫到場支持。鄧形容…", "姜表示，…"
const SURNAME_VERB = '(?:亦|也|又|則|则|續|续|更|再)?(?:形容|表示|指|稱|称|說|说|認為|认为|直言|坦言|希望|期望|透露|強調|强调|批評|批评|質疑|质疑|相信|擔心|担心|感嘆|感叹)';
const SUBJECT = new RegExp(`^([^，,。；;“”「」！？!?]{0,30}?)(\\p{Script=Han}${ADDRESS})`, 'u');
// the reporter's part before the person ("記者邀請市民姜先生…"): who the person is follows it
const REPORTER_ASKS = /^(?:記者|记者)[^，,。]{0,6}?(?:邀請|邀请|採訪|采访|訪問|访问|問|问|遇到|遇見|遇见|碰到)/u;
// a topic clause may come before the surname: "至於鄭某，姜指…"
const TOPIC_FIRST = /^(?:(?:至於|至于|對於|对于|關於|关于|談到|谈到|說到|说到|談及|谈及)[^，,。“”「」]{1,16}[，,]\s*)?/u;

/** "姜表示，…", "至於鄭某，姜指…": the paragraph goes on with the surname of `name` (an address form or a full name). */
export function goesOnBySurname(text: string, name: string): boolean {
  if (name.length < 2 || !/^\p{Script=Han}/u.test(name) || !(isAddressForm(name) || isPersonName(name))) return false;
  const t = text.trimStart();
  const topic = TOPIC_FIRST.exec(t)![0];
  const rest = t.slice(topic.length);
  if (!rest.startsWith(name[0]!) || rest.startsWith(name)) return false;
  return new RegExp(`^${SURNAME_VERB}`, 'u').test(rest.slice(1));
}

/**
 * "由1990年代開始支持港足的鄧先生身穿港足波衫到場支持。鄧形容…": a person with an address form is the subject
 * of a sentence (its first clause or the next), and the next sentence opens with their surname and a verb
 * of saying. The role is the describing clause (with its "的") or the role before the name.
 */
export function matchSurnameSays(text: string): NarrativeVoice | null {
  const t = text.trim();
  const end = t.search(/[。！？!?]/);
  if (end < 4 || end > 120) return null;
  const sentence = t.slice(0, end);
  const next = t.slice(end + 1).trimStart();
  const comma = sentence.search(/[，,]/);
  for (const from of comma > 0 ? [0, comma + 1] : [0]) {
    const m = SUBJECT.exec(sentence.slice(from));
    if (!m) continue;
    const name = m[2]!;
    if (!goesOnBySurname(next, name)) continue;
    const before = m[1]!.replace(REPORTER_ASKS, '').trim();
    if (/[记記]者/.test(before)) return null;
    const role = before === '' ? null : before.endsWith('的') || endsWithRoleWord(before) ? before : null;
    return { name, role, rest: next };
  }
  return null;
}
