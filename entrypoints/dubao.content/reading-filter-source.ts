/**
 * The content script's reading filter: the reader's level (settings) and known words (their own
 * storage item), with the HSK table asked of the background the first time a level is set. Calls
 * `onChange` when what it hides changes, so the pinyin layer re-renders without a reload.
 */
import { watchKnownWords, loadKnownWords } from '@/lib/levels/known-words';
import { parseLevels } from '@/lib/levels/compile';
import { sendLevelsMessage } from '@/lib/levels/messages';
import { createReadingFilter, type ReadingFilter } from '@/lib/levels/reading-filter';
import type { Settings } from '@/lib/settings';

export interface ReadingFilterSource {
  current(): ReadingFilter | null;
  dispose(): void;
}

export function createReadingFilterSource(options: {
  settings(): Settings;
  onChange(): void;
  report(error: unknown): void;
  /** The levels file's text (default: from the background). */
  readLevels?(): Promise<string>;
}): ReadingFilterSource {
  let known = new Set<string>();
  let levels = new Map<string, number>();
  let version = 0;
  let loading: Promise<void> | null = null;
  let disposed = false;

  const setKnown = (words: string[]) => {
    const next = new Set(words);
    if (next.size === known.size && words.every((w) => known.has(w))) return;
    known = next;
    version++;
    if (!disposed) options.onChange();
  };
  loadKnownWords().then(setKnown, options.report);
  const unwatch = watchKnownWords(setKnown);

  function ensureLevels(): void {
    if (options.settings().readingLevel <= 0 || levels.size || loading) return;
    const read = options.readLevels ?? (() => sendLevelsMessage('levels.table', undefined));
    loading = read()
      .then((text) => {
        levels = parseLevels(text);
        if (levels.size && !disposed) options.onChange();
      })
      .catch(options.report)
      .finally(() => {
        // Without a table (a failed read) the next pass asks again.
        if (!levels.size) loading = null;
      });
  }

  return {
    current() {
      ensureLevels();
      return createReadingFilter({ level: options.settings().readingLevel, known, levels }, version);
    },
    dispose() {
      disposed = true;
      unwatch();
    },
  };
}
