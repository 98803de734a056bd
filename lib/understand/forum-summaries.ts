/**
 * A forum's report, one paragraph per presenter: "在经济方面，某大学马某就两岸经贸交流提出几点看法。他认为，…",
 * "某大学硕士龚某关注的是……这一主题，她提出，…". The presenter opens the paragraph (after the field it
 * covers) with a verb of presenting (关注, 介绍, 回顾, 就…提出…), and a pronoun carries their words on. The
 * voices are reported ones: only a round-up of them (judge-roundup.ts) makes a feature.
 */
import { squeeze } from '../chinese/chars';
import type { Item } from './feature-items';
import { isLabelShaped } from './lines';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';

// the field the paragraph covers: "在经济方面，", "对于文学研究问题上，", "在历史研究领域，"
const FIELD = /^(?:在|对于|對於|关于|關於|至于|至於)[^，,。“”「」]{1,20}?(?:方面|领域|領域|问题上|問題上|议题上|議題上|上)[，,]\s*/;
// what a presenter does with a topic
const PRESENTING = /^(?:关注|關注|介绍|介紹|回顾|回顧|探讨|探討|分享|阐述|闡述|梳理|聚焦|围绕|圍繞|就|以|从|從|结合|結合|比较|比較|考察|论述|論述|报告|報告|发表|發表|分析了|提出了)/;
// (the characters a presenting verb starts with: one set lookup per character before the regex)
const PRESENT_STARTS = new Set(Array.from(PRESENTING.source.matchAll(/(?:\^\(\?:|\|)(\p{Script=Han})/gu), (m) => m[1]!));
// the presenter's words go on after a pronoun: "。他认为，", "，她提出，"
const PRONOUN_SAYS = /[。，,；;]\s*(?:他|她)(?:还|還|也|亦|则|則|进一步|進一步)?(?:提出|认为|認為|表示|说|說|指出|强调|強調|建议|建議|坦言|主张|主張)[，,：:]/;

/** "在经济方面，某大学马某就…提出几点看法。他认为，…" → the presenter; null for other paragraphs. */
export function matchForumSummary(text: string, ctx: NameContext = {}): { name: string; role: string; evidence: number } | null {
  const t = text.trim();
  if (t.length < 40) return null;
  const field = FIELD.exec(t);
  const from = field ? field[0].length : 0;
  const end = Math.min(t.length, from + 40);
  for (let i = from + 3; i < end; i++) {
    const ch = t[i]!;
    if (/[，,。：:“”「」]/.test(ch)) return null;
    if (!PRESENT_STARTS.has(ch) || !PRESENTING.test(t.slice(i, i + 3))) continue;
    // a name ends the label (a cheap table lookup before the full split: 就/以/从 are everywhere)
    if (!isPersonName(t.slice(i - 3, i)) && !isPersonName(t.slice(i - 2, i))) continue;
    const label = t.slice(from, i);
    if (!isLabelShaped(label)) continue;
    // the pronoun carrying the presenter's words on is looked for only once a presenter is there
    if (!PRONOUN_SAYS.test(t)) return null;
    const split = splitSpeakerLabel(label, ctx);
    if (split.name && split.role && split.evidence >= 2) return { name: split.name, role: squeeze(split.role), evidence: split.evidence };
  }
  return null;
}

/** Forum presenters' paragraphs become reported voices. */
export function labelForumSummaries(items: Item[], ctx: NameContext): void {
  for (const it of items) {
    if (it.merged || it.kind !== 'body') continue;
    const who = matchForumSummary(it.block.text, ctx);
    if (!who) continue;
    it.kind = 'label';
    it.host = false;
    it.speaker = { name: who.name, role: who.role };
    it.evidence = who.evidence;
    it.text = it.block.text.trim();
    it.shape = 'reported';
    it.said = true;
    it.reported = true;
  }
}
