/**
 * Collected quotations with the speaker on the line AFTER the quote and no dash: "“……”" then
 * "北京市人大代表、副市长陈某" (or "…李某谈纪录片《…》", "尹某，全国政协委员、导演"). The same line above a
 * quotation would be a label over speech, so the direction is read from the layout: the first quotation
 * comes before any name line, and every name line follows a quotation.
 */
import { nextSignificant, type Item } from './feature-items';
import type { NameContext } from './names';
import { matchBareAttribution } from './reported-speech';

const QUOTE_OPEN = /^[“「『]/;

function isQuoteParagraph(it: Item | undefined): boolean {
  return !!it && it.kind === 'body' && !it.merged && QUOTE_OPEN.test(it.block.text.trim()) && it.block.text.length >= 8;
}

/** The item before `i` that carries text of the flow (captions, metadata and skipped lines passed over). */
function previousInFlow(items: readonly Item[], i: number): Item | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const k = items[j]!.kind;
    if (k !== 'skip' && k !== 'meta' && k !== 'caption' && k !== 'credit') return items[j];
  }
  return undefined;
}

/** Turns name lines into attributions of the quotation above them, when the page is laid out quote-first. */
export function attributeQuoteFirst(items: Item[], ctx: NameContext): void {
  const found: Array<{ at: number; who: NonNullable<ReturnType<typeof matchBareAttribution>> }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'body' && !(it.kind === 'label' && it.text === '')) continue;
    if (it.kind === 'body' && QUOTE_OPEN.test(it.block.text.trim())) continue;
    const who = matchBareAttribution(it.block.text, ctx);
    if (who) found.push({ at: i, who });
  }
  if (found.length < 2) return;
  // every name line follows a quotation, and a quotation comes first (no name line above the first one)
  if (!found.every((f) => isQuoteParagraph(previousInFlow(items, f.at)))) return;
  const firstQuote = items.findIndex((it) => isQuoteParagraph(it));
  const before = previousInFlow(items, firstQuote);
  if (before && (before.kind === 'label' || before.kind === 'attribution')) return;
  // a name line with a quotation below and none of its own above would still be a label: every quote
  // paragraph but the last must be followed by a name line
  for (const f of found) {
    const it = items[f.at]!;
    const next = nextSignificant(items, f.at + 1);
    if (next && next.kind === 'label') return;
    it.kind = 'attribution';
    it.speaker = { name: f.who.name, role: f.who.role };
    it.evidence = Math.max(2, f.who.evidence);
    it.text = '';
    delete it.title;
  }
}
