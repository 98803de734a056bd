/**
 * Pinyin → zhuyin (bopomofo), for readers taught with it (Taiwan). Works on tone-marked syllables
 * as produced by readText; tone 1 is unmarked, 2 ˊ 3 ˇ 4 ˋ after the syllable, neutral ˙ before it.
 */
import { stripTone, toneOf } from './tones';

const INITIALS: Array<[string, string]> = [
  ['zh', 'ㄓ'], ['ch', 'ㄔ'], ['sh', 'ㄕ'],
  ['b', 'ㄅ'], ['p', 'ㄆ'], ['m', 'ㄇ'], ['f', 'ㄈ'], ['d', 'ㄉ'], ['t', 'ㄊ'], ['n', 'ㄋ'], ['l', 'ㄌ'],
  ['g', 'ㄍ'], ['k', 'ㄎ'], ['h', 'ㄏ'], ['j', 'ㄐ'], ['q', 'ㄑ'], ['x', 'ㄒ'],
  ['r', 'ㄖ'], ['z', 'ㄗ'], ['c', 'ㄘ'], ['s', 'ㄙ'],
];

// Finals in their full written form (after an initial; y/w spellings are rewritten to these first).
const FINALS: Record<string, string> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', 'ê': 'ㄝ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ',
  an: 'ㄢ', en: 'ㄣ', ang: 'ㄤ', eng: 'ㄥ', ong: 'ㄨㄥ', er: 'ㄦ',
  i: 'ㄧ', ia: 'ㄧㄚ', io: 'ㄧㄛ', ie: 'ㄧㄝ', iai: 'ㄧㄞ', iao: 'ㄧㄠ', iu: 'ㄧㄡ', iou: 'ㄧㄡ',
  ian: 'ㄧㄢ', in: 'ㄧㄣ', iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ',
  u: 'ㄨ', ua: 'ㄨㄚ', uo: 'ㄨㄛ', uai: 'ㄨㄞ', ui: 'ㄨㄟ', uei: 'ㄨㄟ', uan: 'ㄨㄢ', un: 'ㄨㄣ', uen: 'ㄨㄣ',
  uang: 'ㄨㄤ', ueng: 'ㄨㄥ',
  'ü': 'ㄩ', 'üe': 'ㄩㄝ', ue: 'ㄩㄝ', 'üan': 'ㄩㄢ', 'ün': 'ㄩㄣ',
};

// Syllabic nasals (嗯 ń/ňg, 呣 m̀, 哼 hng): checked before initials, or ń would read as ㄋ.
const NASALS: Record<string, string> = { n: 'ㄣ', ng: 'ㄫ', m: 'ㄇ', hm: 'ㄏㄇ', hng: 'ㄏㄫ' };

// y/w spellings → written finals (yu = ü, you = iou, wei = uei …).
const Y_W: Record<string, string> = {
  yi: 'i', ya: 'ia', yo: 'io', ye: 'ie', yai: 'iai', yao: 'iao', you: 'iou', yan: 'ian', yin: 'in',
  yang: 'iang', ying: 'ing', yong: 'iong', yu: 'ü', yue: 'üe', yuan: 'üan', yun: 'ün',
  wu: 'u', wa: 'ua', wo: 'uo', wai: 'uai', wei: 'uei', wan: 'uan', wen: 'uen', wang: 'uang', weng: 'ueng',
};

// zhi chi shi ri zi ci si: the "empty rime" is not written in zhuyin.
const EMPTY_RIME = new Set(['zh', 'ch', 'sh', 'r', 'z', 'c', 's']);
const TONE_MARKS = ['', '', 'ˊ', 'ˇ', 'ˋ'];

/** Bopomofo for one syllable without tone, or null if it is not pinyin. */
function convertPlain(plainInput: string): string | null {
  const plain = plainInput.toLowerCase().replace(/v/g, 'ü');
  if (NASALS[plain]) return NASALS[plain];
  if (Y_W[plain]) return FINALS[Y_W[plain]] ?? null;
  for (const [initial, symbol] of INITIALS) {
    if (!plain.startsWith(initial)) continue;
    let final = plain.slice(initial.length);
    if (final === '') return symbol;
    if (final === 'i' && EMPTY_RIME.has(initial)) return symbol;
    // After j q x, a written u is ü.
    if ('jqx'.includes(initial) && final.startsWith('u')) final = 'ü' + final.slice(1);
    const rime = FINALS[final];
    return rime ? symbol + rime : null;
  }
  return FINALS[plain] ?? null;
}

/**
 * Zhuyin for a tone-marked reading (one syllable, or several separated by spaces: each converted,
 * separated the same way). Anything that is not pinyin comes back unchanged.
 */
export function toZhuyin(reading: string): string {
  return reading
    .split(' ')
    .map((syllable) => {
      const tone = toneOf(syllable);
      const body = tone === 0 ? null : convertPlain(stripTone(syllable));
      if (body === null) return syllable;
      return tone === 5 ? `˙${body}` : body + TONE_MARKS[tone];
    })
    .join(' ');
}
