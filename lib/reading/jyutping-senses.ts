/**
 * The Jyutping sense table: characters whose Mandarin reading already tells the sense, and the
 * Cantonese readings of that sense. DuBao reads the Mandarin word in context first (word list,
 * context rules, names), so its pinyin is the best witness of which word a character belongs to;
 * to-jyutping alone picks by its own longest-match lexicon and can land on another sense
 * (重塑 read as 重 "heavy" cung5, where 重塑 is 重 "again" chóng → cung4).
 *
 * Each entry: the characters (simplified and traditional forms), the Mandarin reading (tone-marked,
 * as lib/reading produces it), and the Cantonese readings that sense may take, the usual one first.
 * Only characters whose Cantonese readings split the same way as their Mandarin ones are here: where
 * both Mandarin readings share one Cantonese reading (还 huán/hái → waan4, 得 dé/de → dak1) or the
 * Cantonese split is literary/colloquial (生 sang1/saang1, 行 hang4/haang4) the table stays out of it.
 */

import { surnameLengthAt } from '../understand/surnames';

export interface JyutpingSense {
  /** The character in each script form it is written in. */
  chars: string;
  /** The Mandarin reading that picks this sense (tone-marked pinyin, one syllable); absent: any. */
  mandarin?: string;
  /** Only right after one of these (a numeral before a measure word); absent: anywhere. */
  after?: string;
  /** Only right before one of these; absent: anywhere. */
  next?: string;
  /** Not right after one of these. */
  unlessAfter?: string;
  /** Not right before one of these. */
  unlessNext?: string;
  /** true: only inside a Mandarin word of two or more characters; false: only as a word alone. */
  inWord?: boolean;
  /** Only where the character begins its Mandarin word (会|否, 会不会; not 社会|不). */
  wordStart?: boolean;
  /** true: only where the character before ends a Mandarin word of two or more characters (今晚|会, not 晚会). */
  afterWordEnd?: boolean;
  /** Only where the clause before it (since the last punctuation) holds one of these words. */
  clauseHas?: readonly string[];
  /** true: only beginning its clause (nothing but punctuation before it since the last one). */
  clauseStart?: boolean;
  /** Only where the rest of its clause (up to the next punctuation) ends with one of these. */
  clauseEndsWith?: string;
  /** true: only in a clause written in Cantonese (it holds 嘅 咗 啲 佢 唔 喺 …), where Mandarin's words mislead. */
  colloquial?: boolean;
  /**
   * true: only closing a three-character personal name: a surname and one given character before it, the
   * character no part of a Mandarin word with the one before (黃先生, 醫生 are words), and a name's end after
   * it (punctuation, 及, 和, 等, a verb of saying).
   */
  givenNameEnd?: boolean;
  /** true: only closing a sentence or clause (before punctuation or the end of the text): a sentence-final particle. */
  final?: boolean;
  /** Only where the clause before the character ends with this pattern (anchored with $). */
  clauseMatches?: RegExp;
  /** Only where the rest of its clause (after the character) begins with this pattern (anchored with ^). */
  restMatches?: RegExp;
  /** The Cantonese readings of the sense, the usual one first. */
  cantonese: readonly string[];
  why: string;
}

/**
 * A garment after 著 "wear", at most a colour or a cut before it: 白衫, 黑色外套, 粉红色制服, 深色长裤.
 */
const CLOTHES =
  /^(?:[^\p{P}\s]{0,3}色|[深浅淺黑白红紅蓝藍绿綠黄黃灰紫粉啡橙金银銀长長短]{1,2})?(?:衫|衣|裙|裤|褲|制服|西装|西裝|外套|背心|校服|便服|便装|便裝|恤|T恤|鞋|波鞋|褛|褸|雨衣|袍|套装|套裝|装束|裝束)/u;

/**
 * What lies underground after 地下 (地下停车场, 地下铁, 地下水, 地下通道): there 下 is "below" haa6, where
 * Hong Kong's 地下 alone is the ground floor haa2 (住在地下, 商场地下大堂).
 */
const UNDERGROUND =
  /^(?:停车场|停車場|车站|車站|铁|鐵|水|室|通道|隧道|管|组织|組織|钱庄|錢莊|赌场|賭場|河|核|宫|宮|街|商场|商場|排水|蓄水|储水|儲水|空间|空間|化|情|党|黨|教会|教會|电台|電台|工程)/u;

/** Adjectives a comparison's copula 为 comes before (较去年为高). */
const COMPARED = '高低多少佳宜妙大小重快慢好优優强強差远遠近早晚长長短深浅淺严嚴广廣先';

/** Numerals and demonstratives a measure word follows. */
const MEASURED = '0123456789０１２３４５６７８９一二两兩三四五六七八九十百千万萬几幾每这這那哪半数數多';

export const JYUTPING_SENSES: readonly JyutpingSense[] = [
  // Written Cantonese's "still" (older spelling of 仲) before a verb, a negation or an aspect: 重未, 重有, 重係, 重唔
  // zung6, where Mandarin readers give the lone 重 zhòng "heavy" (cung5). Only in a unit written in Cantonese and
  // as a word alone: 重要, 尊重 are words; 好重, 重过 "heavy" are followed by none of these.
  { chars: '重', colloquial: true, inWord: false, next: '係系有未要唔喺会會想可话話记記得', cantonese: ['zung6'], why: '"still" before a verb in written Cantonese: 重未食, 重有, 重係, 重唔肯 zung6 (好重 "heavy" cung5)' },
  { chars: '重', mandarin: 'chóng', cantonese: ['cung4'], why: 'again, anew: 重新, 重塑, 重建, 重复' },
  // to-jyutping reads 重 "heavy" cung5 in every 重X word; before an illness, a wound, a penalty or a
  // crime it is the degree "serious, severe", zung6 as dictionaries of record give it (the weight
  // stays cung5: 重量, 重型, 体重, 好重).
  { chars: '重', mandarin: 'zhòng', next: '病伤傷创創罚罰判案犯击擊刑灾災症', cantonese: ['zung6'], why: 'serious, severe: 重病, 重伤, 重创, 重罚, 重判, 重案组 zung6 (weight: 重量, 重型 cung5)' },
  // A lone 重 before a verb is "again, re-" (小规模重推租置, 重开, 重启, 重返): Mandarin readers who lack the
  // word read zhòng; "heavy" does not stand alone before these verbs.
  { chars: '重', mandarin: 'zhòng', inWord: false, next: '推启啟返开開申整组組选選投回现現温溫办辦考订訂修设設审審置聚游遊拾掌踏演播映写寫印售议議燃见見获獲派遇', cantonese: ['cung4'], why: 're-, again before a verb: 重推, 重开, 重启, 重返 cung4 (重量, 重型 cung5)' },
  { chars: '重', mandarin: 'zhòng', cantonese: ['zung6', 'cung5'], why: 'heavy, important: 重要 zung6, 重量 cung5; never the cung4 of "again"' },
  // 一路行一路讲 "walking along while talking": the spoken 一路X一路Y "while", whatever word a segmenter makes of 一路行.
  { chars: '行', after: '路', clauseMatches: /一路$/u, restMatches: /^一路/u, cantonese: ['haang4'], why: 'walk, in 一路行一路… "while walking": haang4' },
  // Walking a distance: a lone 行 before a count of steps, minutes, stops (行多几步, 行几分钟就到, 行两个圈) is the spoken
  // "walk" haang4 in either register; Mandarin readers' lone xíng gives the written hang4. (步行十分钟 is a word: hang4.)
  { chars: '行', inWord: false, restMatches: /^多?(?:[一二两兩三四五六七八九十半几幾]|\d)+[个個条條段]?(?:步|分钟|分鐘|个钟|個鐘|钟头|鐘頭|段路|街|站|圈|公里|米)/u, cantonese: ['haang4'], why: 'walk a distance: 行多几步, 行几分钟就到 haang4 (步行十分钟 hang4)' },
  // Mandarin readers, who have no 嗰, read 嗰行 as the verb xíng: after a Cantonese demonstrative it is a
  // line or a trade.
  { chars: '行', after: '嗰呢', cantonese: ['hong4'], why: 'a line or trade after a demonstrative: 嗰行, 呢行 hong4' },
  // 行 "a trip, a visit" closes a name of its journey (中国行, 访华行, 北京之行, 此行): hang4 like "go"
  // (to-jyutping and Mandarin readers' lone xíng give the colloquial "walk" haang4: 行山, 行路 stay).
  // 人行天桥, 人行路, 人行隧道 "pedestrian": Mandarin readers take 人行 "the People's Bank" (háng).
  { chars: '行', after: '人', next: '天隧路道横橫', cantonese: ['hang4'], why: 'pedestrian: 人行天桥, 人行路, 人行隧道 hang4 (not the hong4 of a bank)' },
  // 行 before 至, 经, 驶 is "travel" (车行至红庙, 行经): Mandarin readers take 车行 "a car dealer".
  { chars: '行', next: '至经經驶駛', cantonese: ['hang4'], why: 'travel: 行至, 行经 hang4 (车行至 is not the dealer hong4)' },
  // A bus or a driver 改行 / 绕行 a road, a tunnel or a bridge: "travel" hang4, where Mandarin readers take 改行
  // "change one's trade" (háng). The trade takes what one does next (改行做厨师), no road.
  { chars: '行', after: '改绕繞', restMatches: /^[^\p{P}\s]{0,6}(?:隧|路|道|桥|橋|线|線|站|街)/u, cantonese: ['hang4'], why: 'travel a route after 改, 绕: 巴士改行西隧, 绕行大埔道 hang4 (改行做厨师 "change trade" hong4)' },
  { chars: '行', mandarin: 'xíng', after: '此之', cantonese: ['hang4'], why: 'the trip: 此行, 北京之行 hang4 (not the colloquial walk haang4)' },
  { chars: '行', mandarin: 'xíng', inWord: false, after: '国國洲京华華美日韩韓台臺港澳欧歐亚亞英法德俄泰越州省岛島湾灣东東', final: true, cantonese: ['hang4'], why: 'the trip closing a title after a place: 「中国行」, 访华行 hang4 (香港行山 "walk" haang4)' },
  // A firm or shop (银行, 药行, 车行, 电器行) is hong4 as dictionaries of record give it; the changed
  // tone hong2 that to-jyutping has for some shop words (药行, 车行, 洋行) is a spoken variant.
  { chars: '行', mandarin: 'háng', cantonese: ['hong4', 'hong6'], why: 'firm, trade, row: 银行, 行业, 行长, 会计师行, 药行 hong4 (the spoken hong2 is not the reading of record)' },
  // The colloquial "walk" haang4 that to-jyutping gives a lone 行 belongs to spoken words: before a place or
  // a direction (行路, 行山, 行街, 行上行落, 行开) or in a clause written in Cantonese. Elsewhere a lone 行 read
  // xíng is the written hang4 (行事, 出行, 发行, 步行): to-jyutping's haang4 is dropped there.
  { chars: '行', mandarin: 'xíng', next: '路山街开開埋近咗过過吓下嚟去上落入出返番紧緊住先到', cantonese: ['haang4', 'hang4'], why: 'walk before a place or direction: 行路, 行山, 行街, 行上行落 haang4' },
  { chars: '行', mandarin: 'xíng', inWord: false, colloquial: true, cantonese: ['haang4', 'hang4', 'hang6'], why: 'walk in a Cantonese clause: 佢行咗去 haang4' },
  { chars: '行', mandarin: 'xíng', cantonese: ['hang4', 'hang6'], why: 'go, do, conduct: 行人, 进行, 行政, 行事, 出行, 发行 hang4; 品行, 罪行 hang6 (not the spoken walk haang4)' },
  // A lone 长 before 出 is "grow" (树上长出新芽, 长出一个瘤); Mandarin readers give the lone 长 cháng.
  // 長得 + how one grows or looks (長得好高, 長得像媽媽): "grow" zoeng2; Mandarin readers may give cháng, "long" (長得多 stays).
  { chars: '长長', next: '得', restMatches: /^得(?:好|很|太|咁|幾|几|真|非常|十分|越來越|越来越)?(?:高|大|快|壯|壮|肥|靚|靓|好|像|似|帥|帅|漂亮|可愛|可爱|美|醜|丑|矮|細|细)/u, cantonese: ['zoeng2'], why: 'grow, look: 長得好高, 長得像 zoeng2 (長得多 "much longer" coeng4)' },
  { chars: '长長', next: '出', cantonese: ['zoeng2'], why: 'grow, before 出: 长出新芽 zoeng2 (not "long" coeng4)' },
  // 平 is the spoken "cheap" peng4 only as a word alone (好平, 平过便利店); inside a longer Mandarin word (和平,
  // 水平, 平台, a given name 近平, 国平) it is ping4, where to-jyutping reads a word its lexicon lacks as "cheap".
  // "Cheaper by as much as": 平 before 成 and an amount (平成一半, 平成半人工, 平成十万) is "cheap" peng4, whatever word
  // to-jyutping's lexicon makes of 平成 (the Japanese era, 平成三十年, has 年 after the numeral, not an amount).
  // 平價, 平貨, 平賣, 平租: "cheap" peng4 as Hong Kong says it (平價超市), where Mandarin's word 平价 would make it the ping4 of
  // "level" inside a word.
  { chars: '平', next: '价價货貨卖賣租', cantonese: ['peng4'], why: 'cheap before price, goods, sale, rent: 平價, 平貨, 平賣 peng4 (平衡, 平台 ping4)' },
  { chars: '平', restMatches: /^成(?:一)?半|^成[一二两兩三四五六七八九十百千万萬几幾\d]+(?:[%％成倍万萬千蚊元]|个|個)/u, cantonese: ['peng4'], why: 'cheaper by an amount: 平成一半, 平成半人工 peng4 (平成三十年, the era, ping4)' },
  { chars: '平', inWord: true, cantonese: ['ping4'], why: 'level, peace inside a word, and in names: 水平, 平台, 习近平 ping4 (好平 "cheap" peng4)' },
  // A lone 平 is ping4 too (a given name the segmenter leaves in pieces: 张建|平, 李国|平; 平 "level" in written
  // Chinese), except the spoken "cheap" after a degree word or a negation, or before a comparison or an aspect.
  { chars: '平', inWord: false, unlessAfter: '好咁幾几超更最太夠够賣卖極极唔钱錢又得', unlessNext: '過过啲咗嘢晒价價靚靓', cantonese: ['ping4'], why: 'a given name or "level" as a word alone: 李国平, 张建平 ping4 (好平, 咁平, 平过 "cheap" peng4)' },
  // Hong Kong's bus captain 車長 (the word table's row), where the Mandarin cut joins 長 to what follows (車|長話): 長 after
  // 車 is the head zoeng2 unless a length follows (這款車長度).
  { chars: '长長', after: '车車', restMatches: /^(?![\d０-９一二两兩三四五六七八九十半度]|$)/u, cantonese: ['zoeng2'], why: 'the bus captain: 車長話, 車長即時停車 zoeng2 (車長度 "length" coeng4)' },
  { chars: '长長', mandarin: 'cháng', cantonese: ['coeng4'], why: 'long: 长远, 长期, 长鼻' },
  { chars: '长長', mandarin: 'zhǎng', cantonese: ['zoeng2'], why: 'grow; head of: 成长, 局长, 校长, 行政长官' },
  { chars: '乐樂', mandarin: 'yuè', cantonese: ['ngok6'], why: 'music: 音乐, 乐队, 乐团' },
  { chars: '乐樂', mandarin: 'lè', cantonese: ['lok6'], why: 'joy: 快乐, 乐观, 乐见' },
  { chars: '乐樂', mandarin: 'yào', cantonese: ['ngaau6'], why: 'to delight in: 知者乐水' },
  { chars: '调調', mandarin: 'diào', cantonese: ['diu6'], why: 'transfer, tune, survey: 调查, 调动, 声调' },
  { chars: '调調', mandarin: 'tiáo', cantonese: ['tiu4'], why: 'adjust, mediate: 调整, 调解, 协调' },
  // 返 "return" is faan1 (返工, 返屋企, 重返); to-jyutping's lone default is faan2, which no word of its lexicon but one has.
  // A business taken over for a price (以70萬頂西環茶記, 百萬頂手): 頂 "take over" ding2 after the amount, where to-jyutping's
  // lexicon word 萬頂 is "ten thousand (hats)", the measure word deng2 (一頂帽 keeps it: a hat or a tent follows).
  { chars: '顶頂', after: MEASURED, next: '帽帳帐篷轎轿', cantonese: ['deng2'], why: 'the measure word for hats and tents after a numeral: 一頂帽, 一萬頂帳篷 deng2' },
  { chars: '顶頂', after: '萬万', unlessNext: '帽帳帐篷轎轿', cantonese: ['ding2'], why: 'take over for a price after an amount: 70萬頂西環茶記 ding2 (萬頂帳篷 deng2)' },
  { chars: '返', cantonese: ['faan1'], why: 'return: 返工, 返咗屋企, 重返 faan1 (to-jyutping reads it alone faan2)' },
  { chars: '便', mandarin: 'biàn', cantonese: ['bin6'], why: 'convenient; then: 方便, 便可' },
  { chars: '便', mandarin: 'pián', cantonese: ['pin4'], why: 'cheap: 便宜' },
  { chars: '处處', mandarin: 'chù', cantonese: ['cyu3'], why: 'place, office: 统计处, 好处, 处长' },
  { chars: '处處', mandarin: 'chǔ', cantonese: ['cyu5'], why: 'handle, be placed: 处理, 处于, 相处' },
  // Mandarin readers give wèi to the copula 为 "is" after a quantity (最多为约1.1万, 分别为甲和乙):
  // after these it states what a number or a list is, never whom something is for.
  { chars: '为為', after: '别別约約率额額均', cantonese: ['wai4'], why: 'the copula after a quantity: 分别为, 约为, 比率为, 均为 wai4' },
  // 最多为, 大多为, 最少为 "at most / mostly is" before a noun too (投诉最多为噪音, 大多为长者): the copula wai4; 为了
  // is its own word.
  { chars: '为為', clauseMatches: /(?:最|大)[多少]$/u, unlessNext: '了', cantonese: ['wai4'], why: 'the copula after 最多, 大多, 最少: 投诉最多为噪音, 大多为长者 wai4' },
  { chars: '为為', after: '多少', next: '0123456789０１２３４５６７８９约約近逾一二两兩三四五六七八九十百千万萬', cantonese: ['wai4'], why: 'the copula before a number: 最多为约1.1万, 最少为3人 wai4 (多为了 stays wèi)' },
  // 为止 "until" closes 到/至…为止; elsewhere 为 before 止 is "in order to" (负责人为止蚀), which Mandarin
  // readers, taking 为止 as their word, read wéi.
  { chars: '为為', next: '止', clauseHas: ['到', '至', '迄', '截'], cantonese: ['wai4'], why: 'until, in 到…为止, 至今为止 wai4' },
  { chars: '为為', next: '止', cantonese: ['wai6'], why: '"in order to" before 止 without 到/至 before it: 为止蚀, 为止血 wai6' },
  // 为 before one adjective that closes its clause is the copula of a comparison (较去年为高, 以大局为重,
  // 以本地生为多): wai4, where Mandarin readers give wèi "for" when no word holds it.
  { chars: '为為', next: COMPARED, restMatches: new RegExp(`^[${COMPARED}]$`, 'u'), cantonese: ['wai4'], why: 'the copula of a comparison before an adjective closing the clause: 较去年为高, 以大局为重 wai4' },
  // "Turn A into B" (转亏为盈, 化险为夷, 变废为宝): 为 "become" wai4, where Mandarin readers who lack the
  // idiom give wèi. Not after 而 (转而为市民 "instead, for the public" wai6).
  { chars: '为為', mandarin: 'wèi', clauseMatches: /[转轉化变變][^\p{P}\s而]$/u, cantonese: ['wai4'], why: 'become, in "turn A into B": 转亏为盈, 化险为夷 wai4 (转而为市民 wai6)' },
  // 為人 "as a person, in character" before how one is (為人正直, 為人好好, 為人處事): wai4, where Mandarin readers may take
  // 為|人 "for people" (wèi); 為人民服務 keeps wai6.
  { chars: '为為', next: '人', restMatches: /^人(?:好|正|老實|老实|忠|謙|谦|坦|隨和|随和|低調|低调|厚|和善|親切|亲切|豪爽|善良|處事|处事|如何|怎樣|怎样|處世|处世|師表|师表|父母|子女|妻|夫|母|父)/u, cantonese: ['wai4'], why: 'in character, as: 為人正直, 佢為人好好, 為人父母 wai4 (為人民服務 wai6)' },
  { chars: '为為', mandarin: 'wèi', cantonese: ['wai6'], why: 'for, because of: 为了, 因为' },
  { chars: '为為', mandarin: 'wéi', cantonese: ['wai4'], why: 'be, act as: 认为, 作为, 成为' },
  { chars: '传傳', mandarin: 'chuán', cantonese: ['cyun4'], why: 'pass on: 传统, 传播, 传媒' },
  { chars: '传傳', mandarin: 'zhuàn', cantonese: ['zyun6', 'zyun2'], why: 'biography, chronicle: 传记, 自传' },
  // Mandarin readers give 只 zhī in traditional text too (只屬), where it is always zhǐ "only": the
  // measure word is trusted only after a numeral or demonstrative.
  { chars: '只', mandarin: 'zhī', after: MEASURED, cantonese: ['zek3'], why: 'the measure word (simplified 只 for 隻): 一只猫, 这只' },
  { chars: '只', mandarin: 'zhǐ', cantonese: ['zi2'], why: 'only: 只有, 只是' },
  // Hong Kong news writes 著 "wear" before clothes (一名著白衫男子, 身著黑色外套, 著粉红色制服), which
  // Mandarin readers take as the particle zhe or the 著 of 名著 (zhù): before a garment, with at most a
  // colour or a cut between, it is zoek3. After a verb that takes the particle (朝着, 穿着, 随着) it stays.
  // Spoken "wear" takes an aspect before the garment (着咗件新衫, 着住对波鞋): zoek3; 着咗火, 着咗凉 "catch" have none.
  { chars: '着著', restMatches: /^[咗住返起埋][^\p{P}\s]{0,3}(?:衫|衣|裙|裤|褲|鞋|袜|襪|外套|制服|西装|西裝|褛|褸|校服|恤)/u, cantonese: ['zoek3'], why: 'wear, with an aspect before the garment: 着咗件新衫 zoek3 (着咗火 zoek6)' },
  { chars: '着著', unlessAfter: '穿朝向沿随隨接跟看望等拿带帶靠凭憑藉味表视視顺順', restMatches: CLOTHES, cantonese: ['zoek3'], why: 'wear, before a garment: 著白衫, 身著黑色外套, 著制服 zoek3 (朝着西面 stays the particle zoek6)' },
  // Mandarin readers cut 政府著手 as 政府著|手 and read the traditional 著 zhù ("write, notable": 著名, 著作,
  // 显著): 著 beginning its word before 手, 重, 力, 眼, 想 … is the zhuó/zháo of 著手, 著重, 著想, 著陆.
  { chars: '着著', mandarin: 'zhù', wordStart: true, next: '手重力眼想实實陆陸落迷急凉涼火', cantonese: ['zoek6'], why: 'set about, stress, land: 著手, 著重, 著力, 著想, 著陆 zoek6 (著名 zyu3; 显著|重要 stays)' },
  // Alone, 著 read zhù is Mandarin readers' slip for the particle (看著|白衫 read zhù): the particle or "wear"
  // (to-jyutping's pick of zoek6/zoek3 stays); zhù lives in words (著名, 著作, 显著).
  { chars: '着著', mandarin: 'zhù', inWord: false, cantonese: ['zoek6', 'zoek3'], why: 'a lone 著 read zhù is the particle: 看著 zoek6 (著名, 著作 zyu3)' },
  { chars: '着著', mandarin: 'zhù', cantonese: ['zyu3'], why: 'write; notable: 著名, 著作, 显著' },
  { chars: '着著', mandarin: 'zháo', cantonese: ['zoek6'], why: 'touch, reach: 睡着, 着火, 着急' },
  // 着装 "attire" is wearing (zoek3), as 着 before a garment is; 着手, 着力 "apply" are zoek6.
  { chars: '着著', next: '装裝', inWord: true, wordStart: true, cantonese: ['zoek3'], why: 'attire: 着装 zoek3 (看着|装修 is the particle)' },
  { chars: '着著', mandarin: 'zhuó', cantonese: ['zoek3', 'zoek6'], why: 'wear, apply: 着装, 着手, 着力' },
  { chars: '着著', mandarin: 'zhe', cantonese: ['zoek6'], why: 'the aspect particle: 举着, 存在着' },
  { chars: '数數', mandarin: 'shù', cantonese: ['sou3'], why: 'number: 数字, 数据, 人数' },
  { chars: '数數', mandarin: 'shǔ', cantonese: ['sou2'], why: 'count: 数一数, 数不清' },
  { chars: '数數', mandarin: 'shuò', cantonese: ['sok3'], why: 'frequently: 数见不鲜' },
  // "A good school" (好学校, 好学生): Mandarin readers take 好学 "studious" (hào) and cut 好学|校.
  { chars: '好', next: '学學', restMatches: /^[学學](?:校|生|府)/u, cantonese: ['hou2'], why: 'good before 学校, 学生: 好学校 hou2 (好学 "studious" hou3)' },
  { chars: '好', mandarin: 'hǎo', cantonese: ['hou2'], why: 'good: 好人, 最好' },
  { chars: '好', mandarin: 'hào', cantonese: ['hou3'], why: 'to like: 爱好, 好奇, 好客' },
  { chars: '看', mandarin: 'kān', cantonese: ['hon1'], why: 'look after: 看守, 看护' },
  { chars: '看', mandarin: 'kàn', cantonese: ['hon3'], why: 'see, read: 看见, 收看' },
  { chars: '和', mandarin: 'hé', cantonese: ['wo4'], why: 'and, peace: 和平, 政党和团体' },
  { chars: '和', mandarin: 'hè', cantonese: ['wo6'], why: 'join in: 附和, 唱和' },
  { chars: '和', mandarin: 'hú', cantonese: ['wu4'], why: 'win at mahjong: 和了' },
  // 種 "plant" before an aspect in written Cantonese (種咗, 種緊): zung3, where Mandarin readers give the noun zhǒng.
  { chars: '种種', next: '咗紧緊过過埋返番', cantonese: ['zung3'], why: 'plant before an aspect: 種咗好多花, 種緊菜 zung3 (呢種 "kind" zung2)' },
  { chars: '种種', mandarin: 'zhǒng', cantonese: ['zung2'], why: 'kind, seed: 种类, 各种' },
  { chars: '种種', mandarin: 'zhòng', cantonese: ['zung3'], why: 'to plant: 种植, 种树' },
  { chars: '省', mandarin: 'shěng', cantonese: ['saang2'], why: 'province; save: 省长, 节省' },
  { chars: '省', mandarin: 'xǐng', cantonese: ['sing2'], why: 'reflect, visit: 反省, 省亲' },
  // Leave of every kind names itself by what comes before 假 (放假, 请假, 年假, 病假, 大假): the holiday gaa3 whatever
  // Mandarin word a segmenter makes of it (放大|假 "enlarge" + a lone 假 read jiǎ). "False" 假 comes before its noun
  // (假文件, 假话), and the words that end in it after these (放假) are leave too.
  { chars: '假', after: '放请請休度渡暑寒年病产產婚丧喪事例侍长長大补補连連清攞行工', unlessNext: '话話冒装裝设設如钞鈔货貨币幣象名声聲文证證新', cantonese: ['gaa3'], why: 'leave after its kind or its verb: 放大假, 请假, 年假, 病假, 连假, 银行假, 劳工假 gaa3 (假文件, 假话 "false" gaa2)' },
  { chars: '假', mandarin: 'jiǎ', cantonese: ['gaa2'], why: 'false: 假设, 真假' },
  { chars: '假', mandarin: 'jià', cantonese: ['gaa3'], why: 'holiday: 假期, 放假' },
  { chars: '差', mandarin: 'chāi', cantonese: ['caai1'], why: 'errand, envoy: 出差, 交差, 差事' },
  { chars: '差', mandarin: 'cī', cantonese: ['ci1'], why: 'uneven: 参差' },
  { chars: '差', mandarin: 'chà', cantonese: ['caa1'], why: 'poor, short of: 差不多, 很差' },
  { chars: '差', mandarin: 'chā', cantonese: ['caa1'], why: 'difference: 差别, 误差' },
  // 参选 "stand for election": a segmenter may take 人参, 党参, 海参 before it (派人|参选, 无党|参选), reading shēn.
  { chars: '参參', next: '选選', cantonese: ['caam1'], why: 'stand for election: 参选 caam1, whatever word Mandarin readers join 参 to (人参, 党参)' },
  { chars: '参參', mandarin: 'cān', cantonese: ['caam1'], why: 'join, consult: 参加, 参与, 参观' },
  { chars: '参參', mandarin: 'shēn', cantonese: ['sam1'], why: 'ginseng: 人参, 海参' },
  { chars: '参參', mandarin: 'cēn', cantonese: ['cam1'], why: 'uneven: 参差' },
  { chars: '朝', mandarin: 'cháo', cantonese: ['ciu4'], why: 'dynasty, towards: 朝代, 朝向' },
  { chars: '朝', mandarin: 'zhāo', cantonese: ['ziu1'], why: 'morning: 朝气, 朝夕' },
  { chars: '降', mandarin: 'jiàng', cantonese: ['gong3'], why: 'fall, lower: 下降, 降落' },
  { chars: '降', mandarin: 'xiáng', cantonese: ['hong4'], why: 'surrender: 投降' },
  // Cantonese 瞓覺, 訓覺 "sleep" (and 瞓咗一覺, 瞓返個晏覺): 覺 gaau3, as in Mandarin 睡觉 jiào; Mandarin readers, who have no
  // 瞓, give jué "feel" (gok3).
  { chars: '觉覺', clauseMatches: /[瞓訓训睡](?:[咗过過返番埋吓下]|[唔得][着著]|唔到)?(?:[一两兩几幾][个個]?|[个個])?(?:好|大|晏|午)?$/u, cantonese: ['gaau3'], why: 'sleep after 瞓, 訓: 瞓覺, 訓覺, 瞓咗一覺, 瞓唔著覺 gaau3 (覺得 gok3)' },
  { chars: '觉覺', mandarin: 'jué', cantonese: ['gok3'], why: 'feel: 觉得, 感觉' },
  { chars: '觉覺', mandarin: 'jiào', cantonese: ['gaau3'], why: 'sleep: 睡觉' },
  // to-jyutping has the spoken si4 gaan3 for 时间 (and 中间 zung1 gaan3); dictionaries of record and
  // news readers say gaan1 wherever Mandarin reads jiān, keeping gaan3 for jiàn "gap" (间中, 间断).
  { chars: '间間', mandarin: 'jiān', cantonese: ['gaan1'], why: 'between, room, time: 期间, 空间, 时间 gaan1 (the spoken si4 gaan3 is not the reading of record)' },
  { chars: '间間', mandarin: 'jiàn', cantonese: ['gaan3'], why: 'gap, separate: 间接, 间谍, 离间' },
  // The surname before a title or a form of address (曾先生, 曾议员, 曾主席): Mandarin readers, seeing no given
  // name, read the adverb céng. The adverb comes before a verb (曾生活, 曾主持), not these nouns.
  // Hong Kong calls people by surname and a one-character title (曾生 "Mr Tsang", 曾太, 曾sir): the surname zang1 where the
  // title closes the name (punctuation, a verb of saying, a conjunction after it); 曾生活 "once lived" stays cang4.
  { chars: '曾', restMatches: /^(?:[生太]|[Ss][Ii][Rr])(?:$|[\p{P}\s及和同與与]|表示|話|话|指|稱|称|說|说|認為|认为|回應|回应|透露|強調|强调)/u, cantonese: ['zang1'], why: 'the surname before a one-character title closing the name: 曾太表示, 曾生話 zang1 (曾生活 "once lived" cang4)' },
  { chars: '曾', restMatches: /^(?:先生|小姐|女士|太太|议员|議員|局长|局長|司长|司長|主席|博士|医生|醫生|律师|律師|校长|校長|伯伯|婆婆)/u, cantonese: ['zang1'], why: 'the surname before a title: 曾先生, 曾议员 zang1 (曾生活 "once lived" cang4)' },
  { chars: '曾', mandarin: 'céng', cantonese: ['cang4'], why: 'once: 曾经' },
  { chars: '曾', mandarin: 'zēng', cantonese: ['zang1'], why: 'the surname and kin: 曾钰成, 曾孙' },
  // A photograph counted or taken (一张相, 影相, 晒相): 相 soeng2, whatever Mandarin readers make of it.
  // A photo after 個, 幅 (呢個相好靚, 個相影得好): soeng2, where nothing after it makes a word of it (個相信 …, 部相機).
  { chars: '相', after: '个個幅', afterWordEnd: false, restMatches: /^(?:$|[\p{P}\s]|[好幾几都係系嘅就影拍真咁又仲冇有唔])/u, cantonese: ['soeng2'], why: 'a photo after 個, 幅: 呢個相好靚 soeng2 (個相信你嘅人 soeng1)' },
  { chars: '相', after: '张張影晒曬', afterWordEnd: false, cantonese: ['soeng2'], why: 'a photograph after 张, 影, 晒: 张相, 影相 soeng2' },
  { chars: '相', mandarin: 'xiāng', cantonese: ['soeng1'], why: 'mutual: 相信, 互相, 相当' },
  { chars: '相', mandarin: 'xiàng', cantonese: ['soeng3', 'soeng2'], why: 'appearance, minister: 首相, 照相, 真相' },
  // 将 before a demonstrative or a pronoun is the object marker "take" (上门将该名男子拘捕, 将其送院),
  // whatever word Mandarin readers make of the characters before (上门|将 read as 门将 "goalkeeper").
  // A general of set phrases (大将之风) does not come before these.
  // 上门将 is "come to the door and take" (警员上门将他拘捕), never 上|门将: the goalkeeper (门将该场表现出色) stays.
  // 将领取 is "will receive" (将|领取), never the general 将领; 在…中将 "in …, take" (在发文中将矛头指向),
  // never the rank 中将.
  { chars: '将將', next: '领領', restMatches: /^[领領]取/u, cantonese: ['zoeng1'], why: 'will, before 领取: 将领取公屋 zoeng1 (the general 将领 zoeng3)' },
  { chars: '将將', after: '中', clauseHas: ['在', '於', '于'], unlessNext: '领領军軍士帅帥', cantonese: ['zoeng1'], why: 'the object marker after 在…中: 在发文中将矛头指向 zoeng1 (the rank 中将 zoeng3)' },
  { chars: '将將', after: '门門', clauseHas: ['上门', '上門'], cantonese: ['zoeng1'], why: 'the object marker after 上门: 上门将该名男子拘捕 zoeng1 (门将 "goalkeeper" zoeng3)' },
  { chars: '将將', next: '该該其此这這佢他她它', unlessAfter: '大主名猛武干幹门門', cantonese: ['zoeng1'], why: 'the object marker before a demonstrative or pronoun: 将该名男子, 将其, 将佢 zoeng1 (大将之风, 门将 zoeng3)' },
  { chars: '将將', mandarin: 'jiāng', cantonese: ['zoeng1'], why: 'will; take: 将来, 将资源' },
  { chars: '将將', mandarin: 'jiàng', cantonese: ['zoeng3'], why: 'general: 将军, 大将' },
  // 正當 "legitimate, proper" before what it qualifies (正當理由, 正當途徑, 不正當競爭) is dong3; Mandarin readers give the
  // dāng of 正當…之際 "just when", which comes before a subject and a time.
  { chars: '当當', after: '正', clauseMatches: /不正$/u, cantonese: ['dong3'], why: 'improper: 不正當 dong3' },
  { chars: '当當', after: '正', restMatches: /^(?:理由|途径|途徑|手段|权益|權益|行业|行業|职业|職業|防卫|防衞|防衛|用途|渠道|程序|性|的|嘅|化|竞争|競爭|商业|商業|利益|需要|要求|工作|生意|关系|關係|目的|权利|權利|交易|来源|來源)/u, cantonese: ['dong3'], why: 'legitimate before what it qualifies: 正當理由, 正當途徑 dong3 (正當他離開之際 "just when" dong1)' },
  { chars: '当當', mandarin: 'dāng', cantonese: ['dong1'], why: 'be, when, ought: 当然, 担当, 当时' },
  { chars: '当當', mandarin: 'dàng', cantonese: ['dong3'], why: 'proper, pawn, treat as: 恰当, 当铺, 上当' },
  // A work shift or night watch is gaang1 (夜更, 輪更, 打更, 值更, 通更): Mandarin readers take the lone 更 after 夜 as the
  // gèng "more" of 夜更深. Before an adjective or a verb it is still "more" (今夜更冷 gang3).
  { chars: '更', clauseMatches: /(?:返|做|开|開|转|轉|番|跟|揀|拣|捱|轮|輪)[夜早中晚]$/u, cantonese: ['gaang1'], why: 'a shift after working it: 返夜更, 做早更, 轉晚更 gaang1, whatever follows (返夜更好辛苦)' },
  { chars: '更', after: '夜轮輪打值通交换換接报報', unlessNext: '改正换換替迭加深冷长長多少好大高低快慢热熱凉涼难難易重远遠近早晚强強弱新为為是有会會能可显顯见見', cantonese: ['gaang1'], why: 'a shift, a watch: 返夜更, 輪更, 值更, 交更, 換更 gaang1 (今夜更冷 "more" gang3; 更改, 更換 gang1)' },
  { chars: '更', mandarin: 'gēng', cantonese: ['gang1', 'gaang1'], why: 'change; night watch: 更新 gang1, 打更 gaang1' },
  { chars: '更', mandarin: 'gèng', cantonese: ['gang3'], why: 'more: 更加, 更高' },
  { chars: '应應', mandarin: 'yīng', cantonese: ['jing1'], why: 'should: 应该, 应当' },
  { chars: '应應', mandarin: 'yìng', cantonese: ['jing3'], why: 'respond: 回应, 供应, 应对' },
  { chars: '少', mandarin: 'shǎo', cantonese: ['siu2'], why: 'few: 至少, 不少' },
  // "Young" inside a word, wherever it stands (少年, 少女, 青少年, 老少, 年少); a lone 少 read shào is the
  // Mandarin reader's slip for "few" (数目比去年少).
  { chars: '少', mandarin: 'shào', inWord: true, cantonese: ['siu3'], why: 'young, inside a word: 少年, 少女, 青少年, 男女老少' },
  { chars: '少', mandarin: 'shào', cantonese: ['siu2'], why: 'a lone 少 read shào is "few": 比去年少 siu2' },
  { chars: '分', mandarin: 'fēn', cantonese: ['fan1'], why: 'divide, minute, point: 分别, 百分点' },
  { chars: '分', mandarin: 'fèn', cantonese: ['fan6', 'fan2'], why: 'share, component: 成分, 过分 fan6; 身份 also san1 fan2 as spoken' },
  // Written Cantonese 中咗 "has hit, has won" (中咗奖, 中咗枪): Mandarin readers, who have no 咗, give zhōng.
  { chars: '中', next: '咗', cantonese: ['zung3'], why: 'hit, win before the perfective 咗: 中咗奖 zung3' },
  { chars: '中', mandarin: 'zhòng', cantonese: ['zung3'], why: 'hit the mark: 中毒, 中奖, 中选' },
  { chars: '中', mandarin: 'zhōng', cantonese: ['zung1'], why: 'middle: 中国, 其中' },
  { chars: '要', mandarin: 'yāo', cantonese: ['jiu1'], why: 'demand: 要求, 要挟' },
  { chars: '要', mandarin: 'yào', cantonese: ['jiu3'], why: 'want, must: 需要, 重要' },
  { chars: '正', mandarin: 'zhèng', cantonese: ['zing3', 'zeng3'], why: 'upright, just: 正确, 真正' },
  { chars: '正', mandarin: 'zhēng', cantonese: ['zing1'], why: 'the first month: 正月' },
  { chars: '兴興', mandarin: 'xīng', cantonese: ['hing1'], why: 'rise: 兴建, 复兴' },
  { chars: '兴興', mandarin: 'xìng', cantonese: ['hing3'], why: 'interest: 兴趣, 高兴' },
  { chars: '难難', mandarin: 'nán', cantonese: ['naan4'], why: 'difficult: 困难, 难以' },
  { chars: '难難', mandarin: 'nàn', cantonese: ['naan6'], why: 'disaster: 灾难, 遇难, 难民' },
  { chars: '供', mandarin: 'gōng', cantonese: ['gung1'], why: 'supply: 提供, 供应' },
  { chars: '供', mandarin: 'gòng', cantonese: ['gung3', 'gung1'], why: 'offer: 供奉 gung3; confess: 口供 gung1' },
  { chars: '度', mandarin: 'dù', cantonese: ['dou6'], why: 'degree, extent: 年度, 角度' },
  { chars: '度', mandarin: 'duó', cantonese: ['dok6'], why: 'estimate: 揣度, 忖度' },
  { chars: '说說', mandarin: 'shuì', cantonese: ['seoi3'], why: 'persuade: 游说' },
  { chars: '说說', mandarin: 'shuō', cantonese: ['syut3'], why: 'say: 说明, 解说' },
  // The modal "will" (wui5) is a word alone or after an adverb (不会, 将会, 会否); inside any other
  // word 会 is a meeting, a body or understanding (委员会, 会后, 机会, 体会), never wui5: to-jyutping's
  // greedy reading can land on wui5 there (房委會先 through 會先 "will first", 會後 by the lone 會).
  // A meeting one holds: 開完會, 開咗會, 開緊會 wui2 (the Mandarin cut 开|完|会 leaves a lone 会 that the modal rows read wui5).
  { chars: '会會', clauseMatches: /[開开](?:完|咗|緊|紧|過|过|埋|住|返)$/u, cantonese: ['wui2'], why: 'a meeting after 開 and an aspect: 開完會, 開緊會 wui2 (開完會 "will" never comes after 開完)' },
  { chars: '会會', mandarin: 'huì', next: '否不', wordStart: true, cantonese: ['wui5'], why: 'the modal before 否 or 不 (beginning its word): 会否, 会不会 wui5; not 社会|不公' },
  { chars: '会會', mandarin: 'huì', after: '不也就才还還只或将將亦仍定必应應能可更又却卻便常唔', cantonese: ['wui5'], why: 'the modal "will, can" after an adverb: 不会, 将会, 也会, 唔会 wui5' },
  // In written Cantonese 会话 is "will say" and 会同 "will, with": Mandarin readers take them as the words
  // 会话 "conversation", 会同 "jointly".
  { chars: '会會', colloquial: true, next: '话話同', cantonese: ['wui5'], why: 'the modal before 话 "say" or 同 "with" in a Cantonese clause: 伯母会话我 wui5' },
  { chars: '会會', mandarin: 'huì', inWord: true, unlessAfter: '不也就才还還都只或将將亦仍定必总總应應能可更又却卻便谁誰学學我你他她它', unlessNext: '否不', cantonese: ['wui6', 'wui2'], why: 'meeting, body inside a word: 委员会, 会后, 会议 wui6|wui2' },
  // A time word before a lone 会 (今晚|会, 明日|会, 到时|会) makes it the modal: the gathering 晚会, 年会 would be
  // one Mandarin word, so where the 晚 or 年 ends a longer word (今晚, 今年) the 会 after it is "will".
  { chars: '会會', mandarin: 'huì', inWord: false, afterWordEnd: true, after: '晚日早朝天年月时時', unlessNext: '上中后後前长長员員议議所场場址期(（。，、；：！？」』）)”’,.;:!?', cantonese: ['wui5'], why: 'the modal after a time word: 今晚|会去, 明日|会公布, 到时|会 wui5 (晚会, 年会 as words: the gathering)' },
  { chars: '会會', mandarin: 'huì', after: '委协協商工议議联聯峰晚酒舞茶例盛集', cantonese: ['wui2', 'wui6'], why: 'a body or gathering after the one-character word it is named by: 房委|会, 商|会, 晚|会 wui2|wui6' },
  // to-jyutping reads a lone simplified 会 wui6 (a lone 會 wui5): as a word alone, not after the
  // word that names a body nor before 上, 后, 长 …, Mandarin's 会 is the modal (将|会, 他|会|来).
  // A lone 会 closing its clause is a meeting or a body (…出席答问会。), never the modal, which a verb follows.
  { chars: '会會', mandarin: 'huì', next: '。，、；：！？」』）)”’,.;:!?', cantonese: ['wui2', 'wui6'], why: 'a meeting or body closing its clause: 出席答问会。 wui2|wui6' },
  { chars: '会會', mandarin: 'huì', inWord: false, unlessAfter: '本该該此我贵貴全入开開与與分总總商工协協议議委联聯峰晚酒舞茶例盛集大', unlessNext: '上中后後前长長员員议議所场場址期(（', cantonese: ['wui5'], why: 'the modal "will, can" as a word alone: 将会, 他会来 wui5' },
  { chars: '会會', mandarin: 'huì', cantonese: ['wui6', 'wui5', 'wui2'], why: 'meet, can: 社会 wui6, 会否 wui5, 工会 wui2' },
  { chars: '会會', mandarin: 'kuài', cantonese: ['wui6', 'kui2'], why: 'accounts: 会计 (wui6 gai3, also kui2)' },
  { chars: '藏', mandarin: 'cáng', cantonese: ['cong4'], why: 'hide: 隐藏, 收藏' },
  { chars: '藏', mandarin: 'zàng', cantonese: ['zong6'], why: 'store, Tibet: 宝藏, 西藏' },
  // The amount as the subject of a change (睇楼量回升, 成交量下跌 … 量增) is loeng6, whatever Mandarin
  // readers give it; the verb "measure" takes an object (量体温).
  { chars: '量', next: '回增减減跌升持达達约約仅僅较較创創录錄骤驟降急大再', cantonese: ['loeng6'], why: 'an amount before its change: 睇楼量回升, 成交量增 loeng6 (量体温 "measure" loeng4)' },
  // A lone 量 after a noun or verb closes a compound Mandarin readers do not hold (交投|量, 入场|量): the amount
  // loeng6. The verb "measure" takes its object or a verb ending after it (量体温, 量一下, 量咗血压) and stays.
  { chars: '量', inWord: false, clauseMatches: /\p{Script=Han}$/u, unlessAfter: '相商思估衡考酌测測丈打', unlessNext: '一体體血身腰尺度过過了咗吓下着著清准準', cantonese: ['loeng6'], why: 'the amount closing a compound: 交投|量, 入场|量 loeng6 (量体温, 量一下 "measure" loeng4)' },
  { chars: '量', mandarin: 'liáng', cantonese: ['loeng4'], why: 'measure: 测量, 商量' },
  { chars: '量', mandarin: 'liàng', cantonese: ['loeng6'], why: 'amount: 数量, 力量' },
  // Police and court news: a prisoner 解往, 解送, 解返 a court or a station is "escorted", jiè, gaai3.
  { chars: '解', next: '往送返', cantonese: ['gaai3'], why: 'escort: 被解往法院, 解送, 解返警署 gaai3 (解决 gaai2)' },
  { chars: '解', mandarin: 'jiě', cantonese: ['gaai2'], why: 'untie, explain: 解决, 了解' },
  { chars: '解', mandarin: 'jiè', cantonese: ['gaai3'], why: 'escort: 押解, 解送' },
  { chars: '解', mandarin: 'xiè', cantonese: ['haai6'], why: 'the surname: 解缙' },
  // Free time: 有空, 冇空, 得空 hung3 before the end of the clause or what one would do with it (有空再傾); Mandarin readers
  // give the lone 空 after 冇 kōng "empty". 有空位, 有空氣 are the empty hung1 (a word follows).
  { chars: '空', after: '有冇没沒得', restMatches: /^(?:$|[嘅先就時时再可會会去嚟来來同陪幫帮做睇食飲饮傾倾吖呀嗎吗])/u, cantonese: ['hung3'], why: 'free time: 你有冇空？ 得空再傾 hung3 (有空位, 空氣 hung1)' },
  { chars: '空', mandarin: 'kōng', cantonese: ['hung1'], why: 'empty, sky: 空间, 航空' },
  // Mandarin parts the vacant kòng (空位, 空缺, 空地, 空置) from the empty kōng; Cantonese does not: both are hung1, and
  // hung3 is free time only (空閒, 空檔, 抽空, 有空). So kòng tells the Cantonese reading only before or after those.
  { chars: '空', mandarin: 'kòng', next: '闲閒暇档檔', cantonese: ['hung3'], why: 'free time: 空閒, 空暇, 空檔 hung3' },
  { chars: '空', mandarin: 'kòng', after: '抽', cantonese: ['hung3'], why: 'make time: 抽空 hung3' },
  { chars: '空', mandarin: 'kòng', cantonese: ['hung1', 'hung3'], why: 'vacant: 空位, 空缺, 空地, 空置 hung1 as Cantonese says the empty (Mandarin kòng)' },
  // Cantonese keeps zoi2 for "year" alone (一年半载); "record" (记载, 刊载) is zoi3 like "carry", and
  // Mandarin readers give zǎi to 上载 "upload" too: to-jyutping's own pick between the two stays.
  // After a numeral 载 counts years (数十载, 三年五载, 千载难逢): zoi2, where to-jyutping reads the lone 载 zoi3.
  { chars: '载載', after: MEASURED.replace(/[这這那哪每多]/g, ''), cantonese: ['zoi2'], why: 'years after a numeral: 数十载, 三年五载, 十载 zoi2 (上载, 记载 zoi3)' },
  { chars: '载載', mandarin: 'zǎi', cantonese: ['zoi2', 'zoi3'], why: 'year zoi2: 一年半载; record zoi3: 记载, 刊载, 上载' },
  { chars: '载載', mandarin: 'zài', cantonese: ['zoi3'], why: 'carry, upload: 载客, 上载' },
  { chars: '强強', mandarin: 'qiáng', cantonese: ['koeng4'], why: 'strong: 加强, 强化' },
  { chars: '强強', mandarin: 'qiǎng', cantonese: ['koeng5'], why: 'force: 勉强, 强迫' },
  { chars: '强強', mandarin: 'jiàng', cantonese: ['goeng6'], why: 'stubborn: 倔强' },
  { chars: '冠', mandarin: 'guān', cantonese: ['gun1'], why: 'crown, cap: 新冠, 衣冠' },
  { chars: '冠', mandarin: 'guàn', cantonese: ['gun3'], why: 'champion, top: 冠军, 冠绝' },
  { chars: '卷', mandarin: 'juǎn', cantonese: ['gyun2'], why: 'roll up: 卷入, 席卷' },
  { chars: '卷', mandarin: 'juàn', cantonese: ['gyun2', 'gyun6'], why: 'volume, paper: 试卷, 问卷' },
  { chars: '乘', mandarin: 'chéng', cantonese: ['sing4'], why: 'ride, multiply: 乘客, 乘坐' },
  { chars: '乘', mandarin: 'shèng', cantonese: ['sing6'], why: 'chariot, chronicle: 千乘, 史乘' },
  { chars: '累', mandarin: 'lěi', cantonese: ['leoi5'], why: 'accumulate: 累积, 累计' },
  { chars: '累', mandarin: 'lèi', cantonese: ['leoi6'], why: 'tired; involve: 劳累, 连累' },
  { chars: '累', mandarin: 'léi', cantonese: ['leoi4'], why: 'burden: 累赘' },
  { chars: '属屬', mandarin: 'shǔ', cantonese: ['suk6'], why: 'belong: 属于, 家属' },
  { chars: '属屬', mandarin: 'zhǔ', cantonese: ['zuk1'], why: 'enjoin: 属意, 属望' },
  { chars: '系', mandarin: 'xì', cantonese: ['hai6'], why: 'system, department: 经济系, 系统' },
  { chars: '系', mandarin: 'jì', cantonese: ['gai3'], why: 'tie: 系鞋带' },
  { chars: '称稱', mandarin: 'chēng', cantonese: ['cing1'], why: 'call, state: 称为, 声称' },
  { chars: '称稱', mandarin: 'chèn', cantonese: ['cing3'], why: 'fit: 相称, 对称' },
  { chars: '担擔', mandarin: 'dān', cantonese: ['daam1'], why: 'carry, bear: 担心, 承担' },
  { chars: '担擔', mandarin: 'dàn', cantonese: ['daam3'], why: 'load: 重担, 扁担' },
  { chars: '王', mandarin: 'wàng', cantonese: ['wong6'], why: 'rule as king: 王天下' },
  { chars: '区區', mandarin: 'ōu', cantonese: ['au1'], why: 'the surname: 区家麟' },
  { chars: '区區', mandarin: 'qū', cantonese: ['keoi1'], why: 'district: 地区, 湾区' },
  { chars: '单單', mandarin: 'shàn', cantonese: ['sin6'], why: 'the surname: 单田芳' },
  { chars: '单單', mandarin: 'chán', cantonese: ['sim4'], why: 'the Xiongnu title: 单于' },
  { chars: '单單', mandarin: 'dān', cantonese: ['daan1'], why: 'single, sheet: 单位, 名单' },
  { chars: '任', mandarin: 'rén', cantonese: ['jam4'], why: 'the surname: 任志刚' },
  { chars: '任', mandarin: 'rèn', cantonese: ['jam6'], why: 'appoint, any: 出任, 信任' },
  { chars: '华華', mandarin: 'huà', cantonese: ['waa6'], why: 'the surname and the mountain: 华山, 华佗' },
  { chars: '华華', mandarin: 'huá', cantonese: ['waa4'], why: 'China, splendid: 中华, 华人' },
  { chars: '查', mandarin: 'zhā', cantonese: ['zaa1'], why: 'the surname: 查良镛' },
  { chars: '查', mandarin: 'chá', cantonese: ['caa4'], why: 'check: 调查, 翻查' },
  { chars: '恶惡', mandarin: 'è', cantonese: ['ok3'], why: 'evil: 恶劣, 凶恶' },
  { chars: '恶惡', mandarin: 'wù', cantonese: ['wu3'], why: 'loathe: 厌恶, 可恶' },
  { chars: '散', mandarin: 'sàn', cantonese: ['saan3'], why: 'disperse: 解散, 散步' },
  { chars: '散', mandarin: 'sǎn', cantonese: ['saan2'], why: 'loose: 松散, 散文' },
  { chars: '识識', mandarin: 'zhì', cantonese: ['zi3'], why: 'remember, mark: 标识, 博闻强识' },
  { chars: '识識', mandarin: 'shí', cantonese: ['sik1'], why: 'know: 意识, 认识' },
  { chars: '倒', mandarin: 'dǎo', cantonese: ['dou2'], why: 'fall: 倒闭, 颠倒, 打倒' },
  { chars: '倒', mandarin: 'dào', cantonese: ['dou3'], why: 'pour, reverse: 倒水, 倒退' },
  { chars: '弹彈', mandarin: 'tán', cantonese: ['taan4', 'daan6'], why: 'play, pluck, spring back: 弹琴 taan4, 反弹 daan6' },
  { chars: '弹彈', mandarin: 'dàn', cantonese: ['daan2', 'daan6'], why: 'bullet: 子弹, 导弹' },
  { chars: '与與', mandarin: 'yù', cantonese: ['jyu6'], why: 'take part: 参与' },
  { chars: '与與', mandarin: 'yǔ', cantonese: ['jyu5'], why: 'and, give: 与其, 给与' },
  { chars: '仇', mandarin: 'qiú', cantonese: ['kau4'], why: 'the surname: 仇英' },
  { chars: '仇', mandarin: 'chóu', cantonese: ['sau4'], why: 'hatred: 仇恨, 报仇' },
  { chars: '盛', mandarin: 'chéng', cantonese: ['sing4'], why: 'fill a vessel: 盛饭' },
  { chars: '盛', mandarin: 'shèng', cantonese: ['sing6'], why: 'flourishing: 盛大, 茂盛' },
  { chars: '率', mandarin: 'lǜ', cantonese: ['leot6', 'leot2'], why: 'rate: 比率, 效率' },
  { chars: '率', mandarin: 'shuài', cantonese: ['seot1'], why: 'lead, frank: 率领, 坦率' },
  { chars: '奇', mandarin: 'jī', cantonese: ['gei1'], why: 'odd number: 奇数' },
  { chars: '奇', mandarin: 'qí', cantonese: ['kei4'], why: 'strange: 奇怪, 好奇' },
  { chars: '校', mandarin: 'jiào', cantonese: ['gaau3'], why: 'check, collate: 校对, 校正' },
  { chars: '校', mandarin: 'xiào', cantonese: ['haau6'], why: 'school: 学校, 校长' },
  { chars: '几幾', mandarin: 'jī', cantonese: ['gei1'], why: 'almost; small table: 几乎, 茶几' },
  { chars: '几幾', mandarin: 'jǐ', cantonese: ['gei2'], why: 'how many: 几个, 几时' },
  { chars: '乾', mandarin: 'qián', cantonese: ['kin4'], why: 'heaven, the trigram: 乾坤, 乾隆' },
  { chars: '乾', mandarin: 'gān', cantonese: ['gon1'], why: 'dry (traditional 乾): 乾淨' },
  { chars: '干', mandarin: 'gàn', cantonese: ['gon3'], why: 'do (simplified 干 for 幹): 干部, 干活' },
  { chars: '干', mandarin: 'gān', cantonese: ['gon1'], why: 'dry, shield, concern: 干净, 干涉' },
  { chars: '创創', mandarin: 'chuāng', cantonese: ['cong1'], why: 'wound: 创伤, 重创' },
  { chars: '创創', mandarin: 'chuàng', cantonese: ['cong3'], why: 'create: 创新, 创业' },
  { chars: '冲衝', mandarin: 'chōng', cantonese: ['cung1'], why: 'rush, clash: 冲突, 冲击' },
  { chars: '冲衝', mandarin: 'chòng', cantonese: ['cung3'], why: 'forceful, facing: 冲着, 冲劲' },
  { chars: '尽盡', mandarin: 'jǐn', cantonese: ['zeon2'], why: 'as far as possible: 尽量, 尽快' },
  { chars: '尽盡', mandarin: 'jìn', cantonese: ['zeon6'], why: 'exhaust: 尽力, 无尽' },
  { chars: '宿', mandarin: 'xiǔ', cantonese: ['sau1'], why: 'a night: 一宿' },
  { chars: '宿', mandarin: 'xiù', cantonese: ['sau3'], why: 'constellation: 星宿' },
  { chars: '宿', mandarin: 'sù', cantonese: ['suk1'], why: 'lodge: 宿舍, 住宿' },
  // Mandarin readers give jū to the car itself at times (唔准泊車): the chess piece only beside the other pieces.
  { chars: '车車', mandarin: 'jū', next: '马馬炮', cantonese: ['geoi1'], why: 'the chess piece: 车马炮' },
  { chars: '车車', mandarin: 'jū', after: '马馬炮卒', cantonese: ['geoi1'], why: 'the chess piece: 马车炮' },
  { chars: '车車', mandarin: 'jū', cantonese: ['ce1'], why: 'a car wherever no chess piece stands beside it: 泊车, 上车' },
  { chars: '番', mandarin: 'pān', cantonese: ['pun1'], why: 'the place name: 番禺' },
  { chars: '合', mandarin: 'gě', cantonese: ['gap3'], why: 'the measure of grain: 一合米' },
  { chars: '亲親', mandarin: 'qìng', cantonese: ['can3'], why: 'in-laws: 亲家' },
  { chars: '露', mandarin: 'lòu', cantonese: ['lau6'], why: 'show (colloquial): 露面, 露马脚' },
  { chars: '露', mandarin: 'lù', cantonese: ['lou6'], why: 'dew, reveal: 披露, 透露' },
  { chars: '贾賈', mandarin: 'gǔ', cantonese: ['gu2'], why: 'merchant: 商贾' },
  { chars: '贾賈', mandarin: 'jiǎ', cantonese: ['gaa2'], why: 'the surname: 贾宝玉' },
  { chars: '尉', mandarin: 'yù', cantonese: ['wat1'], why: 'the compound surname: 尉迟' },
  { chars: '尉', mandarin: 'wèi', cantonese: ['wai3'], why: 'officer: 上尉' },
  { chars: '折', mandarin: 'shé', cantonese: ['sit6'], why: 'lose money, snap: 折本' },
  { chars: '吗嗎', mandarin: 'mǎ', cantonese: ['maa5'], why: 'morphine: 吗啡' },
  { chars: '吗嗎', mandarin: 'ma', cantonese: ['maa3'], why: 'the question particle' },
  { chars: '缪繆', mandarin: 'miào', cantonese: ['miu6'], why: 'the surname: 缪' },
  { chars: '缪繆', mandarin: 'móu', cantonese: ['mau4'], why: 'bind: 未雨绸缪' },
  { chars: '缪繆', mandarin: 'miù', cantonese: ['mau6'], why: 'error (for 谬): 纰缪' },
  { chars: '朴', mandarin: 'piáo', cantonese: ['piu4'], why: 'the Korean surname: 朴槿惠' },
  { chars: '朴樸', mandarin: 'pǔ', cantonese: ['pok3'], why: 'plain: 朴素, 简朴' },
  { chars: '殷', mandarin: 'yān', cantonese: ['jin1'], why: 'dark red: 殷红' },
  { chars: '殷', mandarin: 'yīn', cantonese: ['jan1'], why: 'ample, the dynasty: 殷切, 殷商' },
  { chars: '塞', mandarin: 'sài', cantonese: ['coi3'], why: 'frontier: 要塞, 边塞' },
  { chars: '塞', mandarin: 'sè', cantonese: ['sak1'], why: 'block: 堵塞, 闭塞' },
  { chars: '塞', mandarin: 'sāi', cantonese: ['sak1'], why: 'stuff, stopper: 塞车' },
  { chars: '鲜鮮', mandarin: 'xiān', cantonese: ['sin1'], why: 'fresh, new: 新鲜, 海鲜, 屡见不鲜' },
  { chars: '鲜鮮', mandarin: 'xiǎn', cantonese: ['sin2'], why: 'rarely: 鲜有, 鲜为人知' },
  // 画 huà: the picture is waa6 (waa2 when spoken alone: 一幅画), the verb "draw" waak6 (画画, 画图). A
  // compound the picture begins is a noun: waa6.
  { chars: '画畫', mandarin: 'huà', wordStart: true, inWord: true, next: '面家展作廊像册冊质質框', cantonese: ['waa6'], why: 'the picture beginning a noun: 画面, 画家, 画展, 画作 waa6 (not the verb waak6 of 画图, nor the spoken waa2)' },
  // A painting closing a noun (名画, 油画, 国画, 壁画, 漫画) is waa2 (waa6 as read out); the stroke or plan after
  // 计, 规, 策, 刻, 笔, 比 (计画, 规画, 笔画) is waak6.
  { chars: '画畫', mandarin: 'huà', inWord: true, wordStart: false, unlessAfter: '计計规規策刻笔筆比区區描', cantonese: ['waa2', 'waa6'], why: 'a painting closing a noun: 名画, 油画, 国画 waa2|waa6 (计画, 笔画 waak6)' },
  // Cantonese-only splits Mandarin does not show.
  // 斷 "decide, judge" is dyun3 (判斷 pun3 dyun3, 斷定); "break off" dyun6 / tyun5 (不斷, 中斷, 斷咗).
  // to-jyutping's lexicon reads the judging words dyun6 too (判斷, 推斷, 診斷): the verb before tells.
  { chars: '断斷', after: '判推诊診论論果武独獨决決臆', cantonese: ['dyun3'], why: 'decide, judge: 判断, 推断, 诊断, 果断 dyun3 (break off: 不断 dyun6)' },
  { chars: '断斷', next: '定言', cantonese: ['dyun3'], why: 'decide, judge: 断定, 断言 dyun3' },
  // 請 "please, ask" is cing2 (請問, 請用, 申請, 促請); only "invite, hire, treat" is colloquial ceng2
  // (請人, 請客, 請飲, 請假). to-jyutping reads the lone 請 ceng2, which news text rarely means.
  // After a Cantonese negation (唔请, 冇请) or before 够 "enough", 请 is hiring: "please" follows no negation.
  { chars: '请請', after: '唔冇', cantonese: ['ceng2'], why: 'hire, invite after a Cantonese negation: 可以唔请, 冇请人 ceng2' },
  // A lone 请 before the aspect (请咗人, 请过佢) is the spoken "hire, invite": "please" takes no aspect. (申请咗 is a word.)
  { chars: '请請', inWord: false, next: '咗过過紧緊埋返', cantonese: ['ceng2'], why: 'hire, invite before an aspect: 请咗个工人, 请过佢食饭 ceng2 (申请咗 cing2)' },
  // "Treat (someone) to" a meal, a drink, a show in written Cantonese (我請你食飯, 請大家飲茶, 請佢睇戲): ceng2; "please" opens
  // a request there too (請大家排隊, 請你唔好再嚟: cing2), so only what one is treated to tells.
  { chars: '请請', colloquial: true, inWord: false, restMatches: /^(?:[你我佢他她][哋们們]?|大家|成班[^\p{P}\s]{0,3}|全家|[一二两兩三四五六七八九十几幾]?[个個位班][^\p{P}\s]{0,3})?(?:食|饮|飲|睇戏|睇戲|睇电影|睇電影|唱)/u, cantonese: ['ceng2'], why: 'treat someone to a meal or a show in written Cantonese: 我請你食飯, 請大家飲茶 ceng2 (請大家排隊 "please" cing2)' },
  { chars: '请請', next: '够夠', cantonese: ['ceng2'], why: 'hire enough: 未请够医生 ceng2' },
  { chars: '请請', unlessNext: '人客飲饮食飯饭假坐帖枪槍個个', cantonese: ['cing2'], why: 'please, ask: 请问, 请用, 申请 cing2 (invite, hire: 请人, 请客, 请个保镖 ceng2)' },
  // Sentence-final particles of written Cantonese, by position. 啦 closing a clause that says something
  // has happened (咗, 已经, 晒) is the laa3 of a new state (食咗饭啦); else to-jyutping's laa1, urging
  // (快啲食啦), stays. 先啦 urges whatever came before.
  { chars: '啦', final: true, clauseHas: ['咗', '已經', '已经', '晒'], unlessAfter: '先', cantonese: ['laa3'], why: 'a new state at the end of a clause with 咗, 已经, 晒: 到咗啦 laa3 (urging 快啲食啦 laa1)' },
  // 呀嘛 closing a statement ("you know", 冇人會知呀嘛) is aa3 maa3: to-jyutping's lexicon word 呀嘛 aa6 maa5 is the
  // disbelief of 唔係呀嘛 "no way!", which keeps it.
  { chars: '呀', next: '嘛', unlessAfter: '係系', cantonese: ['aa3'], why: 'the statement particle before 嘛: 冇人會知呀嘛 aa3 (唔係呀嘛 keeps aa6)' },
  { chars: '嘛', after: '呀', clauseMatches: /(?<!唔[係系])呀$/u, cantonese: ['maa3'], why: '"you know" closing a statement after 呀: 冇人會知呀嘛 maa3 (唔係呀嘛 keeps maa5)' },
  // 喎 after a verb of saying in its clause reports what was said (佢話唔使返工喎) wo5; the wo3 of noticing stays elsewhere.
  { chars: '喎', final: true, clauseHas: ['話', '话', '聽講', '听讲', '聽聞', '听闻'], unlessAfter: '電电', cantonese: ['wo5'], why: 'reported speech in a clause with 話 "say": 佢話聽日唔使返工喎 wo5 (有落喎, 好靚喎 wo3)' },
  // 㗎 states how things are (gaa3); to-jyutping's lexicon word 㗎嘛 gives gaa1.
  { chars: '㗎', cantonese: ['gaa3', 'gaa4', 'gaa2'], why: 'the assertive particle: 落车㗎嘛, 唔准泊车㗎 gaa3' },
  // 咪 before 系/即/就/算/得: "then, isn't it" mai6 (咪系啰, 咪算啰); "don't" mai5 before a verb
  // (咪搞我); the microphone mai1 after a measure word (一支咪).
  { chars: '咪', clauseEndsWith: '囉啰咯', cantonese: ['mai6'], why: '"then just …" in 咪X啰: 你咪报啰, 咪照读啰 mai6' },
  { chars: '咪', next: '係系即就算得囉啰咯照又', cantonese: ['mai6'], why: '"then, just" before 系, 就, 照, 又: 咪系, 咪算啰, 咪照行 mai6 (咪搞我 "don\'t" mai5)' },
  { chars: '咪', after: '支枝把隻只', cantonese: ['mai1'], why: 'the microphone after a measure word: 拎支咪 mai1' },
  // The microphone after the verbs that handle it (嗌咪 "call over the PA", 揸咪, 搶咪) and in 咪高峰.
  { chars: '咪', after: '嗌拎攞揸抢搶派', cantonese: ['mai1'], why: 'the microphone after a verb handling it: 嗌咪, 揸咪, 搶咪 mai1' },
  { chars: '咪', next: '高', restMatches: /^高峰/u, cantonese: ['mai1'], why: 'the microphone: 咪高峰 mai1' },
  // The microphone after 个 too (個咪壞咗): a measure word's noun.
  { chars: '咪', after: '个個', cantonese: ['mai1'], why: 'the microphone after 個: 個咪 mai1' },
  // Elsewhere in written Cantonese, 咪 after its subject is "then, isn't it" mai6 (我咪明囉, 咁咪个个人都唔…, 八號風咪唔開檔);
  // "don't" mai5 opens its clause or follows 你 (咪郁！ 你咪当我傻). A numeral before it makes it a measure (metres).
  { chars: '咪', colloquial: true, clauseStart: false, unlessAfter: '你您' + MEASURED, cantonese: ['mai6'], why: '"then, isn\'t it" after a subject in written Cantonese: 我咪明囉, 咁咪 mai6 (咪郁, 你咪当我傻 "don\'t" mai5)' },
  // 呢 closing a clause is the question particle ne1 (点算呢？); before a measure word or a noun it is
  // the demonstrative "this" ni1 (nei1 beside it): 呢个, 呢度, 呢区.
  { chars: '呢', final: true, cantonese: ['ne1'], why: 'the particle closing a clause: 点算呢？ ne1' },
  { chars: '呢', final: false, cantonese: ['ni1'], why: 'the demonstrative "this": 呢个, 呢度, 呢区 ni1 (nei1 also heard; not the particle ne1)' },
  // 咁 before a verb or 样 is "in this way" gam2 (咁做, 咁样, 咁讲); before an adjective "so" gam3 (咁多, 咁好味).
  // 咁 opening a clause before a pronoun or 又/就/即 is "then, so" gam2 (咁你点算？ 咁又系); 咁多, 咁好 gam3.
  { chars: '咁', clauseStart: true, next: '你我佢又就即', cantonese: ['gam2'], why: '"then, so" opening a clause: 咁你点算, 咁又系嘅 gam2' },
  { chars: '咁', next: '做样樣讲講话話谂諗睇搞写寫回', cantonese: ['gam2'], why: '"in this way" before a verb or 样: 咁做, 咁样, 咁回应 gam2 (咁多 gam3)' },
  // 吓 after a verb is "a bit, try" haa5 (问吓, 试吓); alone opening a clause, "huh?" haa2.
  { chars: '吓', clauseStart: false, unlessNext: '亲親', cantonese: ['haa5'], why: '"a bit" after a verb: 想问吓, 试吓先 haa5 (吓？ haa2)' },
  // Rowing (划艇, 划船; Hong Kong writes 劃 too) is waa4; 划/劃 "scratch, mark" (划伤, 划分) is waak6.
  { chars: '划劃', next: '艇船桨槳', cantonese: ['waa4'], why: 'row a boat: 划艇, 劃船 waa4 (劃傷, 劃分 waak6)' },
  // 巿 (fú, a knee cover) stands in modern text only as a mistyped 市 (巿民, 巿場).
  { chars: '巿', cantonese: ['si5'], why: 'a mistyped 市: 巿民, 巿场' },
  // 上 in the spoken pair "up and down" (行上行落, 爬上爬落, 走上走落) is the verb soeng5; Mandarin readers
  // take 上行 "ascending" as their word.
  // 上 "go up, raise, submit" beginning a verb is soeng5 (上升, 上漲, 上載, 上訴, 上機): Mandarin has shàng for it and
  // for "above, last" soeng6 (網上, 上月), and to-jyutping's lexicon lacks these verbs, so its lone 上 gives soeng6.
  { chars: '上', inWord: true, wordStart: true, next: '升涨漲载載扬揚诉訴机機缴繳传傳瘾癮镜鏡榜线線架', cantonese: ['soeng5'], why: 'go up, raise, submit beginning a verb: 上升, 上漲, 上載, 上訴, 上機 soeng5 (上月, 網上 soeng6)' },
  { chars: '上', next: '行爬走跑搬跳', restMatches: /^.[落下]/u, cantonese: ['soeng5'], why: 'up in the pair up-and-down: 行上行落, 爬上爬落 soeng5 (not the soeng6 of 上行 "ascending")' },
  // 下 after a verb of trying, looking, asking is the spoken "a bit" (written for 吓) in a clause written in
  // Cantonese: 试下先, 等我睇下, 问下佢 haa5, where the clause ends or a particle, a pronoun or 有 follows;
  // 下车, 下文, 下一 stay haa6, and so does "under" in written Chinese (经法团追问下，才发现 haa6).
  { chars: '下', colloquial: true, after: '试試睇问問想谂諗倾傾玩听聽食饮飲学學坐望搵揾讲講等', restMatches: /^(?:$|[先啦吖呀啊喇嘞囉啰咯嘛佢你我有])/u, cantonese: ['haa5'], why: '"a bit" after a verb: 试下, 睇下, 问下佢 haa5 (下车, 下文 haa6)' },
  { chars: '下', after: '地', restMatches: UNDERGROUND, cantonese: ['haa6'], why: 'underground: 地下停车场, 地下铁, 地下通道 haa6 (the ground floor 地下大堂 haa2)' },
  // 轻 read alone in written Chinese (轻叹, 轻拍, 判得太轻) is the literary hing1 of news and set words
  // (年轻, 轻微, 轻伤); the colloquial heng1 "light" belongs to a clause written in Cantonese (好轻, 轻咗).
  // After the Cantonese degree words 好 "very", 咁, 几 the clause is spoken: 个袋好轻 heng1.
  { chars: '轻輕', inWord: false, colloquial: false, unlessAfter: '好咁几幾', cantonese: ['hing1'], why: 'light, lightly as a word alone in written Chinese: 轻叹, 轻拍, 判得太轻 hing1 (spoken: 个袋好轻, 好轻啊 heng1)' },
  // Cantonese 个女 "(one's) daughter" is neoi2 (我个女, 佢个女今年读小一), where the clause ends or a verb or
  // adverb follows; before a noun it is the literary neoi5 of 女人, 女仔, 女记者 (一个女仔, 个女记者).
  // After a possessor (我个女, 佢个女) 女 is the daughter whatever follows, unless it begins a noun of its own
  // (我个女朋友, 佢个女仔); after a numeral (一个女教师) the existing row below decides.
  { chars: '女', clauseMatches: /[我你佢他她哋][个個]$/u, unlessNext: '仔人士子朋友性童生', cantonese: ['neoi2'], why: 'daughter after a possessor and 个: 佢个女结咗婚 neoi2 (我个女朋友 neoi5)' },
  { chars: '女', after: '个個', restMatches: /^(?:$|[今好读讀喺系係都已仲又就会會要嫁出去返同冇有唔咗嘅啲])/u, cantonese: ['neoi2'], why: 'daughter after 个: 我个女, 佢个女今年 neoi2 (一个女仔, 个女记者 neoi5)' },
  // 舖/鋪 counted straight after a demonstrative or a numeral is "a round, a go" pou1 (呢舖, 搏一鋪); the shop
  // takes its own measure word (呢間舖) and is pou3. (Simplified 铺 is left alone: there it is mostly the verb pū.)
  // The shop's space and front (舖位, 舖頭, 舖面, 舖租): pou3, whatever comes before (呢個鋪位, 該鋪位); to-jyutping
  // reads the lone 鋪 as the verb "spread" pou1.
  // Hong Kong writes the shop 鋪 as often as 舖: after 商, 店, 街 it is the shop pou3 (to-jyutping reads the lone 鋪 "spread" pou1).
  { chars: '鋪', after: '商店街', cantonese: ['pou3'], why: 'a shop: 商鋪, 店鋪, 街鋪 pou3 (床鋪, 鋪路 pou1)' },
  { chars: '舖鋪', next: '位头頭面租', cantonese: ['pou3'], why: 'a shop: 舖位, 舖頭, 舖租 pou3 (鋪路 "spread" pou1)' },
  // Bedding (床舖, 被舖) and the verb "spread, lay" (舖路, 舖設, 舖墊, 舖滿) are pou1, the shop pou3: to-jyutping reads 舖 alone
  // as the shop.
  { chars: '舖鋪', after: '床被', cantonese: ['pou1'], why: 'bedding: 床舖, 被舖 pou1 (店舖 "shop" pou3)' },
  { chars: '舖鋪', next: '路设設垫墊满滿床排盖蓋陈陳砌', unlessAfter: '店商街士米金當当', cantonese: ['pou1'], why: 'spread, lay before what is laid: 舖路, 舖設, 舖墊, 舖滿 pou1 (舖位, 舖頭 "shop" pou3)' },
  { chars: '舖鋪', after: '呢嗰今一两兩三四五六七八九十几幾每', unlessNext: '位头頭面租', cantonese: ['pou1'], why: 'a round, a go after a demonstrative or numeral: 呢舖, 搏一铺 pou1 (呢间舖 "shop" pou3)' },
  // "Born in" (生于香港, 生於1950年): the literary sang1; to-jyutping reads the lone 生 as the spoken saang1.
  { chars: '生', next: '于於', cantonese: ['sang1'], why: 'born in: 生于香港 sang1' },
  // 生 closing a three-character given name (何潤生、, 袁健生及) is the literary sang1 names take; to-jyutping reads
  // the lone 生 as the spoken saang1 of 陳生 "Mr Chan", which has no given character.
  { chars: '生', givenNameEnd: true, cantonese: ['sang1'], why: 'closing a three-character name: 何潤生, 袁健生 sang1 (陳生 "Mr Chan" saang1)' },
  // More measure words after a numeral, where to-jyutping reads the lone character another way.
  { chars: '份', after: MEASURED, cantonese: ['fan6'], why: 'the measure word for copies, shares, jobs: 两份文件, 三份工 fan6 (身份 fan2 stays)' },
  // Changing one's job, school, trade or bus with an aspect between (轉咗工, 轉過校, 轉埋車): zyun3 as in 轉工, 轉校; to-jyutping
  // reads 轉 alone as the verb "turn" zyun2 once the aspect parts it from its word.
  { chars: '转轉', restMatches: /^[咗过過埋](?:工|校|学|學|行|会|會|车|車|线|線|台|軚)/u, cantonese: ['zyun3'], why: 'change job, school, bus with an aspect: 轉咗工, 轉過校 zyun3 (轉咗個話題 "turn" zyun2)' },
  { chars: '转轉', after: MEASURED, unlessNext: '眼', cantonese: ['zyun3'], why: 'a round, a trip after a numeral: 行两转, 去一转, 画面一转 zyun3 (the verb "turn" elsewhere zyun2)' },
  // 数位 is "digital" (Taiwan): 位 after 数 is left alone.
  { chars: '位', after: MEASURED.replace(/[数數]/g, ''), cantonese: ['wai2'], why: 'the polite measure word for people after a numeral: 三位议员, 每位 wai2 (地位, 位置 wai6)' },
  // 唔好意思, 不好意思 "sorry, embarrassed" and 好意思 "have the nerve": 思 si3; 意思 "meaning" is si1.
  { chars: '思', clauseMatches: /好意$/u, cantonese: ['si3'], why: 'sorry, have the nerve: 唔好意思, 不好意思, 好意思 si3 (意思 "meaning" si1)' },
  // 有名 + a noun is "there is one …" (有名男子被捕, 有名途人受傷): the measure word ming4, where Mandarin readers
  // read 有名 "famous" (Cantonese 好有名 jau5 meng2 closes its clause or comes before 嘅, 氣, 過).
  // 成 "the whole" before a measure word and its noun or a collective (成家人, 成班朋友, 成間屋) in written Cantonese is seng4,
  // whatever word Mandarin makes (成家 "marry"); 成家立室, 未成家 keep sing4 (no noun follows).
  { chars: '成', colloquial: true, restMatches: /^(?:[個个班間间條条架隻只棟幢座副套堆批盒包樽杯碟碗][^\p{P}\s]|家人|村人|屋人|晚|朝|身|禮拜|礼拜|星期)/u, cantonese: ['seng4'], why: 'the whole before a measure or a collective in written Cantonese: 成家人, 成班人, 成間屋 seng4 (成家立室 sing4)' },
  { chars: '名', after: '有', clauseMatches: /(?<![好很幾几最咁太超更咪又])有$/u, restMatches: /^\p{Script=Han}/u, unlessNext: '气氣望声聲嘅的之过過咗了啲都係系到得咁无無', cantonese: ['ming4'], why: 'the measure word after 有 before its noun: 有名男子被捕 ming4 (好有名, 有名氣 "famous" meng2)' },
  { chars: '名', after: MEASURED + '该該此各首', cantonese: ['ming4'], why: 'the measure word for people is literary ming4 (三名学生, 每名), not the colloquial meng2 of 个名' },
  // to-jyutping reads a 名 it finds in no word of its lexicon as the spoken noun "name" meng2 (个名, 改名). At the
  // start of a longer Mandarin word (名城, 名医, 名曲) it is "famous" ming4; as a word alone before a noun it is
  // "famous" or the measure word (名|记者, 有|名|男子, 另|名|女乘客), ming4 too. The noun "name" closes its phrase
  // or comes before a verb or particle (个名好特别, 佢个名叫阿明, 改咗名), and stays.
  { chars: '名', inWord: true, wordStart: true, cantonese: ['ming4'], why: 'famous, beginning a word: 名城, 名医, 名曲 ming4 (the spoken noun 个名 meng2)' },
  { chars: '名', inWord: false, unlessAfter: '个個嘅的啲冇乜咩改起号號报報点點签簽出', restMatches: /^\p{Script=Han}/u, unlessNext: '嘅啲咗都係系叫就又好也先难難', cantonese: ['ming4'], why: 'famous or the measure word before a noun: 名|记者, 另|名|女乘客 ming4 (个名好特别, 改咗名 meng2)' },
];

const NFC = (s: string): string => s.normalize('NFC');
/** Readings seen, normalized once: the syllables are few, and normalizing is the dearest step of a lookup. */
const NORMALIZED = new Map<string, string>();
function normalizeReading(s: string): string {
  let n = NORMALIZED.get(s);
  if (n === undefined) {
    n = NFC(s);
    if (NORMALIZED.size < 4096) NORMALIZED.set(s, n);
  }
  return n;
}
/** Characters only written Cantonese uses: a clause that holds one is Cantonese. */
const COLLOQUIAL = /[嘅咗啲冇佢哋嘢噉唔喺咁嚟㗎喇嘞咩囉啱嗰睇揾搵畀俾攰喎咋啩噃乜]/u;
/** What ends a clause: a particle before one of these closes it. */
const PUNCTUATION = /^[\p{P}\s]$/u;

/** What follows a personal name in news prose: punctuation, a conjunction, a verb of saying. */
const AFTER_GIVEN_NAME = /^(?:$|[\p{P}\s及和与與等]|表示|说|說|指|称|稱|认为|認為|回应|回應|透露|强调|強調)/u;

/** Whether the character closes a name of three characters: surname, one given character, this one. */
function closesGivenName(at: SenseContext): boolean {
  const clause = Array.from(at.clause ?? '');
  if (clause.length < 2 || at.wordStart === false || at.rest === undefined) return false;
  const [surname, given] = clause.slice(-2) as [string, string];
  return surnameLengthAt(surname) === 1 && /\p{Script=Han}/u.test(given) && AFTER_GIVEN_NAME.test(at.rest);
}

export type SenseIndex = Map<string, readonly JyutpingSense[]>;

/** The table as a lookup: character → its senses. */
export function buildSenseIndex(senses: readonly JyutpingSense[] = JYUTPING_SENSES): SenseIndex {
  const index = new Map<string, JyutpingSense[]>();
  for (const sense of senses) {
    const entry = sense.mandarin ? { ...sense, mandarin: NFC(sense.mandarin) } : sense;
    for (const ch of Array.from(sense.chars)) index.set(ch, [...(index.get(ch) ?? []), entry]);
  }
  return index;
}

/** Where a character stands: the characters on each side ('' at an end), whether its Mandarin word is longer than it. */
export interface SenseContext {
  before: string;
  next?: string;
  /** The clause before the character, since the last punctuation ('' where not known). */
  clause?: string;
  /** The rest of the clause after the character, up to the next punctuation ('' where not known). */
  rest?: string;
  inWord?: boolean;
  /** The character begins its Mandarin word (true where words are not known). */
  wordStart?: boolean;
  /** The character before ends a Mandarin word of two or more characters (false where words are not known). */
  afterWordEnd?: boolean;
  /** The unit (sentence or quotation) is written Cantonese (jyutping-register.ts); false where not known. */
  colloquial?: boolean;
}

/**
 * Whether a row looks at what stands around the character (its neighbours, its clause, a name), not only at
 * the Mandarin reading and the word it is in: such a row outranks the register (jyutping-colloquial.ts).
 */
export function readsContext(s: JyutpingSense): boolean {
  return (
    s.after !== undefined ||
    s.next !== undefined ||
    s.clauseHas !== undefined ||
    s.clauseStart !== undefined ||
    s.clauseEndsWith !== undefined ||
    s.givenNameEnd !== undefined ||
    s.final !== undefined ||
    s.clauseMatches !== undefined ||
    s.restMatches !== undefined ||
    s.afterWordEnd !== undefined
  );
}

/** The sense of `char` read `mandarin` in `context` (or after the character `context`), if the table has one. */
export function findSense(index: SenseIndex, char: string, mandarin: string | null, context: SenseContext | string): JyutpingSense | undefined {
  const at: SenseContext = typeof context === 'string' ? { before: context } : context;
  const next = at.next ?? '';
  const reading = mandarin ? normalizeReading(mandarin) : null;
  return index
    .get(char)
    ?.find(
      (s) =>
        (s.mandarin === undefined || s.mandarin === reading) &&
        (s.after === undefined || (at.before !== '' && s.after.includes(at.before))) &&
        (s.next === undefined || (next !== '' && s.next.includes(next))) &&
        (s.unlessAfter === undefined || at.before === '' || !s.unlessAfter.includes(at.before)) &&
        (s.unlessNext === undefined || next === '' || !s.unlessNext.includes(next)) &&
        (s.inWord === undefined || s.inWord === (at.inWord ?? false)) &&
        (s.wordStart === undefined || s.wordStart === (at.wordStart ?? true)) &&
        (s.afterWordEnd === undefined || s.afterWordEnd === (at.afterWordEnd ?? false)) &&
        (s.clauseStart === undefined || s.clauseStart === (at.clause === '')) &&
        (s.clauseHas === undefined || s.clauseHas.some((w) => (at.clause ?? '').includes(w))) &&
        (s.clauseEndsWith === undefined || (at.rest !== undefined && at.rest !== '' && s.clauseEndsWith.includes(Array.from(at.rest).at(-1)!))) &&
        (s.colloquial === undefined || s.colloquial === (at.colloquial === true || COLLOQUIAL.test((at.clause ?? '') + (at.rest ?? '')))) &&
        (s.givenNameEnd === undefined || s.givenNameEnd === closesGivenName(at)) &&
        (s.final === undefined || s.final === (next === '' || PUNCTUATION.test(next))) &&
        (s.restMatches === undefined || (at.rest !== undefined && s.restMatches.test(at.rest))) &&
        (s.clauseMatches === undefined || (at.clause !== undefined && s.clauseMatches.test(at.clause))),
    );
}
