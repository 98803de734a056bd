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
import { GLOSS as PINYIN_GLOSS, isPersonName } from './names';
import { labelNameHeads } from './name-head-lines';

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

// a bullet or a paper's tag before a label line ("* 高小姐、…", "【本報訊】某某同學")
const LEAD = /^(?:[*＊●■◆▲★•]\s*|【[^】]{2,8}】)/u;
// a listed descriptor that says who: an age or where one is from ("32歲", "台中人", "新杭州人")
const WHO = /^\d{1,3}\s*[歲岁]$|^\p{Script=Han}{1,8}人$/u;
const POLITE = /^(\p{Script=Han}{2,3})(?:同學|同学|先生|女士|小姐)$/u;

/**
 * A vox pop's or a photo essay's label line listing the person and what they are: "高小姐、台中人、上班族",
 * "某某，26岁，山西人，护士。" (the name, then an age or a home and perhaps a job), or a full name with a polite
 * title alone ("某某同學": the title is no role). Null for anything else on the line.
 */
export function matchListedLine(text: string): { name: string; role: string | null } | null {
  const t = text.trim().replace(LEAD, '').replace(/[。.]$/, '');
  const polite = POLITE.exec(t);
  if (polite) return isPersonName(polite[1]!) ? { name: polite[1]!, role: null } : null;
  const parts = t.length <= 40 ? t.split(/\s*[、，,]\s*/) : [];
  const name = parts[0] ?? '';
  const rest = parts.slice(1);
  // (a bio line lists sex and birth year: an appointment notice, not a voice)
  if (rest.length < 1 || rest.length > 4 || rest.some((r) => !/^[\p{Script=Han}\d\s]{1,20}$/u.test(r) || /^[男女]$|年/u.test(r))) return null;
  if (!rest.some((r) => WHO.test(r))) return null;
  const addressed = /^\p{Script=Han}(?:先生|女士|小姐|太太|同學|同学)$/u.test(name) && surnameLengthAt(name) === 1;
  return addressed || isPersonName(name) ? { name, role: t.slice(name.length).replace(/^\s*[、，,]\s*/, '') } : null;
}

function matchLabelLine(text: string): { name: string; role: string | null; listed?: boolean } | null {
  const listed = matchListedLine(text);
  return matchNameRoleLine(text) ?? matchAddressedLine(text) ?? (listed && { ...listed, listed: true });
}

/** A paragraph of speech: sentences of some length. */
function headsSpeech(next: Item | null, min = 30): boolean {
  return !!next && next.kind === 'body' && next.text.length >= min && SENTENCE.test(next.text);
}

/** Makes "name(role)" lines labels when two or more of them each head a paragraph of speech. */
export function labelNameRoleLines(items: Item[]): void {
  const found: Array<{ item: Item; name: string; role: string | null }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'body' && !(it.kind === 'label' && it.text === '') && it.kind !== 'caption' && !(it.kind === 'topic' && it.implicit))) continue;
    const m = matchLabelLine(it.block.text);
    if (!m) continue;
    // two people's labels over one statement (a mother and child's joint wish) both head it
    const next = nextSignificant(items, i + 1);
    const after = next && matchLabelLine(next.block.text) ? nextSignificant(items, items.indexOf(next) + 1) : next;
    // (a line that lists who the person is may head a short wish or remark)
    if (headsSpeech(after, m.listed ? 12 : 30)) found.push({ item: it, name: m.name, role: m.role });
  }
  // (statements headed by a bare name, or a name with title lines under it: the same layout without brackets)
  if (found.length < 2) return labelNameHeads(items);
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
