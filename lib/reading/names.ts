/**
 * Readings of personal names. Surnames have their own readings (单 Shàn, 曾 Zēng, 解 Xiè …), which
 * pinyin-pro's surname modes apply to ordinary words too (单位 shàn, 解决 xiè); here they apply only
 * to the name spans the understanding engine found.
 */
import { pinyin } from 'pinyin-pro';

/** Compound surnames, read as a unit. */
const COMPOUND_SURNAMES: Record<string, readonly string[]> = {
  欧阳: ['ōu', 'yáng'], 尉迟: ['yù', 'chí'], 万俟: ['mò', 'qí'], 单于: ['chán', 'yú'], 长孙: ['zhǎng', 'sūn'],
  令狐: ['líng', 'hú'], 澹台: ['tán', 'tái'], 皇甫: ['huáng', 'fǔ'], 司马: ['sī', 'mǎ'], 诸葛: ['zhū', 'gě'],
  上官: ['shàng', 'guān'], 东方: ['dōng', 'fāng'], 慕容: ['mù', 'róng'], 宇文: ['yǔ', 'wén'], 公孙: ['gōng', 'sūn'],
  夏侯: ['xià', 'hóu'], 呼延: ['hū', 'yán'], 端木: ['duān', 'mù'], 司徒: ['sī', 'tú'], 司空: ['sī', 'kōng'],
  南宫: ['nán', 'gōng'], 申屠: ['shēn', 'tú'], 轩辕: ['xuān', 'yuán'], 仲孙: ['zhòng', 'sūn'], 钟离: ['zhōng', 'lí'],
  宗政: ['zōng', 'zhèng'], 濮阳: ['pú', 'yáng'], 太史: ['tài', 'shǐ'], 闻人: ['wén', 'rén'], 赫连: ['hè', 'lián'],
};

/**
 * Single surnames whose reading differs from the character's everyday reading, or that
 * pinyin-pro may misread out of context (渠 qú is both, kept for clarity).
 */
const SURNAMES: Record<string, string> = {
  单: 'shàn', 曾: 'zēng', 解: 'xiè', 区: 'ōu', 仇: 'qiú', 查: 'zhā', 朴: 'piáo', 繁: 'pó', 渠: 'qú', 盖: 'gě',
  乐: 'yuè', 华: 'huà', 任: 'rén', 覃: 'qín', 缪: 'miào', 燕: 'yān', 种: 'chóng', 秘: 'bì', 召: 'shào',
  句: 'gōu', 纪: 'jǐ', 过: 'guō', 尉: 'yù', 翟: 'zhái', 折: 'shé', 乜: 'niè', 谌: 'chén', 柏: 'bǎi',
  宿: 'sù', 隗: 'wěi', 莘: 'shēn', 贲: 'bēn', 逄: 'páng', 阚: 'kàn', 訾: 'zī', 都: 'dū', 重: 'chóng',
  冼: 'xiǎn', 洗: 'xiǎn', 朝: 'cháo', 沈: 'shěn', 薄: 'bó', 葛: 'gě', 蔚: 'yù', 郇: 'huán', 费: 'fèi',
  盛: 'shèng', 叶: 'yè', 石: 'shí', 祭: 'zhài', 褚: 'chǔ', 应: 'yīng', 车: 'chē', 宁: 'nìng', 那: 'nā',
  厍: 'shè', 长: 'cháng', 员: 'yùn', 能: 'nài', 相: 'xiàng', 行: 'xíng', 和: 'hé', 卜: 'bǔ', 藏: 'zàng',
  臧: 'zāng', 奇: 'qí', 舍: 'shè', 说: 'yuè', 阿: 'ā', 万: 'wàn', 角: 'jué', 占: 'zhān', 参: 'cān',
};

/** Given-name characters whose name reading differs from pinyin-pro's default for the lone character. */
const GIVEN: Record<string, string> = {
  长: 'cháng', 乐: 'lè', 行: 'xíng', 重: 'zhòng', 传: 'chuán', 强: 'qiáng', 朝: 'zhāo', 都: 'dū',
  率: 'shuài', 佳: 'jiā', 卓: 'zhuó', 广: 'guǎng', 茜: 'qiàn', 单: 'dān', 曾: 'zēng', 解: 'jiě',
};

/** The reading of a surname at the start of name (compound first), with its length, or null. */
function readSurname(chars: readonly string[]): readonly string[] | null {
  if (chars.length >= 3) {
    const two = chars[0]! + chars[1]!;
    const compound = COMPOUND_SURNAMES[two];
    if (compound) return compound;
  }
  const single = SURNAMES[chars[0]!];
  return single ? [single] : null;
}

/**
 * Readings of a personal name, one per character (Array.from(name)); null for non-Han characters.
 * The surname gets its surname reading; given-name characters their name reading.
 */
export function readName(name: string): (string | null)[] {
  const chars = Array.from(name);
  const base = pinyin(name, { type: 'all' });
  const readings: (string | null)[] = chars.map((_, i) => {
    const item = base[i];
    return item && item.isZh && item.pinyin ? item.pinyin : null;
  });
  if (chars.length === 0) return readings;
  const surname = chars.length >= 2 ? readSurname(chars) : null;
  let from = 0;
  if (surname) {
    surname.forEach((r, k) => (readings[k] = r));
    from = surname.length;
  }
  for (let i = from; i < chars.length; i++) {
    const special = GIVEN[chars[i]!];
    if (special) readings[i] = special;
  }
  return readings;
}

/**
 * Occurrences of the names in chars, longest names first, without overlaps: [start, end, readings].
 * Names shorter than two characters are ignored (a lone 单 or 曾 in running text is a word).
 */
export function findNames(chars: readonly string[], names: readonly string[]): Array<[number, number, (string | null)[]]> {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => Array.from(n).length >= 2))];
  unique.sort((a, b) => Array.from(b).length - Array.from(a).length);
  const taken = new Array<boolean>(chars.length).fill(false);
  const found: Array<[number, number, (string | null)[]]> = [];
  for (const name of unique) {
    const nameChars = Array.from(name);
    const readings = readName(name);
    for (let i = 0; i + nameChars.length <= chars.length; i++) {
      if (!nameChars.every((c, k) => chars[i + k] === c)) continue;
      if (taken.slice(i, i + nameChars.length).some(Boolean)) continue;
      for (let k = 0; k < nameChars.length; k++) taken[i + k] = true;
      found.push([i, i + nameChars.length, readings]);
      i += nameChars.length - 1;
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

// ---------------------------------------------------------------------------------------------
// Names in running text nobody listed: news introduces a person by title, then name
// (局长单晓峰带队, 村党支部书记解红梅介绍, 记者华少峰报道). pinyin-pro reads such a surname as the
// everyday word (单 dān, 曾 céng, 解 jiě). Only surnames whose reading differs are looked for, only
// right after a title, and only when a name-ending context follows, so 书记曾多次强调 stays céng.

/**
 * Surnames worth finding: their surname reading is not the lone character's everyday reading.
 * 种, 盖, 折 are left out: as verbs they follow 村民/农户 too often (村民种果树, 村民盖新房).
 */
const TITLED_SURNAMES = new Set(Array.from('单曾解查朴任华区仇繁覃缪乐秘召句翟尉谌宿隗莘贲逄阚訾冼洗薄葛蔚郇祭褚厍柏燕纪'));
/** Titles and roles that introduce a name (the text before the surname ends with one). */
const TITLES = [
  '记者', '通讯员', '书记', '主任', '主席', '委员', '代表', '局长', '县长', '市长', '乡长', '镇长', '区长', '省长',
  '村长', '厅长', '部长', '处长', '科长', '院长', '校长', '所长', '站长', '馆长', '社长', '行长', '会长', '队长',
  '组长', '董事长', '理事长', '秘书长', '总经理', '经理', '总监', '总裁', '医生', '医师', '护士长', '教授', '研究员',
  '工程师', '预报员', '讲解员', '老师', '教师', '律师', '法官', '检察官', '民警', '警官', '传承人', '负责人', '发言人',
  '创始人', '村民', '市民', '居民', '选手', '队员', '运动员', '教练', '主教练', '演员', '导演', '作家', '画家', '专家',
  '院士', '博士', '同志', '船长', '机长', '主播', '农户', '志愿者', '副主任', '副书记', '副局长', '副县长', '副市长',
  // Hong Kong's offices and roles (立法会议员曾志豪, 政务司司长, 警务处处长 end in 长 already).
  '议员', '司长', '署长', '特首', '长官', '议长', '关长', '警司', '督察', '裁判官', '总干事', '校监', '社工', '店主', '东主',
];
/** After the name: what follows a person introduced by title (a speech or action verb, or punctuation). */
const AFTER_NAME = [
  '表示', '介绍', '说', '指出', '强调', '认为', '告诉', '透露', '坦言', '称', '说道', '回忆', '解释', '提醒', '建议',
  '带队', '带领', '报道', '要求', '在', '一行', '等', '同志', '向', '对', '也', '还', '和', '与', '正', '今天', '昨天',
  '日前', '近日', '曾', '已', '是', '从', '把', '将', '则', '就', '主持', '出席', '参加', '陪同', '率', '走访', '来到',
  '回应', '批评', '直言', '形容', '补充', '重申', '宣布', '承认', '今日', '昨日', '早前', '答复',
];
// A comma or full stop is not enough (村民盖新房，): a colon, bracket or space is (byline 记者 李娟）).
const NAME_END_PUNCT = /^[：:（()）\s]/u;
/** Characters that start what follows an adverb or verb, not a given name: 曾多次, 曾在, 任职, 解读. */
const NOT_GIVEN_START = new Set(Array.from('多在是任获被有与参担先表于作当赴到去来从为把对经就也都还又再已曾将要会能可以说指提向让使给帮同和及职期命免决读释放除题答'));
/** Never in a given name: particles, conjunctions, time words (选手乐观地说, 医生查房后说 hold no name). */
const NOT_IN_NAME = new Set(Array.from('的地得了着过们和与及或也都就还在是后时里'));
const HAN_CHAR = /^\p{Script=Han}$/u;

const TITLE_CHARS = TITLES.map((t) => Array.from(t));
const AFTER_NAME_CHARS = AFTER_NAME.map((w) => Array.from(w));

function endsWithTitle(chars: readonly string[], i: number): boolean {
  let j = i;
  while (j > 0 && /\s/u.test(chars[j - 1]!)) j--; // (记者 李娟)
  return TITLE_CHARS.some((tc) => j >= tc.length && tc.every((c, k) => chars[j - tc.length + k] === c));
}

/**
 * `given` of two characters that are not one dictionary word (局长曾|国|卫的答复, not 议员曾|批评的) may end
 * before the possessive 的 too: a verb after an adverb is a word the segmenter holds, a given name is not.
 */
function nameEndsAt(chars: readonly string[], end: number, possessive = false): boolean {
  if (end >= chars.length) return true;
  if (NAME_END_PUNCT.test(chars[end]!)) return true;
  if (possessive && chars[end] === '的') return true;
  return AFTER_NAME_CHARS.some((w) => w.every((c, k) => chars[end + k] === c));
}

/**
 * Names introduced by a title in running text whose surname has a reading of its own, as
 * [start, end, readings] like findNames. `wordStarts` are the text's word starts (ICU) and its
 * length: the surname must start a word and that word must end inside the name (查看, 解读, 曾经
 * are words, not names). `taken` marks positions already read as names.
 */
export function findTitledNames(
  chars: readonly string[],
  wordStarts: ReadonlySet<number>,
  taken: readonly boolean[] = [],
): Array<[number, number, (string | null)[]]> {
  const found: Array<[number, number, (string | null)[]]> = [];
  for (let i = 0; i < chars.length; i++) {
    if (!TITLED_SURNAMES.has(chars[i]!) || taken[i]) continue;
    // The surname starts a word: alone (单|晓|峰), or glued to the first given character of a
    // three-character name (任重|远), never a longer word (任职期间 ends no name anyway).
    if (!wordStarts.has(i)) continue;
    const glued = !wordStarts.has(i + 1);
    if (glued && !wordStarts.has(i + 2)) continue;
    if (!endsWithTitle(chars, i)) continue;
    const first = chars[i + 1] ?? '';
    if (!HAN_CHAR.test(first) || NOT_GIVEN_START.has(first)) continue;
    // Given names are two characters more often than one: try 单晓峰 before 单晓.
    for (const len of glued ? [3] : [3, 2]) {
      const end = i + len;
      if (end > chars.length) continue;
      const span = chars.slice(i, end);
      if (!span.every((c, k) => HAN_CHAR.test(c) && (k === 0 || !NOT_IN_NAME.has(c))) || taken.slice(i, end).some(Boolean)) continue;
      if (!nameEndsAt(chars, end, len === 3 && !glued && wordStarts.has(i + 2))) continue;
      found.push([i, end, readName(span.join(''))]);
      i = end - 1;
      break;
    }
  }
  return found;
}
