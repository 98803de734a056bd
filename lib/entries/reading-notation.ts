/**
 * Which notation the reading of an entry is written in: pinyin (`行长 → háng zhǎng`, `hang2 zhang3`)
 * or Cantonese Jyutping (`行长 → hong4 zoeng2`). Told by the syllables themselves, each checked
 * against the inventory of its notation: tone marks, ü, zh/ch/sh/q/x or a syllable Jyutping does not
 * have say pinyin; tone 6, oe/eo/yu, a final -p/-t/-k or a syllable pinyin does not have say Jyutping.
 * A reading every syllable of which is both (`ma1` is not: Jyutping writes maa1; `hang4 wai4` is) stays
 * pinyin, as such entries always were, and is named as ambiguous: `jyutping:` before the syllables
 * says Jyutping outright (`pinyin:` says pinyin).
 */

/** Every pinyin syllable without its tone (pinyin-pro's readings of the CJK block; ü written ü). */
const PINYIN = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen ' +
    'cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao ' +
    'die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai ' +
    'guan guang gui gun guo ha hai han hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong ' +
    'jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang ' +
    'liao lie lin ling liu lo long lou lu luan lun luo lü lüe m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan ' +
    'nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie ' +
    'pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai ' +
    'san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun ' +
    'suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie ' +
    'xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang ' +
    'zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/** A Jyutping syllable: initial, final (or the syllabic m, ng), tone 1–6. */
const JYUTPING =
  /^(?:(?:b|p|m|f|d|t|n|l|g|k|ng|h|gw|kw|w|z|c|s|j)?(?:aa(?:i|u|m|n|ng|p|t|k)?|a(?:i|u|m|n|ng|p|t|k)|e(?:i|u|m|n|ng|p|t|k)?|i(?:u|m|n|ng|p|t|k)?|o(?:i|u|n|ng|t|k)?|u(?:i|n|ng|t|k)?|oe(?:ng|k)?|eo(?:i|n|t)|yu(?:n|t)?)|m|ng)[1-6]$/;

const MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/u;
const STRIP: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o', ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'ü', ǘ: 'ü', ǚ: 'ü', ǜ: 'ü', ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
};

/** Whether `syllable` is pinyin: tone marks, a tone number 1–5 or none, over a syllable pinyin has. */
export function isPinyinSyllable(syllable: string): boolean {
  const s = syllable.toLowerCase().replace(/u:|v/g, 'ü');
  const marks = [...s].filter((c) => MARKED.test(c)).length;
  const m = /^(.*?)([1-5])?$/u.exec(s)!;
  if (marks > 1 || (marks === 1 && m[2])) return false;
  const plain = [...m[1]!].map((c) => STRIP[c] ?? c).join('');
  return PINYIN.has(plain);
}

/** Whether `syllable` is Jyutping: lower case, a syllable of Cantonese, its tone number 1–6. */
export function isJyutpingSyllable(syllable: string): boolean {
  return JYUTPING.test(syllable.toLowerCase());
}

export type ReadingNotation = 'pinyin' | 'jyutping';

/**
 * The notation the syllables are written in: 'pinyin' or 'jyutping' where they say so, 'ambiguous'
 * where every one is both (read as pinyin), null where they are neither (or mix the two).
 */
export function classifyReading(syllables: readonly string[]): ReadingNotation | 'ambiguous' | null {
  if (!syllables.length) return null;
  const pinyin = syllables.every(isPinyinSyllable);
  const jyutping = syllables.every(isJyutpingSyllable);
  if (pinyin && jyutping) return 'ambiguous';
  return pinyin ? 'pinyin' : jyutping ? 'jyutping' : null;
}

/** The explicit markers, `jyutping: hong4 zoeng2` / `pinyin: hang2 zhang3` (case and spaces free). */
const MARKER = /^(jyutping|pinyin)\s*[:：]\s*/iu;

/** The marker written before a reading, and the reading after it. */
export function splitMarker(reading: string): { marker: ReadingNotation | null; rest: string } {
  const m = MARKER.exec(reading);
  return m ? { marker: m[1]!.toLowerCase() as ReadingNotation, rest: reading.slice(m[0].length) } : { marker: null, rest: reading };
}
