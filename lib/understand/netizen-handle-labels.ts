/**
 * A portal's round-up of posts, one a line under the poster's handle: "网友某某：…", "網友小白兔：…". A handle
 * is no name the name reader knows, and "网友观点：" or "网友评论：" head a column, not a person, so the lines count
 * only when two or more DISTINCT handles each head speech, none of them a word of saying or viewing.
 */
import type { Item } from './feature-items';

const LINE = /^(?:网友|網友|网民|網民)([^\s:：，,。！？!?“”「」『』"(（]{2,12})\s*[：:]\s*(\S.{5,})$/u;
// what follows 网友 when no one is named: a column's word, or the reporter's verb of saying ("网友表示：")
const NOT_HANDLE = /^(?:观点|觀點|评论|評論|留言|提问|提問|呼吁|呼籲|声音|聲音|们|們)|(?:说|說|表示|认为|認為|留言|评论|評論|称|稱|道|问|問|写|寫)$/u;
const SPEECH = /[。！？!?…，,]/;

/** "网友X：speech" lines of two or more distinct handles become voices (the handle the name, 网友 the role). */
export function labelNetizenHandles(items: Item[]): void {
  const found: Array<[Item, string, string]> = [];
  for (const it of items) {
    if (it.merged || !(it.kind === 'body' || (it.kind === 'label' && !it.host && (it.evidence ?? 0) < 2))) continue;
    const m = LINE.exec(it.block.text.trim());
    if (m && !NOT_HANDLE.test(m[1]!) && SPEECH.test(m[2]!)) found.push([it, m[1]!, m[2]!]);
  }
  if (new Set(found.map((f) => f[1])).size < 2) return;
  for (const [it, handle, speech] of found) {
    Object.assign(it, { kind: 'label', host: false, text: speech, shape: 'label：', speaker: { name: handle, role: '网友' }, evidence: 2 });
    delete it.aside;
  }
}
