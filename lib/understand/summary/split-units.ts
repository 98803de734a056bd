/**
 * A statement's sentences ("units"), verbatim, in reading order, with their content words. A long
 * sentence of ；-joined statements is split at ；, and a framing line is split from the list it opens
 * ("我有三点建议：一是…"), so each unit says one thing.
 */
import { splitSentences } from '../chars';
import { contentWordSpans } from '../segment';
import { findListStart, isListItem, stripListMarker } from './list-markers';
import { extractReportedWords, trimQuotes } from './quotes';

export interface Unit {
  /** The sentence as written (trimmed, a trailing ； dropped). */
  text: string;
  /** What is shown (showUnit): verbatim, a suffix of the text. */
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
// Connectives that tie a sentence to the one before: out of context they only get in the way.
const LEADING_CONNECTIVE =
  /^(?:总的来说|總的來說|总而言之|總而言之|总之|總之|综上所述|綜上所述|综上|綜上|所以说|所以說|所以|因此|同时|同時|此外|另外|而且|但是|然而|不过|不過|当然|當然|其实|其實|事实上|事實上|另一方面|一方面)[，,]\s*/;

/** What a unit shows: no numbered list marker, no leading connective, no dangling quote mark. */
export function showUnit(text: string): string {
  const bare = stripListMarker(text);
  // in reported speech the speaker's point is their own words, not the reporter's frame
  const own = extractReportedWords(bare);
  return trimQuotes((own ?? bare).replace(LEADING_CONNECTIVE, ''));
}

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
          shown: showUnit(text),
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
