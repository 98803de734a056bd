/**
 * The people the page quotes, read on request at most once per session and kept: the popup's count and the
 * sidebar's cards are then the same reading, and the button's click parses nothing again. Mutations of the
 * page since are ignored on purpose: our own layers rewrite its text (pinyin, script) and would invalidate it
 * on every toggle, and the sidebar must show the people the count promised. A failed reading is not kept
 * (the next ask reads again).
 */
import type { QuotedAnalysis } from '@/lib/understand/analyze-page';

export interface QuotedReading {
  /** The reading (made on the first call, the same promise after). */
  read(): Promise<QuotedAnalysis | null>;
  /** How many people it names; null where the reading failed. */
  count(): Promise<{ people: number } | null>;
}

/**
 * `idle`: what the count waits for before a first reading. The count is asked for when the popup opens, before the
 * reader has asked for anything: the reading (one parse of the page, 5–60 ms warm on real pages, up to ~180 ms the
 * first time) waits for the page to be idle; a click reads at once.
 */
export function keepQuotedReading(readOnce: () => Promise<QuotedAnalysis | null>, idle: () => Promise<void> = () => Promise.resolve()): QuotedReading {
  let kept: Promise<QuotedAnalysis | null> | null = null;
  const read = () =>
    (kept ??= readOnce().catch((error: unknown) => {
      kept = null;
      throw error;
    }));
  return {
    read,
    count: () => (kept ?? idle().then(read)).then((analysis) => analysis && { people: analysis.people }),
  };
}
