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
