/**
 * The reporter's frame at the head of what is shown ("胡师傅告诉记者，…", "她建议，…", "小林觉得，…"): the card
 * already names the speaker, so the gist reads better from what they said. Only the frame of one person is
 * dropped: "有人说，…", "很多人认为，…", "报告指出，…" say who holds the view, and dropping them would put it
 * in the speaker's mouth. What is left is a suffix of the text, so it stays verbatim.
 */
import { trimQuotes } from './quotes';

// verbs of saying only: "不敢相信，" or "担心，" are the speaker's own words, not a frame
const SAYS =
  '(?:[又还還也更则則亦并並再续續])?(?:[说說]|表示|指出|认为|認為|[觉覺]得|[直坦]言|[称稱]|指|强调|強調|透露|提到|补充|補充|坦承|笑[言說说]|建[议議]|期[许許]|告诉记者|告訴記者|告诉中外记者|告訴中外記者)';
const FRAME = new RegExp(`^([^，,。！？!?：:「」“”『』]{1,16}?)${SAYS}[，,]\\s*`);
// a frame whose subject is not one person (others, 有人, 人们, 专家们; a document; hearsay), quotes someone
// else (引述…指), or is itself a clause of the speaker's ("…的时候", "不…"). The speaker's own "我认为，" is their
// words and says it is their view: it stays. A frame before a colon opens a list or a quote (handled apart).
const NOT_ONE_PERSON = /[人们們]|[报報]告|文件|研究|数据|數據|[调調]查|[据據有]|大家|外界|[网網]友|媒[体體]|舆论|輿論|引[述用]|[转轉]述|援引|时|[時不没沒我咱]/;
const MIN_LEFT = 8;

/** The text without a one-person reporter's frame at its head (unchanged when there is none). */
export function trimSpeakerFrame(text: string): string {
  const m = FRAME.exec(text);
  // (a count before 建议 makes it a noun, what was proposed: "已准备五、六项建议，其中一项…", "将提出5个建议，包括…"; what
  // follows leans on it)
  if (!m || NOT_ONE_PERSON.test(m[1]!) || /[项項条條个個份点點]$/.test(m[1]!)) return text;
  // "对…来说，" is "as for…", no one saying anything: "这对本区居民来说，是一件…" keeps its subject (这)
  if (/[来來]$/.test(m[1]!)) return text;
  const rest = trimQuotes(text.slice(m[0].length));
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= MIN_LEFT ? rest : text;
}
