/**
 * Characters with a colloquial (白讀) and a literary (文讀) reading of the same sense: 行 "walk" haang4 /
 * "go, travel" hang4, 平 "cheap" peng4 / "level" ping4, 聽 teng1 / ting1, 醒 seng2 / sing2 … Which one a
 * character takes is mostly lexical (學生 saang1 and 生活 sang1 in any register, 聽日 ting1, 銀行 hong4), and
 * to-jyutping's lexicon knows those words: where it read the character inside a word of its lexicon that
 * DuBao keeps, that reading stands. Outside its lexicon the register decides (jyutping-register.ts):
 *
 * - a character that is a word alone, in written Cantonese: the colloquial reading (佢行咗去 haang4, 平到笑
 *   peng4, 佢聽唔到 teng1), which the sense table's Mandarin-led rows would otherwise make literary;
 * - a few characters that are a word alone in standard written Chinese, where the sense table has no row for
 *   them: the literary reading (命喪 ming6), where to-jyutping's lone default is the colloquial one. Set words
 *   that are literary (聽取, 井然, 血腥) are rows of the word table: the set words of a pair split both ways.
 *
 * Rows of the sense table that look at the context (行 after 嗰, 名 after a numeral, 請 before an aspect)
 * come first: the register only settles what no such row did.
 *
 * Left out: pairs whose lone character is not mostly the colloquial reading in speech (請 "please" cing2 opens
 * requests in Cantonese too: 請大家排隊, 請你唔好再嚟; "invite" ceng2 is a row of the sense table; 頂 "top" deng2 but
 * 頂唔順, 頂手 ding2; 領 "collar" leng5 but 領錢, 領獎 ling5; 姓 seng3 rare), and 靚 (leng3 in both).
 */

export interface RegisterPair {
  /** The character in each script form. */
  chars: string;
  /** Only where DuBao's Mandarin reading is this (行 xíng; 行 háng "firm" is another word). */
  mandarin?: string;
  colloquial: readonly string[];
  literary: readonly string[];
  /**
   * true: in standard written Chinese, as a word alone, the literary reading (命喪火海, 奉…之命 ming6), where to-jyutping's
   * default is the colloquial one. Inside longer words no pair is settled this way: their set words split both ways
   * (救命, 算命, 短命 meng6 beside 使命 ming6; 叫醒, 酒醒 seng2 beside 喚醒 sing2; 水井, 油井 zeng2 beside 市井 zing2), and
   * to-jyutping's table does not list the words that keep its default reading, so "not in its lexicon" tells nothing.
   */
  literaryAlone?: boolean;
  why: string;
}

export const REGISTER_PAIRS: readonly RegisterPair[] = [
  { chars: '行', mandarin: 'xíng', colloquial: ['haang4'], literary: ['hang4'], why: 'walk haang4 (行幾步, 佢行咗去) / go, conduct hang4 (行事, 出行)' },
  { chars: '平', colloquial: ['peng4'], literary: ['ping4'], why: 'cheap peng4 (平到笑, 平成一半) / level, peace ping4 (平等, 平安)' },
  { chars: '生', colloquial: ['saang1'], literary: ['sang1'], why: 'raw, give birth, Mr saang1 (生咗個仔, 陳生) / life, arise sang1 (生活, 發生)' },
  { chars: '听聽', colloquial: ['teng1'], literary: ['ting1'], why: 'hear, listen teng1 (聽唔到) / ting1 in set words (聽取, 聽證)' },
  { chars: '轻輕', colloquial: ['heng1'], literary: ['hing1'], why: 'light heng1 (好輕) / hing1 in set words (輕微, 年輕)' },
  { chars: '颈頸', colloquial: ['geng2'], literary: ['ging2'], why: 'neck geng2 (條頸) / ging2 in set words (頸椎)' },
  { chars: '命', literaryAlone: true, colloquial: ['meng6'], literary: ['ming6'], why: 'life, fate meng6 (條命, 好命) / order, fate ming6 (命令, 生命)' },
  { chars: '名', colloquial: ['meng2'], literary: ['ming4'], why: 'a name meng2 (個名, 改名) / ming4 in set words (名單, 著名)' },
  { chars: '醒', colloquial: ['seng2'], literary: ['sing2'], why: 'wake seng2 (瞓醒) / sing2 in set words (提醒, 覺醒)' },
  { chars: '饼餅', colloquial: ['beng2'], literary: ['bing2'], why: 'cake, biscuit beng2 / bing2 in set words' },
  { chars: '镜鏡', colloquial: ['geng3'], literary: ['ging3', 'geng3'], why: 'mirror geng3 (照鏡) / ging3 in set words' },
  { chars: '腥', colloquial: ['seng1'], literary: ['sing1'], why: 'fishy seng1 (好腥) / sing1 in set words (血腥)' },
  { chars: '井', colloquial: ['zeng2'], literary: ['zing2'], why: 'a well zeng2 (古井) / zing2 in set words (井然, 市井)' },
  { chars: '青', colloquial: ['ceng1'], literary: ['cing1'], why: 'green ceng1 (青色) / cing1 in set words (青年, 青少年)' },
  { chars: '声聲', colloquial: ['seng1'], literary: ['sing1'], why: 'a voice, a sound seng1 (把聲, 好大聲) / sing1 in set words (聲明, 聲音)' },
  { chars: '争爭', colloquial: ['zaang1'], literary: ['zang1'], why: 'owe, fall short, scramble zaang1 (爭人錢, 爭少少, 爭住去) / contend zang1 in set words (爭取, 競爭)' },
  // Nouns that change tone when spoken alone (變調): 間房, 入房 fong2, 食糖 tong2; in words 房屋, 糖尿病 the fourth tone.
  { chars: '房', colloquial: ['fong2'], literary: ['fong4'], why: 'a room, spoken alone fong2 (入房, 間房) / fong4 in words (房屋, 病房)' },
  { chars: '糖', colloquial: ['tong2'], literary: ['tong4'], why: 'sweets, sugar spoken alone tong2 (食糖, 粒糖) / tong4 in words (糖尿病, 砂糖)' },
  { chars: '星', colloquial: ['seng1', 'sing1'], literary: ['sing1'], why: 'a star seng1 (粒星) / sing1 in set words (星期, 衞星)' },
];

export type PairIndex = Map<string, RegisterPair>;

export function buildPairIndex(pairs: readonly RegisterPair[] = REGISTER_PAIRS): PairIndex {
  const index = new Map<string, RegisterPair>();
  for (const p of pairs) {
    const entry = p.mandarin ? { ...p, mandarin: p.mandarin.normalize('NFC') } : p;
    for (const ch of Array.from(p.chars)) index.set(ch, entry);
  }
  return index;
}

/** Where a pair character stands. */
export interface RegisterPlace {
  /** DuBao's Mandarin reading of it (NFC), null where none. */
  mandarin: string | null;
  /** The unit is written Cantonese. */
  colloquial: boolean;
  /** The character is a Mandarin word alone. */
  alone: boolean;
  /** Whether to-jyutping reads it inside a word of its lexicon that DuBao keeps (asked only where it matters: it reads again). */
  inLexiconWord: () => boolean;
  /** The sense table has a row for it here (one that does not look at the context). */
  senseRow: boolean;
}

/** The readings the register gives the character here (the usual one first), or null: the register says nothing. */
export function pickRegisterReadings(pair: RegisterPair | undefined, at: RegisterPlace): readonly string[] | null {
  if (!pair || (pair.mandarin !== undefined && pair.mandarin !== at.mandarin)) return null;
  const readings =
    at.colloquial && at.alone
      ? pair.colloquial
      : // The sense table's Mandarin-led rows already speak for written Chinese: the literary side fills in where it has none.
        !at.colloquial && !at.senseRow && at.alone && pair.literaryAlone
        ? pair.literary
        : null;
  return readings && !at.inLexiconWord() ? readings : null;
}
