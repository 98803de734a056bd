/**
 * Both layers' writes for one text node: it is brought to what it wants (pinyin as a ruby wrapper,
 * script alone in place, or given back), from the readings cache, through the paired writes of
 * text-records.ts. Returns the layout cost, so the orchestrator can pace it.
 */
import { filterSegments } from '@/lib/levels/reading-filter';
import { convertQuotes, type QuoteContext, type QuoteStyle } from '@/lib/chinese/script-quotes';
import type { ConvertedPiece, ScriptVariant } from '@/lib/reading/contract';
import { containsHan, isEligibleText } from './dom-scan';
import { estimateRubies } from './pacing';
import type { NodeWant } from './layer-modes';
import { buildRubyWrapper } from './pinyin-transform';
import type { ReadingsCache } from './readings-cache';
import { limitPlan, phraseText, planRuby } from './ruby-plan';
import type { TextRecord, TextRecords } from './text-records';

export interface NodeWriterContext {
  doc: Document;
  records: TextRecords;
  cache: ReadingsCache;
  pageLang(): string | null;
  /** What the node wants, given its record (null: none). */
  wantFor(rec: TextRecord | undefined, node: Text): NodeWant;
  /** The code points of the node on screen, when only those are rendered in this pass. */
  rangeOf(node: Text): [number, number] | undefined;
  /** Watches a node of the page's that our wrapper replaced. */
  watchDetached(node: Text): void;
  /** Whether a node not yet ours may be touched (isEligibleText; the orchestrator's may remember ancestors within a task). */
  isEligible?(node: Text): boolean;
}

/**
 * Brings one node to what the modes want. Returns its layout cost (ruby elements; plain text counts
 * as one), or -1 when its data is not there yet (it goes back in the queue).
 */
export function writeNode(ctx: NodeWriterContext, node: Text): number {
  const { records, cache } = ctx;
  const rec = records.valid(node);
  const target = rec?.wrapper ?? node;
  if (!target.isConnected) {
    // Off the page (removed by it): give back what is ours, forget it; if the page puts it back,
    // the page watch brings it round again.
    if (rec) records.giveBack(rec);
    return 0;
  }
  if (!rec && !(ctx.isEligible ? ctx.isEligible(node) : isEligibleText(node, ctx.pageLang()))) return 0;
  const want = ctx.wantFor(rec, node);
  const range = want.pinyin ? ctx.rangeOf(node) : undefined;
  // A partly rendered node carries its own key, so the full pass renders it again.
  const pinyinKey = want.pinyin ? (range ? `${want.pinyin.key}|${range[0]}-${range[1]}` : want.pinyin.key) : null;
  const quotes = !!want.script && !!want.quotes;
  const style = styleKey(want);
  if (rec && rec.script === want.script && rec.pinyinKey === pinyinKey && (rec.style ?? '') === style) return 0;
  if (!rec && want.pinyin === null && want.script === null) return 0;
  const original = rec ? rec.original : node.data;
  if (!containsHan(original)) {
    // Quotation marks alone (“<b>十三五</b>”): only the script layer's corner quotes touch them.
    const shown = quotes ? convertQuotes(original, quoteStyleOf(want.script!), quoteContext(target)) : original;
    if (shown === original) {
      if (rec) records.giveBack(rec);
      return rec ? 1 : 0;
    }
    records.setScript(node, original, shown, want.script!, style);
    return 1;
  }

  if (want.pinyin) {
    const read = cache.readings(original);
    const pieces = want.script ? cache.pieces(want.script, original) : undefined;
    if (!read || (want.script && !pieces)) return -1;
    const converted = pieces ? phraseText(pieces) : null;
    const shown = pieces && quotes ? restylePieces(pieces, want.script!, original, quoteContext(target)) : pieces;
    // Known words and words under the reader's level keep their text, without readings.
    const hides = want.pinyin.hides;
    const segments = hides ? filterSegments(read, hides) : read;
    const convertedRead = converted !== null ? cache.readings(converted) : undefined;
    // Without the converted readings (reading engine failed), phrases fall back to the original's.
    const full = planRuby(original, segments, want.pinyin.grouping, shown, hides && convertedRead ? filterSegments(convertedRead, hides) : convertedRead);
    const plan = range ? limitPlan(full, range[0], range[1]) : full;
    const { wrapper, rubies } = buildRubyWrapper(ctx.doc, plan, want.pinyin.format);
    records.setRuby(node, original, wrapper, want.script, pinyinKey!, style);
    // The page may still edit its (now detached) node through a reference it holds.
    ctx.watchDetached(node);
    return rubies;
  }
  if (want.script) {
    const converted = cache.converted(want.script, original);
    if (converted === undefined) return -1;
    const shown = quotes ? convertQuotes(converted, quoteStyleOf(want.script), quoteContext(target)) : converted;
    records.setScript(node, original, shown, want.script, style);
    return 1;
  }
  // Both off for this node. Plain text lays out far cheaper than ruby: counted as one.
  records.giveBack(rec!);
  return 1;
}

/** What writing a node will cost in layout, before doing it (ruby count estimate; plain text one). */
export function estimateNodeCost(ctx: NodeWriterContext, node: Text): number {
  const want = ctx.wantFor(ctx.records.get(node), node);
  if (!want.pinyin) return 1;
  const range = ctx.rangeOf(node);
  return estimateRubies(range ? range[1] - range[0] : ctx.records.originalOf(node).length, want.pinyin.grouping);
}

/** Writing the node would put ruby in or take it out. */
export function touchesRuby(ctx: NodeWriterContext, node: Text): boolean {
  const rec = ctx.records.get(node);
  return !!rec?.wrapper || ctx.wantFor(rec, node).pinyin !== null;
}

/** What a node's writing followed besides script and pinyin: corner quotes, the entries' revision. */
function styleKey(want: NodeWant): string {
  return `${want.script && want.quotes ? 'q' : ''}${want.revision ? `#${want.revision}` : ''}`;
}

const quoteStyleOf = (variant: ScriptVariant): QuoteStyle => (variant === 'cn' ? 'curly' : 'corner');

// How much neighbouring text tells a quotation mark at a node's edge whether it stands in Chinese.
const CONTEXT_CHARS = 4;

/** The page's text just before and after a node in its block (readings of our ruby left out). */
function quoteContext(target: Node): QuoteContext {
  const textOf = (node: Node | null): string => {
    if (!node) return '';
    if (node.nodeType === 3) return (node as Text).data;
    if (node.nodeType !== 1 || (node as Element).localName === 'rt') return '';
    return Array.from(node.childNodes, textOf).join('');
  };
  const side = (step: 'previousSibling' | 'nextSibling'): string => {
    let text = '';
    for (let n: Node | null = target[step]; n && text.length < CONTEXT_CHARS; n = n[step]) {
      text = step === 'previousSibling' ? textOf(n) + text : text + textOf(n);
    }
    return step === 'previousSibling' ? text.slice(-CONTEXT_CHARS) : text.slice(0, CONTEXT_CHARS);
  };
  return { before: side('previousSibling'), after: side('nextSibling') };
}

/** The conversion pieces with their quotation marks restyled (each mark is a piece of its own, one for one). */
function restylePieces(pieces: readonly ConvertedPiece[], variant: ScriptVariant, original: string, context: QuoteContext): ConvertedPiece[] {
  const styled = Array.from(convertQuotes(original, quoteStyleOf(variant), context));
  let pos = 0;
  return pieces.map((piece) => {
    const at = pos;
    pos += Array.from(piece.from).length;
    return piece.from.length === 1 && piece.to === piece.from && styled[at] !== piece.from ? { from: piece.from, to: styled[at]! } : piece;
  });
}
