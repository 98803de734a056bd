/**
 * Who speaks in the reporter's own sentences: a paragraph that opens with a person and a verb of saying
 * ("南丫岛居民林先生希望，…", "國民黨議員江怡臻表示，…", "“……”全国人大代表、某小学校长王某举例，…"), and
 * an attribution line whose speaker is followed by a predicate ("——四川大学教师周某发文批评…",
 * "——全國政協委員陳某談…", "——…，网友“某某”这样评价"). Pure string functions; the judgement of
 * whether such paragraphs carry a piece (a reaction round-up) or sit in a story is judge-feature.ts's.
 */
import { isBalanced, squeeze } from '../chinese/chars';
import { isLabelShaped, stripReadingGlosses } from './lines';
import { isIntroducedWithRole, matchRunOnSay } from './introduced-names';
import { stripJammer } from './forum-jammer';
import { wordCrossesBoundary } from './segment';
import { endsWithRoleWord, isPersonName, isTransliteratedName, splitSpeakerLabel, type NameContext } from './names';
import { matchDescribedPerson, matchMetThenSays, matchPredicateRole, matchSelfNamed, matchSurnameSays, matchWhenAsked } from './narrative-voices';

// Adverbs and a circumstance may sit between the speaker and the verb: "也表示", "在接受采访时表示".
// (a time word too: "早前預計", "日前表示")
// ("今（5）日", Taiwan's way of dating a statement)
export const LINK = '(?:(?:今|昨|前)[（(]\\d{1,2}[)）]日?|早前|日前|近日|昨日|昨天|今日|今天|此前|先前|最近|当天|當天|当日|當日|随后|隨後|其后|其後|昨(?=[^日天晚]))?(?:亦|也|则|則|更|还|還|就|曾|同样|同樣|随即|隨即|接着|接著|进一步|進一步|再次|多次)?(?:在[^，,。：:“”「」]{1,16}?(?:时|時|上|中|后|後)|以[^，,。：:“”「」]{1,10}?(?:发言|發言|致辞|致辭|回应|回應|答问|答問)(?:时|時)|(?:发言|發言|致辞|致辭|讲话|講話)(?:时|時)|於[^，,。：:“”「」]{1,16}?(?:时|時|上|中)|(?:接受|受)[^，,。：:“”「」]{0,12}?(?:访问|訪問|采访|採訪|訪)(?:时|時)?)?(?:(?:对|對|向)[^，,。：:“”「」]{1,8}?(?:记者|記者|社|台|臺|报|報|网|網|媒体|媒體))?(?:笑着|笑著|高兴地|高興地|激动地|激動地|兴奋地|興奮地|感慨地|无奈地|無奈地|自豪地|坦率地|认真地|認真地|开心地|開心地|接过话|接過話|插话|插話)?';
// ("以華語發言時説": the way of speaking in a debate; "她发言时表示": the scene alone)
// (an addressee before the verb: "对中评社记者表示", "向本报表示")
// (a vox pop's manner before the verb: "张女士笑着说", "李大爷高兴地说")
// Verbs that report what someone said or thinks, strong enough to open a paragraph of their words.
export const SAYING =
  '(?:表示|指出|认为|認為|说|說|説|称|稱|希望|期望|期盼|坦言|直言|强调|強調|建议|建議|呼吁|呼籲|赞扬|讚揚|称赞|稱讚|批评|批評|质疑|質疑|透露|举例|舉例|提到|感叹|感嘆|回应|回應|坦承|解释|解釋|补充|補充|形容|相信|预计|預計|提出|坦率地说|坦率地說|笑言|直指|反问|反問|续指|續指|又指|分析|指|表明|担心|擔心|忧虑|憂慮|估计|估計|寄语|寄語|说道|說道|提醒|重申|反驳|反駁|承认|承認|警告|期待|寄望|主张|主張|笑称|笑稱|忆述|憶述|说明|說明|告诉记者|告訴記者|告诉本报记者|告訴本報記者)';
// After a "——" the speaker may be followed by any predicate: "谈…", "用此语回应…", "发文批评…", "在被问及…时如是说".
const PREDICATE = `(?:${SAYING}|谈|談|用|发|發|在|以|对|對|向|通过|通過|如是|这样|這樣|接受|回答|答)`;

// Opening a paragraph, the verbs of an official meeting report ("书记张三强调，要…", "…指出，") are left out:
// such a report lists officials' directives, it does not collect voices
const REACTING = SAYING.replace('|指出', '').replace('|强调|強調', '');
/** The verbs that open a voice's paragraph, as words (for the page check's cheap test). */
export const OPENING_VERBS: readonly string[] = REACTING.slice(3, -1).split('|');
const OPENING = new RegExp(`${LINK}${REACTING}(?:称|稱)?(?=[，,：:“「]|\\s*$)`, 'y');
const OPENING_POINTED = new RegExp(`${LINK}(?:指出|强调|強調)(?=[，,：:“「])`, 'y');
// roles of people who react rather than direct: members, party leaders and conveners, scholars, heads of firms
// (not 书记, 省长, 部长, 主任: a meeting report's officials, whose 指出/强调 are directives)
const VOICE_ROLE = /(?:议员|議員|立委|委员|委員|代表|召集人|党魁|黨魁|(?:党|黨)主席|(?:党|黨)副主席|教授|学者|學者|研究员|研究員|总裁|總裁|董事长|董事長|行政總裁|会长|會長)$/;
// after an opening quotation the attribution may close the paragraph: "“……”某村书记刘某说。"
// (or the speaker's turn at a meeting: "“……”某集团总裁王某在会上首先发言。")
const CLOSING = new RegExp(`${LINK}(?:首先|率先|最后|最後)?(?:${REACTING}|发言|發言)(?=[。.]\\s*$)`, 'y');
// the same inside a paragraph: the attribution closes its sentence ("“……”雷女士说。" then the narrative goes on)
const CLOSING_SENTENCE = new RegExp(`${LINK}${REACTING}(?=[。.])`, 'y');
const OPENING_RUN_ON = new RegExp(`${LINK}(?:指|表示|质疑|質疑|认为|認為|直言|坦言|笑言|希望|期望|坦承|透露|形容)`, 'y');
// with an object, the quotation must follow at once: "郑女士亦赞赏现届议员，“有事打电话给他们都会帮忙。”"
const AGREEING = '(?:赞赏|讚賞|认同|認同|深表认同|深表認同|肯定|支持|欢迎|歡迎|感谢|感謝|批评|批評|' + REACTING.slice(3);
const OPENING_QUOTED = new RegExp(`${LINK}${AGREEING}[^，,。“”「」]{0,14}[，,]\\s*(?=[“「])`, 'y');
const AFTER_DASH = new RegExp(PREDICATE, 'y');

export interface ReportedSpeaker {
  name: string;
  role: string | null;
  evidence: number;
  /** A bare name the piece introduced with a role elsewhere (introduced-names.ts): a voice without its role here. */
  introduced?: boolean;
  /** What follows the verb (the speech or the rest of the attribution); '' when the line ends there. */
  rest: string;
}

// A transliterated name run together after a full title: "…地委副書記艾克拜爾吾甫爾" (no surname, 5–8
// characters, no function words), only behind a title for a person, not an organisation's name
const LONG_NAME = /^[^的了是在和与與及等对對为為也将將被把这這那个個们們报報讚赞表示内內容]{5,8}$/u;
const PERSON_TITLE = /(书记|書記|主任|代表|委员|委員|[长長]|主席|[员員]|官|[师師]|家|教授|导演|導演)$/;

const AGED = /^(\d{1,3}(?:岁|歲)的)(\S{2,20})$/u;
const INTRODUCED = /^(\p{Script=Han}{1,2}(?:先生|女士|小姐|太太|同學|同学|老師|老师|阿姨|伯伯|大爷|大爺|大妈|大媽|大娘|大叔|阿婆|阿伯|老伯|师傅|師傅))(?=是|家住|今年|住在|来自|來自|一直|平时|平時|在\p{Script=Han}{2,8}(?:工作|上班|做生意|读书|讀書))/u;
const HONORIFIC = /^\p{Script=Han}{1,2}(?:先生|女士|小姐|太太|太|同學|同学|老師|老师|伯伯|阿姨|婆婆|伯|婆|大爷|大爺|大妈|大媽|大娘|大叔|阿婆|阿伯|老伯|师傅|師傅)$/u;

/** A passer-by's honorific form ("鄧先生", "張太", "李婆婆"): a person the piece asked, with no role needed. */
export function isHonorificForm(name: string): boolean {
  return HONORIFIC.test(name);
}
const DESCRIBED = /^(\p{Script=Han}[^，,。：:“”「」]{2,20})的(阿\p{Script=Han}{1,2}|[A-Z][a-z]{2,12})$/u;

/**
 * Two titles joined by "、" before the name run past a label's usual length ("某大学学院院长、某交易所主席
 * Merit Janow"): each title before the last "、" ends with a role word and the rest is label-shaped.
 */
function isLongTitleChain(label: string): boolean {
  const l = squeeze(label);
  if (l.length > MAX_CUT) return false;
  const cut = l.lastIndexOf('、');
  if (cut < 2) return false;
  return l.slice(0, cut).split('、').every((t) => t.length >= 2 && endsWithRoleWord(t)) && isLabelShaped(l.slice(cut + 1));
}

/** A label that names one person: role+name, name+title, an honorific form, a long name after a title. */
function personOf(label: string, ctx: NameContext, needRole: boolean): ReportedSpeaker | null {
  // an age before the person ("13岁的周同学"): a vox pop's way of introducing a passer-by
  const aged = AGED.exec(label.trim());
  if (aged) {
    const who = personOf(aged[2]!, ctx, false);
    return who && (who.role || HONORIFIC.test(who.name)) ? { ...who, role: who.role ? `${aged[1]}${who.role}` : aged[1]! } : null;
  }
  if (!isLabelShaped(label) && !isLongTitleChain(label)) {
    // a describing clause before an address form, an age first: "68歲已經退休的謝先生" (narrative-voices.ts)
    const clause = matchDescribedPerson(label);
    return clause ? { name: clause.name, role: clause.role, evidence: 2, rest: '' } : null;
  }
  // a bare name the piece introduced with a role ("…選手王某麟、李某…" then "李某表示，…")
  const bare = squeeze(label);
  if (needRole && (isPersonName(bare) || isTransliteratedName(bare)) && isIntroducedWithRole(bare, ctx.text)) return { name: bare, role: null, evidence: 2, rest: '', introduced: true };
  // a describing clause before an address form: the clause as printed, "的" and all ("正在排队的" for "正在排队的李大爷")
  const clause = matchDescribedPerson(label);
  if (clause) return { name: clause.name, role: clause.role, evidence: 2, rest: '' };
  const split = splitSpeakerLabel(label, ctx);
  // a vox pop's honorific form needs no role: "鄧先生指，…" is a passer-by the piece asked, not a story's subject
  if (split.name && split.evidence >= 2 && (!needRole || split.role || HONORIFIC.test(split.name))) {
    return { name: split.name, role: split.role, evidence: split.evidence, rest: '' };
  }
  // a describing clause, then a nickname or an English given name: "從事電訊行業的阿某", "從事銀行業的Peter"
  const described = DESCRIBED.exec(label.trim());
  if (described) return { name: described[2]!, role: `${squeeze(described[1]!)}的`, evidence: 2, rest: '' };
  const l = squeeze(label);
  for (let k = 8; k >= 5; k--) {
    const name = l.slice(-k);
    const role = l.slice(0, -k);
    if (role.length >= 4 && /^\p{Script=Han}+$/u.test(name) && LONG_NAME.test(name) && PERSON_TITLE.test(role) && !endsWithRoleWord(name)) return { name, role, evidence: 2, rest: '' };
  }
  return null;
}

// The characters a verb or a link word can start with: the regex is tried only where one stands.
const STARTS = new Set(Array.from((LINK + PREDICATE + AGREEING).matchAll(/(?:^|\(\?:|\|)(\p{Script=Han})/gu), (m) => m[1]!));
// (their code units: the loop below reads one per position, with no one-character string made for it)
const START_CODES = new Set(Array.from(STARTS, (c) => (c.length === 1 ? c.charCodeAt(0) : -1)));
const CLAUSE_END = /[，,。！？；;：:]/g;
const MAX_LABEL = 46;
const MAX_CUT = 60;

/** The first cut of `text` (from `from`) where the regex matches and the part before names a person. */
function firstSpeakerCut(text: string, from: number, re: RegExp, ctx: NameContext, needRole: boolean): ReportedSpeaker | null {
  // the speaker and the verb sit in the first clause: the search ends at its punctuation
  CLAUSE_END.lastIndex = from;
  const end = CLAUSE_END.exec(text)?.index ?? text.length;
  // (two roles joined by "、" before a Latin name run long: "某大学学院院长、某交易所主席Merit Janow")
  const max = Math.min(end, from + (text.slice(from, from + MAX_CUT).includes('、') ? MAX_CUT : MAX_LABEL));
  for (let i = from + 2; i < max; i++) {
    if (!START_CODES.has(text.charCodeAt(i))) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    const label = text.slice(from, i).trim();
    // the label never spans a clause: past a comma or a full stop, it is narrative
    if (/[，,。！？；;：:]/.test(label.replace(/[（(][^（()）]*[)）]/g, ''))) return null;
    const who = personOf(label, ctx, needRole);
    if (who) return { ...who, rest: text.slice(i + m[0].length).replace(/^[\s，,：:]+/, '') };
  }
  return null;
}

// a quotation that opens the paragraph: "“……”全国人大代表王某说，…", "「中道、理性」，國民黨議員呂某說，…"
// a connective may open the paragraph: "對此，民建聯主席李某表示，…"
// the longest scene sentence before a voice that opens the paragraph's second sentence
const SCENE_SENTENCE = 50;
const LONG_QUESTION = 80;
const SCENE_ADVERBIAL = /(?:以来|以來|时|時|后|後|上|中|前|里|裡|间|間|方面|来说|來說|看来|看來)$/;
const CONNECTIVE = /^(?:对此|對此|此外|另外|同时|同時|不过|不過|但|而|另一方面|至于|至於|其中)[，,]?\s*/;
// a member of a congress named by name and title, perhaps after where they come from ("來自某省的楊某代表")
const MEMBER_OPENING = /^(?:\p{Script=Han}{1,12}的)?\p{Script=Han}{2,4}(?:代表|委员|委員)(?![会會长長])/u;
// (their quotation opens within the first sentence: a clause or two of description first, no full stop)
const MEMBER_THEN_QUOTE = /^[^。！？“”「」]{0,40}[“「][^”」]{8,}/;
const SPEAKING_AS = /^(?:作为|作為|身为|身為)([^，,。：:“”「」]{2,20})[，,]\s*/;
const TOPIC_CLAUSE = /^(?:说到|說到|谈到|談到|谈及|談及|提到|谈起|談起|对于|對於|关于|關於)[^，,。“”「」]{1,12}[，,]\s*/;
const OPENING_QUOTE = /^([“「][^“”「」]*(?:[“「][^“”「」]*[”」][^“”「」]*)*[”」])[，,]?\s*/;
// a digest's separator before each item ("....“……”某某说。", "……某某表示，"): an ornament, not text
const ORNAMENT = /^(?:\.{3,}|…+|·{3,})\s*/;

/** A sentence that opens with a quotation and names its speaker after it: "“……”某市民李女士说。", "“……”，某公司总裁张某表示，…". */
function quoteThenSpeaker(t: string, ctx: NameContext): ReportedSpeaker | null {
  const q = OPENING_QUOTE.exec(t);
  if (!q || !isBalanced(q[1]!) || q[1]!.length < 8) return null;
  const from = q[0].length;
  return firstSpeakerCut(t, from, OPENING, ctx, true) ?? firstSpeakerCut(t, from, CLOSING_SENTENCE, ctx, true);
}

/**
 * A paragraph that opens with a named person and a verb of saying: "南丫岛居民林先生希望，…",
 * "國民黨議員江怡臻表示，…", "队长周某在接受采访时表示：" (alone, the speech below), or a quotation, then
 * the person and the verb. The speaker has a role (a bare name is someone the story has introduced).
 */
export function matchReportedOpening(text: string, ctx: NameContext = {}): (ReportedSpeaker & { quote: string }) | null {
  // a mirror's pinyin glosses after characters ("記者采訪時(shí)表示") are read past, as the reader does
  // (and past a forum's anti-scrape jammer at the opening: forum-jammer.ts)
  const t = stripJammer(stripReadingGlosses(text.trim())).replace(ORNAMENT, '');
  if (t.length < 6) return null;
  const q = OPENING_QUOTE.exec(t);
  const c = q ? null : CONNECTIVE.exec(t);
  let from = q ? q[0].length : c ? c[0].length : 0;
  if (q && !isBalanced(q[1]!)) return null;
  // after the quotation, the topic it answers may come first: "“……”说到企业家精神，某公司董事长周某说，…"
  const topic = q ? TOPIC_CLAUSE.exec(t.slice(from)) : null;
  if (topic) from += topic[0].length;
  const loose = firstSpeakerCut(t, from, OPENING_RUN_ON, ctx, true);
  const who =
    firstSpeakerCut(t, from, OPENING, ctx, true) ??
    firstSpeakerCut(t, from, OPENING_QUOTED, ctx, true) ??
    (q ? firstSpeakerCut(t, from, CLOSING, ctx, true) : null) ??
    // a vox pop's verb runs on into the speech ("鄧先生指過往…", "從事銀行業的Peter質疑…"): only for a passer-by's form
    (loose && (HONORIFIC.test(loose.name) || !/\p{Script=Han}/u.test(loose.name) || loose.name.startsWith('阿')) ? loose : null);
  if (who) return { ...who, quote: q ? q[1]! : '' };
  // "指出"/"强调" open a paragraph of a legislator's or a party's reaction ("民主黨主席胡某指出，…"), not only an
  // official's directive: read for voices whose role is a member's, a party leader's or a scholar's
  const pointed = firstSpeakerCut(t, from, OPENING_POINTED, ctx, true);
  if (pointed && pointed.role && VOICE_ROLE.test(squeeze(pointed.role))) return { ...pointed, quote: q ? q[1]! : '' };
  // what they speak as, then the bare name: "作為某團代表，陳某說，…" (the clause gives the role)
  const as = q ? null : SPEAKING_AS.exec(t);
  if (as && endsWithRoleWord(squeeze(as[1]!))) {
    const from = as[0].length;
    for (const k of [3, 2, 4]) {
      const name = t.slice(from, from + k);
      if (!isPersonName(name)) continue;
      OPENING.lastIndex = from + k;
      const m = OPENING.exec(t);
      if (m) return { name, role: squeeze(as[1]!), evidence: 3, rest: t.slice(from + k + m[0].length).replace(/^[\s，,：:]+/, ''), quote: '' };
    }
  }
  // an introduced bare name whose "说" runs on into the words: "王某麟說很感謝所有支持的人…"
  const runOn = q ? null : matchIntroducedRunOn(t.slice(from), ctx);
  if (runOn) return { ...runOn, quote: '' };
  if (q) return null;
  // a vox pop told in prose (narrative-voices.ts): "這位自稱名叫維春的老伯說，", "13歲的周同學是初一的學生，她說：",
  // "谈到对…的期盼时，李某说，", "…巧遇即将回乡的李某。…李某说：“…”"
  const narrative = matchSelfNamed(t) ?? matchPredicateRole(t);
  if (narrative) return { ...narrative, evidence: 2, quote: '' };
  const whenAsked = matchWhenAsked(t);
  if (whenAsked) {
    const answer = firstSpeakerCut(t, whenAsked.length, OPENING, ctx, true);
    if (answer) return { ...answer, quote: '' };
  }
  const met = matchMetThenSays(t) ?? matchSurnameSays(t);
  if (met) return { ...met, evidence: 2, quote: '' };
  // the person the first sentence is about, their words after a pronoun in the next: "在日本出家的唐某今天路過，…。他表示，…"
  const subject = subjectThenPronoun(t, ctx);
  if (subject) return { ...subject, quote: '' };
  // a member named with the title after the name, described, then their words: "來自某省的楊某代表一襲盛裝，喜氣洋洋，“……”"
  const member = MEMBER_OPENING.exec(t);
  if (member && MEMBER_THEN_QUOTE.test(t.slice(member[0].length))) {
    const split = splitSpeakerLabel(member[0], ctx);
    if (split.name && split.role && split.evidence >= 3) return { name: split.name, role: split.role, evidence: 3, rest: t.slice(member[0].length), quote: '' };
  }
  // a vox pop introduced before their words: "郭先生是外地人，…“……”" (an honorific form, who they are, their quotation)
  const intro = INTRODUCED.exec(t);
  if (intro && /[“「][^”」]{6,}[”」]/.test(t)) return { name: intro[1]!, role: null, evidence: 2, rest: t.slice(intro[1]!.length), quote: '' };
  // a short scene-setting clause may come first, the speaker opening the next: "當今世界正在…變化，與會的某大學教授王某表示，…"
  const comma = t.search(/[，,]/);
  // (a clause of its own, not a time or circumstance: after "今年以来，" the person is the story's subject)
  const scene = t.slice(0, comma);
  if (comma >= 8 && comma <= 24 && !/[“”「」]/.test(scene) && !SCENE_ADVERBIAL.test(scene)) {
    const second = firstSpeakerCut(t, comma + 1, OPENING, ctx, true);
    if (second) return { ...second, quote: '' };
  }
  // a question as the section's opener, the voice answering it: "某某为什么停业？某博物院院长单某回应称，…"
  // (a longer question, the scene it asks about first, when the one answering is named with a role: "…，那么西安会不会
  //出台限购政策？西安市交警支队支队长刘某回应称，…")
  const asked = t.search(/[？?]/);
  if (asked > 0 && asked <= LONG_QUESTION) {
    const answer = firstSpeakerCut(t, asked + 1, OPENING, ctx, true);
    if (answer && (asked <= 30 || (answer.role && !answer.introduced))) return { ...answer, quote: '' };
  }
  // a short scene sentence first, the voice with a role opening the next: "而深水埗近日亦出現確診個案，居民開始擔心。
  // 該區區議員劉某表示，…" (the paragraph is the voice's; a bare name or an honorific form is not enough here)
  const stop = t.indexOf('。');
  if (stop >= 10 && stop <= SCENE_SENTENCE && !/[“”「」]/.test(t.slice(0, stop))) {
    const next = firstSpeakerCut(t, stop + 1, OPENING, ctx, true);
    if (next && next.role && next.evidence >= 3) return { ...next, quote: '' };
  }
  // a later sentence of the paragraph may open with the voice, its quotation right after: "…。长洲小食店老板邝某也深表认同，“…”"
  for (let k = t.indexOf('。'), n = 0; k !== -1 && k < t.length - 6 && n < 3; k = t.indexOf('。', k + 1), n++) {
    const later = firstSpeakerCut(t, k + 1, OPENING_QUOTED, ctx, true);
    if (later) return { ...later, quote: '' };
    // or with the question the person answers: "…。谈到对…的期盼时，李某说，…" (narrative-voices.ts)
    const whenLater = matchWhenAsked(t.slice(k + 1));
    if (whenLater) {
      const answer = firstSpeakerCut(t, k + 1 + whenLater.length, OPENING, ctx, true);
      if (answer) return { ...answer, quote: '' };
    }
    // or with a quotation, its speaker named after it: "…小兴奋。“终于……了。”雷女士说。"
    const quoted = quoteThenSpeaker(t.slice(k + 1), ctx);
    if (quoted) return { ...quoted, rest: t.slice(k + 1), quote: '' };
  }
  return null;
}

// the next sentence opens with a pronoun and a verb of saying: "他表示，", "她說："
// (the verb may run on into the words: "他坦言參加派對…", "他表示很激動")
const PRONOUN_SAYS = `(?:他|她)${LINK}(?:${REACTING}[，,：:]|(?:表示|认为|認為|直言|坦言|形容)(?=\\p{Script=Han}))`;
const PRONOUN_OPENS = new RegExp(`^${PRONOUN_SAYS}`, 'u');
// (a vox pop's verb may run on into the words: "…首次支持港隊，他表示以往…")
const PRONOUN_CLAUSE = new RegExp(`[，,]${PRONOUN_SAYS}`, 'u');
// where the subject's name ends in the first sentence: a time word, a circumstance or a verb follows it
// ("張先生一家首次…": a family or a first time after the name)
const SUBJECT_ENDS = /[今昨日在以于於从從到来來正已曾也亦则則将將出参參接做走作发發对對向是单單路早一首可]/;

/**
 * "在日本出家的唐某今天單純路過，在現場念經。他表示，…": the paragraph's first sentence is about a person named
 * with a role (or an honorific form), and the next opens with a pronoun and a verb of saying: their words.
 */
export function subjectThenPronoun(t: string, ctx: NameContext = {}): ReportedSpeaker | null {
  const end = t.search(/[。！？!?]/);
  if (end < 6 || end > 160) return null;
  // the pronoun opens the next sentence, or a clause of this one ("…高某是首位接受訪問的委員，他對本社表示，")
  const clause = PRONOUN_CLAUSE.exec(t.slice(0, end));
  if (!PRONOUN_OPENS.test(t.slice(end + 1).trimStart()) && !clause) return null;
  for (let i = 3; i < Math.min(end, 30); i++) {
    if (!SUBJECT_ENDS.test(t[i]!)) continue;
    const label = t.slice(0, i);
    if (/[，,：:“”「」]/.test(label)) return null;
    const who = personOf(label, ctx, true);
    // (not a cut inside a word: "从事医疗卫生工|作" is no person before 作)
    if (who && !wordCrossesBoundary(t.slice(0, end), i)) return { ...who, rest: t.slice(end + 1).trimStart() };
  }
  return null;
}

/** "王某麟說很感謝…": a name the piece introduced with a role, then "说" run on into the words. */
function matchIntroducedRunOn(t: string, ctx: NameContext): ReportedSpeaker | null {
  if (!ctx.text) return null;
  for (const k of [3, 2, 4]) {
    const name = t.slice(0, k);
    if (!(isPersonName(name) || isTransliteratedName(name))) continue;
    const rest = matchRunOnSay(t, name);
    if (rest !== null && isIntroducedWithRole(name, ctx.text)) return { name, role: null, evidence: 2, rest, introduced: true };
  }
  return null;
}

/** Where the last clause of an attribution begins (after its last comma or full stop outside quotes), or -1. */
function lastClauseStart(t: string): number {
  let depth = 0;
  let at = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '“' || ch === '「' || ch === '『' || ch === '《') depth++;
    else if (ch === '”' || ch === '」' || ch === '』' || ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '，' || ch === ',' || ch === '。')) at = i + 1;
  }
  return at < t.length - 3 ? at : -1;
}

// a handle in the attribution's clause: "…，网友“落美”这样评价", "…讓網友「阿明」憤怒"
const HANDLE_IN_CLAUSE = /(网友|網友|网民|網民|读者|讀者|博主)[“「『]([^”」』“「『]{1,12})[”」』]/;

/**
 * The text of a "——" attribution whose speaker is followed by what they did: "四川大学教师周某发文…",
 * "全國政協委員陳某談…", "…，网友“某某”这样评价". The speaker opens the line, or is a netizen's handle.
 */
export function matchAttributionClause(text: string, ctx: NameContext = {}): ReportedSpeaker | null {
  const t = text.trim();
  const who = firstSpeakerCut(t, 0, AFTER_DASH, ctx, true);
  if (who) return who;
  // the context first, the speaker opening the last clause: "——…引起关注，政协委员吴某如是说",
  // "——官员落马后，“墨宝”成“遗羞”。某学院教授竹某分析…" (only the last: a middle clause names the story's subjects)
  const last = lastClauseStart(t);
  if (last > 0) {
    const late = firstSpeakerCut(t, last, AFTER_DASH, ctx, true);
    if (late) return late;
  }
  const h = HANDLE_IN_CLAUSE.exec(t);
  // one handle: a clause naming two netizens is a story about them
  if (h && HANDLE_IN_CLAUSE.exec(t.slice(h.index + h[0].length)) === null) return { name: h[2]!, role: h[1]!, evidence: 2, rest: '' };
  return null;
}

/**
 * A line that attributes the quotation above it, with no dash: "北京市人大代表、副市长陈某",
 * "全国政协委员、歌唱演员李某谈纪录片《…》", "尹某，全国政协委员、一级导演". No sentence end, short.
 */
export function matchBareAttribution(text: string, ctx: NameContext = {}): ReportedSpeaker | null {
  const t = text.trim();
  if (t.length > 60 || /[。！？!?]$/.test(t) || /^[“「『]/.test(t)) return null;
  // "尹某，全国政协委员、…导演": name first, then a comma and the role
  const nameFirst = /^(\p{Script=Han}{2,4})[，,]\s*([^，,。]{2,45})$/u.exec(t);
  if (nameFirst && endsWithRoleWord(squeeze(nameFirst[2]!))) {
    const split = splitSpeakerLabel(`${nameFirst[1]}，${nameFirst[2]}`, ctx);
    if (split.name === nameFirst[1] && split.evidence >= 2) return { name: split.name, role: squeeze(nameFirst[2]!), evidence: split.evidence, rest: '' };
  }
  const whole = personOf(t, ctx, true);
  if (whole && whole.role && endsWithRoleWord(whole.role)) return whole;
  const cut = firstSpeakerCut(t, 0, AFTER_DASH, ctx, true);
  return cut && cut.role && endsWithRoleWord(cut.role) ? cut : null;
}

// (a long context may come first and the speaker close it: "——官员落马后，…。某学院教授竹某分析…")
const DASH = /^(?:—{1,2}|―{1,2}|－－|-{2,3}|─{1,2})\s*(.{2,200})$/;

/** "——四川大学教师周某发文批评…": a dash line whose speaker is followed by what they did. */
export function matchDashClause(text: string, ctx: NameContext = {}): ReportedSpeaker | null {
  const m = DASH.exec(text.trim());
  if (!m) return null;
  // "——马某": a full name alone signs the quotation above
  if (isPersonName(m[1]!.trim())) return { name: squeeze(m[1]!), role: null, evidence: 2, rest: '' };
  return matchAttributionClause(m[1]!, ctx);
}

// a quotation that says something (a clause or a sentence), then dashes
const QUOTE_DASH = /^([“「『].*[”」』][。！？!?]?)\s*(?:—{1,2}|―{1,2}|－－|─{1,2}|-{2,3})\s*(.{2,120})$/;

/** "“……”——全國政協委員、一級演員陳某透露自己的提案內容。": the quotation, the speaker, a predicate. */
export function matchQuoteDashClause(text: string, ctx: NameContext = {}): (ReportedSpeaker & { quote: string }) | null {
  const m = QUOTE_DASH.exec(text.trim());
  if (!m || !isBalanced(m[1]!) || !/[。！？!?…，,；;]/.test(m[1]!)) return null;
  const who = matchAttributionClause(m[2]!, ctx);
  return who ? { ...who, quote: m[1]! } : null;
}
