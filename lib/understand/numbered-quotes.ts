/**
 * Numbered quote digests ("一年语录"): "3、“……”——2007年3月6日，某部副部长张某在例会上说。" — a number, the
 * quotation, dashes (or none), then a dated sentence that names who said it somewhere in its clauses
 * ("…，当记者采访某某时，坐在一旁的委员李某斥责道"; a paper's "某报报道：" first). The number and the
 * quotation are the layout's evidence, so two such lines naming people make attributions.
 */
import { isBalanced, squeeze } from '../chinese/chars';
import type { Item } from './feature-items';
import { isLabelShaped } from './lines';
import { endsWithRoleWord, splitSpeakerLabel, type NameContext } from './names';
import { matchAttributionClause } from './reported-speech';

const NUMBERED_QUOTE = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*([“「『].*?[”」』])[。！？!?]?\s*(?:—{1,2}|―{1,2}|－－|─{1,2}|-{2,4})?\s*(.{4,200})$/s;
// what opens the attribution before the speaker: a date, a paper's "某报报道：", a time of day
const DATE = /^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年)(?:[上下]午|晚上?|早上)?[，,\s]*/;
const SOURCE = /^[^，,。：:“”]{2,20}(?:报道|報道|报导|報導|消息)[：:，,]\s*/;

export interface NumberedQuote {
  quote: string;
  name: string;
  role: string | null;
  evidence: number;
}

/** Who a dated attribution names: the first clause that opens with a person (and a predicate), or is one. */
function speakerOf(attribution: string, ctx: NameContext): { name: string; role: string | null; evidence: number } | null {
  let t = attribution.trim().replace(/^[”」』]+/, '');
  for (let k = 0; k < 3; k++) t = t.replace(DATE, '').replace(SOURCE, '');
  const clauses = t.split(/[，,。；;]/).map((c) => c.trim()).filter(Boolean);
  for (const c of clauses) {
    const cut = matchAttributionClause(c.replace(DATE, ''), ctx);
    if (cut && cut.role) return cut;
    // a clause that is the speaker alone: "坐在一旁的全国政协委员、某集团老板王某"
    if (!isLabelShaped(c)) continue;
    const split = splitSpeakerLabel(c, ctx);
    if (split.name && split.role && split.evidence >= 2 && endsWithRoleWord(squeeze(split.role))) return { name: split.name, role: split.role, evidence: split.evidence };
  }
  return null;
}

/** "3、“……”——2007年3月6日，某部副部长张某说。" → the quotation and its speaker; null for other lines. */
export function matchNumberedQuote(text: string, ctx: NameContext = {}): NumberedQuote | null {
  const m = NUMBERED_QUOTE.exec(text.trim());
  if (!m || !isBalanced(m[1]!) || !/[。！？!?…，,；;]/.test(m[1]!)) return null;
  const who = speakerOf(m[2]!, ctx);
  return who ? { quote: m[1]!, ...who } : null;
}

/** Makes numbered quotations attributions when two or more of them name their speakers. */
export function attributeNumberedQuotes(items: Item[], ctx: NameContext): void {
  const found: Array<{ item: Item; q: NumberedQuote }> = [];
  for (const it of items) {
    if (it.merged || it.kind === 'skip' || it.kind === 'label' || it.kind === 'attribution') continue;
    const q = matchNumberedQuote(it.block.text, ctx);
    if (q) found.push({ item: it, q });
  }
  if (new Set(found.map((f) => f.q.name)).size < 2) return;
  for (const { item, q } of found) {
    item.kind = 'attribution';
    item.speaker = { name: q.name, role: q.role };
    item.evidence = Math.max(2, q.evidence);
    item.text = q.quote;
    delete item.reported;
    delete item.title;
  }
}
