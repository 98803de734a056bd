/**
 * What a context rule sees of one position of a paragraph, and the small lookups rules share.
 */
import type { WordSpan } from '../chinese/words';

export interface RuleContext {
  chars: readonly string[];
  /** Readings so far (library, word re-reads, names, word list). */
  readings: readonly (string | null)[];
  words: readonly WordSpan[];
  i: number;
  prev: string;
  next: string;
  /** The word covering i, and whether that word is this character alone. */
  word: WordSpan | undefined;
  alone: boolean;
}

/**
 * One context rule: where `applies`, the character reads `reading`. Rows are tried in table order
 * for their character; the first that applies decides. `examples` and `counterExamples` are
 * sentences with the character marked 【】; a counter-example is where the rule must not apply
 * (with what the paragraph reads there instead). tests/unit/reading/context-rules.test.ts runs
 * every row's examples and counter-examples through the readings.
 */
export interface ContextRule {
  char: string;
  reading: string;
  why: string;
  /** Also where the word list decided: a wider context overrules the word (全县|长期). */
  overWordList?: boolean;
  applies(c: RuleContext): boolean;
  examples: readonly string[];
  counterExamples: ReadonlyArray<readonly [sentence: string, reads: string]>;
}

export const HAN = /\p{Script=Han}/u;

/** Whether `ch` is one of the characters of `set` (never for the empty string at a text's edge). */
export function among(set: string, ch: string): boolean {
  return ch !== '' && set.includes(ch);
}

/** The word covering position i: binary search (words are in text order and cover it). */
export function wordOf(words: readonly WordSpan[], i: number): WordSpan | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]!;
    if (i < w.start) hi = mid - 1;
    else if (i >= w.end) lo = mid + 1;
    else return w;
  }
  return undefined;
}

const CLAUSE_BREAK = new Set(Array.from('，。；：！？,;:!?\n\r…'));

export function clauseStart(chars: readonly string[], i: number): number {
  let j = i;
  while (j > 0 && !CLAUSE_BREAK.has(chars[j - 1]!)) j--;
  return j;
}

export function clauseEnd(chars: readonly string[], i: number): number {
  let j = i;
  while (j < chars.length && !CLAUSE_BREAK.has(chars[j]!)) j++;
  return j;
}

const SPLIT = new Map<string, readonly string[]>();

/** Whether `word` starts at position i. */
export function startsWithAt(chars: readonly string[], i: number, word: string): boolean {
  // The words asked about are the rules' constants: split once, kept.
  let w = SPLIT.get(word);
  if (!w) SPLIT.set(word, (w = Array.from(word)));
  for (let k = 0; k < w.length; k++) if (chars[i + k] !== w[k]) return false;
  return true;
}
