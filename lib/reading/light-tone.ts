/**
 * DuBao's neutral-tone convention, one rule for every reading (README, "Readings"): a syllable is
 * written in the neutral tone (no mark) only where it has no tone of its own in the word:
 *  - particles and interjections (的 了 着 过 吗 呢 吧 啊 啦 哟 …), suffixes (子 头 们 么 儿),
 *    locative suffixes (上 下 里 边 面), the measure word 个, 萝卜's 卜;
 *  - the second syllable of a reduplicated kinship term (妈妈 māma, 哥哥 gēge), 一 inside a
 *    reduplicated verb (量一量 liáng yi liáng), 不 inside an A不A question (是不是 shì bu shì);
 *  - the light syllable of words whose neutral tone is obligatory, not optional (东西 "thing"
 *    dōngxi, 便宜 piányi, 大夫 dàifu, 暖和 nuǎnhuo: OBLIGATORY_LIGHT below).
 * Every other syllable keeps its character's tone, also in words where a light tone is customary
 * but optional (知识 zhīshí, 丈夫 zhàngfū, 部分 bùfēn, 衣服 yīfú, 认识 rènshí): a learner sees the
 * tone the character has, and the same word reads the same wherever a dictionary put it.
 */
import { pinyin } from 'pinyin-pro';
import { stripTone, toneOf } from './tones';

/** Characters whose neutral-tone reading stays neutral (a particle, suffix or light syllable). */
export const LIGHT_CHARS = new Set(Array.from('的地得了着过们么吗呢吧啊呀哇哪嘛啦喽咯呗哟哦喔哩噢嘞罢子头儿上下里边面个卜'));
/** Kinship terms whose reduplication is light in its second syllable. */
const KINSHIP = new Set(Array.from('妈爸哥姐弟妹爷奶姥叔伯舅婶姑婆公娘'));

/**
 * Words said with a neutral tone that has no toned alternative in the standard language (the
 * Xiandai Hanyu Cidian writes them without its "optional" dot); their last syllable stays light.
 */
const OBLIGATORY_LIGHT = [
  '东西', '便宜', '暖和', '大夫', '先生', '消息', '休息', '豆腐', '萝卜', '葡萄', '玻璃', '朋友', '麻烦', '明白',
  '舒服', '喜欢', '告诉', '耳朵', '眼睛', '商量', '打量', '地方', '时候', '衣裳', '姑娘', '漂亮', '聪明', '热闹',
  '客气', '意思', '清楚', '窗户', '护士', '规矩', '亲戚', '石榴', '狐狸', '骆驼', '蘑菇', '钥匙', '凉快', '暖和',
  '多么', '什么', '怎么', '那么', '这么', '为什么', '东边', '西边', '南边', '北边', '外边', '里边', '上边', '下边',
];
/** Each character of those words at its last position → the words ending there. */
const LIGHT_ENDINGS = new Map<string, string[][]>();
for (const word of OBLIGATORY_LIGHT) {
  const chars = Array.from(word);
  const last = chars[chars.length - 1]!;
  LIGHT_ENDINGS.set(last, [...(LIGHT_ENDINGS.get(last) ?? []), chars]);
}

function endsObligatoryLight(chars: readonly string[], i: number): boolean {
  return (LIGHT_ENDINGS.get(chars[i]!) ?? []).some((w) => i + 1 >= w.length && w.every((c, k) => chars[i + 1 - w.length + k] === c));
}

/** Any tone-marked letter (pinyin-pro writes them precomposed). */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿếề]/;

const toned = new Map<string, readonly string[]>();

/** The character's readings that carry a tone, pinyin-pro's order (most common first). */
function tonedReadings(ch: string): readonly string[] {
  let list = toned.get(ch);
  if (!list) {
    list = pinyin(ch, { multiple: true, type: 'array' }).filter((r) => toneOf(r) >= 1 && toneOf(r) <= 4);
    toned.set(ch, list);
  }
  return list;
}

/** Whether position i keeps a neutral tone under the convention. */
export function keepsLightTone(chars: readonly string[], i: number): boolean {
  const ch = chars[i]!;
  if (LIGHT_CHARS.has(ch) || (i > 0 && chars[i - 1] === ch && KINSHIP.has(ch))) return true;
  // 一 in a reduplicated verb (量一量), 不 in a question A不A (是不是, 能不能).
  if ((ch === '一' || ch === '不') && i > 0 && chars[i - 1] === chars[i + 1]) return true;
  return endsObligatoryLight(chars, i);
}

/**
 * The reading under the convention: a neutral syllable of a character that has no light use gets
 * the character's tone for the same syllable (zhi shi → zhī shí); anything else is unchanged.
 */
export function applyToneConvention(chars: readonly string[], readings: (string | null)[]): void {
  for (let i = 0; i < chars.length; i++) {
    const r = readings[i];
    // Most readings carry a tone mark: skip them before parsing anything.
    if (!r || TONE_MARK.test(r) || toneOf(r) !== 5 || keepsLightTone(chars, i)) continue;
    // 部分 is 部份 "portion" (fèn), as Taiwan's standard writes it; fēn is the verb "divide".
    if (chars[i] === '分' && chars[i - 1] === '部') {
      readings[i] = 'fèn';
      continue;
    }
    const plain = stripTone(r);
    const full = tonedReadings(chars[i]!).find((t) => stripTone(t) === plain);
    if (full) readings[i] = full;
  }
}

/** 一 and 不 with the tone they change from (tone sandhi undone: 一个 yī gè, 不是 bù shì). */
const DICTIONARY_TONE: Record<string, { from: ReadonlySet<string>; to: string }> = {
  一: { from: new Set(['yí', 'yì']), to: 'yī' },
  不: { from: new Set(['bú']), to: 'bù' },
};

/** Tones as written: 一 and 不 read with their dictionary tone wherever the spoken one changed it. */
export function writeDictionaryTones(chars: readonly string[], readings: (string | null)[]): void {
  for (let i = 0; i < chars.length; i++) {
    const change = DICTIONARY_TONE[chars[i]!];
    const r = readings[i];
    if (change && r && change.from.has(r)) readings[i] = change.to;
  }
}
