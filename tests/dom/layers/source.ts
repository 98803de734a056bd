/**
 * The layer engine's data source for DOM tests: the real reading engines of lib/reading, called
 * directly (no messaging), with a call log so tests can see what was asked.
 */
import { segmentText } from '@/lib/reading/pinyin';
import { convertSegments, convertText } from '@/lib/reading/script';
import type { LayerDataSource } from '@/entrypoints/dubao.content/layers/engine';

export interface LoggedSource extends LayerDataSource {
  calls: { kind: string; texts: string[] }[];
}

export function createLibSource(): LoggedSource {
  const calls: LoggedSource['calls'] = [];
  return {
    calls,
    async read(texts, names, options) {
      calls.push({ kind: 'read', texts });
      return texts.map((text) => segmentText(text, { names, toneSandhi: options?.toneSandhi }));
    },
    async convert(texts, variant) {
      calls.push({ kind: 'convert', texts });
      return texts.map((t) => convertText(t, variant));
    },
    async convertSegments(texts, variant) {
      calls.push({ kind: 'segments', texts });
      return texts.map((t) => convertSegments(t, variant));
    },
  };
}
