/**
 * Figures that are facts: a number with a unit or a counted thing (money, people, shares, times, the
 * date of an event), Arabic or Chinese numerals, simplified or traditional. Not figures: ordinals
 * (第三), list markers (`2、` `（三）`), link timestamps (2024-03-05 10:23, 3小时前), section numbers
 * (3.2条), ranks (前10名), a year alone, slogans in quotes, idioms (三番五次, 360度大转弯) and counts of abstractions
 * (两个领域).
 */
import { stripListMarker } from './list-markers';
import { trimQuotes } from './quotes';
import { splitReadSentences } from './split-units';

const UNITS = [
  '%', '％', '‰', '个百分点', '個百分點', '百分点', '百分點',
  '亿元', '億元', '万元', '萬元', '千元', '百元', '美元', '港元', '港币', '港幣', '欧元', '歐元', '日元', '元', '块钱', '塊錢', '块', '塊', '蚊', '毛钱', '毛錢',
  '亿', '億', '万', '萬', '千',
  '人次', '人', '名', '位', '户', '戶', '家', '所', '座', '间', '間', '条', '條', '项', '項', '个', '個', '只', '隻', '棵', '株', '枚', '床',
  '辆', '輛', '架', '艘', '台', '臺', '部', '套', '件', '份', '张', '張', '场', '場', '次', '批', '处', '處', '类', '類', '篇', '本', '册', '冊', '集', '期', '轮', '輪', '代',
  '村', '镇', '鎮', '县', '縣', '乡', '鄉',
  '平方公里', '平方米', '公里', '千米', '米', '亩', '畝', '公顷', '公頃', '吨', '噸', '千克', '公斤', '克', '斤', '升', '度',
  '小时', '小時', '分钟', '分鐘', '秒', '天', '日', '周', '週', '个月', '個月', '月', '年', '岁', '歲', '倍', '成',
  // "两个小时", "1个半小时", "七十周年": the whole span, so a span of time reads as one
  '个小时', '個小時', '个半小时', '個半小時', '个多小时', '個多小時', '个星期', '個星期', '周年', '週年',
].sort((a, b) => b.length - a.length);
const UNIT = `(?:${UNITS.map((u) => u.replace(/[%.]/g, '\\$&')).join('|')})`;
const APPROX = '(?:[余餘多几幾来來])?';
// Arabic: not a year (masked before), not after 第 or a decimal point; "3.2条" is a section number (below)
// a number glued to Latin letters is a code (G3605次列车, A320), not a count; a range's end after 第
// is an ordinal too (第28–30期: issues of a paper)
const ARABIC = new RegExp(`(?<![第\\d.．A-Za-z])(?<!第\\s+)(?<!第\\s*\\d+\\s*[-–—~～至到]\\s*)\\d+(?:[.,]\\d+)*\\s*${APPROX}\\s*${UNIT}`, 'g');
// Chinese: starts with a digit word; 一 only before a bigger one (一百, 一万) or money (一块钱): alone it is a word part
const HAN_DIGITS = '零〇一二两兩三四五六七八九十百千万萬亿億几幾';
const CHINESE = new RegExp(
  `(?<![第初高周週期拜老小大${HAN_DIGITS}])(?:[两兩二三四五六七八九十]|一(?=[十百千万萬亿億两兩二三四五六七八九]|块钱|塊錢)|[几幾数數](?=[十百千万萬])|[上近](?=[百千万萬]))[${HAN_DIGITS}]*${APPROX}${UNIT}`,
  'g',
);
// Chinese percentages: 百分之三十
const CHINESE_PERCENT = /百分之[零〇一二两兩三四五六七八九十百点點]+/g;
// A score in points (8.5分, 40多分, 以10分為滿分); not minutes (5分钟 is read as a unit above), not 分之 (a fraction), not
// a verb or noun that starts with 分 (分别, 分析, 分享…). Arabic numerals only: 十分 is also the adverb 'very'.
const SCORE = /(?<![第\d.．A-Za-z])\d+(?:\.\d+)?\s*(?:[多来來])?\s*分(?![之钟鐘鍾别別析开開享配布散手类類子工局店行队隊区區会會数數])/g;

// Counted things that are not things: areas, aspects, principles, slogans' numbered parts, matters ("聚焦三件事").
const ABSTRACTION =
  /^[^，,。；;：:、]{0,3}?(?:事(?:情)?(?![故件务務业業实實例項项])|[领領]域|[方层]面|層面|问题|問題|原则|原則|目标|目標|环节|環節|维度|[維角]度|[阶階]段|[体體]系|[机機]制|理念|意识|意識|路径|路徑|模式|优势|優勢|难题|難題|挑[战戰]|任[务務]|关系|關係|一[体體]|全面|[重要][点點]|方向|抓手|支[撑撐柱]|关键|關鍵|核心|板[块塊]|思[路维維]|课题|課題|[层層]次|步[骤驟]|途[径徑]|特[点點征徵]|因素|意[义義]|作用|矛盾|短板|瓶[颈頸]|目的|原因|代表|维护|維護|[确確]立|自信|[坚堅]持|[务務]必|基本[点點]|中心|心[态態]|[观觀]念|转变|轉變|层级|層級|结构|結構|意[图圖]|信[号號]|界[别別]|类别|類別|范畴|範疇|理[论論]|观点|觀點|概念|原理|方[针針]|思想|主[义義]|精神|[战戰]略|[看亮][点點]|趋势|趨勢|[元要]素|建[议議]|[提议議]案|意[见見]|字(?:方[针針]|[诀訣]|[真箴]言|口[号號]))/;

// Timestamps of links and page furniture, masked before numbers are read (and a transcript's clock time, "(9時2分)").
const TIMESTAMP =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{4}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|[日周週]|[个個]月|年)前|\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分(?![钟鐘])/g;
const YEAR = /\d{4}\s*年|[零〇一二三四五六七八九]{4}年|[（(]\d{1,4}\s*年[）)]/g;
// Idioms and set phrases made of numbers and counters.
const IDIOM =
  /三番[五两兩]次|千方百[计計]|千家万户|千家萬戶|一五一十|三三两两|三三兩兩|[货貨]比三家|三天两头|三天兩頭|三年五[载載]|三令五申|九牛一毛|五花八[门門]|万无一失|萬無一失|一年四季|十年如一日|十年磨一[剑劍]|五位一[体體]|三位一[体體]|四[处處]|[两兩]面三刀|三心二意|七嘴八舌|四面八方|五湖四海|十[万萬]火急|[三四][个個]?手?指[头頭]?指(?:向|着|著)自己|(?:180|360)度大?[转轉掉]/g;
// A clause that is page furniture: publication data, view counts, sources, a dateline ("(吉隆坡13日讯)").
const FURNITURE =
  /发布时间|發佈時間|發布時間|发布于|發佈於|更新时间|更新時間|来源[:：]|來源[:：]|责任编辑|責任編輯|编辑[:：]|編輯[:：]|阅读量|閱讀量|浏览|瀏覽|点击|點擊|排行|转载|轉載|版权|版權|\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;]{0,8}?(?:消息|电|[電讯訊])|跟[贴帖]|\d{1,2}\s*日\s*(?:[讯訊]|[电電](?![视視话話]))|(?:^|[^\d])\d{1,2}\/(?=\p{Script=Han})/u;
// A clause carrying a link's timestamp (2019-03-18 08:15, 07:23) belongs to a list of links, not to a statement.
const STAMPED = /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}[:：]|(?<![\d.])\d{1,2}[:：]\d{2}(?![\d])/;
const SECTION = /^\d+[.．]\d+\s*[条條款节節]/;
const TIME_UNIT = /(?:[月日年天周週]|小[时時]|分[钟鐘]|秒|星期)$/;
// A number that names a thing is not a count: a moving average (30日均线, 20周均線), a line or a route (3号线).
const NAMING = /^(?:均[线線]|[线線]|号线|號線|K线|K線|移[动動]平均)/;
// A counter that makes a word with the noun after it names a kind of thing, not how many: 三轮车 (a tricycle), 两轮车,
// 两轮电动车 (an e-bike), 三轮摩托车.
const COMPOUND = /^[轮輪](?:[电電][动動]|摩托|[机機][动動])?[车車]/;
// "这两年", "那几天", "前两天": a vague stretch of time pointed at, not a measured one; "这两位老将", "那三个项目": things
// already named, pointed at again, not counted.
const DEICTIC = /[这這那]$|(?<![提之以])前$/;
const POINTED_COUNT = /^(?:[两兩几幾三四五六七八九十]|\d{1,2})(?:[位名个個家项項件条條])$/;

// "四周" as "all around": looked at or gone to (环顾四周, 望向四周, 在四周), or what stands or lies there (四周都是积水,
// 四周用竹竿撑着); otherwise four weeks (培训四周, 四周后复查)
const AROUND_BEFORE = /(?:[环環]顾|[环環]顧|看看|看了看|望|[顾顧]|[向朝往在到]|[的]|[围圍]着|[围圍]著)\s*$/;
const AROUND_AFTER = /^\s*(?:都|全|皆|是|用|[围圍]|的|[环環]境|有|一片|[静靜]|空|[种種]|[布佈]|堆|[摆擺]|站|坐|[挂掛]|插|[长長]满|[长長]滿|[张張]望)/;

/** Replaces matches by as many placeholders, so offsets stay those of the text. */
function mask(text: string, re: RegExp): string {
  return text.replace(re, (m) => '□'.repeat(m.length));
}

function maskQuoted(text: string): string {
  // quoted slogans ("三纵十横", "六个一体化") name things; they are not figures
  // and titles in 《》 are names too (《二十年目睹之怪现状》)
  return mask(text, /“[^”]{0,500}”|「[^」]{0,500}」|『[^』]{0,500}』|‘[^’]{0,500}’|《[^》]{0,500}》/g);
}

export interface FigureSpan {
  text: string;
  index: number;
  /** A date or a span of time (3月5日, 三十年), a fact only with the event it dates. */
  time: boolean;
}

/** The numbers with units in a text that state facts. */
export function extractFigureSpans(text: string): FigureSpan[] {
  let masked = maskQuoted(text);
  for (const re of [TIMESTAMP, YEAR, IDIOM]) masked = mask(masked, re);
  const out: FigureSpan[] = [];
  for (const re of [ARABIC, CHINESE, CHINESE_PERCENT, SCORE]) {
    re.lastIndex = 0;
    for (const m of masked.matchAll(re)) {
      const span = m[0];
      const at = m.index;
      if (SECTION.test(span)) continue;
      const after = masked.slice(at + span.length);
      // (a span of time counts years or days, whatever noun follows: "近30多年來個人主義上升")
      if ((!TIME_UNIT.test(span) && ABSTRACTION.test(after)) || NAMING.test(after)) continue;
      if (/[轮輪]$/.test(span) && COMPOUND.test(masked.slice(at + span.length - 1))) continue;
      if (DEICTIC.test(masked.slice(0, at)) && (/^[两兩几幾][^\d]?(?:[年天]|[个個]月|[周週])$/.test(span) || POINTED_COUNT.test(span))) continue;
      // a rank ("年级前10名", "前三名") places, it counts nothing; so does a place the clause ends on after a verb of
      // placing ("是在大概一百七十到九十位", "位居全国二十名左右"), where a count of people names them ("一百七十位嘉宾")
      if (/名$/.test(span) && /前\s*$/.test(masked.slice(0, at))) continue;
      // "以前六成绩结束赛季": 成 begins a word there (成绩, 成就, 成员): a rank's number, no share in tenths
      if (/成$/.test(span) && /^[绩績就员員本功]/.test(after)) continue;
      // "老人八成不待见": 八成/九成 before a verb is "most likely", an adverb; a share has a whole it is part of
      // ("有八成不满意", "约八成会…", "的八成是…")
      if (/^[八九]成$/.test(span) && /^[不没沒是会會要就得也都还還在能]/.test(after) && !/(?:有|占|佔|[约約]|近|逾|超[过過]|[达達]|的|将近|將近)\s*$/.test(masked.slice(0, at))) continue;
      // "首三個志願", "首兩名": the first N in an order (a rank), whatever the counter; "首批" has no number
      if (/首\s*$/.test(masked.slice(0, at))) continue;
      if (/[位名]$/.test(span) && /^\s*(?:左右|上下)?\s*(?:[，,。；;！？!?]|$)/.test(after) && /(?:是在|排在|排名|位[居列]|名列|居于|居於)[^，,。；;]{0,10}$/.test(masked.slice(Math.max(0, at - 14), at))) continue;
      // "分为两类": kinds with nothing counted after them are a classification, not a count
      if (/[类類种種]$/.test(span) && /^(?:$|[，,。；;：:、）)！？!?])/.test(after)) continue;
      // the Nth session of a congress (十二届全国人大三次会议) is an ordinal
      // ("召开了三次会议" still counts meetings: only after a term or a congress is it a session)
      const head = masked.slice(Math.max(0, at - 10), at);
      if (/次$/.test(span) && /^(?:会议|會議|全[会會体體])/.test(after) && /[届屆]|人大|政[协協]|党代会|黨代會/.test(head)) continue;
      // 二次, 二代 are "second" (二次创业, 富二代); the counts are 两次, 两代
      if (/^二[次代]$/.test(span)) continue;
      // issues of a paper from one to another (从28期到30期, 自第5期起) are numbers of issues, not a count
      const before = masked.slice(Math.max(0, at - 12), at);
      // ("从12期增加到24期" still counts issues: only a start that runs to an end or onwards is a number)
      const startsRun = /[从從自]\s*$/.test(before) && /^\s*(?:[到至]|[-–—~～]|起|开始|開始|以来|以來)/.test(after);
      if (/期$/.test(span) && (startsRun || /[从從自]\s*\d+\s*期\s*(?:[到至]|[-–—~～])\s*$/.test(before))) continue;
      // a law's article (《…法》12條, 基本法二十三条, 二十三条立法) names a provision, it counts nothing
      if (/[条條款]$/.test(span) && (/(?:法|[条條]例|□)\s*$/.test(masked.slice(0, at)) || /^立法(?!建[议議]|[提议議]案|意[见見])/.test(after))) continue;
      // a count of 条 is followed by what it counts (三条建议, 3条线路); followed by a preposition, 的 or a verb it is the
      // article itself as the subject (二十三條對香港人…, 二十三条的影响)
      if (/[条條]$/.test(span) && /^(?:[对對的是在将將会會已])/.test(after) && !/[有了共]\s*$/.test(masked.slice(0, at))) continue;
      // a project's phase (二期工程, 3期项目) names which stage, it counts nothing
      if (/期$/.test(span) && /^(?:工程|[项項]目|[扩擴]建|建[设設]|[园園]区|[园園]區)/.test(after)) continue;
      // "四周" is also "all around" (四周用木棍支撑着, 环顾四周), no count of weeks
      if (/^四[周週]$/.test(span) && (AROUND_BEFORE.test(masked.slice(Math.max(0, at - 4), at)) || AROUND_AFTER.test(after))) continue;
      // a holiday (十一期间) or a school grade (三年级) is a name, not a count
      if ((/期$/.test(span) && /^[间間]/.test(after)) || (/年$/.test(span) && /^[级級期]/.test(after))) continue;
      out.push({ text: text.slice(at, at + span.length), index: at, time: TIME_UNIT.test(span) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hanOutside(clause: string, spans: FigureSpan[]): number {
  let rest = clause;
  // (a part of the month or year and the words that only place it, "预计在4月初", say no event either)
  for (const s of spans) rest = rest.replace(new RegExp(`${escapeRegExp(s.text)}(?:[初底末]|[上中下]旬)?`), '');
  rest = rest.replace(/^(?:预计|預計)?[在于於]/, '');
  rest = rest.replace(/[今去明前]年|[当當][天日]|[同每近]年|年[初底末]|[零〇一二三四五六七八九\d]{4}\s*年|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]/g, '');
  return (rest.match(/\p{Script=Han}/gu) ?? []).length;
}

/** The clauses of a sentence with their offsets (the separators stay outside). */
function splitClauses(sentence: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  // an ASCII comma or colon between digits is a thousands separator or a time (2,300萬), not a clause break
  for (const m of sentence.matchAll(/[，；;：。！？!?]|(?<!\d)[,:]|[,:](?!\d)/g)) {
    out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (start < sentence.length) out.push({ start, end: sentence.length });
  return out;
}

function cleanClause(raw: string): string {
  // "第三是…", "二是…": the item's number is not part of the fact
  const bare = stripListMarker(trimQuotes(raw)).replace(/^(?:第?[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十][，,、]?)/, '');
  return trimQuotes(bare).replace(/[。！？…]+$/, '').trim();
}

/** Clauses that cite figures, verbatim, in reading order, each once. */
export function extractFigures(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    for (const sentence of splitReadSentences(p)) {
      const clauses = splitClauses(sentence);
      for (let i = 0; i < clauses.length; i++) {
        const { start, end } = clauses[i]!;
        let clause = cleanClause(sentence.slice(start, end));
        // a clause of more than 80 characters is a run of page furniture, not a clause anyone said
        const length = Array.from(clause).length;
        if (length < 3 || length > 80 || FURNITURE.test(clause) || STAMPED.test(sentence)) continue;
        // the clause that ends a question asks, it states no fact ("十年十個中央一號文件哪個離開了農業？")
        if (/^[？?]/.test(sentence.slice(end))) continue;
        const spans = extractFigureSpans(clause);
        if (spans.length === 0) continue;
        // a date or a span of time is a fact only with what happened then: "去年10月，新馆正式对外开放"
        if (spans.every((s) => s.time) && hanOutside(clause, spans) < 4) {
          const next = clauses[i + 1];
          if (!next || /[。！？!?]/.test(sentence[end] ?? '')) continue;
          const joined = cleanClause(sentence.slice(start, next.end));
          if (hanOutside(joined, spans) < 4 || FURNITURE.test(joined)) continue;
          clause = joined;
          i++;
        }
        if (!out.includes(clause)) out.push(clause);
      }
    }
  }
  return out;
}
