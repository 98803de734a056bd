/**
 * Pundit and netizen digests: "某某(評論人)" or "阿明(網友)" alone on a line, the statement on the next; vox pops
 * labelled the same way without brackets ("陳女士/40歲", "邱小姐 21歲 地產經紀").
 * The shape alone is weak (a programme lists "姓名（单位）" too), so the lines count only when two or
 * more of them each head a paragraph of sentences. Roles are kept as printed, pinyin glosses and all
 * ("清華大學(xué)教授": mirror sites leave them in).
 */
import { isBalanced } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { surnameLengthAt } from './surnames';
import { GLOSS as PINYIN_GLOSS } from './names';

// a name or a handle, then the role in brackets to the line's end (the role may hold bracketed glosses)
const NAME_ROLE = /^([\p{Script=Han}A-Za-z·]{2,8})\s*[（(](.{1,30})[)）]$/u;
// mirror sites gloss characters with their pinyin, inside names too ("楊樂(lè)渝"): a name of 2–4 Han
// characters, each perhaps glossed, then the role (glossed too, so longer as printed)
const GLOSSED_NAME_ROLE = /^((?:\p{Script=Han}(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?){2,4})[（(](.{1,90})[)）]$/u;
// sentences, or clauses at least (a page's beginning may cut the last statement short)
const SENTENCE = /[。！？!?，,]/;

/** "某某(評論人)" → name and role; null for anything else on the line. */
export function matchNameRoleLine(text: string): { name: string; role: string } | null {
  const t = text.trim();
  const glossed = PINYIN_GLOSS.test(t) ? GLOSSED_NAME_ROLE.exec(t) : null;
  PINYIN_GLOSS.lastIndex = 0;
  if (glossed && /[(（]/.test(glossed[1]!) && glossed[2]!.replace(PINYIN_GLOSS, '').length <= 30) {
    const role = glossed[2]!.trim();
    if (!isBalanced(role) || /[，,。！？；;：:“”「」]/.test(role)) return null;
    return { name: glossed[1]!, role };
  }
  const m = NAME_ROLE.exec(t);
  if (!m) return null;
  const role = m[2]!.trim();
  if (!isBalanced(role) || /[，,。！？；;：:“”「」]/.test(role) || /^\d/.test(role)) return null;
  return { name: m[1]!, role };
}

// a vox pop's label line without a colon: a passer-by's surname and address, then an age and/or what they do
// ("黃先生 /70歲", "邱小姐 21歲 地產經紀", "羅同學中六學生"); the role is kept as printed
const ADDRESSED_LINE = /^(\p{Script=Han}(?:先生|女士|小姐|太太|同學|同学|老師|老师|伯伯|阿姨|婆婆|師傅|师傅|伯|婆|姨|叔))\s*[/／|｜]?\s*((?:\d{1,3}\s*[歲岁])?\s*\p{Script=Han}{0,10})$/u;

/** "邱小姐 21歲 地產經紀" → the name and the role as printed; null for anything else on the line. */
export function matchAddressedLine(text: string): { name: string; role: string } | null {
  const m = ADDRESSED_LINE.exec(text.trim());
  if (!m) return null;
  const role = m[2]!.trim();
  if (!role || surnameLengthAt(m[1]!) !== 1) return null;
  return { name: m[1]!, role };
}

/** A paragraph of speech: sentences of some length. */
function headsSpeech(next: Item | null): boolean {
  return !!next && next.kind === 'body' && next.text.length >= 30 && SENTENCE.test(next.text);
}

/** Makes "name(role)" lines labels when two or more of them each head a paragraph of speech. */
export function labelNameRoleLines(items: Item[]): void {
  const found: Array<{ item: Item; name: string; role: string }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'body' && !(it.kind === 'label' && it.text === '') && it.kind !== 'caption' && !(it.kind === 'topic' && it.implicit))) continue;
    const m = matchNameRoleLine(it.block.text) ?? matchAddressedLine(it.block.text);
    if (m && headsSpeech(nextSignificant(items, i + 1))) found.push({ item: it, ...m });
  }
  if (found.length < 2) return;
  for (const f of found) {
    const it = f.item;
    it.kind = 'label';
    it.host = false;
    it.speaker = { name: f.name, role: f.role };
    it.evidence = Math.max(2, it.evidence ?? 0);
    it.text = '';
    it.shape = 'name(role)';
    delete it.title;
    delete it.aside;
  }
}
