/**
 * A vox pop announces itself: the reporter says they asked several people ("记者随机采访了不同年龄的市民",
 * "本報在旺角街頭訪問多名市民，聽取他們的回應", "记者采访了幾位家长，看看他们对开学怎么说") or the piece
 * asks what its voices said ("大咖们带来哪些精彩观点？"), or goes out to listen ("聽聽香港市民怎麼說", a street interview). With that sentence in the reporter's narrative, two
 * people named in the reporter's sentences make the piece even with narrative between them
 * (judge-roundup.ts); a story that merely quotes two people has no such sentence. Pure string tests.
 */
import { stripReadingGlosses } from './lines';

// who is asked: people in the plural, by what they are (the diaspora too: "僑胞", "僑界")
export const PEOPLE = '(?:路人|途人|行人|市民|居民|民众|民眾|街坊|家长|家長|学生|學生|老师|老師|乘客|游客|遊客|旅客|选民|選民|代表|委员|委員|专家|專家|学者|學者|业者|業者|商户|商戶|店主|车主|車主|网友|網友|观众|觀眾|球迷|企业家|企業家|嘉宾|嘉賓|选手|選手|村民|农民|農民|师生|師生|青年|工人|侨胞|僑胞|华侨|華僑|侨界|僑界)';
// how many: a plural measure, a "different …" or "some", or "…们" on the noun
export const PLURAL = '(?:多名|多位|数名|數名|数位|數位|几位|幾位|几名|幾名|一些|部分|不少|众多|眾多|各界|不同[^，,。：:]{0,10}?的|[二两兩三四五六七八九十]+(?:名|位)|\\d{1,4}(?:名|位))';
const ASKED = '(?:随机|隨機|分别|分別|走上街头|走上街頭|街头|街頭)?(?:采访|採訪|访问|訪問|街访|街訪|专访|專訪)(?:了|过|過)?';
const REPORTER = '(?:记者|記者|本报|本報|本台|本网|本網|本刊|小编|小編|我们|我們)';

const INTERVIEWED = new RegExp(`${REPORTER}[^。！？!?]{0,24}?${ASKED}[^。！？!?]{0,8}?${PLURAL}[^。！？!?，,]{0,12}?${PEOPLE}`, 'u');
// the people before the verb: "记者对不同的出行人做了采访", "本報向多名家長進行訪問"
const ASKED_OF = new RegExp(`${REPORTER}[^。！？!?]{0,12}?(?:对|對|向)${PLURAL}[^。！？!?，,]{1,12}?(?:做了|作了|进行了|進行了|进行|進行)?(?:采访|採訪|访问|訪問|街访|街訪)`, 'u');
// the reporter asked people, "…，聽取他們的回應", "请他们谈看法", "看看他们对开学怎么说"
const THEIR_VIEWS = new RegExp(`${REPORTER}[^。！？!?]{0,24}?${ASKED}[^。！？!?]{0,30}?(?:听取|聽取|请|請|看看|听听|聽聽)(?:他们|他們|她们|她們)[^。！？!?]{0,14}?(?:回应|回應|意见|意見|看法|心声|心聲|怎么说|怎麼說|怎么看|怎麼看)`, 'u');
// "大咖们带来哪些精彩观点？", "他們發表了哪些看法呢？": the piece asks what its voices said
const WHICH_VIEWS = /(?:们|們)[^。！？!?]{0,10}?(?:哪些|什么|甚麼|什麼)[^。！？!?]{0,6}?(?:观点|觀點|看法|声音|聲音|建议|建議)(?:呢)?[？?]/u;

// the piece speaks of its interviewees as a group ("受访学者认为，…", "受訪專家都感覺…", a "受访学者：…" subhead):
// the people it goes on to name are the ones it asked
const INTERVIEWEES = new RegExp(`受(?:访|訪)(?:的)?${PEOPLE}(?:们|們)?(?:都|均|皆|亦|也|一致|普遍)?(?:认为|認為|表示|指出|感觉|感覺|相信|[:：])`, 'u');

// a reactions lead: "有人憂心衝擊形象，但也有日本遊客認為是個案" (some people…, others…)
const SOME_OTHERS = /有(?:人|民眾|民众|市民|網友|网友|家長|家长|遊客|游客|居民)[^。！？!?]{2,40}[，,](?:但|而)?也有(?:人|\p{Script=Han}{0,4}(?:民眾|民众|市民|網友|网友|家長|家长|遊客|游客|居民))/u;

// a street interview is several people by its nature (a mirror may mix the scripts: "隨機采訪"): "路透社記者前往金融區進行街訪", "记者走上街头，随机采访了…"
// (one passer-by named is a story's single witness: "随机采访了一位市民")
const STREET = new RegExp(`${REPORTER}[^。！？!?]{0,30}?(?:(?:进行|進行|展开|展開|做了)(?:了)?(?:街访|街訪|街头采访|街頭採訪|随机采访|隨機採訪)|(?:随机|隨機)(?:[采採][访訪]|[访訪]问|[訪访]問)(?:了)?(?!了?(?:一位|一名|一個|一个)))`, 'u');
// "聽聽香港市民怎麼說", "公交车上听民声": the piece says it listens to people
const HEARS = /(?:听听|聽聽)[^。！？!?]{0,12}?(?:怎么说|怎麼說|怎么看|怎麼看|声音|聲音|心声|心聲|意见|意見)|(?:听|聽)(?:民声|民聲|心声|心聲)/u;
// "接受採訪的香港路人都認為…": the people asked, spoken of as a group
const THOSE_ASKED = new RegExp(`接受(?:采访|採訪|访问|訪問)的[^。！？!?，,]{0,6}?${PEOPLE}(?:们|們)?(?:都|均|皆|大多|多数|多數|普遍)`, 'u');

// several people who gave the interview ("多位基層代表在駐地接受了本報記者的專訪"): the passive of INTERVIEWED
const GAVE_INTERVIEWS = new RegExp(`${PLURAL}[^。！？!?，,]{0,12}?${PEOPLE}(?:们|們)?[^。！？!?，,]{0,16}?接受[^。！？!?，,]{0,12}?(?:采访|採訪|访问|訪問|专访|專訪)`, 'u');

/** Whether a sentence of the reporter's announces that several people were asked for their views. */
export function announcesVoices(text: string): boolean {
  // native tests first: most paragraphs hold none of the cue words
  if (!/[访訪听聽]|们|們|也有/.test(text)) return false;
  // a mirror's pinyin glosses ("隨機(jī)采訪(fǎng)") are read past
  const t = stripReadingGlosses(text);
  return INTERVIEWED.test(t) || ASKED_OF.test(t) || INTERVIEWEES.test(t) || THEIR_VIEWS.test(t) || WHICH_VIEWS.test(t) || SOME_OTHERS.test(t) || STREET.test(t) || HEARS.test(t) || THOSE_ASKED.test(t) || GAVE_INTERVIEWS.test(t);
}
