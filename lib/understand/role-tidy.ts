/**
 * A role as a reader names the person: what they are, not the words of the sentence around it. The spans the
 * matchers cut may open with the sentence's own words ("比如市民", "而主辦單位…董事長", "議案由…成員"), with page
 * furniture ("date 2025-12-20 "), with how the reporter met the person ("居住在…的", "旁邊的"; where they come from,
 * "来自…的", is kept: the keys of batches 16–19 keep it), or
 * come wrapped in quote marks or followed by a note on the name ("(化名)"). The corpus keys (corpus README,
 * "Decision rules") write the role without these; what the person does and how old they are stay as printed.
 */

import { endsWithGroupWord, endsWithRoleWord, endsWithTitle } from './names';

// a host's "our" ("我们的特约评论员": the programme's, not part of the title), and the sentence's words before a role (not "另一名", "另一位": which of them, kept as the keys keep it): conjunctions, adverbs, "its", "including", "an interview with", "according to"
// when and how the sentence goes on ("日前", "对此", "会上", "尤其是", "邀请到"; "现任", "原" are the role's own),
// the copula that points at them ("这是某医疗队护士…"; a host's "他们是…", a guest's own "我是…"), the reporter reaching them ("记者拨通某医院院长…的电话",
// "记者遇到了大学生", where: "记者在某医院门口见到了保安", "走进村民…家中", a topic then "采访了": "就房价采访了全国人大代表"),
// "and" joining the person to the one before ("和摄影师…": not 和記, 和平),
// a preposition with no clause's 的 after it ("与知名企业家…", "在某委員…的房間"; 与会, 在读, 在京 are words of a role)
const LEAD = /^(?:我[们們]的|[比例譬]如|其中|另外|此外|而且|以及|但是|不[过過]|[还還]有|同[样樣属屬]|至[于於]|另有|惟|一[位名](?:是|(?=.*的$))|[^的]{0,4}?(?:[专專][访訪]|邀[请請]|包括|[欢歡]迎|[抛拋][给給]|[遇碰][到見见]了|走[进進](?=[^的]*$))[了到]?|而(?!立)|和(?![记記平谐諧睦])(?=[^的]*$)|(?:[这這那]|[我他她][们們]?)?(?:[就正便]|分[别別])?是|(?:本[报報])?[记記]者[^的，,。]{0,16}?(?:[拨撥]通|[联聯][系繫]上?|采[访訪]|找到|[见見遇碰]到|走[进進])了?|[^的]{0,4}?[采採][访訪]了|[这這][让讓使]|(?:[与與](?![会會])|在(?![读讀校职職任编編岗崗京港沪滬台臺穗澳华華美]))(?=[^的]*$)|日前|近日|首先|其次|然[后後]|接[着著]|最[后後]|[两兩二三四五六七八九十几幾]+[位名](?!.*的$)|[对對为為]此|[会會][上后後]|[尤特][其别別]是|[但也亦则則并並又其令让讓据據还還])+/;
// a noun, then 由 marking who does it ("議案由行政會議成員…"), or 由 opening a title ("由某會主席"): the role follows
// (not 自由, 理由, 經由…; and "由上海來港工作的" is where they came from, kept as printed); "来自" before an
// organisation and its title ("来自某大学杂志社社长"); a post, then 由 who takes it ("某會主席由全國政協常委…出任");
// a clause, then 由 who leads it ("这次集体赴会由某村党支部书记某某代表带队")
const AGENT = /^(?:\p{sc=Han}{1,12}(?<![自理缘緣经經因]))?由(?=[^的]*$)/u;
const FROM_ORG = /^[来來]自(?=[^的]*$)/u;
// where the person stands, never part of a title after it nor a role alone ("旁邊的市民", "在场的", "参会的某部副部长",
// "站在他旁边的", "在一旁挑菜的");
// where they come from is ("来自某省的全国人大代表", "来自某市的跑友", "來自新加坡": the keys of batches 16–19 keep it,
// ten of ten), and so is where they live ("家住某区的": the keys of batches 18–23, six of six)
const ORIGIN = /^(?:故[乡鄉]|老家|祖籍|在[场場]|[坐站]在|[参參与與][会會]|[^的]{0,4}?(?:[一身]旁|旁[边邊]))[^的]*的/;
const FROM = /^[来來]自/u;
// a describing clause, then a title of office ("一直關注此議題的民建聯主席"): the title is what they are; before a
// group word ("…的北京市民", "…的外籍人士") or a short noun ("30多歲的業主") the clause says who they are, kept
const CLAUSE_TITLE = /^(.+)的([^的]{4,})$/;
// the whole role in quote marks ("“板凳妈妈”"), or a quoted party before 的 ("「議會陣線」的")
const QUOTED = /^[“「『"]([^”」』"]+)[”」』"]的?$/;
const AGE = /\d+\s*[多余餘]?\s*[岁歲]$/;
// a clause that counts their years or days (of age, of practice, since graduating: "七十四岁的", "有近30年临床经验的",
// "刚毕业16天的") says who they are, kept with the title as printed (not how long they have lived somewhere,
// "入住某邨二十年的": before a title, where they live is not what they are)
const COUNTS_YEARS = /^(?!家住|住在|居住|入住|居[於于])[^的]*[\d〇零一二三四五六七八九十百两兩]\s*[多余餘]?\s*(?:[岁歲]|年|天|个月|個月)/u;
const COUNTED = /^[一两兩][位名]/;
// a word for a young man, a girl, an old person: who the reporter saw, not what the person is (the keys give no role)
export const PERSON_WORD = /^(?:小[伙夥]子?|[男女]孩子?|姑娘|[男女]子|老人)$/u;
// which of them, with nothing of what they are after it ("另一位陳女士", "其中一名李先生"): no role (the keys leave it empty)
const WHICH_ONLY = /^(?:另|另外|其中|还有|還有)?(?:一|[两兩二三四五六七八九十]+)?[位名个個]$|^(?:[这這那]|[这這那]一)[位名]$/u;

/**
 * A clause of a few characters before the title says which of them the person is ("首次参与抗疫的住院医师",
 * "已生育二孩的市民代表", an organisation's own 的: "某区新的社会阶层人士联合会会长"): the role as printed keeps it.
 * A longer one tells what they did or the sentence around them ("長期研究金融風險的…理事長"), left out.
 */
function isShortClause(clause: string, title: string): boolean {
  // (the sentence's words after the 的 make it no describing clause: "兩個…的問題分別拋給某會理事長")
  // (where they live or study, before a title, is not which of them they are: "居住在北角的退休教師")
  const last = clause.split('、').pop()!;
  return last.length <= 6 && !/^(?:[家居入]?住|居[於于]|就[读讀])/.test(last) && !LEAD.test(title);
}

// a forum's anti-copy jammer: runs of one or two ASCII marks set off by spaces, then the forum's name ("k" D% P8 w/ z某某論壇")
const JAMMER = /^(?=[^\p{sc=Han}]*[^\w\s\p{sc=Han}])(?:[!-~]{1,2}\s+){2,}[!-~]{0,2}(?:\p{sc=Han}{2,6}[论論][坛壇])?/u;
// a subhead of two phrases run into the line before the role, set off by spaces ("某某潛力未盡 需借規劃提振增長 某集團
// 主席"): parts of five or more that name no role are the subhead's (not a card's unit, "遠見 天下文化事業群創辦人",
// nor a vox pop's one-phrase headline over the name, "盼早日通车 方便街坊")
const HEADLINE = /^(?:\p{sc=Han}{5,}\s+){2,}(?=\S+$)/u;

/** The role without the sentence's words around it; null when nothing of a role is left. */
export function tidyRole(role: string | null): string | null {
  if (!role) return null;
  // a page's markup left in its text ("<p>"); a note on the name or the photo ("(化名)", "(圖)", where they stand in it: "(右)", "(左二)"; "(资料图)"), a wire credit ("(以上均据新华社电)"): the page's furniture; the
  // dash or mark that opens an attribution ("——某委員") or a per-person subhead ("★乘客", a section's tag "【代表建议】") is its punctuation, dropped at the ends as the keys drop it
  let r = role.replace(/<\/?[a-z][^>]*>/gi, '').replace(/\s*[（(](?:化名|(?:[资資]料)?[圖图]片?|[左右中][一二三四]?|[^()（）]{0,4}[据據][^()（）]{1,12})[)）]/g, '').replace(/^(?:【[^】]{1,8}】|[-－—–:：、，,·•■★☆●◆\s])+/, '').trim();
  // a sentence, or a dash's aside, before the role ends where the role begins ("…在哪里？某院院士", "九旬老夫妇——92岁");
  // an opening quote mark never closed is the quotation's, not the role's
  r = r.replace(/^.*(?:[。！？!?；;]|——)/, '').replace(/^["“](?=[^"”]*$)/, '');
  // a photo's caption before the name ends with its credit, "某某 摄": the page's furniture
  r = r.replace(/^[摄攝](?![影像])/, '').replace(JAMMER, '').replace(HEADLINE, (m) => (m.trim().split(/\s+/).some(endsWithRoleWord) ? m : ''));
  for (let last = ''; last !== r; ) {
    last = r;
    r = r.replace(LEAD, '').replace(AGENT, '').replace(ORIGIN, '');
    // ("来自" before an organisation and its title is no origin: "来自某大学杂志社社长")
    if (FROM_ORG.test(r) && endsWithTitle(r)) r = r.replace(FROM_ORG, '');
  }
  const clause = CLAUSE_TITLE.exec(r);
  // (not after an age, which the role keeps: "52岁的出租车司机"; nor in a counted noun phrase, one whole as printed:
  // "一位来自农村的基层代表")
  if (clause && !COUNTED.test(r) && !isShortClause(clause[1]!, clause[2]!) && !FROM.test(clause[1]!) && !AGE.test(clause[1]!) && !COUNTS_YEARS.test(clause[1]!) && !endsWithRoleWord(clause[1]!) && endsWithTitle(clause[2]!) && !endsWithGroupWord(clause[2]!)) r = clause[2]!.replace(LEAD, '');
  // (an age then 的 before the name, "22岁的某某", keeps its 的 as printed, as a clause's does, "在菜场卖鱼的": the keys)
  // (a name's Latin form in a bracket after it, "某超市老闆(Vivian Li)", is the name's, not the role's)
  r = r.replace(QUOTED, '$1').replace(/\s*[（(][A-Za-z][A-Za-z .'’-]*[)）]$/, '').replace(/[-－—–:：、，,\s]+$/, '');
  // (a month's date opening it tells what they did then, a sentence: "某某，2010年6月毕业于某学院，…"; a title carries
  // no month, "2008年奥运会冠军")
  return r && !/^的$|^\d+年\d+月/.test(r) && !PERSON_WORD.test(r) && !WHICH_ONLY.test(r) ? r : null;
}
