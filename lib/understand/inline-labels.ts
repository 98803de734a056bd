/**
 * Several labels in one paragraph: "居民梁先生：「……」李某：「……」". The same format one per paragraph is a
 * label line; run together (a page that lost its line breaks, a vox pop printed as one block), each label
 * and its quotation is cut into a label item of its own. Only labels that name a person count, and only
 * when two or more open a quotation in a paragraph that opens with the first: a story quoting people in
 * passing is not cut.
 */
import { isBalanced } from '../chinese/chars';
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

// a label and its colon with the speech unquoted ("@某某(人大代表): 老人最大的需求是…")
const LABEL_COLON = /([^\s：:「」“”『』。！？!?，,；;]{2,24})[：:]\s*/g;
// where an unquoted speech's label may start: the paragraph's start, or after a sentence closed
const SENTENCE_END = /[」”』。！？!?]\s*$/;

/** The labels that open quotations in a paragraph, each naming a person. */
export function findInlineLabels(text: string, ctx: NameContext = {}): InlineLabel[] {
  return findLabels(text, LABEL_QUOTE, BOUNDARY, ctx);
}

/**
 * The labels that open unquoted speech in a paragraph, each naming a person with a role beside the name
 * ("@倪某(人大代表): …。 @童某(政协委员): …"): without quotation marks only a label with both, after a sentence end,
 * is one.
 */
export function findUnquotedLabels(text: string, ctx: NameContext = {}): InlineLabel[] {
  return findLabels(text, LABEL_COLON, SENTENCE_END, ctx).filter((l) => l.role !== null && l.evidence >= 3);
}

function findLabels(text: string, shape: RegExp, boundary: RegExp, ctx: NameContext): InlineLabel[] {
  const out: InlineLabel[] = [];
  for (const m of text.matchAll(shape)) {
    if (m.index > 0 && !boundary.test(text.slice(0, m.index))) continue;
    const label = m[1]!;
    if (!isLabelShaped(label)) continue;
    const split = splitSpeakerLabel(label, ctx);
    // a bare full name before a quotation is a label too ("李某：「…」"), as it is on a line of its own
    if (!split.name || (split.evidence < 2 && !isPersonName(label))) continue;
    out.push({ at: m.index, speechAt: m.index + m[0].length, name: split.name, role: split.role, evidence: Math.max(2, split.evidence) });
  }
  return out;
}

const STATEMENT = 20;

/**
 * A label's quotation says something at length; between two labels it is that quotation and nothing else
 * ("「……」" then the next label at once), the last one may run on into narrative.
 */
function isStatement(after: string, between: boolean): boolean {
  const q = after.trim();
  if (between && !(/^[「“『]/.test(q) && /[」”』]$/.test(q) && isBalanced(q) && isBalanced(q.slice(1, -1)))) return false;
  const close = between ? q.length - 1 : q.search(/[」”』]/);
  return close - 1 >= STATEMENT;
}

/** Cuts paragraphs holding two or more "label：「…」" runs into one label item per run. */
export function splitInlineLabels(items: Item[], ctx: NameContext): void {
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'body' && !(it.kind === 'label' && it.shape === 'label：'))) continue;
    const text = it.block.text;
    // cheap gate: two colons before quotations at least; or, unquoted, two labels with a role each, the paragraph
    // opening with the first (a page that lost its line breaks), each saying something at length
    let labels = (text.match(/[：:]\s*[「“『]/g) ?? []).length >= 2 ? findInlineLabels(text, ctx) : [];
    if (labels.length < 2 && (text.match(/[：:]/g) ?? []).length >= 2) {
      const unquoted = findUnquotedLabels(text, ctx);
      const speaks = unquoted.every((l, k) => (unquoted[k + 1]?.at ?? text.length) - l.speechAt >= STATEMENT);
      if (unquoted.length >= 2 && unquoted[0]!.at === 0 && speaks && new Set(unquoted.map((l) => l.name)).size >= 2) labels = unquoted;
    }
    // the paragraph opens with the first label: labels met inside the reporter's narrative ("…有居民上前交流。
    // 劉女士：「…」") are a news story's quotes, not a vox pop run together
    if (labels.length < 2) continue;
    const before = text.slice(0, labels[0]!.at).trim();
    // …unless the labels run on one after the other, each opening right where the quotation before it closed
    // ("…反映地區問題。居民劉女士：「…」居民劉先生：「…」"): a consultation's or a vox pop's turns after a scene
    // sentence; the narrative before them stays the reporter's paragraph
    // (each turn a statement: a visit's banter, "劉女士：「不如我送給你。」李某：「我送給你們才應該。」", is a story's scene)
    if (before !== '' && !labels.every((l, k) => isStatement(text.slice(l.speechAt, labels[k + 1]?.at ?? text.length), k < labels.length - 1))) continue;
    const parts: Item[] = [];
    if (before !== '') parts.push({ block: { ...it.block, text: before }, els: [...it.els], text: before, kind: 'body' });
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
