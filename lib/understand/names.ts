/**
 * Splits a speaker label into name and role ("市民张新海" → 张新海 / 市民) from general knowledge:
 * surnames (compound and double), the words roles and organisations end with, honorific forms
 * ("余小姐", "陈太"), online handles, and names the article itself confirms (captions, repetition).
 */
import { isBalanced, squeeze, squeezeExceptLatin } from '../chinese/chars';
import { surnameLengthAt } from './surnames';
import { isAnonymousVoice } from './anonymous-voices';

/** Words a role or a group of people ends with ("…副主任", "市民", "…學生"). */
const ROLE_SUFFIXES = [
  // offices and ranks
  '主任', '副主任', '主委', '副主委', '书记', '書記', '乡长', '鄉長', '镇长', '鎮長', '村长', '村長', '县长', '縣長', '市长', '市長', '省长', '省長',
  '区长', '區長', '局长', '局長', '处长', '處長', '科长', '科長', '厅长', '廳長', '部长', '部長', '司长', '司長', '署长', '署長', '团长', '團長',
  '院长', '院長', '校长', '校長', '所长', '所長', '站长', '站長', '社长', '社長', '会长', '會長', '行长', '行長', '厂长', '廠長',
  '队长', '隊長', '组长', '組長', '班长', '班長', '馆长', '館長', '台长', '臺長', '总监', '總監', '主席', '议员', '議員',
  '总裁', '總裁', '董事长', '董事長', '董事', '理事长', '理事長', '理事', '秘书长', '秘書長', '总经理', '總經理', '经理', '經理',
  '总工程师', '工程师', '工程師', '主管', '负责人', '負責人', '创始人', '創始人', '合伙人', '合夥人', '总编辑', '總編輯', '主编', '主編',
  '代表', '委员', '委員', '立委', '总召', '總召', '成员', '成員', '常委', '专员', '專員', '干部', '幹部', '党员', '黨員', '特首', '首长',
  '发言人', '發言人', '主持人', '召集人', '党魁', '黨魁', '顾问', '顧問', '助理', '秘书', '秘書', '参事', '參事', '大使', '领事', '領事',
  // professions and people
  '教授', '副教授', '讲师', '講師', '研究员', '研究員', '学者', '學者', '专家', '專家', '博士', '医生', '醫生', '医师', '醫師',
  '护士', '護士', '教师', '教師', '老师', '老師', '律师', '律師', '会计师', '會計師', '记者', '記者', '作家', '导演', '導演',
  '演员', '演員', '运动员', '運動員', '教练', '教練', '学生', '學生', '研究生', '社工', '义工', '義工', '志愿者', '志願者',
  '市民', '村民', '居民', '农民', '農民', '网友', '網友', '读者', '讀者', '游客', '遊客', '旅客', '乘客', '家长', '家長',
  '员工', '員工', '职工', '職工', '工人', '店主', '摊主', '攤主', '老板', '老闆', '店长', '店長', '厨师', '廚師', '司机', '司機',
  '快递员', '外卖员', '街坊', '业主', '業主', '租户', '租戶', '房东', '房東', '户主', '戶主', '党支部书记', '主播',
  '企业家', '企業家', '创业者', '創業者', '个体户', '個體戶', '种植户', '種植戶', '养殖户', '養殖戶', '退休人员', '退休人員',
  '大学生', '大學生', '中学生', '中學生', '小学生', '小學生', '群众', '群眾', '居民代表', '劳模', '勞模', '能手', '带头人', '帶頭人',
  '青年', '农民工', '農民工', '创客', '創客', '骑手', '騎手', '外卖小哥', '快递小哥', '网红', '網紅', '村医', '村醫', '护士长', '護士長',
  '民警', '辅警', '輔警', '交警', '消防员', '消防員', '环卫工人', '環衛工人', '保安', '导游', '導遊', '传承人', '傳承人', '手艺人', '手藝人',
  '匠人', '老党员', '老黨員', '老兵', '退役军人', '退役軍人', '村官', '网格员', '網格員', '社区工作者', '社區工作者', '农场主', '農場主',
  '种粮大户', '種糧大戶', '大户', '大戶', '个体工商户', '個體工商戶', '商户', '商戶', '车主', '車主', '患者', '病人', '职员', '職員',
  '白领', '白領', '设计师', '設計師', '程序员', '程序員', '分析师', '分析師', '经济学家', '經濟學家', '院士', '艺术家', '藝術家',
  '歌手', '裁判', '法官', '检察官', '檢察官', '警官', '校友', '嘉宾', '嘉賓', '观众', '觀眾', '选手', '選手', '参赛者', '參賽者',
  // single characters that end many titles and are also surnames ("…执行官林宇", "精算师林宇"): the name starts after them
  '官', '师', '師', '尉', '干事', '幹事', '总干事', '總幹事', '首席执行官', '首席投资官', '首席经济学家', '首席經濟學家', '首席分析师', '首席分析師', '策略师', '策略師', '基金经理', '基金經理', '投资总监', '投資總監',
  // learned professions read by their ending ("哲学家", "社会学家"), and commentators ("时评人", "媒体人")
  '学家', '學家', '画家', '畫家', '诗人', '詩人', '书法家', '書法家', '评论家', '評論家', '评论员', '評論員', '时评人', '時評人', '媒体人', '媒體人', '主教练', '主教練',
  // degrees and students at a forum ("…國發所碩士", "…大學博士生")
  '硕士', '碩士', '博士生', '硕士生', '碩士生', '本科生', '博士后', '博士後',
  // Latin titles as Chinese business pages print them ("苹果公司CEO蒂姆·库克")
  'CEO', 'CFO', 'CTO', 'COO', 'CIO',
  // writers and artists by their art ("散文家", "相聲家")
  '冠军', '冠軍', '支书', '支書', '散文家', '文学家', '文學家', '小说家', '小說家', '音乐家', '音樂家', '相声家', '相聲家', '戏剧家', '戲劇家',
  '球迷', '影迷', '歌迷', '粉丝', '粉絲',
  '博主', '住民', '主理人', '班主任', '上班族', '打工人', '退休人士', '人士', '达人', '達人', '店员', '店員', '服务员', '服務員',
  // people by what they share ("友善農友", "来自某市的跑友"), a team's leader, a Taiwan village's chief ("某某里長")
  '农友', '農友', '菜农', '菜農', '果农', '果農', '豆农', '豆農', '茶农', '茶農', '棉农', '棉農', '稻农', '稻農', '跑友', '病友', '领队', '領隊', '里长', '里長',
  // a trader by the productive ending of trades ("采购商", "参展商", "批發商"): the fair and market round-ups'
  // passers-by (not …户: "住户", "一层住户" name groups, section titles over residents)
  '商',
  // a market's stallholder, a household's homemaker, a cabin crew: occupations vox pops name people by
  '经营户', '經營戶', '主妇', '主婦', '空姐', '商贩', '商販', '小贩', '小販', '粮农', '糧農', '公务员', '公務員',
  // an inspector's rank in the civil service ("某厅一级巡视员")
  '巡视员', '巡視員',
];

/** Endings of an organisation that speaks as itself ("香港會計師公會", "中產聯盟"). */
const ORG_SUFFIXES = [
  '公司', '集团', '集團', '协会', '協會', '公会', '公會', '学会', '學會', '商会', '商會', '工会', '工會', '联盟', '聯盟', '联合会', '聯合會',
  '委员会', '委員會', '基金会', '基金會', '研究院', '研究所', '研究中心', '中心', '政府', '大学', '大學', '学院', '學院', '学校', '學校',
  '医院', '醫院', '银行', '銀行', '计划', '計劃', '组织', '組織', '办公室', '辦公室', '党', '黨', '联', '聯', '会', '會', '局', '署', '厅', '廳',
  // a university department speaks through its members ("…中共黨史系張某", "…社會學系")
  '系',
  // a Hong Kong functional constituency speaks through its legislator ("衞生服務界李某", "教育界葉某")
  '界',
  '部', '处', '處', '社', '团', '團', '站', '所', '院', '校', '台', '臺', '网', '網', '报', '報', '行动', '行動', '关注组', '關注組', '平台', '平臺',
];

/** Honorific endings that make a surname a name ("余小姐", "何先生", "陈太", "王阿姨"). */
const HONORIFICS = [
  '先生', '女士', '小姐', '太太', '太', '阿姨', '大爷', '大爺', '大妈', '大媽', '大姐', '大哥', '大叔', '大婶', '大嬸', '师傅', '師傅',
  '老师', '老師', '同学', '同學', '婆婆', '伯伯', '叔叔', '爷爷', '爺爺', '奶奶', '阿婆', '阿伯', '伯', '婆', '姨', '叔', '生', '姐', '哥',
  '医生', '醫生', '律师', '律師', '教授', '博士', '书记', '書記', '主任', '校长', '校長', '总', '總', '工',
  // a child asked at an event, named as reporters name children ("陳小朋友")
  '小朋友',
];

// Function words: in neither a given name (NOT_GIVEN) nor any name (NEVER_IN_NAME); one copy for both.
const FUNCTION_CHARS = '的了是在和与與及等到着著过過被把将將就都也还還又再从從向对對于於以而或之其所者';
/** Characters that never sit in a given name: function words and the stems of roles and places. */
const NOT_GIVEN = new Set(
  Array.from(
    FUNCTION_CHARS +
      '员員会會委部局办辦处處科市省县縣区區村镇鎮乡鄉街路党黨组組队隊社协協院校站司厅廳署界们們上下内內外后後前说說表示称稱讲講问問答月日年号號时時度次第个個条條项項读讀评評谈談论論析不没沒很觉覺点點地费費',
  ),
);

/** The words before an online handle: "网友“青山不老”", "微博网友@小鹿". */
const HANDLE_ROLE = /(网友|網友|网民|網民|读者|讀者|博主|用户|用戶|微博|抖音|账号|帳號|昵称|暱稱|署名|听众|聽眾|观众|觀眾)$/;

/** Whether a role is what an online handle is introduced by ("网友", "微博博主"): the name is a handle, not a person's. */
export const endsWithHandleWord = (text: string): boolean => HANDLE_ROLE.test(text);

/** Whether text ends with a word roles or organisations end with ("…代表", "…教授", "…公會"). */
export function endsWithRoleWord(text: string): boolean {
  return endsWithAny(text, ROLE_SUFFIXES) !== null || endsWithAny(text, ORG_SUFFIXES) !== null;
}

/** Whether text ends with an organisation's word ("…公會", "勞動部"). */
export function endsWithOrgWord(text: string): boolean {
  return endsWithAny(text, ORG_SUFFIXES) !== null;
}

/** Whether text ends with a person's title ("…議員", "…教授"), not only an organisation's name ("新民黨"). */
export function endsWithTitle(text: string): boolean {
  return endsWithAny(text, ROLE_SUFFIXES) !== null;
}

export interface SpeakerSplit {
  name: string | null;
  role: string | null;
  /** How sure the split is: ≥ 2 means the label names someone who speaks (a person with evidence, a role, an organisation). */
  evidence: number;
}

export interface NameContext {
  /** Names the article confirms elsewhere (photo captions, earlier labels). */
  known?: ReadonlySet<string>;
  /** The article's whole text, to count repetitions of a candidate name. */
  text?: string;
  /** Names read cut short, each to the full name the text always prints (prose-voices.ts, `顏建` → `顏建發`). */
  fullNames?: ReadonlyMap<string, string>;
}

const suffixSets = new Map<readonly string[], { sets: Map<number, Set<string>>; byLast: Map<number, number[]> }>();

/** The longest word of `words` that `text` ends with (set lookups by length: this runs on every page). */
function endsWithAny(text: string, words: readonly string[]): string | null {
  let index = suffixSets.get(words);
  if (!index) {
    const sets = new Map<number, Set<string>>();
    // (by the words' last code unit, the lengths to try, longest first: most texts end otherwise, one lookup)
    const byLast = new Map<number, number[]>();
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      if (!sets.has(w.length)) sets.set(w.length, new Set());
      sets.get(w.length)!.add(w);
      const last = w.charCodeAt(w.length - 1);
      const lengths = byLast.get(last) ?? [];
      if (!lengths.includes(w.length)) byLast.set(last, [...lengths, w.length]);
    }
    index = { sets, byLast };
    suffixSets.set(words, index);
  }
  const lengths = index.byLast.get(text.charCodeAt(text.length - 1));
  if (lengths) {
    for (const len of lengths) {
      if (len > text.length) continue;
      const tail = text.slice(-len);
      if (index.sets.get(len)!.has(tail)) return tail;
    }
  }
  return null;
}

// an age, or a note on the name or the photo, in brackets after a name: no part of the role
const ASIDE = /^(?:\d{1,3}\s*(?:岁|歲)|化名|圖|图)$/;
const AGE = /^\d{1,3}(?:岁|歲)$/;
const SCENE_BEFORE_TITLE = /^(?:与会|與會|在场|在場|到场|到場|出席|坐在一旁|坐在旁边|坐在旁邊|一旁|同场|同場|同台|同檯|现场|現場)的/;

function cleanRole(role: string): string | null {
  // "在上海工作的张三": the relative clause describes the person and is kept as printed, its 的 too (as the
  // role of "12岁的吴同学" is "12岁的": a clause, not a title)
  let r = role.replace(/^[、，,·\s]+|[、，,·\s]+$/g, '');
  // where the person sits at the event ("與會的", "坐在一旁的") says nothing of them: their title after it is the role
  const scene = SCENE_BEFORE_TITLE.exec(r);
  if (scene && r.length - scene[0].length >= 3 && endsWithRoleWord(r)) r = r.slice(scene[0].length);
  return r.length ? r : null;
}

/** A Latin-script personal name as printed in Chinese text: "Rick Rieder", "Vincent Mortier", "John O'Neill". */
export function isLatinName(text: string): boolean {
  return /^[A-Z][a-zA-Z'.-]+(?:[ \u00a0][A-Z][a-zA-Z'.-]+){1,3}$/.test(text.trim());
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

// Words a headline's subject ends with ("…出游调查", "…数据解读"): a survey or a report, never a given name
const TOPIC_TAILS = new Set(
  '调查 調查 调研 調研 报告 報告 问卷 問卷 分析 观察 觀察 数据 數據 指南 攻略 实录 實錄 纪实 紀實 速览 速覽 直击 直擊 揭秘 解读 解讀 现场 現場 故事 新闻 新聞 动态 動態 趋势 趨勢 榜单 榜單 盘点 盤點 回顾 回顧 展望 综述 綜述 专题 專題 问题 問題 情况 情況 现状 現狀 热议 熱議 心声 心聲 意见 意見 声音 聲音 感受 看法 体验 體驗 日记 日記 笔记 筆記 手记 手記 测评 測評 评测 評測 统计 統計 研究 报道 報道 观点 觀點 话题 話題'.split(' '),
);

/** Whether a candidate name ends like the subject of a headline ("出游调查"), not a person. */
export function endsLikeTopic(text: string): boolean {
  return text.length >= 2 && TOPIC_TAILS.has(text.slice(-2));
}

// a group a vox pop names anonymously ("小区住户", "湖南游客"): a candidate ending in one is a label of no person
const GROUP_TAILS = new Set('住户 住戶 居民 市民 村民 网友 網友 群众 群眾 业主 業主 家长 家長 员工 員工 乘客 游客 遊客 旅客 读者 讀者 街坊 民众 民眾 人士 球迷'.split(' '));

/** Whether text ends with a word for a group of people ("…市民", "…外籍人士"), not a title of office. */
export const endsWithGroupWord = (text: string): boolean => GROUP_TAILS.has(text.slice(-2));

/** Whether a short string reads as a bare person name: surname + 1–2 given characters, or a compound/double surname form. */
export function isPersonName(text: string): boolean {
  const t = squeeze(text);
  if (!/^\p{Script=Han}{2,4}$/u.test(t)) return false;
  // (nor a kind of pupil a vox pop names: "高考生", "某学生"; a role word, not a given name)
  if (t.length >= 3 && (endsLikeTopic(t) || GROUP_TAILS.has(t.slice(-2)) || /(?:考生|[学學]生)$/.test(t))) return false;
  // "帅哥" is what a reporter calls a young man, not a surname 帅 and a brother's title ("张哥"); "郭姓学生" names a
  // surname only (a Taiwan paper's way of keeping a person anonymous), not a given name after it
  if (/^[帅帥]哥$|^\p{Script=Han}姓/u.test(t)) return false;
  const s = surnameLengthAt(t);
  // (a role word a surname character opens is the role: "董事长", "董事", "常委")
  if (s === 0 || endsWithAny(t, ROLE_SUFFIXES) === t) return false;
  const given = t.slice(s);
  if (given.length === 0) return false;
  if (given.length > 2) {
    // 葉劉淑儀: a married woman's double surname, then a given name
    if (!(s === 1 && surnameLengthAt(t, 1) === 1 && t.length === 4)) return false;
  }
  if (!Array.from(given).some((ch) => NOT_GIVEN.has(ch))) return true;
  // 于 and 时 may open a two-character given name after a single surname ("茅于轼", "李時雍"); they never end
  // one ("王于", "张时"), and before a time word they are the preposition or "when" ("张于今日", "王时任")
  if (s === 1 && given.length === 2 && given[0] === '以') return !NOT_GIVEN.has(given[1]!) && !AFTER_YI.has(given[1]!);
  // 和 opens a given name ("巫和懋", "张和平") unless a second person's surname follows ("张和王": two people)
  // 向 opens a given name ("齐向东", "李向阳") unless a direction or an addressee follows ("王向记者", "张向前")
  if (s === 1 && given.length === 2 && given[0] === '向') return !NOT_GIVEN.has(given[1]!) && !AFTER_XIANG.has(given[1]!);
  if (s === 1 && given.length === 2 && given[0] === '和') return !NOT_GIVEN.has(given[1]!) && surnameLengthAt(given, 1) === 0 && !AFTER_HE.has(given[1]!);
  return s === 1 && given.length === 2 && OPENS_GIVEN.has(given[0]!) && !NOT_GIVEN.has(given[1]!) && !AFTER_TIME_WORD.has(given[1]!);
}

/** Characters that, right after 以, make a word ("以为", "以及", "以此", "以免"), not a given name ("厉以宁"). */
const AFTER_YI = new Set(Array.from('为為及此便免至致期求来來往外内內前后後上下往致确確備备示'));

/** Characters that, right after 向, make a phrase ("向记者", "向社会", "向着"), not a given name ("向东"). */
const AFTER_XIANG = new Set(Array.from('记記社公媒全各大他她我你们們着著'));

/** Characters that, right after 和, make a word ("和谐", "和好"), not a given name. */
const AFTER_HE = new Set(Array.from('谐諧好睦约約解气氣尚服'));

/** Function words that may still open a given name. */
const OPENS_GIVEN = new Set(Array.from('于於时時'));
/** Characters that, right after 于 or 时, make a time phrase ("于今", "时任", "时候"). */
const AFTER_TIME_WORD = new Set(Array.from('今昨明本近同此该該当當次首再去周週晚早凌午〇零一二三四五六七八九十两兩廿任候间間期代刻段节節常值隔'));

const TIBETAN_ELEMENTS = new Set(
  '次仁 次旦 次珠 扎西 卓玛 卓嘎 格桑 央金 央宗 德吉 德庆 旦增 丹增 尼玛 多吉 拉姆 拉巴 平措 白玛 索朗 强巴 洛桑 顿珠 达瓦 普布 巴桑 边巴 仁青 曲珍 益西 措姆 罗布 贡嘎 群培 琼达 桑珠 米玛 旺堆 旺姆 巴珠 加措 嘉措 才让 才旦 卓瑪 紮西 達瓦'.split(' '),
);

/** A degree adverb that may follow a role word before the verb ("基金经理略显兴奋地说"): the manner, no name. */
const DEGREE_ADVERB = /^(?:[略稍][显顯微]|[颇頗][为為]|十分|非常|有[些点點])/u;

/**
 * A name without a common surname (Tibetan "次仁卓玛", Mongolian "乌兰托娅", a rare surname "明东"): 2–4 Han
 * characters, none of them function words or role stems, not itself a role word. Only trusted where the
 * layout marks the name off (a space, a role word just before it).
 */
export function looksLikeGivenName(text: string): boolean {
  if (/[·•・]/.test(text)) return /^\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8})+$/u.test(text);
  if (!/^\p{Script=Han}{2,4}$/u.test(text)) return false;
  // Tibetan names are two of a small set of elements, some of which hold characters NOT_GIVEN excludes (次)
  if (text.length === 4 && TIBETAN_ELEMENTS.has(text.slice(0, 2)) && TIBETAN_ELEMENTS.has(text.slice(2))) return true;
  if (Array.from(text).some((ch) => NOT_GIVEN.has(ch)) || endsLikeTopic(text) || DEGREE_ADVERB.test(text)) return false;
  return !endsWithAny(text, ROLE_SUFFIXES) && !endsWithAny(text, ORG_SUFFIXES) && !endsWithAny(text, HONORIFICS);
}

// Characters Chinese writes foreign names with and seldom uses in its own given names ("库克", "科鲁格", "稻葉")
const TRANSLITERATION = new Set(Array.from('姆斯尔爾克格蒂夫娜莎丝絲莱萊鲁魯库庫奥奧维維诺諾佩迪瑟兹茲普罗羅科拉德默尼塔特索汀坦蕾琳芬伊埃奈卡杰傑邦'));
// …and characters no name holds: function words, verbs of saying
const NEVER_IN_NAME = new Set(Array.from(FUNCTION_CHARS + '们們说說表示称稱讲講问問答'));

/**
 * A transliterated name of three or four characters without a middle dot ("科鲁格", "皮查伊"): at least two
 * characters of the transliteration set, no function word. Only trusted right after a full title.
 */
export function isTransliteratedName(text: string): boolean {
  if (!/^\p{Script=Han}{3,4}$/u.test(text)) return false;
  const chars = Array.from(text);
  return !chars.some((ch) => NEVER_IN_NAME.has(ch)) && chars.filter((ch) => TRANSLITERATION.has(ch)).length >= 2;
}

/** Honorific forms: surname + 先生/小姐/太…, or 老/小/阿 + surname. */
function matchHonorific(label: string): string | null {
  // (one index lookup first: most labels end with no honorific, and the list is read in its order)
  if (endsWithAny(label, HONORIFICS)) for (const h of HONORIFICS) {
    if (!label.endsWith(h)) continue;
    const head = label.slice(0, -h.length);
    for (const len of [2, 1] as const) {
      const sur = head.slice(-len);
      if (sur.length === len && surnameLengthAt(sur) === len) {
        // a single-character honorific (太, 生, 姐…) is a given name's last character after a lone surname: "楊金生"
        // is a full name, not "金生" (Mr Kam) with the role "楊"
        const before = head.slice(0, -len);
        if (h.length === 1 && before.length === 1 && surnameLengthAt(before) === 1) return null;
        return sur + h;
      }
    }
  }
  const m = /(?:老|小|阿)(\p{Script=Han})$/u.exec(label);
  // "纪小龙", "王小明": a surname, then a given name that starts with 小; not "小龙" the nickname
  // (also after a relative clause's 的: "獲得最佳球員的張小龍")
  const fullName =
    m && ((m.index === 1 && label.length === 3 && surnameLengthAt(label) === 1) || (m.index >= 2 && label[m.index - 2] === '的' && surnameLengthAt(label[m.index - 1]!) === 1));
  if (m && surnameLengthAt(m[1]!) === 1 && !fullName) return m[0];
  return null;
}

// a verb of saying closing a label ("一位老师分享：", "另一位老板则补充：", "某教師指出："): the words before it
// are the speaker, never a name that holds the verb
const SAYING_TAIL = /(分享|补充|補充|指出|强调|強調|回应|回應|认为|認為|建议|建議)$/;

// a hearing's record names a member by surname, title, given name (`陳委員椒華：`, `陳主任委員吉仲：`): the title is the
// role, the surname and the given name the name
const HEARING_TITLE = '(?:副?主任委[員员]|召集委[員员]|委[員员]|副?部[長长]|次[長长]|副?院[長长]|署[長长]|局[長长]|主委|[處处][長长]|司[長长]|[市縣县][長长]|議員|议员)';
const TITLE_ONLY = new RegExp(`^(\\p{Script=Han}{1,2}?)(${HEARING_TITLE})$`, 'u');
const TITLE_BETWEEN = new RegExp(`^(\\p{Script=Han}{1,2}?)(${HEARING_TITLE})(\\p{Script=Han}{1,2})$`, 'u');

const PLACE_LEVEL = /^[區区市縣县省鄉乡鎮镇村州]$/u;
const SAID_AFTER_TITLE = /^(?:指出?|表示|強調|强调|認為|认为|說|说|稱|称|講|讲|回應|回应|補充|补充|透露|坦言|直言|提出|呼籲|呼吁|建議|建议|希望|要求|則|则|亦|也|還|还|今|昨|質詢|质询|詢問|询问|問|问|答)$/u;

/** A hearing's label read whole (`陳委員椒華`, or role `陳主任委員` with name `吉仲`) as name and title, or null. */
export function readHearingLabel(name: string | null, role: string | null): { name: string; role: string } | null {
  const m = name ? TITLE_ONLY.exec(role ?? '') : TITLE_BETWEEN.exec(role ?? '');
  if (!m) return null;
  const [, surname, title] = m;
  const given = name ?? m[3]!;
  // a given name, not a full one (`區議員` with `陳大文` is a district councillor); a level of government is no
  // surname (`區`, `市`)
  // (nor a verb after the title: "李局長指出：" is the reporter's)
  if (given.length > 2 || PLACE_LEVEL.test(surname!) || SAID_AFTER_TITLE.test(given)) return null;
  if (surnameLengthAt(surname!) !== surname!.length || !isPersonName(surname! + given)) return null;
  return { name: surname! + given, role: title! };
}

/** Splits a label's tail into a name, scoring each candidate length by the evidence around it. */
function splitTrailingName(label: string, ctx: NameContext): { name: string; role: string; evidence: number } | null {
  const known = ctx.known;
  let best: { name: string; role: string; evidence: number; score: number } | null = null;
  for (const k of [2, 3, 4]) {
    if (label.length < k) continue;
    const name = label.slice(-k);
    const role = label.slice(0, -k);
    if (!/^\p{Script=Han}+$/u.test(name) || SAYING_TAIL.test(name)) continue;
    let score = 0;
    let evidence = 0;
    const isKnown = known?.has(name) ?? false;
    const sur = surnameLengthAt(name);
    const doubleSurname =
      k === 4 && sur === 1 && surnameLengthAt(name, 1) === 1 && !Array.from(name.slice(2)).some((ch) => NOT_GIVEN.has(ch));
    // (a person's name opens with a surname: most tails have none, and the name reader is not asked)
    const shapeOk = (sur > 0 && isPersonName(name)) || doubleSurname;
    // right after a role word, a name need not start with a common surname ("…副校长明东", "…院长次仁卓玛")
    // — but only behind a full title: "专家点评", "校长寄语" are a role and a verb, not a role and a name
    const fullTitle = role.length >= 4 && (k >= 3 || /[、，,]/.test(role) || role.length >= 8);
    const afterRoleWord = !shapeOk && fullTitle && endsWithAny(role, ROLE_SUFFIXES) !== null && (looksLikeGivenName(name) || isTransliteratedName(name));
    if (!isKnown && !shapeOk && !afterRoleWord) continue;
    if (isKnown) {
      score += 5;
      evidence += 3;
    }
    // one character alone is no title ("师林宇" is a name with the surname 师)
    const suffix = role.length >= 2 ? (endsWithAny(role, ROLE_SUFFIXES) ?? endsWithAny(role, ORG_SUFFIXES)) : null;
    if (role.length === 0 || /[、，,·\s]$/.test(role)) {
      score += 1;
      evidence += 1;
    } else if (suffix) {
      score += 3;
      evidence += 2;
    } else if (/的$/.test(role) && shapeOk) {
      // "来自上海的张某某": a relative clause ends right before the name
      score += 2;
      evidence += 2;
    } else if (surnameLengthAt(role.slice(-1)) === 1 && k === 3 && sur === 1) {
      score -= 1; // "新民黨葉|劉淑儀": the char before is likely a first surname
    }
    // the title runs into the candidate's first character ("董事|长李明" is "董事长|李明"): that character is the title's
    if (k >= 3 && role.length >= 2 && endsWithAny(role + name[0]!, ROLE_SUFFIXES) && isPersonName(name.slice(1))) score -= 4;
    if (ctx.text && occurrences(ctx.text, name) >= 2) {
      score += 1;
      evidence += 1;
    }
    // the usual name lengths: 3 with one surname, 3–4 with a compound one
    if (sur === 2) score += k >= 3 ? 1 : -2;
    else if (k === 3) score += 1;
    else if (k === 2) score += 0.5;
    else if (doubleSurname) score += 0;
    else score -= 1;
    if (!best || score > best.score) best = { name, role, evidence, score };
  }
  if (!best) return null;
  // A three-character tail starting with a surname, behind a role, is a name even without further evidence.
  const evidence = best.evidence + (best.name.length >= 3 && best.role.length > 0 ? 1 : 0);
  return { name: best.name, role: best.role, evidence };
}

/**
 * Splits a speaker label into {name, role}. Handles "role+name", "name(role)", honorific names,
 * online handles ("网友“青山不老”", "@小鹿乱撞"), and organisations or groups (name null).
 */
// a pinyin gloss a mirror site put after a character ("關(guān)正文", "政協(xié)委員")
// (name-role-lines.ts tests with it too and sets lastIndex back to 0; matchAll leaves it alone)
export const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

/**
 * The label read without its pinyin glosses, the name and role given back as printed ("總導(dǎo)演關(guān)正文" →
 * 關(guān)正文 / 總導(dǎo)演): keys and readers see the page's own text.
 */
function splitGlossed(raw: string, ctx: NameContext): SpeakerSplit | null {
  // where each character of the plain text starts and ends in the printed one
  const starts: number[] = [];
  const ends: number[] = [];
  let plain = '';
  let last = 0;
  for (const m of raw.matchAll(GLOSS)) {
    for (let i = last; i < m.index; i++) {
      starts.push(i);
      ends.push(i + 1);
      plain += raw[i];
    }
    if (ends.length) ends[ends.length - 1] = m.index + m[0].length;
    last = m.index + m[0].length;
  }
  if (!last) return null;
  for (let i = last; i < raw.length; i++) {
    starts.push(i);
    ends.push(i + 1);
    plain += raw[i];
  }
  const split = splitSpeakerLabel(plain, ctx);
  const printed = (part: string | null, fromEnd: boolean): string | null => {
    if (!part) return part;
    const at = fromEnd ? plain.lastIndexOf(part) : plain.indexOf(part);
    return at < 0 ? part : raw.slice(starts[at], ends[at + part.length - 1]);
  };
  return { name: printed(split.name, true), role: printed(split.role, false), evidence: split.evidence };
}

// where a person lives or what they wear, alone before the name ("家住城东花园的", "穿着一件红外套的"): how the
// reporter found them, not what they are; the corpus keys leave it out (its README: a role is what the label or
// the attribution says the person is), while what they do or their age stays ("开了二十年茶馆的", "68歲的")
const CIRCUMSTANCE = /^(?:家住|身穿|穿着|穿著|戴着|戴著)[^的]{1,20}的$/u;

/** A describing clause that says where the person lives or what they wear, nothing they are. */
export function isCircumstance(clause: string): boolean {
  return CIRCUMSTANCE.test(clause);
}

export function splitSpeakerLabel(rawLabel: string, ctx: NameContext = {}): SpeakerSplit {
  const split = splitLabel(rawLabel, ctx);
  return split.role && isCircumstance(split.role) ? { ...split, role: null } : split;
}

function splitLabel(rawLabel: string, ctx: NameContext): SpeakerSplit {
  if (rawLabel.includes('(') && /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]\)/.test(rawLabel)) {
    const glossed = splitGlossed(rawLabel.trim(), ctx);
    if (glossed) return glossed;
  }
  const raw = rawLabel.trim().replace(/^[—–\-－]+\s*/, '');
  // The forms below that read fields apart by a space (or a name before a comma), a middle dot or a Latin letter are
  // skipped where the label has none (most: labels are judged at every colon of a page)
  const spaced = /[\s，,]/.test(raw);
  const label = spaced ? squeeze(raw) : raw;
  if (!label) return { name: null, role: null, evidence: 0 };

  // a hearing's record: surname, title, given name ("陳委員椒華：")
  const hearing = readHearingLabel(null, label);
  if (hearing) return { ...hearing, evidence: 3 };

  // a name with the sex printed onto it, then the age and what they do ("曾某某女 60岁退休", "王某男 45歲 司機"): a
  // vox pop's caption run together; the role is the rest as printed
  const sexed = /^(\p{Script=Han}{2,4}?)[男女][\s\u3000]*\d{1,3}(?:岁|歲)/u.exec(raw);
  if (sexed && isPersonName(sexed[1]!)) return { name: sexed[1]!, role: raw.slice(sexed[1]!.length).trim(), evidence: 3 };

  // fields set apart by spaces, the name's age right after it, as TV vox pops caption people: "李某 55岁 在深圳务工",
  // "大四学生 李某 22岁 在深圳实习" (the age is the evidence: a menu or a headline has none)
  const fields = spaced ? raw.split(/[\s\u3000]+/) : [];
  const aged = fields.findIndex((f, i) => i > 0 && AGE.test(f) && isPersonName(fields[i - 1]!));
  if (aged > 0 && fields.length <= 4) {
    const role = (aged > 1 ? fields.slice(0, aged - 1) : fields.slice(aged + 1)).join('');
    return { name: fields[aged - 1]!, role: role || null, evidence: 3 };
  }

  // name first, then the role after a space or a comma: "张志勇 全国人大代表、山东省教育厅副厅长". The separator and a
  // role ending like one are the evidence, so names without a common surname count ("乌兰托娅", "买买提·艾力").
  const nameFirst = spaced && /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8})+)(?:[\s\u3000]+|[，,]\s*)(\S.*)$/u.exec(raw);
  // (a role of several space-separated words is a menu: "工作管理 设为主页 加入收藏 英文网站")
  if (nameFirst && (isPersonName(nameFirst[1]!) || looksLikeGivenName(nameFirst[1]!)) && !/[\s\u3000]/.test(nameFirst[2]!.trim())) {
    const role = squeeze(nameFirst[2]!);
    if (endsWithAny(role, ROLE_SUFFIXES) || endsWithAny(role, ORG_SUFFIXES)) {
      return { name: nameFirst[1]!, role, evidence: 3 };
    }
  }

  // an English given name with a Chinese surname, as Hong Kong papers print them: "大學生 Kelly 陳", "陳 Kelly"
  const western = spaced && /^(\S.*?)[\s\u3000]+([A-Za-z][A-Za-z'-]{1,14}\s?\p{Script=Han}|\p{Script=Han}\s?[A-Za-z][A-Za-z'-]{1,14})$/u.exec(raw);
  if (western && surnameLengthAt(western[2]!.replace(/[A-Za-z'\s-]/g, '')) === 1) {
    const role = squeeze(western[1]!);
    if (endsWithAny(role, ROLE_SUFFIXES) || endsWithAny(role, ORG_SUFFIXES)) return { name: western[2]!, role, evidence: 3 };
  }

  // role, a space, then the name: "國立政治大學勞工研究所教授 成之約", "中国信息通信研究院副院长 王志勤"
  const roleFirst = spaced && /^(\S.*?)[\s\u3000]+(\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8})+)$/u.exec(raw);
  if (roleFirst) {
    const role = squeeze(roleFirst[1]!);
    const name = roleFirst[2]!;
    const nameOk = /[·•・]/.test(name) || surnameLengthAt(name) > 0 || looksLikeGivenName(name);
    if (nameOk && !endsWithAny(name, ROLE_SUFFIXES) && (endsWithAny(role, ROLE_SUFFIXES) || endsWithAny(role, ORG_SUFFIXES))) {
      return { name, role, evidence: 3 };
    }
  }

  // a transliterated name with a middle dot: "…书记热依拉·买买提"
  const dotted = /[·•・]/.test(label) && /(\p{Script=Han}{1,8})((?:[·•・]\p{Script=Han}{1,8})+)$/u.exec(label);
  if (dotted) {
    const tail = dotted[2]!;
    const head = dotted[1]!;
    // the shortest first part that leaves a role ending like one (or nothing)
    for (let k = 1; k <= Math.min(head.length, 6); k++) {
      const role = label.slice(0, label.length - tail.length - k);
      if (!role || endsWithAny(role, ROLE_SUFFIXES) || endsWithAny(role, ORG_SUFFIXES) || /[、，,]$/.test(role)) {
        return { name: head.slice(-k) + tail, role: cleanRole(role), evidence: role ? 3 : 2 };
      }
    }
  }

  // Latin names as Chinese pages print them: "Rick Rieder（贝莱德首席投资官）", "贝莱德首席投资官Rick Rieder"
  // (one given name too, as Hong Kong pages label designers and shop owners by their brand: "Cecilia（某某工作室）")
  const latin = /[A-Z]/.test(raw);
  const latinFirst = latin && /^([A-Z][a-zA-Z'.-]+(?:[ \u00a0][A-Z][a-zA-Z'.-]+){1,3}|[A-Z][a-z]{1,14})\s*[（(]([^()（）]+)[)）]$/.exec(raw);
  if (latinFirst) return { name: latinFirst[1]!, role: squeezeExceptLatin(latinFirst[2]!), evidence: 3 };
  const latinLast = latin && /^(.*\p{Script=Han})\s*([A-Z][a-zA-Z'.-]+(?:[ \u00a0][A-Z][a-zA-Z'.-]+){1,3})$/u.exec(raw);
  // (or where the person is from, a relative clause right before the name: "來自新加坡的Ann Chow"; not any 的
  // clause, which may as well precede a product, "最新的Apple Watch")
  if (latinLast && (endsWithAny(squeeze(latinLast[1]!), ROLE_SUFFIXES) || endsWithAny(squeeze(latinLast[1]!), ORG_SUFFIXES) || /^[来來]自.+的$/.test(latinLast[1]!))) {
    return { name: latinLast[2]!, role: squeeze(latinLast[1]!), evidence: 3 };
  }
  // one Latin given name after a person's role ("住在附近的球迷Tyler", "學生Iris"): a vox pop's passer-by
  // (or a group's word, as television captions a passer-by: "排隊民眾Steve")
  const latinGiven = latin && /^(.*\p{Script=Han})\s*([A-Z][a-z]{2,14})$/u.exec(raw);
  if (latinGiven && (endsWithAny(squeeze(latinGiven[1]!), ROLE_SUFFIXES) || endsWithGroupWord(squeeze(latinGiven[1]!)))) {
    return { name: latinGiven[2]!, role: squeeze(latinGiven[1]!), evidence: 2 };
  }

  // name(role) / name（role）
  const bracket = /^(.+?)[（(]([^()（）]+)[)）]$/.exec(label);
  if (bracket) {
    const head = bracket[1]!;
    const inner = bracket[2]!;
    // (an organisation in Latin keeps its spaces: "林某(Moss Studio)")
    const spaced = /[（(]([^()（）]+)[)）]\s*$/.exec(raw)?.[1];
    const asPrinted = spaced !== undefined && squeeze(spaced) === inner ? squeezeExceptLatin(spaced) : inner;
    const headSplit = splitSpeakerLabel(head, ctx);
    if (headSplit.name && !headSplit.role) return { name: headSplit.name, role: asPrinted, evidence: 3 };
    // "刘天模教授(重庆大学材料科学系)": a bare title, then where: the role reads "重庆大学材料科学系教授"
    // an age or a note in brackets after a role and a name ("某大学学生梁某 (23岁)", "主席李某(圖)"): the role is the title
    if (headSplit.name && ASIDE.test(inner.trim())) return { name: headSplit.name, role: headSplit.role, evidence: 3 };
    const title = headSplit.role ?? '';
    if (headSplit.name && endsWithAny(title, ROLE_SUFFIXES) === title && !endsWithAny(inner, ROLE_SUFFIXES)) {
      return { name: headSplit.name, role: squeeze(inner) + title, evidence: 3 };
    }
    if (headSplit.name) return { name: headSplit.name, role: `${headSplit.role}(${inner})`, evidence: 3 };
    // a one-word Latin name or a two-character given name, the role in brackets: "Iris(学生)", "晓丹(设计师)"
    // (not a dateline's place and its reporter: "北京(记者)")
    if ((/^[A-Z][a-zA-Z'-]{1,14}$/.test(head) || (head.length === 2 && looksLikeGivenName(head) && !isAnonymousVoice({ name: null, role: head }))) && endsWithRoleWord(squeeze(inner)) && !/记者|記者/.test(inner)) {
      return { name: head, role: asPrinted, evidence: 3 };
    }
    // a surname and a given name with a character names seldom hold ("翟中和"), marked off by the bracket
    if (/^\p{Script=Han}{2,4}$/u.test(head) && surnameLengthAt(head) > 0 && head.length - surnameLengthAt(head) <= 2) {
      return { name: head, role: inner, evidence: 3 };
    }
    // "市民(化名)"… keep the whole as the role
    return { name: null, role: label, evidence: headSplit.evidence };
  }

  // online handles
  const at = /^(.*?)@([^@\s]+)$/.exec(label);
  if (at && at[1] === '' && /^\p{Script=Han}+$/u.test(at[2]!)) {
    // "@带队志愿者张某政": a label marked with "@", not a handle, when it reads as a title and a full name
    // (a two-character tail stays a handle: "@北京律师成某" is a Weibo account's name)
    // (a describing clause is the handle's own words, "@戴着眼镜的某某匠": the whole handle is the name)
    const inner = splitSpeakerLabel(at[2]!, ctx);
    if (inner.name && inner.role && inner.evidence >= 3 && !inner.role.endsWith('的')) return inner;
  }
  if (at && (at[1] === '' || HANDLE_ROLE.test(at[1]!))) return { name: at[2]!, role: cleanRole(at[1]!), evidence: 2 };
  // a handle keeps its inner spaces ("網民「Peter Au」"): read from the label as written
  const quoted = /^(.*?)[“「『‘"]([^”」』’"]+)[”」』’"]$/.exec(raw);
  if (quoted && HANDLE_ROLE.test(squeeze(quoted[1]!))) {
    return { name: quoted[2]!.trim().replace(/\s+/g, ' '), role: cleanRole(squeeze(quoted[1]!)), evidence: 2 };
  }

  if (!isBalanced(label)) return { name: null, role: label, evidence: 0 };

  // A name the article confirms (a photo caption, another label) wins over everything else.
  if (ctx.known) {
    for (const name of [...ctx.known].sort((a, b) => b.length - a.length)) {
      if (name.length >= 2 && label.endsWith(name)) {
        return { name, role: cleanRole(label.slice(0, -name.length)), evidence: 3 };
      }
    }
  }

  // a name, then a title: "张志勇代表", "王静主任", "李明委員" (minutes name people this way)
  const title = endsWithAny(label, ROLE_SUFFIXES);
  if (title && title.length >= 2 && isPersonName(label.slice(0, -title.length)) && label.length - title.length >= 2) {
    return { name: label.slice(0, -title.length), role: title, evidence: 3 };
  }
  // a description, then the name and its title: "來自貴州的楊某實代表", "香港的李某飛代表" (the title is the role;
  // where they come from only describes them)
  const described = title && title.length >= 2 ? /^(?:\p{Script=Han}{1,12})的(\p{Script=Han}{2,4})$/u.exec(label.slice(0, -title.length)) : null;
  if (described && isPersonName(described[1]!)) return { name: described[1]!, role: title, evidence: 3 };

  const honorific = matchHonorific(label);
  if (honorific) {
    const role = cleanRole(label.slice(0, -honorific.length));
    // "莊太量" must not read as "莊太": an honorific needs the label to end right there, which it does; but a
    // bare single-character honorific after a long role is as good as a name
    return { name: honorific, role, evidence: 2 };
  }

  // The label as a whole is a role or an organisation: "市民", "中大政治與行政學系學生", "香港會計師公會".
  const roleSuffix = title;
  const orgSuffix = endsWithAny(label, ORG_SUFFIXES);
  const trailing = splitTrailingName(label, ctx);
  if (trailing && (trailing.evidence >= 3 || (!roleSuffix && !orgSuffix))) {
    return { name: trailing.name, role: cleanRole(trailing.role), evidence: trailing.evidence };
  }
  if (roleSuffix) return { name: null, role: label, evidence: 2 };
  if (orgSuffix && (orgSuffix.length >= 2 || label.length >= 3)) return { name: null, role: label, evidence: 2 };
  if (trailing) return { name: trailing.name, role: cleanRole(trailing.role), evidence: trailing.evidence };
  return { name: null, role: label, evidence: 0 };
}
