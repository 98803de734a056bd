/**
 * The words that tell a speaker's point from their preamble, in simplified and traditional script:
 * summary words (总之, 所以) point at the conclusion, stance words (我认为, 關鍵是) at the speaker's
 * view, request words (建议, 希望, 呼吁) at what they ask for; preamble and official boilerplate
 * (four-character slogans, the stock line on society's principal contradiction) point away.
 */
import { AUTHORITIES, DOCUMENTS, stripQuoted } from './quotes';
import { FOCUS } from './question';
import { CLAUSE_OPENING, HOLLOW_ASK, MOTION_NOUN, MOTION_SAID, NOT_THE_SPEAKERS, OFFICIALS, SELF_BEFORE, SELF_RESOLVE, THE_PUBLIC, WISHED_GOOD } from './requests';

// Summary words at the head of a sentence: the sentence is the statement's own conclusion.
const SUMMARY_HEAD =
  /^(?:[，,\s]*)(?:[总總]之|总的来说|總的來說|总的来看|總的來看|[总總]而言之|[综綜]上|总体而言|總體而言|总体来看|總體來看|一句[话話]|[简簡]而言之|[换換]言之|换句话说|換句話說|[说說]到底|归根结底|歸根結底|[归歸]根到底|由此可[见見]|可[见見]|所以|因此|因而|故此|由此|于是|於是|这说明|這說明|这表明|這表明|事实上|事實上|其实|其實)/;
// Summary words inside a sentence ("…，所以我们…"): weaker, the conclusion follows them.
// Inference words ("根据…推测，…") also mark a conclusion.
// So do words of implication ("显示特首对中小企之重视", "有助增加竞争力"), unless data is what shows.
const SUMMARY_INSIDE =
  /[，,；;](?:所以|因此|因而|可见|可見|说到底|說到底|归根结底|歸根結底)|推[测測断斷]|判[断斷]|结论|結論|[证證说說]明了|(?<!数据|數據|[调調]查|统计|統計|研究|民[调調])(?:[显顯]示|表明)|意味[着著]|有助[于於]|有助|有利于|有利於/;

// The speaker's own view.
// Colloquial speech drops the 我 ("感觉现在的考生更辛苦", "看得出来，…"): the verb alone still gives the speaker's view.
// (at the head of the sentence, or after the speaker's own clause: "有的人…，觉得…" is someone else's view)
// Cantonese says 我諗 ("我諗將來…") where Mandarin says 我想/我认为: a vox pop's view.
// "我看，…" / "依我看，…": in my view (not 我看到, 我看了: seeing).
// "…势在必行", "…刻不容缓", "当务之急是…": the speaker's verdict on what must be done, the line the measures after it serve;
// so is the verdict on what matters ("…至关重要", "…意义重大", "…最有效的路径", "菜场的核心还是…"), which a closing side
// remark or one more measure follows (the hand judges' poor gists on summaries-20 and -22).
const MY_VIEW = /(?:^|[，,。；;：:“「]|依)\s*我看[，,]/;
const STANCE_CANTONESE = /我(?:[哋地])?[諗谂]/;
// For or against, said at a sentence's head ("赞成老年人跳广场舞，不赞成罚款。", "我们坚决反对…"): the speaker's side taken
// (summaries-52: both judges' poor gist was the side remark after it). Only at the head: "得到居民赞成" is what others did.
const TAKES_SIDE = /^[\s“「]*(?:我[们們]?|本人)?(?:[很也都还還]|非常|完全|坚决|堅決|十分)?(?:不)?(?:[赞贊][成同]|反[对對])/;
const STANCE =
  /(?:^[\s“「]*|^[^。！？!?]{0,40}[我咱][^他她人。！？!?，,]{0,40}[，,])(?:感[觉覺]|[觉覺]得|看得出[来來]|看得出|可以看出)|我(?:[们們])?(?:认为|認為|[觉覺]得|[相坚]信|堅信|主张|主張|的看法|的观点|的觀點|的理解)|在我看[来來]|我看[来來]|关键(?:[还還])?(?:是|在于|在於|就是|[要在])|關鍵(?:[还還])?(?:是|在於|在于|就是|[要在])|核心(?:是|在于|在於)|重要的是|最重要|最[緊紧]要|最要[紧緊]|根本(?:是|在于|在於)|要害(?:是|在于|在於)|本[质質]上|[说說]白了|不[应應]|不能再|值得(?:肯定|关注|關注|警惕|借[鉴鑒])|[势勢]在必行|刻不容[缓緩]|迫在眉睫|[当當][务務]之急|(?:至[关關]|尤[为為]|非常|十分|很|特[别別])重要|意[义義]重大|最有效|必由之路|核心[还還]/;

// Correction and concession put the speaker's view in the main clause: "并非因其怪胎，而是因其给人添麻烦",
// "不能靠医疗单兵作战，而是…系统工程",
// "也许不算昂贵，但不能说这是公平的".
const CORRECTION = /(?:[并並]非|不是|不能[靠只光])[^。！？]{1,30}?而是|不能[说說説]|(?:[虽雖]然|[尽儘]管|也[许許]|固然)[^。！？]{2,60}?(?:[但却卻]|可是|然而)/;

// What the speaker asks for or proposes. 希望/期待 only as verbs: the noun ("蓬勃的希望", "满怀期待") asks nothing.
// Nor does a wish told with how long it was held ("期待很久了，终于…", "盼望已久的…"): anticipation, now met.
const REQUEST =
  /建[议議]|呼[吁籲]|恳请|懇請|(?:[请請]求)(?![权權])|[提倡][议議]|(?:应该|應該|应当|應當)(?![^，,。！？!?]{0,4}?[是会會]|[说說])|不妨(?![称稱叫说說看])|亟[需待须須]|[务務]必|(?<![的满滿着著了新大有给給来來到见見份所党黨]|人[们們]|[他她][们們]|有人|不少人|[许許很]多人|政府|[当當]局|公司|学校|學校|主要是|只是)(?:希望|期待|期[盼望]|[盼渴]望)(?![，,。！？!?；;、\s”」]|$|之|所在|工程|小学|小學|了?[很好已许許]久)/;
// A stock call to everyone ("呼吁广大企业和市民积极参与"): a closing formula more than the speaker's own request.
const STOCK_CALL = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ '(?:呼[吁籲]|[号號]召)(?:[广廣]大)?'.concat(
    THE_PUBLIC,
    '|(?:呼[吁籲]|[号號]召|希望|倡议|倡議)(?:全[市省]|全社[会會])?广大|(?:呼[吁籲]|[号號]召|希望|倡议|倡議)(?:全[市省]|全社[会會]|社[会會]各界)|(?:希望|呼吁|呼籲)大家(?:积极|積極|共同|一起)',
  ),
);

// 要 as a call ("我们要", "一定要", "政府要"): a stance, but a commitment more than a request.
const MUST =
  /(?:我[们們]|大家|政府|部[门門]|企[业業]|社[会會]|家[长長]|[学學]校|[市居]民|各[方级]|各級|一定|必[须須]|[更还]|[還就]|首先|关键|關鍵|[都也])要(?![素求是点點闻聞害道么麼不紧緊数數])|必[须須]|(?<!自己|(?<![们們])我)需要(?![的。，,])/;

// Opening moves that frame rather than say: "从两个层面考虑", "关于这个问题", "作为一名…", a deputy on being elected
// ("第一次当选…代表，感觉…担子特别重…": how it feels, before what they propose), the honour of taking part ("今年有机会参与…的审议，意义重大": the occasion, not
// the proposal), the pleasure of the occasion ("很开心今天…揭牌"; pleasure at a result, "很高兴取得…，令我更有信心", is the
// speaker's view of it), thanks.
// (and a saying or a classic cited first, "俗话说…", "《论语》云…": the text the speaker starts from, not their point)
const PREAMBLE =
  /^(?:[，,\s]*)(?:(?:我想|我)?从[^，,。]{1,14}(?:[来來]看|考[虑慮]|来说|來說|[说說谈談]起|[讲講看])|关于|關於|[谈談说說讲講提]到|对于这个|對於這個|对于这|對於這|这个问题|這個問題|这个话题|這個話題|首先(?:要|我要)?(?:感[谢謝])|非常(?:感[谢謝]|[荣榮]幸)|很(?:[荣榮]幸|(?:高[兴興]|[开開]心)(?![^，,。]{0,3}(?:取得|[获獲]得|得到)))|感[谢謝]|作[为為]一名|作为一个|作為一個|[^，,]{0,6}?[当當][选選](?![择擇])|[^，,。]{0,8}?有(?:[机機][会會]|幸)[参參][与與加]|我[是叫]|[记記]得|(?:我[们們]|大家)都?知道|[众眾]所周知|(?:俗[话話]|古人|常言|《[^》]{1,10}》)(?:[说說]|有?云|曰|[讲講](?!究)|道)|首先(?:我)?(?:谈谈|談談|说说|說說|讲讲|講講))/;

// Background: the sentence opens in the past ("小时候…", "二十多年前…", "以前…"); the point is usually what came of it.
// (the time word may follow a pronoun subject as well as precede it: "我原来就在那边打工", "我们过去…"; 当时 too, the
// story's time, not 当时间…; what one did not do before, "其實我本來不太寫散文", after an aside: what changed is the point;
// since childhood, "我从小就…"; how things were before a year's event, "在大桥于1985年启用前，…")
const BACKGROUND =
  /^(?:[，,\s]*)(?:其[实實][，,]?)?(?:[我他她][们們]?(?=[原以过過曾早本从從]))?(?:原[来來](?![是的])|本[来來](?![是的就])|[从從]小(?![事处處做])|在[^，,。！？!?]{0,24}?(?:19|20)\d\d年[^，,。！？!?]{0,12}?[之以]?前(?=[，,])|[之此先]前|小[时時]候|以前|[过過]去|[当當]年|那[时時]候|[那当當][时時](?!间)|早在|曾[经經]|[记記]得|[从從]前|上世[纪紀]|[历歷]史上|古代|自古|[\d一二三四五六七八九十几幾多]+年(?:前|以前)|多年前|早年|[早前]些年|回[望顾顧首]|新中[国國]成立|建[国國](?:以[来來]|[后後])|改革[开開]放(?:以)?[来來]|解放(?:[前后後]|以[来來]))/;

// An example or an elaboration supports the point; it is not the point ("以牛头角区为例", "特别是…", "比如…").
const EXAMPLE =
  /^(?:[，,\s]*)(?:[比例譬]如|比方[说說]|[举舉]例|举个例子|舉個例子|打[个個]比方|(?:就)?好比|就拿|拿[^，,。]{1,8}来说|拿[^，,。]{1,8}來說|以[^，,。]{1,14}(?:[为為]例)|特[别別]是|尤其是|像是|你像|你看(?=[这這那])|像(?=一[些个個种種]))/;

// A request put as a question ("能不能有个简缩本？", "是否可以换一种方式？").
const ASKING_QUESTION = /能不能|能否|可否|可不可以|是否可以|是不是可以|可以不可以|为什么不|為什麼不|何不/;

// Framing that only announces ("这为我们指明了方向。", "这一愿景令人满怀期待。"); "这一周…" is no announcement.
const ANNOUNCE = /^(?:[这這此])(?:[为為给給让讓])|指明了(?:方向|道路)|令人(?:满怀|滿懷)?(?:期待|振奮|振奋)/;

// The stock line about society's principal contradiction.
const PRINCIPAL_CONTRADICTION = /主要矛盾|美好生活需要和不平衡不充分|美好生活需要與不平衡不充分|不平衡不充分的发展|不平衡不充分的發展/;

// A slogan: three or more four-character phrases in a row (同题共答、同声共鸣、同向共行、同频共振).
const SLOGAN = /(?:\p{Script=Han}{4}[、，,]){2,}\p{Script=Han}{4}(?=$|[，,。；;！!、”」\s])/gu;
// …a run of its own: it opens a clause, closes the sentence, or its phrases run parallel (a character shared in
// one place by all: 同X共Y). A run that opens inside a clause and runs on, with phrases of nothing in common,
// lists what to do ("…门槛，定期检讨、即时调整，并…").
const RUN_OPENS = /(?:^|[、，,：:；;“「\s])$/u;
const RUN_CLOSES = /^[。！!]*[”」]?\s*$/u;
function isSloganRun(text: string, run: string, at: number): boolean {
  if (RUN_OPENS.test(text.slice(0, at)) || RUN_CLOSES.test(text.slice(at + run.length))) return true;
  const phrases = run.split(/[、，,]/).map((p) => Array.from(p));
  return [0, 1, 2, 3].some((i) => phrases.every((p) => p[i] === phrases[0]![i]));
}

// A policy line quoted from a report: a quote or a 《》 title introduced by the report or its verbs.
// (提出 asked of someone, "市府应提出「时间表」", names what to draw up: no report quoted)
const STATES = '(?<![应應要可需须須]|建[议議]|[尽儘]快)提出|强调|強調|指出|部署|[号號]召|[写寫]入|明[确確]';
const REPORT_INTRO = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ '(?:'.concat(DOCUMENTS, '|精神|', STATES, ')[，,:：]?\\s*要?[，,:：]?\\s*[“「《]'),
);

// Courtesy that opens a speech: thanks, congratulations, greetings to the room ("首先我要恭喜…", "各位老师，…").
const COURTESY =
  /^(?:[，,\s]*)(?:首先|最后|最後)?[，,]?(?:我(?:[们們])?(?:[要想])?)?(?:非常|十分|[衷真]心)?(?:感[谢謝]|谢谢|謝謝|恭喜|祝[贺賀福]|各位|大家好|尊敬的|亲爱的|親愛的)/;

// A good wish that closes a speech ("希望…留下难忘的回忆", "祝…越来越好"): a formula, not a request of anyone.
const GOOD_WISH = new RegExp(`(?:希望|祝愿|祝願|祝|[愿願]|期[待盼]|[期盼]望)[^。！？!?，,；;]{0,20}?${WISHED_GOOD}`);

// Pages machine-converted with the pinyin left in ("學(xué)校", "關(guān)鍵是"): the glosses split the words the cues look for.
const PINYIN_GLOSS = /[(?][a-zA-Z\u00C0-\u024F\u01CD-\u01DC]{1,7}\)\??/g;

/** The sentence with pinyin glosses dropped, for the cues only (what is shown stays verbatim). */
export function dropPinyinGlosses(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_GLOSS, '') : text;
}

export function isCourtesy(text: string): boolean {
  return COURTESY.test(text);
}

// A stock resolve that closes a match report or a speech ("我们也应该有更好的表现", "我们会继续努力"): a formula,
// like a good wish, not the speaker's point.
const STOCK_RESOLVE =
  /(?:我[们們]|大家|自己|球[队隊]|全[队隊])[^。！？!?，,；;]{0,10}?(?:(?:[会會要将將]|应该|應該|一定|还会|還會)?(?:继续努力|繼續努力|再接再[厉厲]|有更好的表[现現]|[做打]得更好|表[现現]得更好))/;

// A request with nothing in it: it points back ("关注一下此事") or asks only for "better" ("希望下任做得好啲"),
// so the sentence that says what is wrong carries the point, not this one.
const EMPTY_REQUEST = new RegExp(`(?:[希期盼]望|要求|呼[吁籲]|促[请請]|[请請])[^。！？!?，,；;]{0,16}?${HOLLOW_ASK}`);
// A feeling alone ("我非常欣慰，同时也拭目以待"): how the speaker feels, not what they think.
const BARE_FEELING =
  /^[^。！？!?]{0,4}?(?:非常|十分|很|特别|特別|真的)?(?:欣慰|高兴|高興|开心|開心|激动|激動|感动|感動|满意|滿意|兴奋|興奮)(?:[，,]?(?:同[时時])?(?:[也都])?(?:拭目以待|很期待|充[满滿]期待))?[。！？!?…]*$/;

// A cheer that closes ("香港運動員、香港加油！", "中国队加油"): a formula of support, not a view.
const CHEER = /(?:^|[，,、\s])[^，,。！？!?；;]{0,10}加油[！!。…~～\s]*$/;

export function isGoodWish(text: string): boolean {
  const said = stripQuoted(text);
  return GOOD_WISH.test(said) || STOCK_RESOLVE.test(said) || EMPTY_REQUEST.test(said) || BARE_FEELING.test(said.trim()) || CHEER.test(said.trim());
}

export function hasSummaryHead(text: string): boolean {
  return SUMMARY_HEAD.test(text);
}

export function hasSummaryInside(text: string): boolean {
  return SUMMARY_INSIDE.test(stripQuoted(text));
}

// A statement told in reported speech gives the speaker's view as the reporter's clause "他认为…" (", 他認為是…"):
// the same view the speaker's own "我认为" gives (summaries-50: his point, after a paragraph of career background).
const REPORTED_VIEW = /(?:^|[，,。；;：:])\s*[他她](?:[也还還更则則亦])?(?:认为|認為|[坚堅]信)/;

export function hasStance(text: string): boolean {
  const said = stripQuoted(text);
  return STANCE.test(said) || STANCE_CANTONESE.test(said) || MY_VIEW.test(said) || REPORTED_VIEW.test(said) || TAKES_SIDE.test(said);
}

// A concession about the speaker themself ("虽然自己没跳过，但经常关注…", "雖然我不懂…，但…"): how they stand to the matter, not a
// view corrected (summaries-52: both judges' poor gist, taken over the side the speaker took).
const OWN_CONCESSION = /^[\s“「]*(?:[虽雖]然|[尽儘]管)(?:我|自己|本人)/;

export function hasCorrection(text: string): boolean {
  const said = stripQuoted(text);
  return CORRECTION.test(said) && !OWN_CONCESSION.test(said);
}

// "希望我们能取得好成绩", "我们也应该有更好的表现": the speaker's own resolve, asked of nobody.
const SELF_AFTER = /* @__PURE__ */ new RegExp(/* @__PURE__ */ '^(?:希望|期待|期[盼望]|[盼渴]望)'.concat(SELF_RESOLVE));
// "报告建议…", "方案提议…": the document proposes, not the speaker; "原以为…应该垮掉" expects, it asks nothing.
const REQUEST_ALL = new RegExp(REQUEST.source, 'g');
// (and what the speaker's own motion is, "带来一个提案，就是要…", read only where a motion is named: ./requests.ts)
const REQUEST_OR_MOTION = /* @__PURE__ */ new RegExp(`${REQUEST.source}|${MOTION_SAID}`, 'g');
const GOOD_WISH_AT = new RegExp(`^(?:${GOOD_WISH.source})`);

// "想提2条建议：…", "我的意见如下": the noun announces what follows, it asks nothing itself.
const COUNTED_NOUN = /(?:提|[几幾两兩\d０-９一二三四五六七八九十]\s*[条條点點项項个個])$/;
// 应该/应当 ask something only of someone ("政府应该…", "建议…应当…") or urgently ("应当尽快…"); in an
// argument ("它应该有自己的依据", "这本来应该…") they are a modal of the reasoning, not a request.
const ADDRESSEE = /* @__PURE__ */ new RegExp(
  `(?:政府|当局|當局|部门|部門|有关方面|有關方面|官员|官員|当局|社[会會]|大家|各[方界]|[市居]民|家[长長]|[学學]校|企[业業]|[业業]主|物[业業]|商家|平台|媒[体體]|[报報]社|[贵貴报]刊|報刊|刊物|你[们們]|您|年[轻輕]人|[国國]家|我[国國]|特[区區首]|${OFFICIALS})[^，,。！？!?；;]{0,6}$`,
);
const URGENT_AFTER = /^(?:应该|應該|应当|應當)(?:要)?(?:[尽儘][快早]|及早|[马馬]上|立[即刻]|早日|切[实實]|加[快强強]|多|更多|[设設]立|取消|停止|考[虑慮]|检讨|檢討|重新)/;
const CLAUSE_START = /* @__PURE__ */ new RegExp(/* @__PURE__ */ CLAUSE_OPENING.concat(')?$'));

/** Whether a modal 应该/应当 at `at` asks someone for something (see ADDRESSEE). */
function isAskingModal(masked: string, at: number): boolean {
  const before = masked.slice(0, at);
  const rest = masked.slice(at);
  return ADDRESSEE.test(before) || URGENT_AFTER.test(rest) || CLAUSE_START.test(before) || /(?:建[议議]|希望|呼[吁籲]|要求)/.test(before.slice(-30));
}

// The gist's own request cue. The asks line reads ./requests.ts, which tells a request from a report that proposals
// exist; scoring the gist with that stricter reader cost the held-out summaries-8 (ROUGE-1 0.463 → 0.424), so the
// scorer keeps this broader cue. Both read the same hollow-ask and good-wish lists (./requests.ts).
/**
 * The index in `text` where its first request cue outside quotes starts, or -1. `strict` (the asks line)
 * also wants a request's form: 应该/应当 addressed to someone or urgent, not a modal inside an argument.
 */
export function findRequest(text: string, strict = false): number {
  // quoted spans are replaced by as many placeholder characters, so offsets stay those of `text`
  const masked = text.replace(/“[^”]{0,500}”|「[^」]{0,500}」|『[^』]{0,500}』/g, (q) => '□'.repeat(q.length));
  for (const m of masked.matchAll(MOTION_NOUN.test(masked) ? REQUEST_OR_MOTION : REQUEST_ALL)) {
    const rest = masked.slice(m.index);
    const before = masked.slice(0, m.index);
    const self =
      SELF_AFTER.test(rest) || (/^(?:应该|應該|应当|應當)/.test(rest) && SELF_BEFORE.test(before)) || GOOD_WISH_AT.test(rest);
    if (self || NOT_THE_SPEAKERS.test(before)) continue;
    // a noun that announces what follows ("提2条建议：", "我的建议如下") is no request by itself
    if (/^(?:建[议議]|意[见見])/.test(rest) && (COUNTED_NOUN.test(before) || /^(?:建[议議])\s*(?:[：:]|如下|是[：:])/.test(rest))) continue;
    if (strict && /^(?:应该|應該|应当|應當)/.test(rest) && !isAskingModal(masked, m.index)) continue;
    return m.index;
  }
  return -1;
}

export function hasRequest(text: string, strict = false): boolean {
  return findRequest(text, strict) >= 0;
}

export function isStockCall(text: string): boolean {
  return STOCK_CALL.test(stripQuoted(text));
}

export function hasMust(text: string): boolean {
  return MUST.test(stripQuoted(text));
}

// …unless the same sentence turns on to its point: "我们知道…有难处，但是大家应该多给一点耐心…" concedes first and
// then says what the speaker holds (a frame and its contrast are one move: the point is after the turn)
const TURN = /[，,](?:但是?|可是|然而|不[过過]|却|卻)/;

export function isPreamble(text: string): boolean {
  return PREAMBLE.test(text) && !TURN.test(text);
}

// …unless the same sentence comes to the present: "以前要排通宵，现在真的方便太多" is the point.
// (and the years since: "没想到三年过去，…")
const NOW = /[现現]在|[如而]今|今[天日年]|目前|[对對相]比|所以|因此|终于|終於|[\d一二三四五六七八九十几幾多]+年(?:[过過]去|过后|過後|之[后後])/;

// The reporter's paraphrase: a third person's name or role and a verb of saying open the sentence
// ("刘先生表示，…", "李慧琼又指，…", "他批評…"); the speaker's own "我认为，…" is no paraphrase.
export const SAYING =
  '(?:[又还還也更则則亦并並再续續])?(?:[说說]|表示|指出|认为|認為|[直坦]言|批[评評]|[称稱]|指|强调|強調|透露|提到|补充|補充|坦承|笑[言說说]|形容|介[绍紹]|告[诉訴]|分析|相信|期[许許]|[担擔]心|[关關]注到|引述|建[议議]|呼[吁籲]|[希期]望)';
const REPORTER_FRAME = new RegExp(
  `^(?:(?![^，,。！？!?：:]*[我咱])[^，,。！？!?：:「」“”『』]{1,16}?${SAYING}(?:中外)?(?:[记記]者)?[，,：:]|(?:[他她]|他[们們]|她[们們])${SAYING})`,
);

/** Whether a sentence is the reporter's paraphrase of the speaker (a name or 他/她 and a verb of saying open it). */
export function isReporterFrame(text: string): boolean {
  return REPORTER_FRAME.test(text.trim());
}

export function isExample(text: string): boolean {
  return EXAMPLE.test(text);
}

/**
 * Whether a sentence is a question (rhetorical questions pose the point; the answer says it). A rhetorical
 * question often ends "?!" or "？！" (the writer's indignation): a question still, not an exclamation.
 */
export function isQuestion(text: string): boolean {
  return /[？?][？?！!]*\s*[”」』）)]?\s*$/.test(text);
}

// An assertion closed by a tag that affirms it ("…因为这对家长有利，何乐而不为呢？", "…，不是吗？"): it states, it asks nothing.
const AFFIRMING_TAG = /[，,]\s*(?:何[乐樂]而不[为為]|[难難]道不是|不是|岂不是|豈不是)[吗嗎呢]?[？?][！!]?\s*[”」』）)]?\s*$/;

/** A statement with a rhetorical tag at its end that affirms it (AFFIRMING_TAG). */
export function endsWithAffirmingTag(text: string): boolean {
  return AFFIRMING_TAG.test(text);
}

/** A question that asks for something ("能不能…？"): a request. */
export function isAskingQuestion(text: string): boolean {
  return isQuestion(text) && ASKING_QUESTION.test(stripQuoted(text));
}

// A year at the head of what was done ("2013年，我提出了…的建议"): the story of a past act, unless it says what will be.
const PAST_YEAR = /^(?:[，,\s“「]*)(?:19|20)\d\d年(?![^。！？!?]*(?:[将將]|计划|計劃|预计|預計|打算))[^。！？!?]*了/;

// A review of the year or years gone ("2024年，市发改委…完成…", "去年…", "近年来…"): background once the speaker goes on to
// what comes next ("展望2025年，…将…", "下一步，…", "今年我们将…"), the point of an official's review-then-outlook speech.
const REVIEW = /^(?:[，,\s“「]*)(?:(?:19|20)\d\d年(?!\d)|去年|[过過]去的?一年|近年[来來]|近[几幾]年|[这這]些年|多年[来來]|[长長]期以[来來])/;
const OUTLOOK = /^(?:[，,\s“「]*)(?:展望|下一步|下一[阶階]段|今[后後]|接下[来來]|新的一年)/;
// (a review also ends where this year's plan begins: "今年，我们将…")
const PLAN = /^(?:[，,\s“「]*)(?:[今明]年|(?:19|20)\d\d年)[，,]?[^。！？!?，,]{0,16}?(?:[将將]|[计計][划劃]|打算|力[争爭])/;
const yearOf = (text: string) => Number(/^(?:[，,\s“「]*)((?:19|20)\d\d)年/.exec(dropFrameHead(text))?.[1] ?? 0);

/** Per sentence, whether it reviews what is past before the statement turns to what comes next (REVIEW, OUTLOOK). */
export function measureReview(texts: readonly string[]): boolean[] {
  return texts.map((t, i) => {
    const said = dropFrameHead(t);
    // (a year told with what it will bring is a plan, not a review: "2026年，地铁三号线将通车")
    if (!REVIEW.test(said) || PLAN.test(said)) return false;
    const year = yearOf(t);
    return texts.slice(i + 1).some((u) => OUTLOOK.test(dropFrameHead(u)) || PLAN.test(dropFrameHead(u)) || (year > 0 && yearOf(u) > year));
  });
}

/**
 * Per sentence, whether it is one step of a chronology: it opens on a year and another sentence opens on another year
 * ("2006年第一次提…。2009年，…。2010年，…", "2027年作为启动年…。2028年将…"). The steps tell the story or the timetable
 * of the point, as the items of a list do; the last step closes the timeline, not the statement.
 */
export function measureChronology(texts: readonly string[]): boolean[] {
  const years = texts.map(yearOf);
  return years.map((y) => y > 0 && years.some((z) => z > 0 && z !== y));
}

/** Whether a sentence turns to what comes next ("展望2025年，…", "下一步，…"): after a review, that is the point. */
export function isOutlook(text: string): boolean {
  return OUTLOOK.test(dropFrameHead(text));
}

export function isBackground(text: string): boolean {
  // (the reporter's frame aside: "陈同学说，之前学校…" opens in the past too)
  const said = dropFrameHead(text);
  return (BACKGROUND.test(said) || PAST_YEAR.test(said)) && !NOW.test(text);
}

/** Whether a sentence speaks of now ("如果我们今天不改变…"): after background, that is where the point is. */
export function speaksOfNow(text: string): boolean {
  return NOW.test(stripQuoted(text));
}

export function isAnnouncement(text: string): boolean {
  return ANNOUNCE.test(text);
}

export function citesPrincipalContradiction(text: string): boolean {
  return PRINCIPAL_CONTRADICTION.test(text);
}

// What a rule says, told on its authority ("根据指引，学生须…", "按照規定，…"): the document's line, not the speaker's view.
const PER_RULES =
  /^(?:[，,\s]*)(?:根[据據]|[按依]照|依[据據]|按)[^，,。！？!?]{0,12}?(?:指引|[规規]定|[条條法]例|法[规規]|文件|通知|[办辦]法|[守细細][则則]|章程|指南)[，,]/;

/** Whether a sentence tells what a rule or a guideline says, on its authority. */
export function citesRules(text: string): boolean {
  return PER_RULES.test(text);
}

// …or told without quotes, the leader or the document at the head and its verb before a comma or colon ("习近平总书记…时强调，
// 要…", "政府工作报告中也明确提出：…"), where the speaker adds nothing of their own (no 我 in it): the line is still theirs.
const CITES_UNQUOTED = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ '^[^。，,]{0,16}?(?:'.concat(AUTHORITIES, '|[总總]理|主席)[^。，,]{0,30}?(?:', STATES, ')[，,：:]'),
);

/** Whether a sentence is a leader's or a document's line told without quotes and without a word of the speaker's own. */
export function citesUnquoted(text: string): boolean {
  return CITES_UNQUOTED.test(text) && !FIRST_PERSON.test(text);
}

export function citesReport(text: string): boolean {
  // (a proposal's own title, "提出《…》的建议", is what the speaker asks, not a line quoted from a report)
  return REPORT_INTRO.test(text.replace(/《[^》]{0,200}》(?=的?(?:建[议議]|[提议]案|議案|建言))/g, (t) => '□'.repeat(t.length)));
}

// A sentence that is one couplet, two halves of one length that rhyme word for word ("植树一小步，绿化一大步"), is a motto:
// two or more characters in the same places, the halves five to nine long and terse (no 了/的/很, no person: "房价涨得太快了，
// 工资涨得太慢了" is a complaint put in parallel; nor 又 or a spoken negation: "车位又租不到，房子又买不起" is a plight).
function isCouplet(text: string): boolean {
  const m = /^(\p{Script=Han}{5,9})[，,](\p{Script=Han}{5,9})[。！!]?$/u.exec(text);
  return !!m && m[1]!.length === m[2]!.length && [...m[1]!].filter((c, i) => c === m[2]![i]).length > 1 && !/[了的得很我他又没沒唔冇]/.test(m[0]);
}

/** The share of a sentence's characters that are four-character slogan phrases (a couplet's: all). */
export function measureSloganShare(text: string): number {
  const total = Array.from(text).length;
  if (total === 0) return 0;
  if (isCouplet(text)) return 1;
  let slogan = 0;
  for (const m of text.matchAll(SLOGAN)) if (isSloganRun(text, m[0], m.index)) slogan += Array.from(m[0]).length;
  return slogan / total;
}

// What supports the sentence before it rather than saying the point: a reason (因为, 毕竟), an example (比如, 像…),
// the story of it (当时, 记得, 有一次), or the scene that recurs ("每天，很多家长…", "每次分红时，…"): a habit told is an
// illustration, like 有时候 (but "每天读二十分钟书…" prescribes: only a time set off by its comma tells a scene).
// The sentence it follows is then the claim it supports. (So is the cause named as such: "主要原因是…", "原因在于…".)
const SUPPORT =
  /^(?:[，,\s“「]*)(?:每[天日][，,]|每(?:[次回逢]|[当當])[^，,。！？!?]{0,16}[，,]|因[为為]|(?:主要)?原因(?:是|在[于於]|包括)|[毕畢]竟|由[于於]|[比例]如|譬如|比方说|比方說|举例|舉例|举个例子|舉個例子|像是|像(?=[我你他她这這那有在])|就像|好比|当时|當時|那[时時]|那会儿|那會兒|[记記]得|有一[次回]|有[时時]候|其中|特别是|特別是|尤其是)/;

// The reporter's frame before the words it reports ("他认为，", "刘先生表示，"), for the cues that read a sentence's head.
const FRAME_HEAD = new RegExp(`^[^，,。！？!?：:「」“”『』]{0,16}?${SAYING}(?:中外)?(?:[记記]者)?[，,：:]\\s*`);

/** The sentence without a reporter's frame at its head (for the cues; what is shown stays verbatim). */
function dropFrameHead(text: string): string {
  return text.trim().replace(FRAME_HEAD, '');
}

// A cause put first with its result after it in the same sentence ("由于…，只能看着…", "因为…，所以就…", "由于第一次…，不过真的很
// 好玩"), or a main clause the speaker or others take up ("因为…便宜一半，我身边的家长都买了"): the reason leads up to the
// sentence's own point (因为/由于 preposed, the result in the main clause), it gives no reason for the sentence before.
const CAUSE_THEN_RESULT =
  /^[，,\s“「]*(?:因[为為]|由[于於])[^。！？!?]*?[，,]\s*(?:[^。！？!?，,]{0,12}?(?:所以|因[此而]|[于於]是|只[能好]|不[过過]|但|[却卻才])|[我咱]|大家)/;

/** Whether a sentence opens as support for the one before it: a reason, an example, the story of it. */
export function opensWithSupport(text: string): boolean {
  const said = dropFrameHead(text);
  return SUPPORT.test(said) && !CAUSE_THEN_RESULT.test(said);
}

// The speaker singles something out ("印象最深的是…", "最大的变化是…", "最头疼的就是…"): the answer to what they were asked.

export function hasFocus(text: string): boolean {
  return FOCUS.test(stripQuoted(text));
}

// The speaker in the first person, outside what they quote.
const FIRST_PERSON = /[我咱俺]/;
// The third person of the reporter's account ("她在学校…" is the speaker's daughter only when the speaker says 我 too).
const THIRD_PERSON = /(?<![其吉])[他她](?![人们們])/;
// An attribution that closes the sentence ("…接受采访时说。", "26岁的梁小姐说。").
const ATTRIBUTION_TAIL = /(?:[说說]|表示|介[绍紹]|告诉记者|告訴記者|坦言|笑着说|笑著說|感慨道|[说說]道)[。！!]?[”」]?\s*$/;

// A verb of saying, thinking or judging anywhere in a sentence: the reporter is telling what the speaker holds.
const HOLDS = new RegExp(`${SAYING}|主[张張]|猜[测測]|估[计計]|[预預]料|预计|預計|判[断斷]|[觉覺]得|感到|[盼想]`);

/**
 * The reporter's account of the speaker and nothing of what they hold: who they are, what they did ("他连续两届
 * 列席…", "今年他本科毕业，…在家中做毕业设计"), with no quoted words of theirs and no verb of saying or thinking.
 */
export function isAccount(text: string): boolean {
  if (/[“「『][^”」』]{12,}/.test(text)) return false;
  // the reporter's scene at the interview's end or start ("采访结束时，他特意提到…") tells of the speaker, whatever the verb
  return isNarration(text, true) && (!HOLDS.test(stripQuoted(text)) || INTERVIEW_SCENE.test(text));
}
const INTERVIEW_SCENE = /^[\s]*(?:在)?(?:采访|採訪|访谈|訪談)(?:[结結]束|最[后後]|快[结結]束|[开開]始|之初)(?:[时時前后後]|之[际際])?[，,]/;

/**
 * What a third person did or is ("暑假期间她上了暑期班", "他上台之后就会见了专家"), told with no first person, no verb
 * of saying or thinking and no voice of the speaker's (a stance, a request, an exclamation): whoever 他/她 is (someone the
 * speaker tells of, or the speaker in the reporter's account), the sentence says nothing the speaker holds.
 */
export function tellsOfThirdPerson(text: string): boolean {
  const own = stripQuoted(text);
  // (a reporter's frame, 她认为…, is a verb of saying: HOLDS)
  return THIRD_PERSON.test(own) && !FIRST_PERSON.test(own) && !HOLDS.test(own) && !isVoiced(text);
}

/** A bare attribution after a quote ("县人大代表周丽说。"): it closes the quote, it says no point of its own. */
export function isAttributionTag(text: string): boolean {
  const t = text.trim();
  return ATTRIBUTION_TAIL.test(t) && (stripQuoted(t).match(/\p{Script=Han}/gu) ?? []).length <= 16 && !/[，,]/.test(stripQuoted(t));
}

/** Whether a sentence opens with the speaker's words in quotes: the reporter marks the speaker's own voice. */
export function opensWithQuote(text: string): boolean {
  // a quoted term ("“世界传统医学会议”的准确称呼…") opens a sentence of the speaker's own: a quoted speech runs on
  return /^\s*(?:“[^”]{12}|「[^」]{12}|『[^』]{12})/.test(text);
}

// A sentence that takes a stance, asks or exclaims is the speaker's voice, whoever it names.
const isVoiced = (text: string) =>
  hasStance(text) || hasRequest(text) || hasMust(text) || isQuestion(text) || /[！!]|不[要能该該应應]/.test(stripQuoted(text));

/**
 * The reporter's own account of the speaker: who they are, what they do, that they said it ("7日，…的研究生谢雨池接受采访时说。",
 * "香港志愿者、…学生李凤婷在…担任观众服务助理"): no first person outside quotes, and a third person or an attribution.
 */
export function isNarration(text: string, quotesTheSpeaker = false): boolean {
  const own = stripQuoted(text);
  // the reporter's paraphrase of what was said ("刘先生表示，…") is the speaker's content: `reported` weighs it
  if (FIRST_PERSON.test(own) || /^\s*[“「『]/.test(text) || isReporterFrame(text)) return false;
  // where the reporter marks the speaker's words with quotes, what is not quoted nor in the first person is the reporter's
  // (a sentence that takes a stance, asks or exclaims is still the speaker's voice)
  return (quotesTheSpeaker && !isVoiced(text)) || THIRD_PERSON.test(own) || ATTRIBUTION_TAIL.test(text.trim());
}
