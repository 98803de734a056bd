/**
 * Words of Hong Kong news whose Cantonese reading neither to-jyutping's lexicon nor the sense table
 * gets right: the whole word's readings, as a dictionary of record gives them. A word is taken only
 * where it covers whole Mandarin words (成日 in 學生|成|日, never the 成日 of 完成|日期), and it
 * decides every character in it (the sense table does not look again). The reader's own entries still
 * win over these (user-readings.ts).
 *
 * Each row: the word (one row per script form where they differ), its readings (one per character),
 * and why to-jyutping's own reading is not the one.
 */

export interface JyutpingWord {
  word: string;
  readings: readonly string[];
  why: string;
}

const row = (forms: string, readings: string, why: string): JyutpingWord[] =>
  [...new Set(forms.split(' '))].map((word) => ({ word, readings: readings.split(' '), why }));

export const JYUTPING_WORDS: readonly JyutpingWord[] = [
  // 重 "important" zung6 in the set phrase; to-jyutping reads the lone 重 as "heavy" cung5.
  ...row('重中之重', 'zung6 zung1 zi1 zung6', 'the most important of all: 重 "important" zung6, not "heavy" cung5'),
  ...row('重中之中', 'zung6 zung1 zi1 zung1', 'a frequent miswriting of 重中之重: 重 "important" zung6, 中 "middle" zung1'),
  // 鮮 xiān "fresh, common" sin1 / xiǎn "rare" sin2: the idiom is "seen so often it is not new".
  ...row('屢見不鮮 屡见不鲜', 'leoi5 gin3 bat1 sin1', 'seen so often it is nothing new: 鮮 "new" sin1 (to-jyutping: sin2, the "rare" of 鮮有)'),
  ...row('鮮為人知 鲜为人知', 'sin2 wai4 jan4 zi1', 'little known: 鮮 "rarely" sin2, 為 the passive "by" wai4 (Mandarin readers give wèi)'),
  // 會 in the verb "adjourn" is the meeting, not the colloquial noun wui2 of 開會.
  ...row('休會 休会', 'jau1 wui6', 'adjourn: the meeting wui6 (to-jyutping: wui2)'),
  // The picture of a screen or film: the literary waa6 min6 (to-jyutping: the colloquial waa2 min2).
  ...row('畫面 画面', 'waa6 min6', 'the picture on a screen: waa6 min6, to-jyutping has the colloquial waa2 min2'),
  // Cantonese 間中 "now and then" is 間 "gap" gaan3; Mandarin readers, who have no such word, give jiān.
  ...row('間中 间中', 'gaan3 zung1', 'Cantonese "now and then": 間 "gap" gaan3 (Mandarin readers give jiān, gaan1)'),
  // 說服 "persuade": Cantonese reads 說 seoi3 as in 遊說, where Mandarin says shuō (and so the sense table would say syut3).
  ...row('說服 说服', 'seoi3 fuk6', 'persuade: 說 seoi3 as in 遊說 (Mandarin readers give shuō, syut3)'),
  // Korea: 鮮 in the name is sin1 (Mandarin readers give xiǎn, the "rare" sin2).
  ...row('朝鮮 朝鲜', 'ciu4 sin1', 'Korea: 朝 "dynasty" ciu4, 鮮 sin1 (Mandarin readers give Cháoxiǎn, sin2)'),
  ...row('朝鮮族 朝鲜族', 'ciu4 sin1 zuk6', 'the Korean nationality: 鮮 sin1 as in 朝鮮'),
  // Hong Kong's bus captain; Mandarin readers give 车长 cháng, "the length of a car".
  ...row('車長 车长', 'ce1 zoeng2', 'the bus captain: 长 "head of" zoeng2 (Mandarin readers give cháng, "length")'),
  // A blank (空白, 留空): Mandarin readers give kòng; Cantonese reads the empty hung1.
  ...row('空白', 'hung1 baak6', 'blank: 空 "empty" hung1 (Mandarin readers give kòng, hung3)'),
  // The interchange: to-jyutping's 转车 zyun3 "change buses" cuts Mandarin's 转|车站, and 转 read alone is zyun2.
  ...row('轉車站 转车站', 'zyun3 ce1 zaam6', 'the interchange: 转 "change (buses)" zyun3'),
  // News Cantonese reads 輕 in these set words literary hing1 (to-jyutping has the colloquial heng1 of 好輕).
  ...row('減輕 减轻', 'gaam2 hing1', 'lighten (a burden, a sentence): the literary hing1 of news (to-jyutping: heng1)'),
  ...row('輕重 轻重', 'hing1 zung6', 'weight, priority: 重 "importance" zung6, not the cung5 of weight'),
  ...row('輕重緩急 轻重缓急', 'hing1 zung6 wun6 gap1', 'priorities: 重 "importance" zung6'),
  ...row('舉足輕重 举足轻重', 'geoi2 zuk1 hing1 zung6', 'decisive: 重 "importance" zung6, not the cung5 of weight'),
  ...row('任重道遠 任重道远', 'jam6 zung6 dou6 jyun5', 'a heavy charge and a long road: the literary zung6 of the idiom'),
  ...row('比重', 'bei2 zung6', 'proportion, share: 重 zung6 (to-jyutping reads the lone 重 as the weight cung5)'),
  // Cantonese 差佬 "a policeman", 差馆 "a police station": 差 "errand, officer" caai1 (Mandarin readers give chà).
  ...row('差佬', 'caai1 lou2', 'a policeman: 差 "officer on an errand" caai1 (Mandarin readers give chà)'),
  ...row('差館 差馆', 'caai1 gun2', 'a police station: 差 caai1 (Mandarin readers give chà)'),
  // Hong Kong news shortens 行政会议, the Executive Council, to 行会; Mandarin readers give háng, "a guild".
  ...row('行會 行会', 'hang4 wui2', 'the Executive Council (行政會議): 行 "administer" hang4 (Mandarin readers give háng, a guild)'),
  // The idiom "take root where one lands": 生 in the literary sang1 of set phrases (to-jyutping: saang1).
  ...row('落地生根', 'lok6 dei6 sang1 gan1', 'take root where one lands: the literary sang1 of an idiom (to-jyutping: the colloquial saang1)'),
  // Colloquial 成 "whole, all" is seng4 (成日 all day, always; 成個 the whole), never the sing4 of 成為.
  ...row('成日', 'seng4 jat6', 'Cantonese "all day, always": 成 "whole" seng4 (to-jyutping reads sing4 jat6 across the word cut)'),
  // 聽取 "hear (views)", the set word of news: the literary ting1 (to-jyutping reads the lone 聽 as the spoken teng1).
  ...row('聽取 听取', 'ting1 ceoi2', 'hear (opinions, a report): the literary ting1 of the set word (to-jyutping: teng1)'),
  // Set words of standard Chinese with the literary reading of a colloquial/literary pair (to-jyutping reads the lone
  // character colloquially; 水井, 腥味 keep it).
  ...row('井然', 'zing2 jin4', 'orderly: the literary zing2 of the set word (a well, 水井: zeng2)'),
  ...row('秩序井然', 'dit6 zeoi6 zing2 jin4', 'in good order: the literary zing2 of the idiom'),
  ...row('井井有條 井井有条', 'zing2 zing2 jau5 tiu4', 'well ordered: the literary zing2 of the idiom'),
  ...row('市井', 'si5 zing2', 'the streets, common folk: the literary zing2 (水井 zeng2)'),
  ...row('血腥', 'hyut3 sing1', 'bloody: the literary sing1 of the set word (好腥 "fishy" seng1)'),
  // Hong Kong place names whose reading to-jyutping's lexicon gives otherwise (a check of 130 place and street names
  // found this one; its spoken tone changes, 長沙灣 waan4, 深水埗 bou2, are kept as heard).
  ...row('薄扶林', 'bok6 fu4 lam4', 'Pok Fu Lam: 薄 bok6 fu4 as the place is said (to-jyutping: bok3 fu6)'),
  // 不禁 "cannot help (doing)": 禁 "bear" gam1, as in 情不自禁; to-jyutping reads the lone 禁 "forbid" gam3.
  ...row('不禁', 'bat1 gam1', 'cannot help: 禁 "bear" gam1 (to-jyutping: the gam3 of 禁止)'),
];

export type WordIndex = Map<string, readonly JyutpingWord[]>;

/** The table by first character, longest word first. */
export function buildWordIndex(words: readonly JyutpingWord[] = JYUTPING_WORDS): WordIndex {
  const index = new Map<string, JyutpingWord[]>();
  for (const w of words) {
    const first = Array.from(w.word)[0]!;
    index.set(first, [...(index.get(first) ?? []), w]);
  }
  for (const list of index.values()) list.sort((a, b) => b.readings.length - a.readings.length);
  return index;
}

/**
 * The table's readings over `chars` (null where no word of the table stands), left to right, longest
 * first. `fits(start, end)` says whether [start, end) covers whole Mandarin words.
 */
export function findWordReadings(chars: readonly string[], index: WordIndex, fits: (start: number, end: number) => boolean): (string | null)[] {
  const out = new Array<string | null>(chars.length).fill(null);
  for (let i = 0; i < chars.length; i++) {
    const words = index.get(chars[i]!);
    if (!words) continue;
    const found = words.find((w) => {
      const n = w.readings.length;
      return i + n <= chars.length && Array.from(w.word).every((c, k) => chars[i + k] === c) && fits(i, i + n);
    });
    if (!found) continue;
    found.readings.forEach((r, k) => (out[i + k] = r));
    i += found.readings.length - 1;
  }
  return out;
}
