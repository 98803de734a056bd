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

export function keepQuotedReading(readOnce: () => Promise<QuotedAnalysis | null>): QuotedReading {
  let kept: Promise<QuotedAnalysis | null> | null = null;
  const read = () =>
    (kept ??= readOnce().catch((error: unknown) => {
      kept = null;
      throw error;
    }));
  return {
    read,
    count: () => read().then((analysis) => analysis && { people: analysis.people }),
  };
}
