/**
 * The speaker's request or proposal, told from what only looks like one. A request is a verb put to someone
 * (建议政府…, 希望当局能…, 呼吁…, 促请…, 请大家…, 别…/不要…, 政府应该…, 与其…不如…, 认为要…) and says what it asks
 * for; the noun in a report of proposals (提交了关于…的建议, 提出了相关建议, 把相关建议带到两会, 建议权), a wish for
 * oneself (希望今年顺顺利利, 希望通过比赛来逐步完善), someone else's hope (人们希望…, 比如…希望大家捐助) and a cue with
 * nothing after it (是大家应该思考的) ask nothing. In simplified and traditional script.
 */
import { QUOTED_SPANS } from './quotes';
// (one copy of the classes regexes repeat: within a clause, the quotes and spaces a clause may open on)
const IN_CLAUSE = '[^，,。！？!?；;]';
const OPENER = '[\\s“「『]*';

// What quotes hold is someone else's wording (a policy line, a slogan): replaced by placeholders so offsets stay.
function maskQuoted(text: string): string {
  return text.replace(QUOTED_SPANS, (q) => '□'.repeat(q.length));
}

// The request words. 希望/期待 only as verbs: the noun ("蓬勃的希望", "满怀期待") asks nothing; nor someone else's
// ("建制派都希望…", "的热切期望", "大量希望…的言论", "對於和興村希望…，縣府…"), a group's other than the speaker's ("家长们希望…",
// "商家們都希望…"); nor the hoped-for as a noun ("描绘希望的模样", "最盼望的就是…"; "我希望的是…" still asks).
const HOPE =
  '(?<![的满滿着著了新大有给給来來到见見份所带帶啥和与與]|值得|[让讓令叫]人|什[么麼]|[派界][都也]|[谁誰]都|的[热熱]切|大量|[对對关關][于於][^，,。]*)(?<!(?:[人他她][们們]|有人|不少人|[许許很]多人|大家|百姓|[群民公][众眾]|社[会會]|[党黨]|政府|[当當]局|公司|协会|協會|[学學]校|议会|議會|委员会|委員會)(?:[最都也更还還所])?)(?<!(?:主要|只|[无無]非|[为為]的|目的)是)(?<![^我咱，,。\\s][们們][最都也更还還所]?)(?:希望|期待|期[盼望]|[盼渴]望|[寄冀]望)(?![，,。！？!?；;、\\s”」]|$|之|所在|工程|小学|小學|时|時|的(?!是)|[也都]?不大|了?很久|[即就][係是])';
// 希望 followed by a comma is still the verb after its subject ("他希望，可以通过…"): never the noun ("带来希望，").
const HOPE_COMMA = '(?<=(?:^|[，,。；;：:\\s])(?:我|我们|我們|他|她|他们|他們|她们|她們)(?:[也还還更并並亦则則]|衷心|真[诚誠])?)(?:[希期]望|期盼)(?=[，,])';
const PROPOSE = '[建提倡][议議]|建[请請]';
// the speaker's own motion, then what it is ("今年我带来一个提案，就是要发行…国债", "我的提案是设立…"): the motion's content is
// the request (bringing one is only the noun: NOUN_BEFORE)
// (brought with a count, "带来一个提案", not "大家带来的提案"; what it is, not what it is about: "…是关于养老的")
// (the 是 first, the lookbehind after it: tried only where a 是 stands, not at every character of every page)
export const MOTION_NOUN = /提案|[议議]案|建[议議]/;
export const MOTION_SAID = `(?:就是|即是|是)(?<=(?:(?:带来|帶來|提交|[递遞]交|准备|準備)了?(?:[一两兩几幾三四五六七八九十\\d]{1,2}[个個份项項件])?|我(?:[们們])?(?:今年|这次|這次)?的)(?:提案|[议議]案|建[议議])[，,：:]?(?:就是|即是|是))(?![的：:，,]|[关關]于|關於|有[关關]|[对對]|针对|針對)`;
// 提出 with what to do right after it ("他提出系统推进政策清理", "提出，应加强…"): the speaker proposes; "提出了…建议",
// "提出《…》", "提出问题" report or name, they ask nothing (a proposal's title, "《关于…的建议》", is read by listed-asks.ts)
const PUT_FORWARD = '提出(?=[，,]?(?:系[统統]|加[强強快]|推[进進动動]|完善|建立|健全|[设設]立|增[设設加]|降低|提高|取消|[应應]|要))';
// those in charge: what they may do for others is a proposal ("政府也可向…颁发…"); what the public may do is no request
const IN_CHARGE = '[政港澳市省县縣区區]府|府[内內方]|[当當]局|教[师師]|[校警]方|同[僚仁]|市[长長]|县长|縣長|[乡鄉]公所|部[门門]|有[关關]方面|[^，,。！？!?、\\s]{1,4}(?:[局署厅廳])|委员会|委員會|[单單]位';
// (and a question put to those in charge, reported: "問及政府能否及早…", "质询当局何时…")
const CALL = `提醒(?=(?:ADDRESSEE))|(?:[问問]及|询问|詢問|质询|質詢|追[问問])(?=(?:IN_CHARGE)${IN_CLAUSE}{0,12}?(?:[能可会會]否|何[时時]))|奉[劝勸]|呼[吁籲]|促[请請]|恳请|懇請|吁请|籲請|敦促|(?:[请請]求)(?![权權])|不妨(?![称稱叫说說看])|(?<![没沒]|[没沒]有|不)有必要(?![的，,。])|(?<=(?:^|[，,。；;：:])[^，,。]{0,10})最好是?(?![的是就也都，,。])|[务務]必|亟[需须]|亟須|(?:如果?|若|假如)(?:可以|能[够夠]?)(?=${IN_CLAUSE}{2,24}?(?:[会會]更好|就好了?))`;
// (应该会/应该也是/应该没人/应该都有 expect; the 会 of a word after it does not: "应当学会…", nor 没收: "应该没收…")
// (应该看到/应当认识到, "we should see that…", state a view: summaries-14, -27 key none of them)
const MODAL = '(?:应该|應該|应当|應當)(?![也都还還就不更又才已经經算]{0,3}[是会會]|[都也]有|[说說]|[没沒](?!收)|看到|[认認意][识識]到)';
// a lone 应/應 as "should" ("政府应多…", "更應提出…"), never in a word (回应, 应对, 应邀, 应有的…, 因应, 一应俱全, 供不应求) or a
// name (龙应台)
const LONE_MODAL = '(?<![响響嚮反相答适適供对對效回感顺順照呼理报報因一]|供不)(?:[应應])(?![台用对對付邀届屆急聘变變运運考试試征徵答允承酬景该該当當诉訴收纳納声聲]|有[的之]|.[则則尽盡]|\\()';
const DEMAND = '(?<![的有新高严嚴符合按出这這些了种種])要求(?![的是])';
const LONGING = '(?<![期顾顧企热熱])盼(?![望头頭着著])';
// the headline verbs of Hong Kong and Taiwan papers, one character put to someone ("促當局…", "籲政府…", "望港府…",
// "冀政府…"); never in a word (促进, 呼吁, 希望, 京津冀)
const URGE = '(?<![督敦仓倉急短])促(?![进進使成销銷膝请請])|(?<![呼])(?:[吁籲])(?![请請])|(?<![希期盼渴寄冀展眺观觀失愿願声聲威名绝絕厚仰张張众眾])望(?![着著见見向去远遠族子])|(?<![津京])冀(?![望州北中南东東西])';
// (nor 请 as hiring or inviting, or someone asking the speaker: "请人来收割", "请机械插秧", "村民请我帮忙"; "请人大代表…" and
// "请人们…" still ask)
const PLEASE = '(?<![邀申聘宴报報提呈声聲敦恭延函催回约約懇恳促吁籲奏])(?:[请請])(?![问問教假客示柬帖辞辭求来來到了我]|人(?![大们們民])|[机機][械器]|工人)';
const DONT = '(?:千[万萬]|可)?(?:不要|别|別|切勿|切莫|唔好|[决決绝絕]不能)(?![紧緊说說钱錢人的处處墅具有样樣提无無致]|意思|彩|这么说|這麼說|这样说|這樣說|那么说|那麼說|(?:客[气氣]|[怕急]|[担擔]心|[着著]急)[，,。！？!?])';
const RATHER = '[与與]其';
// a proposal put as a question ("是不是可以公开公交公司的成本？", "自来水公司能不能公布检测结果？"): asked of someone, in a
// sentence that ends as a question (read in isAsking); of oneself ("我能不能…") it asks nothing
// (and the written forms a legislator's question uses: "政策上可否聘請…？", "能否…？"; "會否/有否" asked of the
// authorities named before it, "當局會否調低使用費？", not of anyone: "市民會否買單？" asks what people will do)
const ASK_IF = '是不是可以|是否可以|可不可以|能不能|可唔可以|能唔能|能否|可否|(?<=(?:政府|[當当]局|局方|部[門门]|市府)[^，,。！？!?]{0,4})(?:[會会]|有)否';
// 要 put to someone with an adverb of obligation ("政府也要好好治一治水", "有关单位就要及时修理"); a bare "国民党要砍预算"
// is what they want, and "领导见了都要问" tells what happens; an institution or a public named at the head of a clause
// takes 要 bare ("政府要分攤養育責任", "職專教育要做好對接", "香港青年要有突破思维"): what it must do
const MUST_OF = `(?<=(?:ADDRESSEE)(?:[也就更还還]|一定|必[须須]|[则則]|首先|[务務]必))要(?![求是素点點闻聞害道么麼不紧緊数數])|(?<=(?:^|[，,。；;：:])[^，,。我他她你您这這那都]{0,8}(?:IN_CHARGE|政府|企[业業]|[学學]校|教育|青年|年[轻輕]人|[市居]民|社[会會]|政策|[价價][格钱錢]))要(?!NOT_MUST|[知说說想了来來去走花一两兩几\\d])`;
// …and 必须 put to someone, or a proposal to consider ("政府必须…", "当局可以考虑…")
const MUST_OF_2 = `(?<=(?:ADDRESSEE)(?:[也就更还還则則])?)(?:必[须須])(?!依?靠)|(?<![的所有])(?:需要|需)(?=(?:ADDRESSEE)(?:[进進]一步|加[大强]|加強|尽快|儘快|及早|[多再]|出[手台]|介入|协助|[協帮幫]助|正[视視]|重[视視]))|(?<=(?:ADDRESSEE|政策|制度|措施|设计|設計|安排|[规規]定)${IN_CLAUSE}{0,10}?)(?:可以|可)(?:考[虑慮]|研究|尝试|嘗試|探[讨討]|(?:[做作]出)?(?:[调調]整)|检讨|檢討)|(?<=(?:IN_CHARGE)(?:[也还還亦])?)(?:可以|可)(?=[向为為给給]|推出|[设設]立|提供|增[设設加]|加大|鼓[励勵]|引入|制[定訂])`;
// …and more measures those in charge may take ("縣府可提高舉發獎金", "環保局可編列預算…"): read with REMEDY, not
// as a 'view', which the gist's scorer weighs (score-units.ts)
// …so are what must be done soon, whoever it is of ("污水處理廠要儘快完工"), what must be weighed ("大風車的設置，要考量…") and
// the better use put instead ("…缺乏效益，不如把經費拿來…")
const MAY_DO =
  `(?<=(?:${IN_CHARGE})[也还還亦]?)可(?=提高|降低|[编編]列)` +
  '|(?<![我们們己])(?:要|[应應]|需)(?=[尽儘盡]快|及早|立即|早日)|(?<=(?:^|[，,])\\s*)(?:要(?=考[量虑慮])|不如(?=[把將将拿]))';
// what 要 is in a word or a phrase that asks nothing (要求, 要是, 要素, 要点, 要闻, 要害, 要道, 要么, 要不, 要紧, 要数, 要看; 要的/需要的,
// what is wanted as a noun: "我们需要的政策，不是…"), thanks
// ("要感谢报社…": the courtesy of a speech, asking no one for anything), or
// before how ("要怎样才能吸引年轻人回乡，是个难题": a question of method told as a topic)
const NOT_MUST = '(?:[求是素点點闻聞害道么麼不紧緊数數视視看怎的命]|如何|感[谢謝])';
// the speaker's view that something must be done ("她认为要深化…", "我觉得需要…")
const VIEW_MUST =
  // (advice put as which is better: "家长们还是少唱赞歌为妙", "大家還是早點回家為好")
  '[还還]是(?=[^，,。]{2,20}?[为為][妙好])|' +
  // (or put at the head of a clause as what must be done: "在重大事务上一定要…", "还是要政府出面"; not of oneself)
  `(?<=(?:^|[，,：:；;])${OPENER}[^，,。！？!?；;：:我们們自己咱]{0,12}?)(?<![前时時后後]|的[话話])(?:一定要|还是要|還是要)(?![求是])|(?<=(?:认为|認為|[觉覺]得|主[张張]|强调|強調|[直坦]言)[，,]?)(?:要|需要|必[须須])(?!${NOT_MUST})`;
// a way out put as such ("解决方法无外乎两点，…", "出路在于…")
// 要 opening a clause, after whom it is put to or 特别是 ("，特别是要…", "，停车管理公司要…"): a request only after a proposal
const PROPOSED_MUST =
  `(?<=(?:^|[，,：:；;])${OPENER}(?:一方面|另一方面|首先|其次|同[时時]|此外|特[别別]是|尤其是|[更也还還])?[，,]?(?:[^，,。！？!?；;：:\\s]{0,6}?(?:ADDRESSEE))?(?:[也更还還]|一定|首先)?)要(?!${NOT_MUST}|考[量虑慮])`;
// …a proposing verb earlier in the sentence ("他建议", "建議：", not the noun: "提出了建议")
const PROPOSED_BEFORE = /(?:^|[^的之了出交议議])(?:[建提][议議])(?![书書案权權])/;
// a sentence that goes on with a list of proposals made before it ("另一方面，…要…", "其次，…")
export const GOES_ON = /^[\s“「『]*(?:另一方面|其次|再[次者]|此外|最[后後]|[二三四五六七八九]是|第[二三四五六七八九])/;
// taking in proposals: what follows is the noun ("纳入…建议", "听取…建议")
const TAKE_IN = /[纳納]入|[参參]考|尊重|重视|重視|听取|聽取|采纳|採納|接受|吸[纳納]|[汇匯]集|收集/;
const REMEDY = '(?:解[决決])(?:[方办辦]法|之道|方案)|出路(?=[在是])|[对對]策';

// Prescriptions with no request word of their own, in the forms of Chinese public speech (read as 'prescribe', which the
// gist's scorer weighs only as a weak request: score-units.ts). (One copy of the class they repeat: within a clause.)
const PRESCRIBE =
  // a sentence that opens on what must be done, its subject left out ("要保护水源，也要…", "必须…"): put to all concerned (or a
  // proposal's numbered step: "建議：一是…；三是要…")
  // (需要…办的, followed by a comma, is the topic of what follows: "需要市场办的，政府要…")
  // (after a 所以 or where it applies, "所以，日常生活中要做到…", "在工作上要…", it is still put to all)
  `(?<=(?:^|[。！？!?])${OPENER}(?:[一二三四五六七八九十]是|所以[，,]?)?(?:在?[^，,。！？!?我们們]{2,8}[中上][，,]?)?)(?:要(?!${NOT_MUST}|[知说說想])|需要(?!${IN_CLAUSE}{0,8}的是|${IN_CLAUSE}{0,10}的[，,])|必[须須]` +
  // …or on doing something soon, the way a delegate's proposal is put ("尽快制定…国家标准", "加快发展农村电子商务"), not what
  // that is ("加快发展…是…") or was ("加快了…")
  `|(?:[尽儘]快|加快|及早)(?![了过過]|${IN_CLAUSE}*是))` +
  // 要/需要 with an adverb of effort or urgency ("創業者要加強…", "企业家…更要积极投身…"): the prescriptive 要 of policy speech
  // (and a need put to others after 也/还/就/更, with the act it needs: "…还需要从政策等方面进一步完善", "也需要企业起到…的作用";
  // read from summaries-14, -15 and -17: recall 27 → 29 of 47 on -15, 13 → 14 of 29 on -17, precision the same on all four)
  `|(?<=[^我们們己咱][也还還就更])需要(?=${IN_CLAUSE}{0,12}?(?:[进進]一步|完善|加[强強大]|起到|[发發]挥|[联聯]手|培[养養]))|(?:要|需要)(?=[积積][极極]|切[实實]|大力|[进進]一步|加[强強快大]|努力|主[动動]|重[视視]|[坚堅]持|[强強]化|[尽儘]快|[继繼][续續])` +
  // …and the paired prescription of policy speech ("职业教育既要培养…，也要培育…"), and where to start from ("要从…等方面协同发力")
  `|既要|要(?=[从從]${IN_CLAUSE}{1,30}?(?:方面|入手))` +
  // a step to consider, its subject left out ("本港有不少空置校舍，長遠可考慮改裝為宿舍")
  `|(?<=(?:^|[，,。；;])${IN_CLAUSE}{0,2})可以?(?:考[虑慮]|研究|[尝嘗][试試])` +
  // 須 as "must", the Hong Kong and Taiwan papers' word ("政府須盡快檢討…"), never in a word (必須, 無須, 鬍鬚, 須知) nor a
  // requirement stated ("轉載須經…授權")
  `|(?<![必无無毋莫务務亟需急胡鬍])[须須](?![知臾经經])` +
  // 必须 put to whoever a clause names, not only at a sentence's start ("从事基础研究的人必须…"); not what must be faced as a noun
  // ("必須面對的四大利空：") nor a frame ("必須誠實說")
  `|必[须須](?![知经經]|依?靠|${IN_CLAUSE}{0,6}的${IN_CLAUSE}{0,8}[：:是有]|${IN_CLAUSE}{0,4}[说說][，,：:])` +
  // …and what we all must do, said to the readers as one of them ("我们要拿出切实可行的办法"): see callsOnAll
  `|(?<=WE)(?:要|需要)(?!${NOT_MUST}|[知说說想])`;

// Whom a request is put to: those in charge, the public, a party, the other side.
// Those in office (cues.ts's ADDRESSEE names them too: one copy).
export const OFFICIALS = '议员|議員|立法[会會]|区议会|區議會|公司|[医醫]院|老[师師]|领导|領導|[监監]管|司法|法院|中央|地方';
// (局方/校方/院方/警方: the Hong Kong papers' name for the bureau, the school, the hospital, the police)
const ADDRESSEE_WORDS =
  `[政港澳市省县縣区區]府|[局校院警]方|[当當]局|部[门門]|有[关關]方面|有关部门|有關部門|官[员員]|社[会會]|大家|各[方界]|[市居]民|[民公][众眾]|家[长長]|[学學]校|企[业業]|[业業]主|物[业業]|商家|平台|媒[体體]|[报報]社|[贵貴]刊|你[们們]|[您你]|年[轻輕]人|[国國]家|我[国國]|特[区區]|特首|行政[长長]官|${OFFICIALS}|政[协協]|人大|委[员員]|代表|国会|國會|议会|議會|立法院|行政院|政院|[执執]政者|执政党|執政黨|在野[党黨]|[党黨][团團]|[双雙对對]方|各地|[地省]市|[县縣]市|[当當]事人|同[僚仁]|青年|老[板闆]|[雇僱]主|机构|機構|行[业業]|[业業]界|委员会|委員會|房委[会會]|市政府|[^，,。！？!?、\\s]{1,4}(?:[局署厅廳处處])|[单單]位|管理[处處]|城管|[^，,。！？!?、\\s]{1,4}[党黨]`;
// (the groups in KINDS' order; where two match at one place the earlier wins: 'prescribe' before 'proposedMust'. Built on
// first use: the content script imports this module for the word lists cues.ts shares, and never reads a request)
// (the motion's form only where a motion is named: its 是 stands everywhere, and reading it at each costs the parse of a
// long page a tenth)
let cue: RegExp | undefined;
let cueWithMotion: RegExp | undefined;
const readCue = (text: string) => (MOTION_NOUN.test(text) ? (cueWithMotion ??= buildCue(`|${MOTION_SAID}`)) : (cue ??= buildCue('')));
const buildCue = (motion: string) => new RegExp(
  `(${HOPE_COMMA}|${HOPE})|(${PROPOSE}${motion}|${PUT_FORWARD})|(${CALL.replace('IN_CHARGE', IN_CHARGE).replace('ADDRESSEE', ADDRESSEE_WORDS)})|(${MODAL}|${LONE_MODAL})|(${DEMAND})|(${LONGING})|(${PLEASE})|(${DONT})|(${RATHER})|(${VIEW_MUST}|${MUST_OF.replace('ADDRESSEE', ADDRESSEE_WORDS).replace('IN_CHARGE', IN_CHARGE).replace('NOT_MUST', NOT_MUST)}|${MUST_OF_2.replaceAll('ADDRESSEE', ADDRESSEE_WORDS).replace('IN_CHARGE', IN_CHARGE)})|(${REMEDY}|${MAY_DO})|(${URGE})|(${PRESCRIBE.replace('WE', WE)})|(${PROPOSED_MUST.replace('ADDRESSEE', ADDRESSEE_WORDS)})|(${ASK_IF})`,
  'g',
);
export type Kind = 'hope' | 'propose' | 'call' | 'modal' | 'demand' | 'longing' | 'please' | 'dont' | 'rather' | 'view' | 'remedy' | 'urge' | 'proposedMust' | 'askIf' | 'prescribe';
const KINDS: Kind[] = ['hope', 'propose', 'call', 'modal', 'demand', 'longing', 'please', 'dont', 'rather', 'view', 'remedy', 'urge', 'prescribe', 'proposedMust', 'askIf'];

const ADDRESSEE_BEFORE = /* @__PURE__ */ new RegExp(`(?:${ADDRESSEE_WORDS})${IN_CLAUSE}{0,6}$`);
const ADDRESSEE_AFTER = /* @__PURE__ */ new RegExp(`^(?:${ADDRESSEE_WORDS})`);

// (with a short modifier: "交警部门", "停车管理公司")
const ADDRESSEE_MODIFIED = /* @__PURE__ */ new RegExp(`^[^，,。！？!?；;：:\\s]{0,4}?(?:${ADDRESSEE_WORDS})`);
/** Whether a clause opens on whom a request is put to ("有关部门可考虑…"): a request of its own, not the one before going on. */
export function opensOnAddressee(clause: string): boolean {
  return ADDRESSEE_MODIFIED.test(clause.replace(/^[\s“「『]*(?:[而并並]且|同[时時]|[另此]外)?[，,]?/, ''));
}
// (or a verb of policy: "财政应加大资金支持", "应健全…")
const URGENT_AFTER = /^(?:应该|應該|应当|應當|[应應])(?:要)?(?:全面|研[议議]|[积積][极極]|跟[进進]|[即及][时時]|[尽儘][快早]|及早|马上|馬上|立即|立刻|早日|切[实實]|加[快强]|加[強大]|多|更多|[设設]立|增[设設]|取消|停止|考[虑慮]|检讨|檢討|重新|健全|完善|出台|出臺)/;
// a clause that opens on the modal ("，更應提出…", "，但应该…", "我认为应该…")
// (cues.ts reads the same opening: one copy of it)
export const CLAUSE_OPENING = '(?:^|[，,。！？!?；;：:])[\\s“「『]*(?:但是|但|而且|所以|因此|同时|同時|我(?:[们們])?(?:认为|認為|[觉覺]得))?[，,]?(?:[还還也更都就亦]|更加';
const CLAUSE_START = /* @__PURE__ */ new RegExp(/* @__PURE__ */ CLAUSE_OPENING.concat('|[不并並则則])?$'));
// a group or an institution named as the modal's subject ("所以人们应该…", "中小学应该普及…", "我们有车族应该…"): what it
// should do is asked of it; not a thing or a person told of ("这个项目应该明年完工", "他应该知道"), nor the speaker alone
const MODAL_SUBJECT = /^(?:我[们們])?[^\s我咱自己本理原这這那它他她你您]{2,9}$/;
// …and what it says after the modal is no expectation: a time, a state, a guess, what will be ("病毒应该永远都会存在")
const EXPECTED_AFTER = /^[也都还還就不]{0,2}(?:[已在有快没沒]|[明今]年|[^，,]{0,4}?(?<![学學社机機])[会會](?![议議员員]))/;
const VIEW_BEFORE = /(?:认为|認為|[觉覺]得|主[张張]|强调|強調|[直坦]言|建[议議])[，,]?(?:[不也更还還都亦])?$/;
// the speaker in a clause before a request word: their own resolve ("我国" is the country)
const SPEAKER = /我(?![国國])|咱|自己/;
export const SELF_BEFORE = /(?:我[们們]|我|自己|咱[们們])(?:[也都还還更就])?$/;

// "我们应该…", "咱们要…": the inclusive we of public speech calls on all its hearers (the keys of summaries-14..25 count 20 of 26
// such clauses as asks); not the exclusive we of a team or a household about its own business: itself, its play, its errands
// and hours ("我们应加强自身学习", "我们要尽快赶回家", "我们必须在六点前收摊"), nor a way of looking at it ("…看这个问题")
// (大家要… too, the speaker among all: asks30, summaries-17)
const WE = '(?:[我咱][们們]|大家)(?:[也还還更就亦]|真的|一定)*';
const INCLUSIVE_WE = /* @__PURE__ */ new RegExp(WE + '$');
const OWN_BUSINESS = /自[己身]|表[现現]|[训訓][练練]|比[赛賽]|[赶趕]|回家|收[摊攤]|[点點]前|[尽儘]快|看[^，,。]{0,6}[问問][题題]/;
const callsOnAll = (head: string, rest: string) => INCLUSIVE_WE.test(head) && !OWN_BUSINESS.test(rest.replace(/[，,。！？!?；;][^]*$/, ''));

// "希望我们能取得好成绩", "希望自己…": the speaker's own resolve, asked of nobody.
export const SELF_RESOLVE = '(?:(?:我[们們](?![的之])|我(?![国國们們])|自己|咱[们們])|[^。！？!?]{0,16}?(?:[我咱][们們])(?:[也都还還])?(?:能|可以|[会會]|一定))';
const SELF_AFTER = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '^(?:希望|期待|期[盼望]|[盼渴]望|[寄冀]望)'.concat(SELF_RESOLVE));
// What a good wish wishes for (a smooth year, good results, happiness): shared with the gist's cues.
export const WISHED_GOOD = '(?:回[忆憶]|[遗遺]憾|收[获穫]|[顺順]利|圆满|圓滿|成功|越来越好|越來越好|富强|富強|安康|健康|快乐|快樂|幸福|平安|繁荣|繁榮|好成绩|好成績|美好)';
// A wish for oneself: a good year, a trip, more money earned, getting better by practice ("希望今年做什么事都顺风顺水", "还希望到有文化底蕴的
// 地方去看一看", "我希望通过以后的比赛来逐步完善"); meeting again ("期待着下次再相见"); what one gains by oneself, its verb right
// after 希望 with no one else named ("希望将来能学好英语", "希望从中找到乐趣", "希望能招到好徒弟"), unlike what others provide
// ("希望能增加班次": a request) (summaries-55, -56).
const OWN_WISH = /* @__PURE__ */ new RegExp(
  // (one opening for both kinds of good wish: a match exists for one exactly when it does for either)
  `^(?:希望|期待|期[盼望]|[盼渴]望)[^。！？!?，,；;]{0,20}?(?:${WISHED_GOOD}|顺风顺水|順風順水|[顺順]心|如意|好[运運]|(?:下一?次|再次|早日)${IN_CLAUSE}{0,6}(?:相[见見]|[见見]面|重逢|相聚))|` +
    String.raw`^(?:[希期盼]望)(?:[将將][来來]|[从從]中)?(?:能|可以|能[够夠])?(?:了解|[达達]到|[写寫练練学學]好|[学學][会會到]|招到|掌握|成[为為]|找[到份]|找一份|找[个個]|考[上取进]|考[進研]|[读讀]研|在${IN_CLAUSE}{1,10}?(?:工作|上班|就[业業]))|^(?:[希期渴]望)[^。！？!?，,；;]{0,10}?(?:我自己的|自己的)|^(?:[希期]望)(?:能)?多?[挣掙赚賺][^。，,]{0,3}[钱錢]|^(?:希望|期待|[期盼]望)(?:能|可以|能[够夠])?(?:[到去来來])[^。！？!?；;]{1,30}?(?:[去来來])?(?:[看玩走逛]|旅[游遊]|度假|[过過]年)|^(?:[希期]望)(?:能)?(?:通[过過])[^。！？!?，,；;]{1,16}?(?:[来來])?(?:逐步|慢慢|不[断斷]|[进進]一步)?(?:完善|提高|改[进進]|[进進]步|提升|成长|成長)[。！？!?，,；;]*$`,
);
// A request with nothing in it: it points back ("关注一下此事") or asks only for "better" ("希望下任做得好啲").
// (shared with the gist's cues: such a request is a closing formula there)
export const HOLLOW_ASK = String.raw`(?:(?:[关關]注|重[视視]|跟[进進]|[处處]理|[调調]查|解[决決]|研究|正视|正視)(?:一下)?(?:此事|这件事|這件事|此问题|此問題|这个问题|這個問題|有关问题|有關問題|有關事件|有关事件|事件)|(?:做得?好(?:[啲些]|一[点點]|一些)|做得更好|做好(?:[啲些])?|好好做|加把劲|加把勁)(?=$|[，,。！？!?；;啦吧呀啊囉]))`;
// (what it is for, said after it, is content: "希望教育處正視此問題，讓離島孩子有平等的受教權")
// (…and so is what it would spare or bring the public: "希望下任做得好啲，市民唔洗捱苦")
const HOLLOW = /* @__PURE__ */ new RegExp(`^[^。！？!?，,；;]{0,16}?${HOLLOW_ASK}(?![，,](?:[让讓使令以]|市民|居民|百姓|大家|[民公][众眾]))`);
// What precedes a request that is not the speaker's (one literal, each part anchored at the request word):
// - "报告建议…", "方案提议…": the document proposes, not the speaker;
// - "原以为…应该垮掉": an expectation, it asks nothing;
// - what others think should be ("官員又覺得記者應該…", "在不少人的眼中，…就应该…"): the view the speaker reports, often
//   to answer it (summaries-50 and -51: both shown as the speaker's "asks for"). "在他看来" in reported speech is the
//   speaker's own view, and stays.
export const NOT_THE_SPEAKERS =
  /(?:[报報]告|文件|规划|規劃|方案|[条條]例|意[见見])[^，,。！？!?]{0,8}$|(?:以[为為])[^，,。！？!?]{0,12}$|(?:[别別]人|有人|有的人|不少人|很多人|[许許]多人|一些人|外界|官[员員]|[他她][们們])[又也还還都]?(?:[觉覺]得|认为|認為)[^，,。！？!?]{0,12}$|在[^。！？!?我他她]{1,12}?(?:眼中|眼[里裡]|心目中|看[来來])[^。！？!?]{0,60}$/;
// An indirect question (whether one should: "也不在于是否一定要立法"), or a line of policy the speaker reports, its source and
// the verb that reports it right before the request word ("國家今年提出要…", "总书记强调要…", "头一次明确提出要…"): asked of no one.
const WEIGHED_OR_REPORTED = /(?:是否|能否|是不是)(?:一定)?$|(?:[国國]家|中央|[书書][记記]|[国國][务務]院)[^，,。]{0,8}?(?:提出|[强強][调調]|要求)$|明[确確]提出$/;
// a document's provisions told ("草案规定了…", "包括規定單位必須…"): the sentence reports the text, not the speaker's ask
const DOCUMENT_SAYS = /^[^，,。]{0,8}?(?:草案|[条條]例)[^，,]{0,2}[规規]定|包括[规規]定/;
const HARD_NEXT = /^[^，,。]*[，,][^，,。]{0,6}?(?:不容?易|[难難](?!道)|[门門][槛檻])/;
const PAST_ASKED = /(?:[从從].{1,9}[开開]始|[你您]曾|[连連]年|多次|一再)[^，,。；;]{0,12}$/;
// What an example tells of ("比如说…得了白血病，希望大家来捐助"): the request is the example's, not the speaker's.
const IN_EXAMPLE = /(?:[比例譬]如|比方[说說]|好比)[^。！？!?]*$/;

// The proposal as a noun: in a report that proposals exist ("提交了关于…的建议", "提出了相关建议", "形成政策建议",
// "这样的建议，政府欢迎", "把相关建议带到两会", "建议权", "带来的议案和建议涉及…") or announcing what follows ("提2条建议：", "我的建议如下").
const NOUN_BEFORE =
  /(?:[的之了]|批[评評]|相[关關]|两会|兩會|有[关關]|这样的|這樣的|[此该該]|[项項条條点點份件些个個]|政策|提[出交]|[递遞]交|带来|帶來|带着|帶著|收到|采纳|採納|答[复覆]|形成|[作做]出|[给給][出予]|[听聽]取|[征徵]求|(?:意[见見]|指教|[议議提]案)[和与與及]|合理化|[书書]面|具[体體]|[多提]|不少|[许許]多|一些|一系列|多[项項]|[几幾两兩\d０-９一二三四五六七八九十]\s*[条條点點项項个個份件])[\s□]*$/;
const NOUN_AFTER =
  /^(?:[建提倡][议議])(?:[权權书書案稿者]|意[见見]|人(?![大民])|中(?![央国國医醫小华華共])|[里裡上时時的]|(?:[和与與及])(?:意[见見]|批[评評]|要求|想法|建言|看法|[诉訴]求|[提议]案|議案)|被|得到|[获獲]得|[已均]|[都也]|[带帶]到|[提递遞]交|提出以[来來]|通[过過]|[获獲遭]|落[实實]|如下|\s*[。！？!?、；;]|\s*是[：:]|$)/;

// What the verb leaves once its particles are gone: a request says what it asks for.
const HAN = /\p{Script=Han}/gu;
const MIN_CONTENT = 4;
// the thing to think over comes before the modal ("如何…，是大家应该思考的"): the request reaches back to it
const TOPIC_FIRST = /^[是乃]?[^，,。！？!?；;]{0,6}?(?:应该|應該|应当|應當|[应應]|需要|要)(?:好好|认真|認真)?(?:思考|考虑|考慮|探讨|探討|研究|[关關]注|重[视視]|解[决決]|面[对對])(?:的)?(?:问题|問題)?[。！？!?；;]*$/;

export interface RequestCue {
  /** Where the request word starts. */
  at: number;
  /** Where the request word ends. */
  end: number;
  kind: Kind;
  /** The request's topic comes before it ("如何…，是大家应该思考的"): the asks line starts at its sentence. */
  topicFirst: boolean;
}

const HOPE_WORD = '(?:[希期]望|期[待盼]|[盼寄冀]望)';
// people the speaker tells of, opening a clause: many old people, a person of sixty, the young, they
const OTHERS_WISH = /^[\s“「『]*(?:但是?|而且|所以|因此)?[，,]?(?:[现現]在|如今|目前)?(?:很多|不少|[许許]多|一些|有些|部分|大部分|大多[数數]?)?(?:老人(?:家)?|人(?![们們]?(?:[应應]该|要|必[须須]))|年[轻輕]人|[他她][们們]?|子女|孩子[们們]?|老百姓)/;
// 要 in an explanation's moves, not asked of anyone: what it takes to understand ("要了解这一概念，…"), what to make
// clear or keep in mind first ("我们先要明确一个说法", "我们要注意两个关系") before the speaker explains it
const EXPLAINS = /^[先首]?要(?:先)?(?:(?:了解|理解|弄清|搞清|明白)[^，,。！？!?；;]{0,12}[，,]|(?:明[确確]|注意|[区區]分|分清|弄清|搞清)(?:[这這那]|[一两兩二三几幾])?[个個]?[^，,。！？!?；;]{0,6}?(?:[说說]法|概念|[关關]系|[问問]题|方面|前提|[区區]别))/;
const AIM = /* @__PURE__ */ new RegExp(`^${HOPE_WORD}(?:能)?(?:[以藉借让讓使]|[给給]予|通过${IN_CLAUSE}{1,20}?后|通過${IN_CLAUSE}{1,20}?後)`);

const clauseOf = (masked: string, at: number) => {
  const rest = masked.slice(at);
  const end = rest.search(/[，,。！？!?；;]/);
  return end < 0 ? rest : rest.slice(0, end);
};
const sentenceBefore = (masked: string, at: number) => masked.slice(0, at).replace(/^[^]*[。！？!?]/, '');
const clauseBefore = (masked: string, at: number) => masked.slice(0, at).replace(/^[^]*[，,。！？!?；;：:]/, '');

function isAsking(masked: string, at: number, word: string, kind: Kind, proposed = false): boolean {
  const before = masked.slice(0, at);
  const rest = masked.slice(at);
  const clauseHead = clauseBefore(masked, at);
  const atClauseStart = /^[\s“「『]*(?:但是|但|而且|所以|因此|同时|同時|那么|那麼)?(?:[也还還就再都]|千[万萬])?$/.test(clauseHead);
  switch (kind) {
    case 'hope': {
      // a wish told of other people, the subject of the clause before ("很多老人不愿意麻烦子女，希望能够出去住", "人到了
      // 60岁的时候，反而希望…"): what they want, asked of no one by the speaker (summaries-58)
      // (the clause before in the same sentence: after a comma, not a sentence's end)
      const comma = at - clauseHead.length - 1;
      if (comma > 0 && /[，,]/.test(masked[comma]!) && /^[\s“「『]*(?:反而|也|都|就|[还還]|更|只)?$/.test(clauseHead)) {
        const prev = clauseBefore(masked, comma);
        if (OTHERS_WISH.test(prev) && !/[我咱]/.test(prev)) return false;
      }
      // "老百姓最希望看到的效果": a noun phrase, what is hoped for, not a request
      // (a modal makes it a clause: "希望政府能增加长者的医疗券金额")
      // (what follows the 的 may say how it should change: "希望城乡之间的差距越来越小", "希望票价的涨幅小一些" are clauses)
      if (/^(?:希望|期待|[期盼]望)[^，,。！？!?；;能可]{0,8}的(?![^，,。！？!?；;]*(?:越[来來]越|更加|一[些点點]))[^，,。！？!?；;的]{0,6}(?:[。！？!?；;]|$)/.test(rest)) return false;
      // "，是希望…" gives the purpose of what was said before; "希望以…措施…", "希望通过…后" the speaker's aim
      if (/[，,]\s*(?:[而就])?是$/.test(before) || AIM.test(rest)) return false;
      // "期待…發表的政府工作報告": looking forward to what someone will deliver, asked of no one
      if (/^期待[^，,。]{0,20}?(?:[发發]表|公布|召[开開]|[举舉]行)的[^，,。的]{0,8}(?:[，,。]|$)/.test(rest)) return false;
      return !SELF_AFTER.test(rest) && !OWN_WISH.test(rest);
    }
    case 'propose':
      // "应纳入不分区立委建议，…": the noun, the object of taking in proposals, not the speaker proposing
      if (/^(?:[建提][议議])[，,；;]/.test(rest) && TAKE_IN.test(clauseHead)) return false;
      // "我的建议是加大补贴" says it; "他的建议是：" announces and "提出了相关建议" reports
      if (/^(?:[建提][议議])(?:就)?是(?![：:\s]|$)/.test(rest)) return /(?:我|我们|我們|他|她|他们|他們|她们|她們)的$/.test(before);
      return !NOUN_BEFORE.test(before) && !NOUN_AFTER.test(rest);
    case 'modal': {
      // (nor what should have been done already, "本就應於查明後…": a reproach)
      if (/[本理]就$/.test(before)) return false;
      if (SELF_BEFORE.test(before) || INCLUSIVE_WE.test(clauseHead)) return callsOnAll(clauseHead, rest);
      // a lone 应/應 is "should" in written Chinese whoever its subject ("台灣應給予…", "环保治理不应单打独斗"), unless it
      // says what should have been ("本应…") or the speaker is in it ("我们都应…"); it asks nothing how it should be ("责任应如何划分")
      if (word.length === 1 && !/[本理]$/.test(before) && !SPEAKER.test(clauseHead)) return !/^.(?:如何|怎|何|否)/.test(rest);
      // (or after a condition: "在公共区域遛狗就应该…")
      return ADDRESSEE_BEFORE.test(before) || URGENT_AFTER.test(rest) || (MODAL_SUBJECT.test(clauseHead) && !EXPECTED_AFTER.test(rest.slice(word.length))) || CLAUSE_START.test(before) || VIEW_BEFORE.test(before) || /[^我们們己]就$/.test(before) || /(?:建[议議]|希望|呼[吁籲]|要求)/.test(before.slice(-30));
    }
    case 'demand':
      // the speaker's demand: no one else is its subject ("他也要求…", "，要求当局…"; not "质询要求部门…"); the
      // reporter's short name for the speaker opening the sentence is theirs ("黃要求當局…")
      if (/^[\s“「『]*\p{Script=Han}{1,3}(?:[也还還亦并並更])?$/u.test(before) && ADDRESSEE_AFTER.test(rest.slice(word.length))) return true;
      if (!/^(?:[我他她]|我[们們]|[他她][们們])?(?:[也还還并並亦更再]|[强強]烈|[严嚴]正|同[时時])*$/.test(clauseHead.trim())) return false;
      return ADDRESSEE_AFTER.test(rest.slice(word.length)) || /^(?:[尽儘]快|立即|[马馬]上|停止|撤[回销銷]|公[开開]|道歉)/.test(rest.slice(word.length));
    case 'longing':
      return ADDRESSEE_AFTER.test(rest.slice(word.length)) || /^(?:能|可以|能[够夠]|早日|[尽儘]快)/.test(rest.slice(word.length));
    case 'call':
      // "代表的呼吁和争取": the noun, what someone called for, not the speaker calling; so is "各界呼吁的热点"
      return !/[的之]$/.test(before) && rest[word.length] !== '的';
    case 'urge':
      return ADDRESSEE_AFTER.test(rest.slice(word.length));
    case 'proposedMust':
      // 要 at the head of a clause after the speaker proposed in the same sentence ("他建议要继续…，特别是要坚持…")
      return PROPOSED_BEFORE.test(sentenceBefore(masked, at)) || proposed;
    case 'please':
      // an imperative opens its clause, at most after whom it addresses ("大家请…", "國民黨要砍預算，請…")
      return atClauseStart || ADDRESSEE_BEFORE.test(clauseHead);
    case 'dont':
      return atClauseStart || new RegExp(`^(?:${ADDRESSEE_WORDS})(?:[也都]|千[万萬])?$`).test(clauseHead);
    case 'askIf': {
      // a question put to someone about what they could do: the sentence asks (？), the subject is not the speaker,
      // and no "这/那" makes it a question of whether something works ("这样能不能解决问题？")
      const sentenceRest = masked.slice(at).replace(/(?<=[。！？!?])[^]*$/, '');
      // (no question mark: the speaker's view put as one, "我觉得是否可以加密班次", or help asked, "能不能帮我们反映一下")
      if (!/[？?]\s*[”」』]?\s*$/.test(sentenceRest)) return /我[们們]?(?:[觉覺]得|[认認][为為]|想)$/.test(clauseHead.trim()) || /^[帮幫](?:我[们們]|忙)/.test(rest.slice(word.length));
      return !/(?:我|[我咱][们們]|自己|[这這那](?:[样樣])?)(?:[还還]|到底|究竟)?$/.test(clauseHead.trim());
    }
    case 'prescribe':
      // not the speaker's own resolve ("我们要…"), not a question ("要怎么办？"), not what is about to happen ("就要开学了"), not
      // a noun phrase ("要做的第一件工作") or a way of looking at it ("要反过来看"), not
      // what a document says ("政府工作报告指出，要…")
      return !(
        (SPEAKER.test(clauseHead) && !callsOnAll(clauseHead, rest)) ||
        /^[^。！？!?]*[？?]|^[^，,。！？!?；;]*(?:了|看)(?:[，,。！？!?；;]|$)|^要[^，,。！？!?；;]{0,4}的/.test(rest) ||
        NOT_THE_SPEAKERS.test(sentenceBefore(masked, at).replace(/[，,：:]$/, ''))
      );
    case 'rather':
      return /(?:[还還倒])?不如/.test(masked.slice(at).replace(/[。！？!?][^]*$/, ''));
    default:
      return true;
  }
}

// The public a stock call is made to (cues.ts's STOCK_CALL reads it too: one copy).
export const THE_PUBLIC = '(?:民[众眾]|市民|[公群][众眾]|[国國]人|[全选選]民|乡亲|鄉親|社会大众|社會大眾)';
const STOCK_CALL_AFTER = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '^(?:呼[吁籲]|[号號]召)(?:[广廣]大|全[体體])?'.concat(THE_PUBLIC));
// A call on everyone to join in ("呼吁广大企业和市民积极参与，共同推动…", "希望社会各界携手…", "倡议大家一起行动"): the closing
// formula of an official's speech, put to no one in particular and asking nothing in particular. A call on a named
// group to do something of its own ("希望广大侨胞充分发挥独特优势…", "希望广大企业家始终和党委政府站在一起") is a request.
const BROAD = '(?:[广廣]大|全[体體市省港澳台臺民区區县縣国國]|全社[会會]|各界|大家|各位|市民朋友)';
const JOIN_IN = '(?:[积積]极参[与加]|積極參[與加]|踊跃参[与加]|踴躍參[與加]|共同|[携攜]手|一起|[齐齊]心)';
const CALL_WORDS = /呼[吁籲]|[号號]召|倡[议議]|希望|期[待盼]|[欢歡]迎|邀[请請]/g;
export const CALL_TO_JOIN = /* @__PURE__ */ new RegExp(
  `^(?:${CALL_WORDS.source})[^。！？!?；;，,]{0,6}?${BROAD}[^。！？!?；;，,]{0,8}?${JOIN_IN}`,
);

/** Whether a sentence calls on everyone to join in ("呼吁广大企业和市民积极参与…") and asks nothing of anyone besides. */
export function isCallToJoin(text: string): boolean {
  const masked = maskQuoted(text);
  let any = false;
  for (const m of masked.matchAll(CALL_WORDS)) if (CALL_TO_JOIN.test(masked.slice(m.index))) any = true;
  return any && findRequestCues(text, true).length === 0;
}

/**
 * Every request cue of a text outside quotes, in order; `strict` (the asks line) also wants content and the speaker's own
 * voice; `proposed`: the text goes on with a list of proposals the speaker made before it (GOES_ON), so its 要 still asks.
 */
export function findRequestCues(text: string, strict = false, proposed = false): RequestCue[] {
  const masked = maskQuoted(text);
  const out: RequestCue[] = [];
  for (const m of masked.matchAll(readCue(masked))) {
    const kind = KINDS[m.slice(1).findIndex((g) => g !== undefined)]!;
    const at = m.index;
    const before = masked.slice(0, at);
    if (NOT_THE_SPEAKERS.test(before)) continue;
    // a report of having asked ("從2013年開始促請政府…", "業主們連年向教委呼吁…", "你曾提到要籲請…"): done before, asked now of no one
    // (the speaker's own "也曾向党中央建议，…" still says what they ask)
    if (strict && PAST_ASKED.test(clauseBefore(masked, at))) continue;
    // (the speaker back in their own voice after the example, "…例如年轻人上楼的问题，我希望政府…", asks for themselves)
    if ((kind === 'hope' || kind === 'please' || kind === 'call') && IN_EXAMPLE.test(sentenceBefore(masked, at)) && !/^\s*我[们們]?[也还還更都]?$/.test(clauseBefore(masked, at))) continue;
    // a call to the public at large ("呼籲民眾支持…") is a closing formula, not a request put to anyone
    if (strict && kind === 'call' && STOCK_CALL_AFTER.test(masked.slice(at))) continue;
    // …nor is a call on everyone to join in
    if (strict && (kind === 'call' || kind === 'hope' || kind === 'propose') && CALL_TO_JOIN.test(masked.slice(at))) continue;
    // a modal inside a condition or a cause ("如果情势使得执政党必须…") tells what would follow, it asks nothing
    if ((kind === 'modal' || kind === 'view') && /如果|假如|要是|倘若|一旦|使得|迫使/.test(clauseBefore(masked, at))) continue;
    // …nor in what a cause led to ("以至於四成的學生必須打工", "导致家长必须…"): a plight told
    if (/以至|以致|[导導]致|致使/.test(clauseBefore(masked, at))) continue;
    // …nor in the reason a clause names ("這也是老師必須…追蹤的原因"): why something is, no one asked
    if (/^[^，,。；;！？!?]*的(?:原因|理由|缘故|緣故)/.test(masked.slice(at))) continue;
    // …nor in the consequence of a condition ("如果认为…不好，那么就应该换掉…"): the step of an argument
    if ((kind === 'modal' || kind === 'view') && /^[\s“「『]*(?:那[么麼]|[则則])/.test(clauseBefore(masked, at)) && /(?:如果|假如|要是|倘若)/.test(sentenceBefore(masked, at))) continue;
    // …nor in a question whether one should ("你是否應該問…？", "难道我们应该…？"): a retort, not a request
    if (strict && kind === 'modal' && /是否|是不是|[难難]道|何必/.test(clauseBefore(masked, at)) && /^[^。！!]*?[？?]/.test(masked.slice(at))) continue;
    // …nor whether one should, or what policy or a document already says (WEIGHED_OR_REPORTED, DOCUMENT_SAYS)
    if (strict && (WEIGHED_OR_REPORTED.test(clauseBefore(masked, at) + (m[0] === '提出' ? m[0] : '')) || DOCUMENT_SAYS.test(sentenceBefore(masked, at)))) continue;
    // …nor 要 as an explanation's move (EXPLAINS)
    if (strict && EXPLAINS.test(masked.slice(at - (before.endsWith('先') ? 1 : 0)))) continue;
    // …nor 要 as wanting to, its next clause saying how hard that is ("要申請…津貼，門檻較高並不容易"): a plight
    if (/要$/.test(m[0]) && HARD_NEXT.test(masked.slice(at))) continue;
    // loosely (the gist's weak cue), a modal counts unless the speaker asks it of themselves
    if (strict || kind !== 'modal' ? !isAsking(masked, at, m[0], kind, proposed) : SELF_BEFORE.test(before)) continue;
    const rest = masked.slice(at + m[0].length).replace(/^[，,\s]+/, '');
    const topicFirst = TOPIC_FIRST.test(clauseBefore(masked, at) + masked.slice(at).replace(/[，,；;][^]*$/, ''));
    if (strict && !topicFirst) {
      // the request says what it asks: some words after the verb, and not only "do better" or "look into it"
      const first = clauseOf(rest, 0);
      const content = (first + ((first.match(HAN) ?? []).length < MIN_CONTENT ? clauseOf(rest, first.length + 1) : '')).match(HAN) ?? [];
      if (content.length < MIN_CONTENT || HOLLOW.test(masked.slice(at))) continue;
    }
    // the topic must be there, before the clause ("这是大家应该思考的" points back to it)
    if (strict && topicFirst && sentenceBefore(masked, at - clauseBefore(masked, at).length).replace(/[^\p{Script=Han}]/gu, '').length < 4) continue;
    out.push({ at, end: at + m[0].length, kind, topicFirst });
  }
  return out;
}

/**
 * Whether a sentence's proposal words are all the noun ("提交了关于…的建议", "提出了相关建议") and it asks nothing
 * itself: a report that proposals exist.
 */
export function reportsProposal(text: string): boolean {
  const masked = maskQuoted(text);
  const nouns = [...masked.matchAll(new RegExp(PROPOSE, 'g'))];
  return nouns.length > 0 && nouns.every((m) => !isAsking(masked, m.index, m[0], 'propose')) && findRequestCues(text, true).length === 0;
}

/** The index in `text` where its first request cue outside quotes starts, or -1 (see findRequestCues). */
export function findRequest(text: string, strict = false): number {
  return findRequestCues(text, strict)[0]?.at ?? -1;
}

export function hasRequest(text: string, strict = false): boolean {
  return findRequest(text, strict) >= 0;
}
