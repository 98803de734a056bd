/**
 * How a piece frames itself: Chinese news announces a round of views in its headline and lead, before any voice
 * speaks. The headline names a group of people in the plural and what they think ("家长怎么想", "代表热议…",
 * "陸學者評…", "市民：多谢政府"); the lead says several of them spoke ("委员们认为", "團員紛紛表達",
 * "记者随机采访了多名市民") or lists the people by name ("直選議員陳某、施某和宋某昨…"). A story about an event
 * frames one actor, an act, a number: its people come later, as witnesses. Pure string tests, both scripts.
 */
import { announcesVoices, PEOPLE, PLURAL as SOME } from './announced-voices';
import { stripReadingGlosses } from './lines';

// (both scripts by character classes: a mirror may mix them. The lists and regular expressions are made on first
// use, inside the function: the content script imports this module's neighbours and would keep them otherwise)
interface Cues {
  headline: RegExp[];
  lead: RegExp[];
}
let cues: Cues | undefined;
function compileCues(): Cues {
  if (cues) return cues;
  // people in the plural, by what they are: those a vox pop asks, and more a round of views gathers (a sector,
  // "科技界人士"; those at a meeting, "與會嘉賓")
  const GROUP = `(?:${PEOPLE}|考生|[议議][员員]|立委|[摊攤](?:商|[贩販])|小[贩販]|商家|[网網]民|[读讀]者|[业業](?:主|界)|[职職员員]工|志[愿願]者|[义義]工|留[学學]生|港[人青]|[团團][员員]|患者|[长長]者|[来來][宾賓]|[党黨](?:[团團]|派)|政[党黨]|各[界方]|粉[丝絲]|[听聽][众眾]|群[众眾]|教[师師]|(?:工商|商|[学學]|教育|科技|文化|文[艺藝]|[医醫][学學]?|法律|[体體]育|演[艺藝]|[经經][济濟]|金融|宗教|[妇婦]女)界(?:人士)?|[与與][会會](?:者|人[员員]|嘉[宾賓]|[专專]家))`;
  // what they think ("眼中的…", "如何看待"), or how they react (what they have to say: "代表们有这些话想说"); or the group answering the headline's question ("…怎么干？代表委员来回答")
  const VIEW = `(?:怎[么麼][看想说說]|(?:怎[样樣么麼]|如何)看待|眼[中里裡]|[关關]心什[么麼]|[热熱议議][议議论論]|[谈談评評批赞讚盼冀忧憂]|[点點][赞讚贊]|叫好|心[声聲愿願]|[声聲]音|建言|[献獻]策|倡[议議]|看法|[观觀][点點]|[反回][应應]|期[待盼]|感[言受]|[愿願]望|印象|[体體][会會]|吐槽|抱怨|怨[叹嘆]|慨[叹歎嘆]|[直坦]言|[纷紛]{2}|[在都]?想什[么麼]|[来來](?:[回解]答|支招)|[话話][要想][说說讲講])`;
  // how many: a plural measure (announced-voices.ts), "these", a flock
  const PLURAL = `(?:${SOME}|唔少|[许許]多|多[个個]|[这這]些|一群)`;
  // the group saying: a verb of saying, or its view ("建议" only as a verb, before its words: "修改建议" is a noun)
  const SAYS = `(?:表示|[认認][为為]|表[达達]|[说說称稱]|指出|[讨討][论論]|感[叹嘆]|分析|抨[击擊]|炮[轰轟]|建[议議](?=[，,：:])|${VIEW})`;
  // (two groups side by side are several people: "代表委员", "专家学者", "家长和学生")
  const THE_GROUP = `(?:${PLURAL}[^。！？!?，,]{0,8}?${GROUP}|${GROUP}(?:们|們)|${GROUP}[、和与與及]?${GROUP})`;
  return (cues = {
    headline: [
      // the group and its view close together ("家长怎么想", "陸學者評太陽花", "我市全国人大代表热议…")
      new RegExp(`${GROUP}(?:们|們)?[^，,。：:！？!?\\s]{0,3}?${VIEW}`, 'u'),
      // the group as the speaker of a quoted view ("市民︰多谢政府", "義大利球迷:無音樂有點安靜")
      // (after the topic too: "台湾频发食品安全问题民众：黑心商人…", the group speaking on the topic it names)
      new RegExp(`(?:^|[\\s|｜︱】」”，,：:])[^\\s|｜︱，,：:︰。！？!?]{0,12}?${GROUP}(?:们|們)?[：:︰]`, 'u'),
      // out on the street to hear or ask ("京城街頭“聽”兩會"), or asking what people think ("怎么看")
      /街[头頭][^，,。！？!?]{0,3}?[“「]?(?:[听聽问問访訪]|[采採][访訪])|怎[么麼][看想]|想些什[么麼]/u,
      // several of them giving their proposals ("代表委员给出建议", "委员们献上良策"): one deputy's "建议" is no round
      new RegExp(`${THE_GROUP}[^，,。：:！？!?\\s]{0,3}?(?:[给給提]出|[献獻]上|支招)(?:建[议議]|良?策)`, 'u'),
      // a debate or a round of opinions the headline names as such ("经济学家PK台", "众说…", "听听…"; a "圆桌会议" is an event)
      /PK|交[锋鋒]|[激论論][辩辯]|各抒己[见見]|[众眾][说說]|[听聽]{2}/u,
    ],
    lead: [
      // the group in the plural, saying ("委员们认为", "團員昨日已紛紛透過網絡表達", "多名澳门市民均表示")
      new RegExp(`${THE_GROUP}[^。！？!?]{0,16}?${SAYS}`, 'u'),
      // reacting one after another
      new RegExp(`${GROUP}(?:们|們)?[^。！？!?，,]{0,8}?(?:[纷紛]{2}|[争爭]相|各抒己[见見])`, 'u'),
      // a question about what the group does or thinks ("委员们都在忙什么？"): the voices answer it
      new RegExp(`${THE_GROUP}[^。！？!?]{0,12}?(?:什[么麼]|怎[样樣]|如何|哪些)[^。！？!?]{0,6}?[？?]`, 'u'),
    ],
  });
}

// an event story's headline: an accident, a disaster, a crime, a ruling, an arrest, a death
const EVENT = /[车車][祸禍]|起火|[火災灾]{2}|失火|爆炸|身亡|死亡|遇[难難]|伤亡|傷亡|[側侧]翻|翻[车車]|坠[楼毁落]|墜[樓毀落]|[倒坍]塌|溺[水亡斃毙]|[事车車]故|被捕|判[刑处處]|[获獲]刑|起[诉訴]|相撞|涉嫌|[抢搶]劫|遇[袭襲]|[凶兇命]案/u;

// a list connector right after a name ("陳某、施某和宋某", "蕭某，以及某某所長某某")
const LIST_AFTER = /^(?:[、和及与與跟]|以及|[，,]\s*(?:以及|及|和)?)/u;
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
  return compileCues().headline.some((re) => re.test(t));
}

/** Whether a lead sentence says several people spoke, or were asked. */
export function announcesGroupViews(text: string): boolean {
  const t = stripReadingGlosses(text);
  return compileCues().lead.some((re) => re.test(t)) || announcesVoices(t);
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

/** A line that is a sentence, not a title: long, or ending on a sentence's end. */
const isSentence = (t: string) => t.length > 40 || SENTENCE_END.test(t.slice(-1));

/**
 * Reads the framing of a piece from its headline lines (the headline and short lines before the first voice) and
 * its lead (the paragraphs before the first voice), given the names of the voices found.
 */
export function readFraming(headlines: readonly string[], lead: readonly string[], names: readonly string[]): Framing {
  const cues: string[] = [];
  const headline = headlines.find(framesGroupView);
  if (headline) cues.push(`headline "${headline.slice(0, 24)}": a group's view`);
  // (a text that prints no headline opens on its lead: a headline line that is a sentence is read as lead too)
  const announcing = [...headlines.filter(isSentence), ...lead].find(announcesGroupViews);
  if (announcing) cues.push(`lead "${announcing.slice(0, 24)}…": several people spoke`);
  const listing = [...headlines, ...lead].find((t) => listsNames(stripReadingGlosses(t), names));
  if (listing) cues.push(`"${listing.slice(0, 24)}…": the voices listed`);
  const event = headlines.some(framesEvent);
  if (event) cues.push('an event headline');
  const strength = [headline, announcing, listing].filter(Boolean).length - (event ? 1 : 0);
  return { headline: !!headline, lead: !!announcing, listed: !!listing, event, cues, strength };
}
