/**
 * The layer engine's reading engine for DOM tests: the real one of lib/reading, called in process
 * (no messaging), with a call log so tests can see what was asked.
 */
import type { ReadingEngine } from '@/lib/reading/contract';
import { createReadingEngine } from '@/lib/reading/reading-engine';

export interface LoggedSource extends ReadingEngine {
  calls: { kind: string; texts: string[] }[];
  /** The engine underneath (its setEntries: what the background does when the reader's entries change). */
  engine: ReturnType<typeof createReadingEngine>;
}

export function createLibSource(): LoggedSource {
  const calls: LoggedSource['calls'] = [];
  const engine = createReadingEngine();
  return {
    calls,
    engine,
    async read(texts, names, options) {
      calls.push({ kind: 'read', texts: [...texts] });
      return engine.read(texts, names, options);
    },
    async convert(texts, variant, names) {
      calls.push({ kind: 'convert', texts: [...texts] });
      return engine.convert(texts, variant, names);
    },
    async convertSegments(texts, variant, names) {
      calls.push({ kind: 'segments', texts: [...texts] });
      return engine.convertSegments(texts, variant, names);
    },
    async judgeOpening(text) {
      return engine.judgeOpening(text);
    },
  };
}
