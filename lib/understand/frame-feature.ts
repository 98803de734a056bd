/**
 * Stage 2 of the parser: frame the feature. Finds the headline and the deck, where the feature's voices
 * end on a page (pagers, rails and footers after them are not speech), and re-joins broken paragraphs.
 */
import { isSpeechStart, isVoice, nextSignificant, type Item, type LineKind } from './feature-items';
import { matchByline, startsWithDashes, stripDashes } from './lines';
import { isFragment, pickContinuation } from './stitch';

export interface Frame {
  /** The items of the feature's flow, from after the headline (and deck) to the end of the voices' container. */
  items: Item[];
  headline: Item | null;
  deck: string | null;
  deckItem: Item | null;
  /** Voices named with evidence in the whole page (before framing). */
  voiceCount: number;
}

const FEATURE_KINDS: ReadonlySet<LineKind> = new Set(['label', 'attribution', 'marker', 'topic']);

function isFeatureLine(it: Item): boolean {
  return FEATURE_KINDS.has(it.kind) && !it.implicit;
}

/** The smallest element containing all of `els`. */
export function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

function pickHeadline(items: Item[], first: number, fromDocument: boolean, title: string | null): number {
  if (!fromDocument) {
    // a text starts with its headline, even one with a colon ("专访市文旅局局长：让老城“活”起来")
    const i = items.findIndex((it) => it.kind !== 'skip' && it.kind !== 'meta');
    const text = items[i]?.block.text ?? '';
    // (a quotation that ends a sentence is speech, not a headline: collected quotes may open the text)
    const quotation = /^(?:\d{1,2}[.、．]\s*)?[“「『]/.test(text) && /[。！？!?][”」』]$/.test(text);
    // a speaker's label alone on the first line heads speech, not the text ("某某(評論人)" then a paragraph)
    // (so does a strong colon label alone on its line with speech below: "某某，委员、董事长：")
    const head = items[i];
    const next = i >= 0 ? nextSignificant(items, i + 1) : null;
    const colonLabel = head?.kind === 'label' && ((head.shape === 'label：' && /[:：]$/.test(text)) || head.shape === 'role：name') && (head.evidence ?? 0) >= 2 && !head.text && isSpeechStart(next);
    const speakerLine = head?.kind === 'label' && (head.shape === 'name(role)' || colonLabel);
    // a sentence a "——" line signs below is the first quotation of a digest ("[今日最大声]“……”" then "——某某"),
    // whatever tag opens it
    const signed = next?.kind === 'attribution' && !next.text && /[。！？!?…][”」』]?$/.test(text);
    return i >= 0 && !quotation && !speakerLine && !signed && (i < first || (text.length <= 60 && !/[。！？]$/.test(text))) ? i : -1;
  }
  // the page's <h1> is its headline even when it reads like a label ("美國隊晉級 球迷喜若狂": no colon, no speech)
  if (first < items.length && items[first]!.block.heading === 1 && items[first]!.kind === 'label' && !items.slice(0, first).some((it) => it.block.heading === 1)) return first;
  for (const level of [1, 2, 3]) {
    for (let i = first - 1; i >= 0; i--) {
      const h = items[i]!.block.heading;
      if (h === level && items[i]!.kind !== 'skip') return i;
    }
  }
  // no heading: a box the page calls its title ("<div class="title">")
  for (let i = first - 1; i >= 0; i--) {
    const el = items[i]!.block.el;
    const name = `${el?.getAttribute('class') ?? ''} ${el?.id ?? ''}`;
    if (items[i]!.kind !== 'skip' && /(^|[\s_-])(title|headline|biaoti|art-?title|article-?title)([\s_-]|$)/i.test(name)) return i;
  }
  // no box either: a paragraph printing the tab's headline again (a plain <p> above the lead) is the headline, not a
  // paragraph of the story
  return title ? items.findIndex((it, i) => i < first && it.kind !== 'skip' && it.block.text.trim() === title) : -1;
}

function firstFeatureLine(items: Item[], after: number): number {
  const i = items.findIndex((it, k) => k > after && isFeatureLine(it));
  return i < 0 ? items.length : i;
}

/** On a page, the feature ends with the container of its voices. */
function featureEnd(items: Item[], headline: number): number {
  const lines = items.filter((it, i) => i > headline && isFeatureLine(it));
  let container = commonAncestor(lines.flatMap((it) => it.els));
  // one such line's container is its own paragraph, which says nothing of where the feature ends: a prose round whose
  // one label-like paragraph opens it would end there. Its paragraphs' box does
  if (lines.length === 1 && container?.tagName === 'P') container = container.parentElement;
  if (!container) return items.length;
  let last = -1;
  items.forEach((it, i) => {
    if (it.els.some((el) => container.contains(el))) last = i;
  });
  return last >= 0 ? last + 1 : items.length;
}

/** Headline, deck and the feature's extent; broken paragraphs re-joined when there are voices to join. */
export function frameFeature(all: Item[], fromDocument: boolean, title: string | null = null): Frame {
  const voiceCount = all.filter(isVoice).length;
  // the headline is looked for before the first voice or explicit topic (a bold headline reads like a section title)
  let first = firstFeatureLine(all, -1);
  const h = pickHeadline(all, first, fromDocument, title?.trim() || null);
  const headline = h >= 0 ? all[h]! : null;
  if (h >= 0 && h === first) first = firstFeatureLine(all, h);
  let start = h + 1;
  let deck: string | null = null;
  let deckItem: Item | null = null;
  for (let i = start; i < all.length && i < first + 1; i++) {
    const it = all[i]!;
    if (it.kind === 'skip' || it.kind === 'meta') continue;
    const headingDeck = fromDocument && it.block.heading > 0 && headline && it.block.heading > headline.block.heading;
    if (startsWithDashes(it.block.text) || (headingDeck && it.kind !== 'label')) {
      deck = stripDashes(it.block.text);
      deckItem = it;
      start = i + 1;
    }
    break;
  }
  const end = fromDocument ? featureEnd(all, h) : all.length;
  const items = all.slice(Math.max(start, 0), end);
  if (voiceCount >= 2) stitchItems(items);
  return { items, headline, deck, deckItem, voiceCount };
}

/** Re-joins broken paragraphs; blocks skipped over in between are marked displaced. */
function stitchItems(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if ((it.kind !== 'body' && it.kind !== 'label') || it.merged || !it.text) continue;
    if (matchByline(it.text) || !isFragment(it.text)) continue;
    const candidates: number[] = [];
    for (let j = i + 1; j < items.length && j <= i + 16; j++) {
      const k = items[j]!.kind;
      if (k === 'label' || k === 'marker' || k === 'topic' || k === 'attribution' || k === 'byline') break;
      if (k === 'body' && !items[j]!.merged && !items[j]!.displaced) candidates.push(j);
    }
    const pick = pickContinuation(it.text, candidates.map((j) => items[j]!.text));
    if (pick < 0) continue;
    const j = candidates[pick]!;
    const cont = items[j]!;
    it.text = it.text.trimEnd() + cont.text.trimStart();
    it.els.push(...cont.els);
    cont.merged = true;
    for (let k = i + 1; k < j; k++) if (items[k]!.kind === 'body') items[k]!.displaced = true;
    i--; // the joined paragraph may still be broken further on
  }
}
