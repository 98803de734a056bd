/**
 * The speaker's request or proposal, told from what only looks like one. A request is a verb put to someone
 * (建议政府…, 希望当局能…, 呼吁…, 促请…, 请大家…, 别…/不要…, 政府应该…, 与其…不如…, 认为要…) and says what it asks
 * for; the noun in a report of proposals (提交了关于…的建议, 提出了相关建议, 把相关建议带到两会, 建议权), a wish for
 * oneself (希望今年顺顺利利, 希望通过比赛来逐步完善), someone else's hope (人们希望…, 比如…希望大家捐助) and a cue with
 * nothing after it (是大家应该思考的) ask nothing. In simplified and traditional script.
 */

// What quotes hold is someone else's wording (a policy line, a slogan): replaced by placeholders so offsets stay.
function maskQuoted(text: string): string {
  return text.replace(/“[^”]{0,500}”|「[^」]{0,500}」|『[^』]{0,500}』|‘[^’]{0,500}’/g, (q) => '□'.repeat(q.length));
}

// The request words. 希望/期待 only as verbs: the noun ("蓬勃的希望", "满怀期待") asks nothing.
const HOPE =
  '(?<![的满滿着著了新大有给給来來到见見份所带帶啥]|值得|让人|讓人|令人|叫人|什么|什麼)(?<!(?:人们|人們|他们|他們|她们|她們|有人|不少人|许多人|許多人|很多人|大家|百姓|群众|群眾|民众|民眾|公众|公眾|社会|社會|[党黨]|政府|当局|當局|公司|协会|協會|学校|學校|议会|議會|委员会|委員會)(?:最|都|也|更|还|還|所)?)(?<!(?:主要|只|无非|無非|为的|為的|目的)是)(?:希望|期待|期盼|期望|盼望|渴望|寄望|冀望)(?![，,。！？!?；;、\\s”」]|$|之|所在|工程|小学|小學|时|時)';
// 希望 followed by a comma is still the verb after its subject ("他希望，可以通过…"): never the noun ("带来希望，").
const HOPE_COMMA = '(?<=(?:^|[，,。；;：:\\s])(?:我|我们|我們|他|她|他们|他們|她们|她們)(?:也|还|還|更|并|並|亦|则|則|衷心|真诚|真誠)?)(?:希望|期望|期盼)(?=[，,])';
const PROPOSE = '建议|建議|提议|提議|倡议|倡議|建请|建請';
// 提出 with what to do right after it ("他提出系统推进政策清理", "提出，应加强…"): the speaker proposes; "提出了…建议",
// "提出《…》", "提出问题" report or name, they ask nothing
const PUT_FORWARD =
  '提出(?=[，,]?(?:系统|系統|加强|加強|加快|推进|推進|完善|建立|健全|设立|設立|增设|增設|增加|扩大|擴大|降低|提高|取消|放宽|放寬|鼓励|鼓勵|引入|制定|制訂|实施|實施|推动|推動|开展|開展|落实|落實|优化|優化|规范|規範|整合|修订|修訂|修改|尽快|儘快|应|應|要))';
// those in charge: what they may do for others is a proposal ("政府也可向…颁发…"); what the public may do is no request
const IN_CHARGE = '政府|[港澳市省县縣区區]府|府内|府內|府方|当局|當局|教师|教師|校方|警方|同僚|同仁|市长|市長|县长|縣長|乡公所|鄉公所|部门|部門|有关方面|有關方面|[^，,。！？!?、\\s]{1,4}(?:局|署|厅|廳)|委员会|委員會|单位|單位';
// (and a question put to those in charge, reported: "問及政府能否及早…", "质询当局何时…")
const CALL = '提醒(?=(?:ADDRESSEE))|(?:问及|問及|询问|詢問|质询|質詢|追问|追問)(?=(?:IN_CHARGE)[^，,。！？!?；;]{0,12}?(?:能否|可否|会否|會否|何时|何時))|奉劝|奉勸|呼吁|呼籲|促请|促請|恳请|懇請|吁请|籲請|敦促|(?:请求|請求)(?![权權])|不妨(?![称稱叫说說看])|务必|務必|亟需|亟须|亟須';
const MODAL = '(?:应该|應該|应当|應當)(?![^，,。！？!?]{0,4}?[是会會]|[说說])';
// a lone 应/應 as "should" ("政府应多…", "更應提出…"), never in a word (回应, 应对, 应邀, 应有的…)
const LONE_MODAL = '(?<![响響反相答适適供对對效回感顺順照呼理报報])(?:应|應)(?![用对對付邀届屆急聘变變运運考试試征徵答允承酬景该該当當诉訴收纳納声聲]|有的|.[则則尽盡]|\\()';
const DEMAND = '(?<![的有新高严嚴符合按出这這些了种種])要求(?![的是])';
const LONGING = '(?<![期顾顧企热熱])盼(?![望头頭着著])';
// the headline verbs of Hong Kong and Taiwan papers, one character put to someone ("促當局…", "籲政府…", "望港府…",
// "冀政府…"); never in a word (促进, 呼吁, 希望, 京津冀)
const URGE = '(?<![督敦仓倉急短])促(?![进進使成销銷膝请請])|(?<![呼])(?:吁|籲)(?![请請])|(?<![希期盼渴寄冀展眺观觀失愿願声聲威名绝絕厚仰张張众眾])望(?![着著见見向去远遠族子])|(?<![津京])冀(?![望州北中南东東西])';
const PLEASE = '(?<![邀申聘宴报報提呈声聲敦恭延函催回约約懇恳促吁籲奏])(?:请|請)(?![问問教假客示柬帖辞辭求来來到])';
const DONT = '(?:千万|千萬|可)?(?:不要|别|別|切勿|切莫|唔好)(?!紧|緊|说|說|钱|錢|人|的|处|處|墅|具|有|样|樣|提|无|無|致|意思|彩|这么说|這麼說|这样说|這樣說|那么说|那麼說|(?:客气|客氣|怕|急|担心|擔心|着急|著急)[，,。！？!?])';
const RATHER = '与其|與其';
// a proposal put as a question ("是不是可以公开供水的运作成本？", "供水集团能不能公开高管收入？"): asked of someone, in a
// sentence that ends as a question (read in isAsking); of oneself ("我能不能…") it asks nothing
const ASK_IF = '是不是可以|是否可以|可不可以|能不能';
// 要 put to someone with an adverb of obligation ("政府也要好好治一治水", "有关单位就要及时修理"); a bare "国民党要砍预算"
// is what they want, and "领导见了都要问" tells what happens
const MUST_OF = `(?<=(?:ADDRESSEE)(?:也|就|更|还|還|一定|必须|必須|则|則|首先|务必|務必))要(?![求是素点點闻聞害道么麼不紧緊数數])`;
// …and 必须 put to someone, or a proposal to consider ("政府必须…", "当局可以考虑…")
const MUST_OF_2 = `(?<=(?:ADDRESSEE)(?:也|就|更|还|還|则|則)?)(?:必须|必須)|(?<![的所有])(?:需要|需)(?=(?:ADDRESSEE)(?:进一步|進一步|加大|加强|加強|尽快|儘快|及早|多|再|出手|出台|介入|协助|協助|帮助|幫助|正视|正視|重视|重視))|(?<=(?:ADDRESSEE|政策|制度|措施|设计|設計|安排|规定|規定)[^，,。！？!?；;]{0,10}?)(?:可以|可)(?:考虑|考慮|研究|尝试|嘗試|探讨|探討|(?:做出|作出)?(?:调整|調整)|检讨|檢討)|(?<=(?:IN_CHARGE)(?:也|还|還|亦)?)(?:可以|可)(?=向|为|為|给|給|推出|设立|設立|提供|增设|增設|增加|加大|鼓励|鼓勵|引入|制定|制訂)`;
// the speaker's view that something must be done ("她认为要深化…", "我觉得需要…")
const VIEW_MUST =
  // (or put at the head of a clause as what must be done: "在重大事务上一定要…", "还是要政府出面"; not of oneself)
  '(?<=(?:^|[，,：:；;])[\\s“「『]*[^，,。！？!?；;：:我们們自己咱]{0,12}?)(?<!前|时|時|后|後|的话|的話)(?:一定要|还是要|還是要)(?![求是])|(?<=(?:认为|認為|觉得|覺得|主张|主張|强调|強調|直言|坦言)[，,]?)(?:要|需要|必须|必須)(?![求是素点點闻聞害道么麼不紧緊数數视視看])';
// a way out put as such ("解决方法无外乎两点，…", "出路在于…")
// 要 opening a clause, after whom it is put to or 特别是 ("，特别是要…", "，停车管理公司要…"): a request only after a proposal
const PROPOSED_MUST =
  '(?<=(?:^|[，,：:；;])[\\s“「『]*(?:一方面|另一方面|首先|其次|同时|同時|此外|特别是|特別是|尤其是|更|也|还|還)?[，,]?(?:[^，,。！？!?；;：:\\s]{0,6}?(?:ADDRESSEE))?(?:也|更|还|還|一定|首先)?)要(?![求是素点點闻聞害道么麼不紧緊数數视視看])';
// …a proposing verb earlier in the sentence ("他建议", "建議：", not the noun: "提出了建议")
const PROPOSED_BEFORE = /(?:^|[^的之了出交议議])(?:建议|建議|提议|提議)(?![书書案权權])/;
// a sentence that goes on with a list of proposals made before it ("另一方面，…要…", "其次，…")
export const GOES_ON = /^[\s“「『]*(?:另一方面|其次|再次|再者|此外|最后|最後|[二三四五六七八九]是|第[二三四五六七八九])/;
// taking in proposals: what follows is the noun ("纳入…建议", "听取…建议")
const TAKE_IN = /纳入|納入|参考|參考|尊重|重视|重視|听取|聽取|采纳|採納|接受|吸纳|吸納|汇集|匯集|收集/;
const REMEDY = '(?:解决|解決)(?:方法|办法|辦法|之道|方案)|出路(?=在|是)|对策|對策';

// Whom a request is put to: those in charge, the public, a party, the other side.
const ADDRESSEE_WORDS =
  '政府|[港澳市省县縣区區]府|当局|當局|部门|部門|有关方面|有關方面|有关部门|有關部門|官员|官員|社会|社會|大家|各方|各界|市民|居民|民众|民眾|公众|公眾|家长|家長|学校|學校|企业|企業|业主|業主|物业|物業|商家|平台|媒体|媒體|报社|報社|贵刊|貴刊|你们|你們|您|你|年轻人|年輕人|国家|國家|我国|我國|特区|特區|特首|行政长官|行政長官|议员|議員|立法会|立法會|区议会|區議會|公司|医院|醫院|老师|老師|领导|領導|监管|監管|司法|法院|中央|地方|政协|政協|人大|委员|委員|代表|国会|國會|议会|議會|立法院|行政院|政院|执政者|執政者|执政党|執政黨|在野党|在野黨|[党黨]团|[党黨]團|双方|雙方|对方|對方|各地|地市|省市|县市|縣市|当事人|當事人|青年|老板|老闆|雇主|僱主|机构|機構|行业|行業|业界|業界|委员会|委員會|房委会|房委會|市政府|[^，,。！？!?、\\s]{1,4}(?:局|署|厅|廳|处|處)|单位|單位|管理处|管理處|城管|[^，,。！？!?、\\s]{1,4}[党黨]';
const CUE = new RegExp(
  `(${HOPE_COMMA}|${HOPE})|(${PROPOSE}|${PUT_FORWARD})|(${CALL.replace('IN_CHARGE', IN_CHARGE).replace('ADDRESSEE', ADDRESSEE_WORDS)})|(${MODAL}|${LONE_MODAL})|(${DEMAND})|(${LONGING})|(${PLEASE})|(${DONT})|(${RATHER})|(${VIEW_MUST}|${MUST_OF.replace('ADDRESSEE', ADDRESSEE_WORDS)}|${MUST_OF_2.replaceAll('ADDRESSEE', ADDRESSEE_WORDS).replace('IN_CHARGE', IN_CHARGE)})|(${REMEDY})|(${URGE})|(${PROPOSED_MUST.replace('ADDRESSEE', ADDRESSEE_WORDS)})|(${ASK_IF})`,
  'g',
);
export type Kind = 'hope' | 'propose' | 'call' | 'modal' | 'demand' | 'longing' | 'please' | 'dont' | 'rather' | 'view' | 'remedy' | 'urge' | 'proposedMust' | 'askIf';
const KINDS: Kind[] = ['hope', 'propose', 'call', 'modal', 'demand', 'longing', 'please', 'dont', 'rather', 'view', 'remedy', 'urge', 'proposedMust', 'askIf'];

const ADDRESSEE_BEFORE = new RegExp(`(?:${ADDRESSEE_WORDS})[^，,。！？!?；;]{0,6}$`);
const ADDRESSEE_AFTER = new RegExp(`^(?:${ADDRESSEE_WORDS})`);

// (with a short modifier: "交警部门", "停车管理公司")
const ADDRESSEE_MODIFIED = new RegExp(`^[^，,。！？!?；;：:\\s]{0,4}?(?:${ADDRESSEE_WORDS})`);
/** Whether a clause opens on whom a request is put to ("有关部门可考虑…"): a request of its own, not the one before going on. */
export function opensOnAddressee(clause: string): boolean {
  return ADDRESSEE_MODIFIED.test(clause.replace(/^[\s“「『]*(?:而且|并且|並且|同时|同時|另外|此外)?[，,]?/, ''));
}
// (or a verb of policy: "财政应加大资金支持", "应健全…")
const URGENT_AFTER = /^(?:应该|應該|应当|應當|应|應)(?:要)?(?:全面|研议|研議|积极|積極|跟进|跟進|即时|即時|及时|及時|尽快|儘快|尽早|儘早|及早|马上|馬上|立即|立刻|早日|切实|切實|加快|加强|加強|加大|多|更多|设立|設立|增设|增設|取消|停止|考虑|考慮|检讨|檢討|重新|健全|完善|出台|出臺)/;
// a clause that opens on the modal ("，更應提出…", "，但应该…", "我认为应该…")
const CLAUSE_START =
  /(?:^|[，,。！？!?；;：:])[\s“「『]*(?:但是|但|而且|所以|因此|同时|同時|我(?:们|們)?(?:认为|認為|觉得|覺得))?[，,]?(?:还|還|也|更|都|就|亦|更加|不|并|並|则|則)?$/;
const VIEW_BEFORE = /(?:认为|認為|觉得|覺得|主张|主張|强调|強調|直言|坦言|建议|建議)[，,]?(?:不|也|更|还|還|都|亦)?$/;
const SELF_BEFORE = /(?:我们|我們|我|自己|咱们|咱們)(?:也|都|还|還|更|就)?$/;

// "希望我们能取得好成绩", "希望自己…": the speaker's own resolve, asked of nobody.
const SELF_AFTER =
  /^(?:希望|期待|期盼|期望|盼望|渴望|寄望|冀望)(?:(?:我们|我們|我|自己|咱们|咱們)|[^。！？!?]{0,16}?(?:我们|我們|咱们|咱們)(?:也|都|还|還)?(?:能|可以|会|會|一定))/;
// What a good wish wishes for (a smooth year, good results, happiness): shared with the gist's cues.
export const WISHED_GOOD = '(?:回忆|回憶|遗憾|遺憾|收获|收穫|顺利|順利|圆满|圓滿|成功|越来越好|越來越好|富强|富強|安康|健康|快乐|快樂|幸福|平安|繁荣|繁榮|好成绩|好成績|美好)';
// A wish for oneself: a good year, a trip, getting better by practice ("希望今年做什么事都顺风顺水", "还希望到有文化底蕴的
// 地方去看一看", "我希望通过以后的比赛来逐步完善").
const OWN_WISH = new RegExp(
  `^(?:希望|期待|期盼|期望|盼望|渴望)[^。！？!?，,；;]{0,20}?${WISHED_GOOD}|` +
    String.raw`^(?:希望|期望|盼望)(?:能|可以|能够|能夠)?(?:找到|找份|找一份|找个|找個|考上|考取|考进|考進|考研|读研|讀研|在[^，,。！？!?；;]{1,10}?(?:工作|上班|就业|就業))|^(?:希望|期待|期盼|期望|盼望|渴望)[^。！？!?，,；;]{0,20}?(?:顺风顺水|順風順水|顺心|順心|如意|好运|好運)|^(?:希望|期望)[^。！？!?，,；;]{0,10}?(?:我自己的|自己的)|^(?:希望|期待|期望|盼望)(?:能|可以|能够|能夠)?(?:到|去|来|來)[^。！？!?；;]{1,30}?(?:去|来|來)?(?:看|玩|走|逛|旅游|旅遊|度假|过年|過年)|^(?:希望|期望)(?:能)?(?:通过|通過)[^。！？!?，,；;]{1,16}?(?:来|來)?(?:逐步|慢慢|不断|不斷|进一步|進一步)?(?:完善|提高|改进|改進|进步|進步|提升|成长|成長)[。！？!?，,；;]*$`,
);
// A request with nothing in it: it points back ("关注一下此事") or asks only for "better" ("希望下任做得好啲").
// (shared with the gist's cues: such a request is a closing formula there)
export const HOLLOW_ASK = String.raw`(?:(?:关注|關注|重视|重視|跟进|跟進|处理|處理|调查|調查|解决|解決|研究|正视|正視)(?:一下)?(?:此事|这件事|這件事|此问题|此問題|这个问题|這個問題|有关问题|有關問題|有關事件|有关事件|事件)|(?:做得?好(?:啲|些|一点|一點|一些)|做得更好|做好(?:啲|些)?|好好做|加把劲|加把勁)(?=$|[，,。！？!?；;啦吧呀啊囉]))`;
const HOLLOW = new RegExp(`^[^。！？!?，,；;]{0,16}?${HOLLOW_ASK}`);
// "报告建议…", "方案提议…": the document proposes, not the speaker; "原以为…应该垮掉" expects, it asks nothing.
const NOT_THE_SPEAKERS = /(?:报告|報告|文件|规划|規劃|方案|条例|條例|意见|意見)[^，,。！？!?]{0,8}$|(?:以为|以為)[^，,。！？!?]{0,12}$/;
// What an example tells of ("比如说…得了白血病，希望大家来捐助"): the request is the example's, not the speaker's.
const IN_EXAMPLE = /(?:比如|例如|譬如|比方说|比方說|好比)[^。！？!?]*$/;

// The proposal as a noun: in a report that proposals exist ("提交了关于…的建议", "提出了相关建议", "形成政策建议",
// "这样的建议，政府欢迎", "把相关建议带到两会", "建议权") or announcing what follows ("提2条建议：", "我的建议如下").
const NOUN_BEFORE =
  /(?:的|之|了|相关|相關|有关|有關|这样的|這樣的|此|该|該|项|項|条|條|点|點|份|件|些|个|個|政策|提出|提交|递交|遞交|带来|帶來|带着|帶著|收到|采纳|採納|答复|答覆|形成|作出|做出|给出|給出|给予|給予|听取|聽取|征求|徵求|意见和|意見和|合理化|书面|書面|多|提|不少|许多|許多|一些|一系列|多项|多項|[几幾两兩\d０-９一二三四五六七八九十]\s*[条條点點项項个個份件])[\s□]*$/;
const NOUN_AFTER =
  /^(?:建议|建議|提议|提議|倡议|倡議)(?:权|權|书|書|案|稿|者|人(?![大民])|中|里|裡|上|时|時|的|(?:和|与|與|及)(?:意见|意見|批评|批評|要求|想法|建言|看法|诉求|訴求|提案|议案|議案)|被|得到|获得|獲得|已|均|都|也|带到|帶到|提交|递交|遞交|通过|通過|获|獲|遭|落实|落實|如下|\s*[。！？!?、；;]|\s*是[：:]|$)/;

// What the verb leaves once its particles are gone: a request says what it asks for.
const HAN = /\p{Script=Han}/gu;
const MIN_CONTENT = 4;
// the thing to think over comes before the modal ("如何…，是大家应该思考的"): the request reaches back to it
const TOPIC_FIRST = /^[是乃]?[^，,。！？!?；;]{0,6}?(?:应该|應該|应当|應當|应|應|需要|要)(?:好好|认真|認真)?(?:思考|考虑|考慮|探讨|探討|研究|关注|關注|重视|重視|解决|解決|面对|面對)(?:的)?(?:问题|問題)?[。！？!?；;]*$/;

export interface RequestCue {
  /** Where the request word starts. */
  at: number;
  /** Where the request word ends. */
  end: number;
  kind: Kind;
  /** The request's topic comes before it ("如何…，是大家应该思考的"): the asks line starts at its sentence. */
  topicFirst: boolean;
}

const HOPE_WORD = '(?:希望|期望|期待|期盼|盼望|寄望|冀望)';
const AIM = new RegExp(`^${HOPE_WORD}(?:能)?(?:以|藉|借|让|讓|使|给予|給予|通过[^，,。！？!?；;]{1,20}?后|通過[^，,。！？!?；;]{1,20}?後)`);

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
  const atClauseStart = /^[\s“「『]*(?:但是|但|而且|所以|因此|同时|同時|那么|那麼)?(?:也|还|還|就|再|都|千万|千萬)?$/.test(clauseHead);
  switch (kind) {
    case 'hope':
      // "老百姓最希望看到的效果": a noun phrase, what is hoped for, not a request
      // (a modal makes it a clause: "希望政府能增加长者的医疗券金额")
      if (/^(?:希望|期待|期望|盼望)[^，,。！？!?；;能可]{0,8}的[^，,。！？!?；;的]{0,6}(?:[。！？!?；;]|$)/.test(rest)) return false;
      // "，是希望…" gives the purpose of what was said before; "希望以…措施…", "希望通过…后" the speaker's aim
      if (/[，,]\s*(?:而|就)?是$/.test(before) || AIM.test(rest)) return false;
      return !SELF_AFTER.test(rest) && !OWN_WISH.test(rest);
    case 'propose':
      // "应纳入不分区立委建议，…": the noun, the object of taking in proposals, not the speaker proposing
      if (/^(?:建议|建議|提议|提議)[，,；;]/.test(rest) && TAKE_IN.test(clauseHead)) return false;
      // "我的建议是加大补贴" says it; "他的建议是：" announces and "提出了相关建议" reports
      if (/^(?:建议|建議|提议|提議)(?:就)?是(?![：:\s]|$)/.test(rest)) return /(?:我|我们|我們|他|她|他们|他們|她们|她們)的$/.test(before);
      return !NOUN_BEFORE.test(before) && !NOUN_AFTER.test(rest);
    case 'modal': {
      if (SELF_BEFORE.test(before)) return false;
      // (or after a condition: "在公共区域遛狗就应该…")
      return ADDRESSEE_BEFORE.test(before) || URGENT_AFTER.test(rest) || CLAUSE_START.test(before) || VIEW_BEFORE.test(before) || /[^我们們己]就$/.test(before) || /(?:建议|建議|希望|呼吁|呼籲|要求)/.test(before.slice(-30));
    }
    case 'demand':
      // the speaker's demand: no one else is its subject ("他也要求…", "，要求当局…"; not "质询要求部门…"); the
      // reporter's short name for the speaker opening the sentence is theirs ("黃要求當局…")
      if (/^[\s“「『]*\p{Script=Han}{1,3}(?:也|还|還|亦|并|並|更)?$/u.test(before) && ADDRESSEE_AFTER.test(rest.slice(word.length))) return true;
      if (!/^(?:[我他她]|我们|我們|他们|他們|她们|她們)?(?:也|还|還|并|並|亦|更|再|强烈|強烈|严正|嚴正|同时|同時)*$/.test(clauseHead.trim())) return false;
      return ADDRESSEE_AFTER.test(rest.slice(word.length)) || /^(?:尽快|儘快|立即|马上|馬上|停止|撤回|撤销|撤銷|公开|公開|道歉)/.test(rest.slice(word.length));
    case 'longing':
      return ADDRESSEE_AFTER.test(rest.slice(word.length)) || /^(?:能|可以|能够|能夠|早日|尽快|儘快)/.test(rest.slice(word.length));
    case 'call':
      // "代表的呼吁和争取": the noun, what someone called for, not the speaker calling
      return !/[的之]$/.test(before);
    case 'urge':
      return ADDRESSEE_AFTER.test(rest.slice(word.length));
    case 'proposedMust':
      // 要 at the head of a clause after the speaker proposed in the same sentence ("他建议要继续…，特别是要坚持…")
      return PROPOSED_BEFORE.test(sentenceBefore(masked, at)) || proposed;
    case 'please':
      // an imperative opens its clause, at most after whom it addresses ("大家请…", "國民黨要砍預算，請…")
      return atClauseStart || ADDRESSEE_BEFORE.test(clauseHead);
    case 'dont':
      return atClauseStart || new RegExp(`^(?:${ADDRESSEE_WORDS})(?:也|都|千万|千萬)?$`).test(clauseHead);
    case 'askIf': {
      // a question put to someone about what they could do: the sentence asks (？), the subject is not the speaker,
      // and no "这/那" makes it a question of whether something works ("这样能不能解决问题？")
      const sentenceRest = masked.slice(at).replace(/(?<=[。！？!?])[^]*$/, '');
      if (!/[？?]\s*[”」』]?\s*$/.test(sentenceRest)) return false;
      return !/(?:我|我们|我們|咱们|咱們|自己|这样|這樣|那样|那樣|这|這|那)(?:还|還|到底|究竟)?$/.test(clauseHead.trim());
    }
    case 'rather':
      return /(?:还|還|倒)?不如/.test(masked.slice(at).replace(/[。！？!?][^]*$/, ''));
    default:
      return true;
  }
}

const STOCK_CALL_AFTER =
  /^(?:呼吁|呼籲|号召|號召)(?:广大|廣大|全体|全體)?(?:民众|民眾|市民|公众|公眾|群众|群眾|国人|國人|全民|选民|選民|乡亲|鄉親|社会大众|社會大眾)/;
// A call on everyone to join in ("呼吁广大企业和市民积极参与，共同推动…", "希望社会各界携手…", "倡议大家一起行动"): the closing
// formula of an official's speech, put to no one in particular and asking nothing in particular. A call on a named
// group to do something of its own ("希望广大侨胞充分发挥独特优势…", "希望广大企业家始终和党委政府站在一起") is a request.
const BROAD = '(?:广大|廣大|全体|全體|全市|全省|全港|全澳|全台|全臺|全民|全区|全區|全县|全縣|全国|全國|全社会|全社會|社会各界|社會各界|各界|大家|各位|市民朋友|所有人)';
const JOIN_IN =
  '(?:积极参与|積極參與|踊跃参与|踴躍參與|积极参加|積極參加|踊跃参加|踴躍參加|积极投身|積極投身|参与进来|參與進來|共同(?:推动|推動|努力|参与|參與|营造|營造|维护|維護|建设|建設|守护|守護|关注|關注|打造|促进|促進|创造|創造|奋斗|奮鬥|行动|行動)|携手|攜手|齐心|齊心|同心协力|同心協力|一起(?:努力|参与|參與|行动|行動|加油|来|來)|关心支持|關心支持|关心和支持|關心和支持)';
export const CALL_TO_JOIN = new RegExp(
  `^(?:呼吁|呼籲|号召|號召|倡议|倡議|希望|期待|期盼|欢迎|歡迎|邀请|邀請)[^。！？!?；;，,]{0,6}?${BROAD}[^。！？!?；;，,]{0,8}?${JOIN_IN}`,
);

/** Whether a sentence calls on everyone to join in ("呼吁广大企业和市民积极参与…") and asks nothing of anyone besides. */
export function isCallToJoin(text: string): boolean {
  const masked = maskQuoted(text);
  let any = false;
  for (const m of masked.matchAll(/呼吁|呼籲|号召|號召|倡议|倡議|希望|期待|期盼|欢迎|歡迎|邀请|邀請/g)) if (CALL_TO_JOIN.test(masked.slice(m.index))) any = true;
  return any && findRequestCues(text, true).length === 0;
}

/**
 * Every request cue of a text outside quotes, in order; `strict` (the asks line) also wants content and the speaker's own
 * voice; `proposed`: the text goes on with a list of proposals the speaker made before it (GOES_ON), so its 要 still asks.
 */
export function findRequestCues(text: string, strict = false, proposed = false): RequestCue[] {
  const masked = maskQuoted(text);
  const out: RequestCue[] = [];
  for (const m of masked.matchAll(CUE)) {
    const kind = KINDS[m.slice(1).findIndex((g) => g !== undefined)]!;
    const at = m.index;
    const before = masked.slice(0, at);
    if (NOT_THE_SPEAKERS.test(before)) continue;
    if ((kind === 'hope' || kind === 'please' || kind === 'call') && IN_EXAMPLE.test(sentenceBefore(masked, at))) continue;
    // a call to the public at large ("呼籲民眾支持…") is a closing formula, not a request put to anyone
    if (strict && kind === 'call' && STOCK_CALL_AFTER.test(masked.slice(at))) continue;
    // …nor is a call on everyone to join in
    if (strict && (kind === 'call' || kind === 'hope' || kind === 'propose') && CALL_TO_JOIN.test(masked.slice(at))) continue;
    // a modal inside a condition or a cause ("如果情势使得执政党必须…") tells what would follow, it asks nothing
    if ((kind === 'modal' || kind === 'view') && /如果|假如|要是|倘若|一旦|使得|迫使/.test(clauseBefore(masked, at))) continue;
    // …nor in the consequence of a condition ("如果认为…不好，那么就应该换掉…"): the step of an argument
    if ((kind === 'modal' || kind === 'view') && /^[\s“「『]*(?:那么|那麼|则|則)/.test(clauseBefore(masked, at)) && /(?:如果|假如|要是|倘若)/.test(sentenceBefore(masked, at))) continue;
    // …nor in a question whether one should ("你是否應該問…？", "难道我们应该…？"): a retort, not a request
    if (strict && kind === 'modal' && /是否|是不是|难道|難道|何必/.test(clauseBefore(masked, at)) && /^[^。！!]*?[？?]/.test(masked.slice(at))) continue;
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
