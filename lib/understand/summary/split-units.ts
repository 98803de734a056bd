/**
 * A statement's sentences ("units"), verbatim, in reading order, with their content words. A long
 * sentence of ；-joined statements is split at ；, and a framing line is split from the list it opens
 * ("我有三点建议：一是…"), so each unit says one thing.
 */
import { splitSentences } from '../chars';
import { contentWordSpans } from '../segment';
import { findListStart, isListItem, stripListMarker } from './list-markers';
import { trimQuotes } from './quotes';

export interface Unit {
  /** The sentence as written (trimmed, a trailing ； dropped). */
  text: string;
  /** What is shown: the text without a numbered list marker or a dangling quote mark. */
  shown: string;
  para: number;
  order: number;
  /** Whether the unit is the last of the statement. */
  last: boolean;
  listItem: boolean;
  /** Content words (segmented once per paragraph: the segmenter's cost is per call). */
  words: string[];
}

const MIN_CHARS = 6;

function splitLong(sentence: string): string[] {
  const pieces: string[] = [];
  const listAt = findListStart(sentence);
  const parts = listAt > 0 ? [sentence.slice(0, listAt), sentence.slice(listAt)] : [sentence];
  for (const part of parts) {
    // a list run "一是…；二是…" or a long ；-joined sentence reads one statement at a time
    if (Array.from(part).length > 70 || isListItem(part)) pieces.push(...part.split(/(?<=[；;])/));
    else pieces.push(part);
  }
  return pieces;
}

/** The units of a statement given as paragraphs. */
export function splitUnits(paragraphs: readonly string[]): Unit[] {
  const out: Unit[] = [];
  paragraphs.forEach((p, para) => {
    const words = contentWordSpans(p);
    // the sentences after a numbered item's first one belong to the same item
    const itemParagraph = isListItem(p);
    let cursor = 0;
    for (const s of splitSentences(p)) {
      for (const u of splitLong(s)) {
        const start = p.indexOf(u, cursor);
        const end = start + u.length;
        cursor = end;
        const text = u.trim().replace(/[；;]$/, '');
        if (Array.from(text).length < MIN_CHARS) continue;
        out.push({
          text,
          shown: trimQuotes(stripListMarker(text)),
          para,
          order: out.length,
          last: false,
          listItem: itemParagraph || isListItem(text),
          words: words.filter((w) => w.index >= start && w.index < end).map((w) => w.word),
        });
      }
    }
  });
  if (out.length) out[out.length - 1]!.last = true;
  return out;
}
