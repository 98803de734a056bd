/**
 * A digest of readers' or netizens' comments signs each with the writer's handle after a dash, on its own line
 * below the words: "——小熊爱吃鱼", "——Amy的妈妈", "——天涯-老周". A handle is no person's name shape, so the
 * attribution reader (which wants a name or a role) leaves it; a run of three or more such sign-offs, each under
 * a paragraph of words, is the digest's layout, and each handle is a voice. A source after a dash ("——摘自…",
 * "——新华社") or a sign-off alone (an epigraph's author) is not.
 */
import { type Item } from './feature-items';
import { startsWithDashes, stripDashes } from './lines';

// what a handle is not: a source, an outlet, a work, the editor, a date, a sentence
const NOT_HANDLE = /^(?:摘自|摘編|摘编|来源|來源|转自|轉自|据|據|引自|选自|選自|编者|編者|本[报報刊台网網]|记者|記者|编辑|編輯)|[《》“”「」。！？!?；;：:，,]|(?:[报報]|社|[网網]|台|臺|[杂雜]志|[杂雜]誌|[电電]视|[电電]視|日|年|月)$/u;
const MIN_RUN = 3;

/** "——小熊爱吃鱼" → the handle; null for other lines. */
export function matchSignedHandle(text: string): string | null {
  if (!startsWithDashes(text)) return null;
  const h = stripDashes(text);
  if (h.length < 2 || h.length > 20 || NOT_HANDLE.test(h)) return null;
  // (some Han or Latin letters: "——2024" or "——" rules are no handle)
  return /[\p{Script=Han}A-Za-z]{2}/u.test(h) ? h : null;
}

/** Handle sign-offs under paragraphs become attributions of those paragraphs, when three or more sign a page. */
export function attributeSignedHandles(items: Item[]): void {
  const found: Array<{ item: Item; handle: string }> = [];
  let signed = 0;
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'body' && it.kind !== 'attribution')) continue;
    const handle = matchSignedHandle(it.block.text);
    if (!handle) continue;
    // (under a paragraph of words)
    const above = items[i - 1]!;
    if (above.kind !== 'body' || above.block.text.length < 10 || startsWithDashes(above.block.text)) continue;
    signed++;
    if (it.kind === 'body') found.push({ item: it, handle });
  }
  if (signed < MIN_RUN || new Set(found.map((f) => f.handle)).size < 2) return;
  for (const { item, handle } of found) {
    item.kind = 'attribution';
    item.speaker = { name: handle, role: null };
    item.evidence = 2;
    item.text = '';
    delete item.title;
  }
}
