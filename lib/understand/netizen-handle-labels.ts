/**
 * A portal's round-up of posts, one a line under the poster's handle: "网友某某：…", "網友小白兔：…", "網民「某某」：「…」".
 * A handle is no name the name reader knows, and "网友观点：" or "网友评论：" head a column, not a person, so the lines
 * count only when two or more DISTINCT handles each head speech, none of them a word of saying or viewing. A forum's
 * or a portal's page sets the handle alone on its line over the post ("新浪网友某某", "网友:某某 发表时间: …").
 */
import { isBalanced } from '../chinese/chars';
import { isSpeechStart, nextSignificant, type Item } from './feature-items';

const WORD = '(网友|網友|网民|網民)';
// the handle, bare or in corner quotes ("網民「某某」", "網民:「某某」")
const HANDLE = '(?:([^\\s:：，,。！？!?“”「」『』"(（]{2,12})|[:：]?\\s*[「“『]([^「」“”『』]{2,24})[」”』])';
const LINE = new RegExp(`^${WORD}${HANDLE}\\s*[：:]\\s*(\\S.{5,})$`, 'u');
// alone on its line: a portal's name may lead the word ("新浪网友"), a forum's post stamp may follow the handle
const ALONE = /^(\p{Script=Han}{0,4}?(?:网友|網友|网民|網民))\s*[:：]?\s*([^\s:：，,。！？!?“”「」『』"]{2,16}?)\s*(?:(?:发表时间|發表時間|时间|時間)\s*[:：].*)?$/u;
// what follows 网友 when no one is named: a column's word, or the reporter's verb of saying ("网友表示：")
const NOT_HANDLE = /^(?:观点|觀點|评论|評論|留言|提问|提問|呼吁|呼籲|声音|聲音|们|們|热议|熱議|吐槽|纷纷|紛紛|心声|心聲|互动|互動|来信|來信)|(?:说|說|表示|认为|認為|留言|评论|評論|称|稱|道|问|問|写|寫)$/u;
// sentences, or a whole quotation (a post of a few words: "「幾時先派？」")
const SPEECH = /[。！？!?…，,]|^[「“『].+[」”』]$/u;

/** "网友X：speech" lines, or "新浪网友X" over a post, of two or more distinct handles become voices (the word as printed the role). */
export function labelNetizenHandles(items: Item[]): void {
  const found: Array<[Item, string, string, string]> = [];
  items.forEach((it, i) => {
    if (it.merged || !(it.kind === 'body' || it.kind === 'meta' || it.kind === 'caption' || (it.kind === 'label' && !it.host))) return;
    const t = it.block.text.trim();
    const m = LINE.exec(t);
    const handle = m && (m[2] ?? m[3]!);
    if (m && !NOT_HANDLE.test(handle!) && SPEECH.test(m[4]!)) return void found.push([it, handle!, m[1]!, m[4]!]);
    // (a label read with a name already is another reader's, unless it is the line shape above)
    if (it.kind === 'label' && (it.evidence ?? 0) >= 2 && it.speaker?.name) return;
    const alone = ALONE.exec(t);
    if (alone && isBalanced(alone[2]!) && !NOT_HANDLE.test(alone[2]!) && isSpeechStart(nextSignificant(items, i + 1))) found.push([it, alone[2]!, alone[1]!, '']);  // (alone: the "name(role)" lines' shape)
  });
  if (new Set(found.map((f) => f[1].replace(/^[@＠]/, ''))).size < 2) return;
  for (const [it, handle, word, speech] of found) {
    // (a line another reader named already keeps its reading: it counts towards the two handles only)
    if (it.kind === 'label' && (it.evidence ?? 0) >= 2 && it.speaker?.name) continue;
    Object.assign(it, { kind: 'label', host: false, text: speech, shape: speech ? 'label：' : 'name(role)', speaker: { name: handle, role: word }, evidence: 2 });
    delete it.aside;
  }
}
