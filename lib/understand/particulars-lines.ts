/**
 * A series of interviews heads each person's words with their name and particulars in brackets, alone on a line:
 * "某某（男，46岁）", "某某（女，32岁，护士）", "某某（从业5年，自己买的车）". The particulars are a person's
 * (sex, age, years in a trade, what they do), not a role, so the line reads as no label elsewhere; two such
 * heads, each over words of its own, are the series' people. One alone is a caption or a case in a story.
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { isPersonName, type NameContext } from './names';

const HEAD = /^\s*(\p{Script=Han}{2,4})\s*[（(]([^（()）]{2,30})[)）]\s*$/u;
// a person's particulars: sex, an age, years in a trade or a place ("从业5年", "來港十年")
const SEX = /^[男女]$/u;
const AGE = /^\d{1,3}(?:岁|歲|周岁|週歲)$|^[一二三四五六七八九十]{1,3}(?:岁|歲)$/u;
const YEARS = /\d{1,2}\s*年|[一二三四五六七八九十两兩]{1,3}年/u;
const PART = /[，,、；;]/u;

/** "男，46岁" → the parts that are not sex nor age ("护士"), or null when nothing marks a person's particulars. */
export function readParticulars(inner: string): { role: string | null } | null {
  const parts = inner.split(PART).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 1 || parts.length > 4) return null;
  const marked = parts.filter((p) => SEX.test(p) || AGE.test(p) || YEARS.test(p));
  // (two parts at least, one a sex, an age or years: "（北京）" or "（资料图）" is no person's particulars)
  if (parts.length < 2 || marked.length === 0) return null;
  const rest = parts.filter((p) => !SEX.test(p) && !AGE.test(p));
  return { role: rest.length ? rest.join('，') : null };
}

/** "某某（男，46岁）" heads over the words below become labels, when two or more of them head a page. */
export function labelParticularsHeads(items: Item[], ctx: NameContext): void {
  const heads: Array<{ item: Item; name: string; role: string | null }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || it.kind === 'skip' || it.kind === 'caption' || (it.kind === 'label' && !it.loose && it.shape !== 'alone')) continue;
    // (a head whose particulars end in an occupation already reads as a label alone, "某某（男，35岁，司机）": one of the series)
    const m = HEAD.exec(it.block.text);
    if (!m || !isPersonName(m[1]!) || (m[1]!.length === 2 && !ctx.known?.has(m[1]!) && !isPersonName(m[1]!))) continue;
    const particulars = readParticulars(m[2]!);
    if (!particulars || nextSignificant(items, i + 1)?.kind !== 'body') continue;
    heads.push({ item: it, name: squeeze(m[1]!), role: particulars.role });
  }
  if (new Set(heads.map((h) => h.name)).size < 2) return;
  for (const h of heads) {
    const it = h.item;
    it.kind = 'label';
    it.host = false;
    it.speaker = { name: h.name, role: h.role };
    it.evidence = 3;
    it.text = '';
    it.shape = 'name（particulars）';
    delete it.loose;
    delete it.title;
  }
}
