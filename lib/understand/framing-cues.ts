/**
 * How a piece frames itself: Chinese news announces a round of views in its headline and lead, before any voice
 * speaks. The headline names a group of people in the plural and what they think ("家长怎么想", "代表热议…",
 * "陸學者評…", "市民：多谢政府"); the lead says several of them spoke ("委员们认为", "團員紛紛表達",
 * "记者随机采访了多名市民") or lists the people by name ("直選議員陳某、施某和宋某昨…"). A story about an event
 * frames one actor, an act, a number: its people come later, as witnesses. Pure string tests, both scripts.
 */
import { announcesVoices } from './announced-voices';
import { stripReadingGlosses } from './lines';

// people in the plural, by what they are (the group a round of views asks)
const GROUP =
  '(?:市民|居民|民众|民眾|群众|群眾|街坊|路人|途人|游客|遊客|旅客|乘客|家长|家長|学生|學生|考生|师生|師生|教师|教師|老师|老師|网友|網友|网民|網民|球迷|歌迷|粉丝|粉絲|观众|觀眾|听众|聽眾|读者|讀者|业主|業主|车主|車主|店主|商户|商戶|商家|摊商|攤商|摊贩|攤販|小贩|小販|村民|农民|農民|工人|员工|員工|职工|職工|志愿者|志願者|义工|義工|选民|選民|代表委员|代表委員|代表|委员|委員|议员|議員|立委|专家学者|專家學者|专家|專家|学者|學者|业者|業者|业界|業界|青年|港人|港青|留学生|留學生|嘉宾|嘉賓|来宾|來賓|团员|團員|患者|医护|醫護|校长|校長|长者|長者|党团|黨團|政党|政黨|党派|黨派|各界|各方)';
// what they think or how they react: the view a round collects
const VIEW =
  '(?:怎么看|怎麼看|怎么想|怎麼想|怎么说|怎麼說|说什么|說什麼|想什么|想什麼|关心什么|關心什麼|热议|熱議|议论|議論|谈|談|评|評|点赞|點讚|點贊|叫好|心声|心聲|声音|聲音|建言|献言|獻言|献策|獻策|倡议|倡議|看法|观点|觀點|反应|反應|回应|回應|期待|期盼|寄语|寄語|感言|心愿|心願|愿望|願望|印象|感受|体会|體會|吐槽|抱怨|怨嘆|怨叹|慨叹|慨歎|直言|坦言|有话说|有話說|畅谈|暢談|共话|共話|齐声|齊聲|纷纷|紛紛|批|赞|讚|盼|冀|忧|憂)';
// a plural measure before the group, or 们 after it
const PLURAL = '(?:多名|多位|数名|數名|数位|數位|几位|幾位|几名|幾名|一些|部分|不少|唔少|众多|眾多|许多|許多|多个|多個|这些|這些|各位|[二两兩三四五六七八九十\\d]+(?:名|位)|一群)';
const SAYS =
  '(?:表示|认为|認為|表达|表達|谈|談|说|說|指出|直言|坦言|期待|热议|熱議|讨论|討論|议论|議論|抱怨|怨嘆|怨叹|慨叹|慨歎|感叹|感嘆|点赞|點讚|叫好|回应|回應|分析|称|稱|批评|批評|抨击|抨擊|炮轰|炮轟|建[议議](?=[，,：:]))';

// headline: the group and its view close together ("家长怎么想", "陸學者評太陽花", "我市全国人大代表热议…")
const GROUP_VIEW = new RegExp(`${GROUP}(?:们|們)?[^，,。：:！？!?\\s]{0,3}?${VIEW}`, 'u');
// headline: the group as the speaker of a quoted view ("市民︰多谢政府", "義大利球迷:無音樂有點安靜")
const GROUP_SAYS = new RegExp(`(?:^|[\\s|｜︱】」”，,：:])[^\\s|｜︱，,：:︰]{0,6}?${GROUP}(?:们|們)?[：:︰]`, 'u');
// lead: the group in the plural, saying ("委员们认为", "團員昨日已紛紛透過網絡表達", "多名澳门市民均表示")
const GROUP_SAYING = new RegExp(`(?:${PLURAL}[^。！？!?，,]{0,8}?${GROUP}|${GROUP}(?:们|們))[^。！？!?]{0,16}?${SAYS}`, 'u');
// lead: people reacting "one after another"
const ONE_AFTER_ANOTHER = new RegExp(`${GROUP}(?:们|們)?[^。！？!?，,]{0,8}?(?:纷纷|紛紛|争相|爭相|各抒己见|各抒己見)`, 'u');

// headline: out on the street to hear or ask ("京城街頭“聽”兩會", "街头访民意")
const STREET = /(?:街头|街頭)[^，,。！？!?]{0,3}?[“「]?(?:听|聽|问|問|访|訪|采访|採訪)/u;
// lead: a question about what a group does or thinks ("委员们都在忙什么？", "家长们最关心什么？"): the voices answer it
const GROUP_QUESTION = new RegExp(`(?:${PLURAL}[^。！？!?，,]{0,8}?${GROUP}|${GROUP}(?:们|們))[^。！？!?]{0,12}?(?:什么|什麼|怎样|怎樣|如何|哪些)[^。！？!?]{0,6}?[？?]`, 'u');

// an event story's headline: an accident, a ruling, an arrest, a death
const EVENT = /车祸|車禍|起火|火灾|火災|爆炸|身亡|死亡|遇难|遇難|丧生|喪生|被捕|逮捕|判刑|判处|判處|获刑|獲刑|起诉|起訴|坠楼|墜樓|坠毁|墜毀|相撞|地震|洪水|被告|涉嫌/u;

// a list connector right after a name ("陳某、施某和宋某", "蕭某，以及某某所長某某")
const LIST_AFTER = /^(?:、|和|及|与|與|跟|以及|[，,]\s*(?:以及|及|和)?)/u;
const SENTENCE_END = /[。！？!?；;]/u;

export interface Framing {
  /** The headline (or a short line before the first voice) names a group and its view, or the group as a speaker. */
  headline: boolean;
  /** The lead says several people spoke or were asked. */
  lead: boolean;
  /** The lead lists two or more of the voices by name in one sentence. */
  listed: boolean;
  /** The headline frames an event (an accident, a ruling, an arrest). */
  event: boolean;
  /** The cues that fired, in words, for `--explain`. */
  cues: string[];
  /** Cue kinds for a round (0–3), less one for an event's headline. */
  strength: number;
}

/** Whether a headline presents the piece as a group's views. */
export function framesGroupView(headline: string): boolean {
  const t = stripReadingGlosses(headline);
  return GROUP_VIEW.test(t) || GROUP_SAYS.test(t) || STREET.test(t) || /(?:怎么看|怎麼看|怎么想|怎麼想|怎么说|怎麼說|最关心什么|最關心什麼|想些什么|想些什麼)/u.test(t);
}

/** Whether a lead sentence says several people spoke, or were asked. */
export function announcesGroupViews(text: string): boolean {
  const t = stripReadingGlosses(text);
  return GROUP_SAYING.test(t) || ONE_AFTER_ANOTHER.test(t) || GROUP_QUESTION.test(t) || announcesVoices(t);
}

/** Whether a headline frames an event (an accident, a ruling, an arrest). */
export function framesEvent(headline: string): boolean {
  return EVENT.test(headline);
}

/** Whether two of the names stand in one list in a sentence ("直選議員陳某、施某和宋某昨…"). */
export function listsNames(text: string, names: readonly string[]): boolean {
  const full = names.filter((n) => n.length >= 2);
  for (const a of full) {
    let at = text.indexOf(a);
    while (at >= 0) {
      const after = text.slice(at + a.length, at + a.length + 30);
      const end = after.search(SENTENCE_END);
      const span = end >= 0 ? after.slice(0, end) : after;
      if (LIST_AFTER.test(span) && full.some((b) => b !== a && span.includes(b))) return true;
      at = text.indexOf(a, at + 1);
    }
  }
  return false;
}

/**
 * Reads the framing of a piece from its headline lines (the headline and short lines before the first voice) and
 * its lead (the paragraphs before the first voice), given the names of the voices found.
 */
export function readFraming(headlines: readonly string[], lead: readonly string[], names: readonly string[]): Framing {
  const cues: string[] = [];
  const headline = headlines.find(framesGroupView);
  if (headline) cues.push(`headline "${headline.slice(0, 24)}" names a group and its view`);
  const announcing = lead.find(announcesGroupViews);
  if (announcing) cues.push(`lead "${announcing.slice(0, 24)}…" says several people spoke`);
  const listing = [...headlines, ...lead].find((t) => listsNames(stripReadingGlosses(t), names));
  if (listing) cues.push(`"${listing.slice(0, 24)}…" lists the voices by name`);
  const event = headlines.some(framesEvent);
  if (event) cues.push('the headline frames an event');
  const strength = [headline, announcing, listing].filter(Boolean).length - (event ? 1 : 0);
  return { headline: !!headline, lead: !!announcing, listed: !!listing, event, cues, strength };
}
