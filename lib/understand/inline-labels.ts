/**
 * Several labels in one paragraph: "居民梁先生：「……」李某：「……」". The same format one per paragraph is a
 * label line; run together (a page that lost its line breaks, a vox pop printed as one block), each label
 * and its quotation is cut into a label item of its own. Only labels that name a person count, and only
 * when two or more open a quotation in a paragraph that opens with the first: a story quoting people in
 * passing is not cut.
 */
import type { Item } from './feature-items';
import { isLabelShaped } from './lines';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';

// a label (no punctuation inside), its colon, then an opening quotation mark
const LABEL_QUOTE = /([^\s：:「」“”『』。！？!?，,；;]{2,24})\s*[：:]\s*(?=[「“『])/g;
// where a label may start inside a paragraph: its start, or after a quotation or a sentence closed
const BOUNDARY = /[」”』。！？!?\s]$/;

interface InlineLabel {
  at: number;
  speechAt: number;
  name: string;
  role: string | null;
  evidence: number;
}

/** The labels that open quotations in a paragraph, each naming a person. */
export function findInlineLabels(text: string, ctx: NameContext = {}): InlineLabel[] {
  const out: InlineLabel[] = [];
  for (const m of text.matchAll(LABEL_QUOTE)) {
    if (m.index > 0 && !BOUNDARY.test(text.slice(0, m.index))) continue;
    const label = m[1]!;
    if (!isLabelShaped(label)) continue;
    const split = splitSpeakerLabel(label, ctx);
    // a bare full name before a quotation is a label too ("李某：「…」"), as it is on a line of its own
    if (!split.name || (split.evidence < 2 && !isPersonName(label))) continue;
    out.push({ at: m.index, speechAt: m.index + m[0].length, name: split.name, role: split.role, evidence: Math.max(2, split.evidence) });
  }
  return out;
}

/** Cuts paragraphs holding two or more "label：「…」" runs into one label item per run. */
export function splitInlineLabels(items: Item[], ctx: NameContext): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'body' && !(it.kind === 'label' && it.shape === 'label：'))) continue;
    const text = it.block.text;
    // cheap gate: two colons before quotations at least
    if ((text.match(/[：:]\s*[「“『]/g) ?? []).length < 2) continue;
    const labels = findInlineLabels(text, ctx);
    // the paragraph opens with the first label: labels met inside the reporter's narrative ("…有居民上前交流。
    // 劉女士：「…」") are a news story's quotes, not a vox pop run together
    if (labels.length < 2 || text.slice(0, labels[0]!.at).trim() !== '') continue;
    const parts: Item[] = [];
    labels.forEach((l, k) => {
      const end = labels[k + 1]?.at ?? text.length;
      parts.push({
        block: { ...it.block, text: text.slice(l.at, end).trim() },
        els: [...it.els],
        text: text.slice(l.speechAt, end).trim(),
        kind: 'label',
        host: false,
        speaker: { name: l.name, role: l.role },
        evidence: l.evidence,
        shape: 'label：',
      });
    });
    items.splice(i, 1, ...parts);
  }
}
