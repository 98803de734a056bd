/**
 * The correction stage over pinyin-pro's readings: the word list (whole words news prose uses,
 * word-list.ts), then the context rules (characters whose reading depends on grammar, a table in
 * context-rules.ts). Names decided before stay as they are.
 */
import type { WordSpan } from '../chinese/words';
import { applyContextRules } from './context-rules';
import { applyWordList } from './word-list';

export interface CorrectionInput {
  chars: readonly string[];
  readings: (string | null)[];
  words: readonly WordSpan[];
  boundaries: ReadonlySet<number>;
  /** Positions already decided (names); nothing here changes them. */
  locked: boolean[];
  /** Positions the word list decided; filled by applyWordList. */
  wordLocked?: boolean[];
  /** Filled with the [start, end) of each word-list match, so ruby can group 乡|长 as one word. */
  matches?: Array<[number, number]>;
}

/** Runs the whole correction stage (word list, then context rules) in place. */
export function correctReadings(input: CorrectionInput): void {
  applyWordList(input);
  applyContextRules(input);
}
