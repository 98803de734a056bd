/**
 * A statement's sentences ("units"), verbatim, in reading order, with their content words. A long
 * sentence of ；-joined statements is split at ；, and a framing line is split from the list it opens
 * ("我有三点建议：一是…"), so each unit says one thing.
 */
import { splitSentences } from '../../chinese/chars';
import { contentWordSpans } from '../segment';
import { dropAsides, dropLeadingAsides, isOnlyAside } from './asides';
import { isQuestion } from './cues';
import { findListStart, isListItem, stripListMarker } from './list-markers';
import { extractReportedWords, trimQuotes } from './quotes';
import { trimTopicTail } from './topic-tails';

export interface Unit {
  /** The sentence as written (trimmed, a trailing ； dropped). */
  text: string;
  /** What is shown (showUnit): verbatim, a suffix of the text. */
  shown: string;
  para: number;
  /** Offsets of the sentence in its paragraph. */
  start: number;
  end: number;
  order: number;
  /** Whether the unit is the last of the statement. */
  last: boolean;
  listItem: boolean;
  /** Whether the unit opens inside a quotation opened by a sentence before it: the speaker's words, whatever their person. */
  inQuote: boolean;
  /** Content words (segmented once per paragraph: the segmenter's cost is per call). */
  words: string[];
}

const MIN_CHARS = 6;
const ENUMERATES = /(?:包括|分[别別]是|如下)[^；;]*[；;]\s*$/;
const SHORT_LIST = 100;
// Connectives that tie a sentence to the one before: out of context they only get in the way (为此/对此 point at an
// occasion the gist does not show; 因此 needs no comma to lean back).
const LEADING_CONNECTIVE =
  /^(?:(?:总的来说|總的來說|[总總]而言之|[总總]之|[综綜]上所述|[综綜]上|所以[说說]|所以|因此|同[时時]|[此另]外|而且|但是|然而|不[过過]|[当當]然|其[实實]|事[实實]上|另一方面|一方面|[为為对對]此)[，,]\s*|(?:因此|因而)(?=\p{Script=Han}))/u;

/** What a unit shows: no numbered list marker, no leading connective, no dangling quote mark, no topic list's "等議題" label. */
export function showUnit(text: string): string {
  const bare = stripListMarker(dropLeadingAsides(text));
  // in reported speech the speaker's point is their own words, not the reporter's frame
  const own = extractReportedWords(bare);
  return trimTopicTail(trimQuotes(dropLeadingAsides(own ?? bare).replace(LEADING_CONNECTIVE, '')));
}

function splitLong(sentence: string): string[] {
  const pieces: string[] = [];
  const listAt = findListStart(sentence);
  // a short list read with the line that frames it says the whole point ("想提2条建议：一是…；二是…"):
  // apart, the framing line says nothing and each item only a part
  const whole = listAt > 0 && Array.from(sentence.trim()).length <= SHORT_LIST;
  const parts = listAt > 0 && !whole ? [sentence.slice(0, listAt), sentence.slice(listAt)] : [sentence];
  for (const part of parts) {
    // a list run "一是…；二是…" or a long ；-joined sentence reads one statement at a time
    if (!whole && (Array.from(part).length > 70 || isListItem(part))) pieces.push(...part.split(/(?<=[；;])/));
    else pieces.push(part);
  }
  return pieces;
}

// Pages machine-converted with the pinyin left in ("因?yàn)", "來(lái)?yè)]") carry an ASCII "?" for each
// character the converter lost: glued to pinyin or doubled, it is a lost character, not a question.
function isLostCharacter(sentence: string, next: string | undefined): boolean {
  if (!/\?$/.test(sentence) || next === undefined) return false;
  return /^[a-zA-Z\u00C0-\u024F]/.test(next) || /[)）]\?+$|\?\?$/.test(sentence);
}

// A quote cut at its first ！ or 。 ("方指「有失望呀！但…」") reads as one sentence, up to a length where an
// unclosed quote mark is more likely a typo than a long quotation. A speech quoted whole (the paragraph
// opens with the mark) is the statement itself: its sentences stay apart.
const MAX_QUOTE_JOIN = 160;
const OPENS_MIDWAY = /^\s*[，,、]/;
const quoteDepth = (text: string) => (text.match(/[「『“]/g) ?? []).length - (text.match(/[」』”]/g) ?? []).length;

/** Sentences, verbatim, with those cut at a lost character or inside a quote joined back (the one sentence splitter of the summaries). */
export function splitReadSentences(paragraph: string): string[] {
  const out: string[] = [];
  let carry = '';
  let depth = 0;
  let whole = /^\s*[「『“]/.test(paragraph) ? 1 : 0;
  const sentences = splitSentences(paragraph);
  sentences.forEach((s, i) => {
    carry += s;
    depth += quoteDepth(s);
    // once the opening quote has closed, the paragraph is no longer one quoted speech
    if (depth <= 0) whole = 0;
    if (isLostCharacter(s, sentences[i + 1])) return;
    // no sentence opens with a comma: "…类似于‘老师您辛苦啦!’,然后…" ends a quotation inside the sentence, whatever
    // marks the quote (‘’ too, which quoteDepth cannot count: it is also the apostrophe)
    if (OPENS_MIDWAY.test(sentences[i + 1] ?? '')) return;
    if (i + 1 < sentences.length && depth > whole && Array.from(carry).length < MAX_QUOTE_JOIN) return;
    out.push(carry);
    carry = '';
  });
  if (carry) out.push(carry);
  return out;
}

// A line that ends mid-sentence (no sentence-final mark, or a "：" that opens what follows) was broken by
// the page's layout: "我有3点意见" ⏎ "：第一……" is one sentence, and read apart the preamble half wins.
const SENTENCE_END = /[。！？!?…；;”」』）)】］\]]\s*$/;

/** The statement's lines with each one broken mid-sentence joined to the next (nothing dropped). */
export function joinBrokenLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let carry = '';
  for (const p of paragraphs) {
    if (carry) {
      // CJK text joins as written on the page; Latin words keep a space between them
      const glue = /[A-Za-z0-9]$/.test(carry.trimEnd()) && /^\s*[A-Za-z0-9]/.test(p) ? ' ' : '';
      carry = carry.trimEnd() + glue + p.trimStart();
    } else carry = p;
    if (carry.trim() && SENTENCE_END.test(carry)) {
      out.push(carry);
      carry = '';
    }
  }
  if (carry) out.push(carry);
  return out;
}

// Three sentences or more in a row that each open on 要 ("要坚定信心。要落实政策。要优化环境。") run through the tasks
// one by one, a list without numbers: each is one item, not the speaker's line (要求, 要是, 要么, 要不, 要点 are no such 要).
const OPENS_MUST = /^[\s“「]*要(?![求是么麼不点點])/;
const MIN_RUN = 3;

function markMustRuns(units: Unit[]): void {
  let from = 0;
  for (let i = 0; i <= units.length; i++) {
    if (i < units.length && OPENS_MUST.test(units[i]!.text)) continue;
    if (i - from >= MIN_RUN) for (let k = from; k < i; k++) units[k]!.listItem = true;
    from = i + 1;
  }
}

/** The units of a statement given as paragraphs. */
export function splitUnits(lines: readonly string[]): Unit[] {
  const paragraphs = joinBrokenLines(lines);
  const out: Unit[] = [];
  paragraphs.forEach((p, para) => {
    const words = contentWordSpans(p);
    // the sentences after a numbered item's first one belong to the same item
    const itemParagraph = isListItem(p);
    let cursor = 0;
    for (const s of splitReadSentences(p)) {
      const pieces = splitLong(s);
      // "从五方面推动发展，包括…；…；以及…": a ；-run after 包括 or 如下 is the items of the list its first piece opens
      const enumerates = pieces.length >= 3 && ENUMERATES.test(pieces[0]!);
      for (const [k, u] of pieces.entries()) {
        const start = p.indexOf(u, cursor);
        const end = start + u.length;
        cursor = end;
        const text = u.trim().replace(/[；;]$/, '');
        if (Array.from(text).length < MIN_CHARS) continue;
        out.push({
          text,
          shown: showUnit(text),
          para,
          start,
          end,
          order: out.length,
          last: false,
          listItem: itemParagraph || isListItem(text) || (enumerates && k > 0),
          inQuote: quoteDepth(p.slice(0, start)) > 0,
          words: words.filter((w) => w.index >= start && w.index < end).map((w) => w.word),
        });
      }
    }
  });
  // a reporter's "（點解？）" alone is no sentence of the speaker's (unless nothing else is said)
  if (out.some((u) => !isOnlyAside(u.text))) {
    const said = out.filter((u) => !isOnlyAside(u.text));
    said.forEach((u, i) => (u.order = i));
    out.splice(0, out.length, ...said);
  }
  if (out.length) out[out.length - 1]!.last = true;
  markMustRuns(out);
  // a short answer reads only with its rhetorical question: "…是谁的责任呢？政府责无旁贷！"
  for (let i = 1; i < out.length; i++) {
    const u = out[i]!;
    const q = out[i - 1]!;
    if (q.para === u.para && isQuestion(dropAsides(q.text)) && !isQuestion(dropAsides(u.text)) && Array.from(u.shown).length < 30) {
      u.shown = showUnit(paragraphs[u.para]!.slice(q.start, u.end).trim());
    }
  }
  return out;
}
