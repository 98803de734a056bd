/**
 * The sense rows that read a character by what follows it in its clause (a garment after 著, what lies
 * under 地下, a trip's name before 行) and by the words around it (將 the object marker, 載 "years",
 * 輕 literary or spoken): sentences of our own, each rule beside a counter-example it must leave alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadJyutping } from '@/lib/reading/jyutping-load';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';
import { createReadingEngine } from '@/lib/reading/reading-engine';
import { buildSenseIndex, findSense } from '@/lib/reading/jyutping-senses';
import type { ReadingEngine } from '@/lib/reading/contract';
import { useWordDictionary } from '../../helpers/word-dictionary';

let engine: ReadingEngine<true>;
beforeAll(async () => {
  // Read as the extension reads: with the word dictionary its background loads.
  useWordDictionary();
  const source = await loadJyutping(async () => buildJyutpingTableText());
  engine = createReadingEngine({ jyutping: () => source });
});

/** The Jyutping of `word` where it stands in `text` (the first time). */
function readingOf(text: string, word: string): string {
  const readings = engine.read([text], [], { notation: 'jyutping' })[0]!.flatMap((s) => s.readings);
  const at = Array.from(text.slice(0, text.indexOf(word))).length;
  return readings.slice(at, at + Array.from(word).length).join(' ');
}

// [sentence (our own), word, Jyutping]
const CASES: Record<string, Array<[string, string, string]>> = {
  '將 the object marker before a demonstrative or a pronoun': [
    ['警員上門將該名男子拘捕。', '將', 'zoeng1'],
    ['救護員將其送往醫院。', '將', 'zoeng1'],
    ['消防員隨即將佢救出。', '將', 'zoeng1'],
    ['職員將這批貨物運走。', '將', 'zoeng1'],
    ['合資格住戶下月將領取新屋鑰匙。', '將', 'zoeng1'],
    ['他在發文中將矛頭指向政府。', '將', 'zoeng1'],
    ['他是空軍中將。', '中將', 'zung1 zoeng3'],
    ['多名將領出席。', '將領', 'zoeng3 ling5'],
    // counter-examples: the goalkeeper, a general, the future
    ['門將該場表現出色。', '門將', 'mun4 zoeng3'],
    ['他有大將之風。', '大將', 'daai6 zoeng3'],
    ['會議將於明日舉行。', '將', 'zoeng1'],
    ['將軍澳有新屋苑。', '將軍', 'zoeng1 gwan1'],
  ],
  '名 the measure word after 該, 此, 各, 首': [
    ['警方拘捕該名男子。', '名', 'ming4'],
    ['各名候選人已報名。', '名', 'ming4'],
    ['呢個名好特別。', '名', 'meng2'],
  ],
  '名 "famous" or the measure word before a noun, at the start of a word; the spoken noun "name" meng2': [
    ['古都是一座歷史名城。', '名城', 'ming4 sing4'],
    ['店舖請來名廚主理。', '名', 'ming4'],
    ['另名男乘客亦受傷。', '名', 'ming4'],
    ['嗰名男子即場被捕。', '名', 'ming4'],
    // counter-examples: the noun "name" closing its phrase or before a verb, particle or predicate
    ['佢個名好長。', '名', 'meng2'],
    ['佢改咗名。', '名', 'meng2'],
    ['呢條村村名難讀。', '名', 'meng2'],
  ],
  '平 inside a word (names too) ping4; "cheap" alone peng4': [
    ['兩國維持和平。', '和平', 'wo4 ping4'],
    ['副院長張建平教授發言。', '平', 'ping4'],
    ['董事長李國平說，業績理想。', '平', 'ping4'],
    ['校長會主席何立平表示支持。', '平', 'ping4'],
    // counter-examples: "cheap" as a word alone
    ['呢度啲嘢好平。', '平', 'peng4'],
    ['街市平過超市。', '平', 'peng4'],
    ['呢間舖啲嘢咁平。', '平', 'peng4'],
    ['佢賣得唔平。', '平', 'peng4'],
    ['呢度啲嘢又平又靚。', '平', 'peng4'],
  ],
  '載 "years" after a numeral': [
    ['這間老店在區內經營數十載。', '載', 'zoi2'],
    ['三年五載也難以完成。', '五載', 'ng5 zoi2'],
    ['這是千載難逢的機會。', '千載', 'cin1 zoi2'],
    // counter-examples: carry, upload, record
    ['網民上載短片。', '載', 'zoi3'],
    ['巴士載客過海。', '載', 'zoi3'],
    ['史書有記載。', '記載', 'gei3 zoi3'],
  ],
  '著 "wear" before a garment': [
    ['一名著白衫的男子被捕。', '著', 'zoek3'],
    ['月台上有著粉紅色制服的職員。', '著', 'zoek3'],
    ['疑犯身著黑色外套逃去。', '著', 'zoek3'],
    ['她今日著裙返工。', '著', 'zoek3'],
    // counter-examples: the aspect particle, "notable", "apply oneself"
    ['他們朝著西面逃去。', '著', 'zoek6'],
    ['他看著白衫上的污漬。', '著', 'zoek6'],
    ['工人穿著制服工作。', '穿著', 'cyun1 zoek3'],
    ['這是一部著名小說。', '著名', 'zyu3 ming4'],
    ['政府著手研究方案。', '著手', 'zoek6 sau2'],
    ['政府著重教育。', '著重', 'zoek6 zung6'],
    ['成效顯著重要。', '顯著', 'hin2 zyu3'],
  ],
  '行 the trip in a journey\'s name, the firm or shop hong4': [
    ['特首「中東行」結束。', '行', 'hang4'],
    ['首相完成訪華行。', '行', 'hang4'],
    ['他此行的目的是商討合作。', '此行', 'ci2 hang4'],
    ['北京之行圓滿結束。', '行', 'hang4'],
    ['街口有間藥行。', '藥行', 'joek6 hong4'],
    ['他在車行買車。', '車行', 'ce1 hong4'],
    ['樓下有間電器行。', '行', 'hong4'],
    // counter-examples: walking, doing
    ['我們週末在香港行山。', '行', 'haang4'],
    ['中國行使主權。', '行使', 'hang4 sai2'],
    ['銀行明日照常營業。', '銀行', 'ngan4 hong4'],
    ['行人可使用人行天橋。', '人行天橋', 'jan4 hang4 tin1 kiu4'],
    ['小巴行至紅磡時失控。', '行', 'hang4'],
    ['行會今日討論方案。', '行會', 'hang4 wui2'],
    ['他在車行工作。', '車行', 'ce1 hong4'],
  ],
  '行 xíng: the written hang4, the spoken walk haang4 only before a place or direction or in Cantonese': [
    ['議會有其行事方式。', '行', 'hang4'],
    ['這本雜誌每月發行一次。', '行', 'hang4'],
    ['《輕鬆出行》程式今日上線。', '行', 'hang4'],
    ['他們步行回家。', '步行', 'bou6 hang4'],
    ['我們星期日去行山。', '行', 'haang4'],
    ['轉車的乘客要行上行落。', '行上行落', 'haang4 soeng5 haang4 lok6'],
    ['佢行咗好耐先到。', '行', 'haang4'],
    ['我哋行街行到好攰。', '行到', 'haang4 dou3'],
  ],
  '重 before a verb is "again" cung4': [
    ['政府會小規模重推計劃。', '重', 'cung4'],
    ['當局決定重啟談判。', '重', 'cung4'],
    // counter-examples: weight, severity
    ['重型車輛不得駛入。', '重型', 'cung5 jing4'],
    ['司機涉嫌超重駕駛。', '超重', 'ciu1 cung5'],
    ['他因重病入院。', '重病', 'zung6 beng6'],
  ],
  '為 the copula of a comparison, "become" in turn-A-into-B': [
    ['今年開支較去年為高，但仍在預算之內。', '為', 'wai4'],
    ['處理事情應以大局為重。', '為', 'wai4'],
    ['公司今年轉虧為盈。', '為', 'wai4'],
    ['他們終於化險為夷。', '為', 'wai4'],
    ['政府轉而為市民提供支援。', '為', 'wai6'],
    ['他為市民發聲。', '為', 'wai6'],
    ['議員為高官辯護。', '為', 'wai6'],
  ],
  '下 "a bit" after a verb of trying or looking, in spoken text': [
    ['我哋試下先。', '下', 'haa5'],
    ['等我睇下。', '下', 'haa5'],
    ['你去問下佢。', '下', 'haa5'],
    ['請即看下文。', '下文', 'haa6 man4'],
    ['我想下車。', '下', 'haa6'],
    ['等下一班車。', '下', 'haa6'],
    ['經法團追問下，管理公司才承認。', '下', 'haa6'],
  ],
  '量 an amount before its change': [
    ['市民留家抗疫，睇樓量驟降。', '量', 'loeng6'],
    ['雨量急升。', '量', 'loeng6'],
    ['護士為病人量體溫。', '量', 'loeng4'],
  ],
  '量 the amount closing a compound Mandarin does not hold': [
    ['兩區交投量齊齊回落。', '量', 'loeng6'],
    ['場館入場量由上周的二千人減至一千人。', '量', 'loeng6'],
    ['工地的粉塵量太大。', '量', 'loeng6'],
    // counter-examples: the verb "measure" before its object or a verb ending, and the words that hold 量
    ['醫生幫佢量一下血壓。', '量', 'loeng4'],
    ['佢量咗體溫先入場。', '量', 'loeng4'],
    ['大家再商量。', '商量', 'soeng1 loeng4'],
  ],
  '少 "young" inside a word wherever it stands, 參選 whatever word a segmenter joins 參 to, 長 "grow" before 出': [
    ['區內青少年多了活動場地。', '青少年', 'cing1 siu3 nin4'],
    ['男女老少齊齊參與。', '老少', 'lou5 siu3'],
    ['無黨參選的人不多。', '參', 'caam1'],
    ['盆栽長出新葉。', '長', 'zoeng2'],
    // counter-examples: "few", ginseng, "long"
    ['今年人數比去年少。', '少', 'siu2'],
    ['人參價格上升。', '人參', 'jan4 sam1'],
    ['路程很長。', '長', 'coeng4'],
  ],
  '舖 "a round" after a demonstrative or numeral; 咪 "just" before 照, 又': [
    ['呢舖真係好險。', '舖', 'pou1'],
    ['佢決定搏一鋪。', '鋪', 'pou1'],
    ['落雨佢咪照出去跑步。', '咪', 'mai6'],
    // counter-examples: the shop with its own measure word, "don't"
    ['呢間舖好多人。', '舖', 'pou3'],
    ['咪郁！', '咪', 'mai5'],
  ],
  '行 "travel" a route after 改, 繞; 曾 the surname before a title; 請 "hire" before an aspect': [
    ['巴士將改行東隧。', '行', 'hang4'],
    ['車輛須繞行青山公路。', '行', 'hang4'],
    ['曾先生表示不滿。', '曾', 'zang1'],
    ['曾議員質疑當局。', '曾', 'zang1'],
    ['佢請咗兩個工人。', '請', 'ceng2'],
    // counter-examples: "change trade", the adverb "once", "please" and 申請
    ['他決定改行做廚師。', '行', 'hong4'],
    ['他曾生活在英國。', '曾', 'cang4'],
    ['佢申請咗公屋。', '請', 'cing2'],
    ['請勿吸煙。', '請', 'cing2'],
  ],
  '畫 a painting closing a noun; 着裝 "attire"': [
    ['博物館展出多幅名畫。', '畫', 'waa2'],
    ['佢好鍾意睇漫畫。', '漫畫', 'maan6 waa2'],
    ['學生應注意着裝。', '着', 'zoek3'],
    // counter-examples: the stroke, the plan; the particle before 裝修
    ['這個字有十筆畫。', '畫', 'waak6'],
    ['佢看着裝修師傅開工。', '着', 'zoek6'],
  ],
  '個女 after a possessor, 張相 a photograph, 劃艇 rowing': [
    ['佢個女結咗婚。', '女', 'neoi2'],
    ['我個女考到大學。', '女', 'neoi2'],
    ['呢張相影得好靚。', '相', 'soeng2'],
    ['張相好靚。', '相', 'soeng2'],
    ['佢參加劃艇比賽。', '劃', 'waa4'],
    // counter-examples: a girlfriend, a woman after a numeral; a claim that matches; a scratch
    ['佢個女朋友好靚。', '女', 'neoi5'],
    ['一個女乘客受傷。', '女', 'neoi5'],
    ['措施與政黨主張相符。', '相', 'soeng1'],
    ['佢隻手俾玻璃劃傷。', '劃', 'waak6'],
  ],
  '生 closing a three-character name sang1': [
    ['議員何志生、陳大文表示支持。', '生', 'sang1'],
    ['教授梁永生說，研究有進展。', '生', 'sang1'],
    // counter-examples: Mr Chan, a word with the character before, 生 before more of its word
    ['陳生話唔知。', '生', 'saang1'],
    ['黃先生表示不滿。', '先生', 'sin1 saang1'],
    ['佢哋點樣生活？', '生活', 'sang1 wut6'],
  ],
  '着 "wear" with an aspect before the garment': [
    ['佢着咗件新衫。', '着', 'zoek3'],
    ['佢著住對波鞋。', '著', 'zoek3'],
    // counter-examples: catch fire, fall asleep
    ['間屋著咗火。', '著', 'zoek6'],
    ['佢瞓着咗。', '着', 'zoek6'],
  ],
  '為 the copula after 最多, 大多; 好學校; 解 "escort"; 生於 "born in"': [
    ['投訴最多為噪音。', '為', 'wai4'],
    ['求診者大多為長者。', '為', 'wai4'],
    ['這是一間好學校。', '好', 'hou2'],
    ['被告被解往法院。', '解', 'gaai3'],
    ['他生於香港。', '生', 'sang1'],
    // counter-examples: "for", studious, solve, born (the spoken verb)
    ['大多為了生活。', '為了', 'wai6 liu5'],
    ['他自小好學。', '好', 'hou3'],
    ['問題已經解決。', '解', 'gaai2'],
    ['佢生咗個仔。', '生', 'saang1'],
  ],
  '會 the modal after a time word': [
    ['我哋今晚會去睇戲。', '會', 'wui5'],
    ['球隊當晚會回港。', '會', 'wui5'],
    ['天文台明日會發出警告。', '會', 'wui5'],
    // counter-examples: the gathering, a body
    ['公司今晚舉行晚會。', '晚會', 'maan5 wui2'],
  ],
  '咪 the microphone after a verb handling it': [
    ['護士要不斷嗌咪搵病人。', '咪', 'mai1'],
    ['主持人揸咪訪問街坊。', '咪', 'mai1'],
    ['記者拎起咪高峰。', '咪', 'mai1'],
    // counter-examples: "then, isn't it", "don't"
    ['你咪報警囉！', '咪', 'mai6'],
    ['咪搞我。', '咪', 'mai5'],
  ],
  '差佬, 差館: the police, caai1': [
    ['有人報咗差佬。', '差佬', 'caai1 lou2'],
    ['佢俾人帶咗返差館。', '差館', 'caai1 gun2'],
    ['兩者相差不大。', '相差', 'soeng1 caa1'],
  ],
  '個女 "daughter" neoi2': [
    ['我個女今年讀小一。', '女', 'neoi2'],
    ['佢個女嫁咗去英國。', '女', 'neoi2'],
    ['佢好錫個女。', '女', 'neoi2'],
    ['門口有個女仔。', '女', 'neoi5'],
    ['一個女記者提問。', '女', 'neoi5'],
  ],
  '落地生根, an idiom in its literary reading': [
    ['他們一家在香港落地生根。', '落地生根', 'lok6 dei6 sang1 gan1'],
    ['學生在課室溫習。', '學生', 'hok6 saang1'],
  ],
  '地下 underground haa6, the ground floor haa2': [
    ['大雨令地下停車場水浸。', '地下', 'dei6 haa6'],
    ['港鐵前身是地下鐵路。', '地下', 'dei6 haa6'],
    ['行人可經地下通道過馬路。', '地下', 'dei6 haa6'],
    ['地下水受到污染。', '地下水', 'dei6 haa6 seoi2'],
    // counter-examples: the ground floor, "down" after another 地
    ['他住在大廈地下。', '地下', 'dei6 haa2'],
    ['商場地下大堂有展覽。', '地下', 'dei6 haa2'],
    ['各地下調利率。', '下調', 'haa6 tiu4'],
  ],
  '輕 alone: literary hing1 in written Chinese, spoken heng1 in a Cantonese clause': [
    ['他輕嘆一聲。', '輕', 'hing1'],
    ['母親輕拍孩子的背。', '輕', 'hing1'],
    ['有人認為法官判得太輕。', '輕', 'hing1'],
    ['年輕人難以置業。', '年輕', 'nin4 hing1'],
    // counter-examples: spoken Cantonese
    ['個袋好輕。', '輕', 'heng1'],
    ['佢個書包輕咗好多。', '輕', 'heng1'],
  ],
  '假 leave after its kind or its verb gaa3, "false" before a noun gaa2': [
    ['公司宣布全體員工放大假一個月。', '假', 'gaa3'],
    ['佢下個月請大假去旅行。', '假', 'gaa3'],
    ['護士今日放年假。', '年假', 'nin4 gaa3'],
    ['他因病請假三日。', '請假', 'ceng2 gaa3'],
    ['市民趁復活節連假出外旅遊。', '假', 'gaa3'],
    ['打工仔每年有十幾日銀行假。', '假', 'gaa3'],
    // counter-examples: "false" before its noun, or elsewhere
    ['男子涉嫌使用假文件。', '假', 'gaa2'],
    ['這是一宗造假案件。', '假', 'gaa2'],
    ['網上流傳假新聞。', '假', 'gaa2'],
  ],
  '舖 bedding and "spread, lay" pou1, the shop pou3': [
    ['酒店每日更換床舖。', '舖', 'pou1'],
    ['佢將被舖拎出嚟曬。', '舖', 'pou1'],
    ['政府為新區舖路。', '舖', 'pou1'],
    ['工人正在舖設水管。', '舖', 'pou1'],
    // counter-examples: the shop
    ['區內多間店舖結業。', '舖', 'pou3'],
    ['業主以高價放售舖位。', '舖', 'pou3'],
    ['佢喺街市開咗間米舖。', '舖', 'pou3|pou2'],
  ],
  '有名 + a noun: "there is one", the measure word ming4; 有名 "famous" meng2': [
    ['昨晚有名男子在街頭被襲。', '名', 'ming4'],
    ['今早有名途人被落石擊中。', '名', 'ming4'],
    // counter-examples: famous
    ['呢間餐廳好有名。', '名', 'meng2'],
    ['佢喺區內好有名。', '名', 'meng2'],
    ['佢喺區內好有名氣。', '名氣', 'ming4 hei3'],
    ['呢位廚師好有名嘅。', '名', 'meng2'],
  ],
  '呀嘛 closing a statement aa3 maa3; 唔係呀嘛 keeps its own reading': [
    ['佢都唔知呀嘛。', '呀嘛', 'aa3 maa3'],
    ['我早就講咗呀嘛。', '呀嘛', 'aa3 maa3'],
    ['唔係呀嘛？', '呀嘛', 'aa6 maa5'],
  ],
  '喎 reporting what was said wo5; noticing wo3': [
    ['佢話今晚唔嚟食飯喎。', '喎', 'wo5'],
    ['阿媽話要早啲返屋企喎。', '喎', 'wo5'],
    // counter-examples: noticing, without a verb of saying
    ['呢件衫幾靚喎。', '喎', 'wo3'],
    ['咦，落緊雨喎。', '喎', 'wo3'],
  ],
  '薄扶林, a Hong Kong place name': [
    ['巴士沿薄扶林道行駛。', '薄扶林', 'bok6 fu4 lam4'],
    ['佢住喺薄扶林村。', '薄扶林', 'bok6 fu4 lam4'],
    // counter-example: 薄 "thin" elsewhere
    ['呢張紙好薄。', '薄', 'bok6'],
  ],
  '曾 the surname before a one-character title (曾生, 曾太): zang1': [
    ['曾太話會繼續上訴。', '曾', 'zang1'],
    ['曾生表示唔會再參選。', '曾', 'zang1'],
    // counter-examples: "once" before a verb
    ['佢曾生活喺英國。', '曾', 'cang4'],
    ['他曾太過自信。', '曾', 'cang4'],
  ],
  '更 a work shift or watch: gaang1; "more" gang3': [
    ['護士今個月要返夜更。', '更', 'gaang1'],
    ['保安員輪更看守大廈。', '更', 'gaang1'],
    ['佢做早更好早起身。', '更', 'gaang1'],
    ['司機交更前要檢查車輛。', '更', 'gaang1'],
    // counter-example: 更換 "replace" gang1
    ['工人更換燈泡。', '更', 'gang1'],
    // counter-examples: "more"
    ['今夜更冷，市民要保暖。', '更', 'gang3'],
    ['情況更加嚴重。', '更', 'gang3'],
  ],
  '上 "go up, raise, submit" beginning a verb: soeng5': [
    ['恒指今日上升二百點。', '上', 'soeng5'],
    ['食品價格持續上漲。', '上', 'soeng5'],
    ['網民將短片上載到網上。', '上', 'soeng5'],
    ['被告不服判決提出上訴。', '上', 'soeng5'],
    // counter-examples: "above, last"
    ['佢喺網上買嘢。', '上', 'soeng6'],
    ['當局上月公布數字。', '上', 'soeng6'],
    ['會議上有人提問。', '上', 'soeng6'],
  ],
  '平 "cheap" before price, goods, sale, rent: peng4': [
    ['區內開設平價超市。', '平', 'peng4'],
    ['呢間舖平賣貨尾。', '平', 'peng4'],
    // counter-examples: level, balance
    ['兩隊打成平手。', '平', 'ping4'],
    ['預算要收支平衡。', '平', 'ping4'],
  ],
  '會 a meeting after 開 and an aspect: wui2': [
    ['我哋開完會就去食飯。', '會', 'wui2'],
    ['老闆開緊會，唔得閒。', '會', 'wui2'],
    // counter-examples: the modal "will"
    ['佢聽日會開會。', '會', 'wui5'],
    ['佢做完會走。', '會', 'wui5'],
  ],
  '空 free time after 有, 冇, 得: hung3; the empty hung1': [
    ['你聽日有冇空？', '空', 'hung3'],
    ['我得空再同你傾。', '空', 'hung3'],
    ['退休後佢有好多空閒時間。', '空', 'hung3'],
    ['局長抽空出席活動。', '空', 'hung3'],
    // counter-examples: empty, vacant (Mandarin's kòng of 空位, 空缺 is the empty hung1 in Cantonese)
    ['車廂仲有空位。', '空', 'hung1'],
    ['公司有職位空缺。', '空', 'hung1'],
    ['大量單位長期空置。', '空', 'hung1'],
    ['呢度有空氣污染。', '空', 'hung1'],
  ],
  '正當 "legitimate" before what it qualifies dong3; "just when" dong1': [
    ['佢冇正當理由缺席。', '當', 'dong3'],
    ['市民應循正當途徑表達意見。', '當', 'dong3'],
    ['該公司涉嫌不正當競爭。', '當', 'dong3'],
    // counter-example: "just when"
    ['正當大家準備離開之際，警察趕到。', '當', 'dong1'],
  ],
  '返 "return" faan1': [
    ['佢放工返咗屋企。', '返', 'faan1'],
    ['球員傷癒重返球場。', '返', 'faan1'],
  ],
  '長 after 車: the bus captain zoeng2; a length coeng4': [
    ['車長話前面有交通意外。', '長', 'zoeng2'],
    ['車長即時停車。', '長', 'zoeng2'],
    // counter-example: length
    ['這款車長度超過五米。', '長', 'coeng4'],
  ],
  '成 "the whole" before a measure word or a collective in written Cantonese: seng4': [
    ['佢哋成家人去咗旅行。', '成', 'seng4'],
    ['佢成班同學都嚟咗。', '成', 'seng4'],
    // counter-examples: marry, become
    ['佢三十歲都未成家。', '成', 'sing4'],
    ['佢成為首位女局長。', '成', 'sing4'],
  ],
  '相 a photo after 個, 幅: soeng2': [
    ['呢個相影得好靚。', '相', 'soeng2'],
    ['我好鍾意呢幅相。', '相', 'soeng2'],
    // counter-example: 相信 after 個
    ['佢係一個相信科學嘅人。', '相', 'soeng1'],
  ],
  '頂 "take over" for a price after an amount: ding2': [
    ['老闆以50萬頂咗間舖。', '頂', 'ding2'],
    ['佢用百萬頂手茶餐廳。', '頂', 'ding2'],
    // counter-example: the measure word for hats and tents
    ['災民收到一萬頂帳篷。', '頂', 'deng2'],
  ],
  '為人 "in character, as" before how one is: wai4': [
    ['佢為人好好，成日幫人。', '為', 'wai4'],
    ['他為人正直。', '為', 'wai4'],
    // counter-example: "for the people"
    ['他一生為人民服務。', '為', 'wai6'],
  ],
  '種 "plant" before an aspect: zung3': [
    ['阿爺喺後園種咗好多菜。', '種', 'zung3'],
    // counter-example: a kind
    ['呢種做法好危險。', '種', 'zung2'],
  ],
  '轉 change (job, school, bus) with an aspect between: zyun3': [
    ['佢上個月轉咗工。', '轉', 'zyun3'],
    ['佢個仔轉過校。', '轉', 'zyun3'],
    // counter-example: the verb "turn" before a thing turned
    ['佢轉咗個話題。', '轉', 'zyun2'],
  ],
  '長得 + how one grows or looks: zoeng2': [
    ['佢個仔長得好高。', '長', 'zoeng2'],
    ['她長得像媽媽。', '長', 'zoeng2'],
    // counter-example: longer
    ['這條隧道比舊的長得多。', '長', 'coeng4'],
  ],
};

describe('Jyutping senses read by what follows in the clause', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(cases)('%s: %s → %s', (text, word, expected) => {
        // a|b: either reading is right (a shop's spoken tone change)
        expect(expected.split('|')).toContain(readingOf(text, word));
      });
    });
  }

  it('leaves 重 before 做 alone: a given name ends in 重 before 做客 (周文重做客) more often than 重做 "redo" comes', () => {
    expect(readingOf('前大使周文重做客節目。', '重')).not.toBe('cung4');
  });

  it('keeps the place and the meeting after a time word: 當晚|會場, 今晚|會上 are no modal', () => {
    expect(readingOf('當晚會場坐滿人。', '會')).not.toBe('wui5');
    expect(readingOf('今晚會上有人發言。', '會')).not.toBe('wui5');
  });

  it('looks at the rest of the clause only where it is given', () => {
    const index = buildSenseIndex();
    // Without the rest of the clause the garment rule cannot hold: the plain Mandarin sense answers.
    expect(findSense(index, '著', 'zhe', { before: '了', next: '白' })?.cantonese).toEqual(['zoek6']);
    expect(findSense(index, '著', 'zhe', { before: '了', next: '白', rest: '白衫' })?.cantonese).toEqual(['zoek3']);
    expect(findSense(index, '下', 'xià', { before: '地', next: '大', rest: '大堂' })).toBeUndefined();
  });
});
