/**
 * The content script's side of the reading engines, which live in the background (one pinyin
 * dictionary and one converter per browser, not per tab). Texts go over the typed message protocol
 * in batches; answers are plain data. Also serves the sidebar (TextEngines).
 */
import { sendMessage, type ReadingSegmentData } from '@/lib/messages';
import type { ScriptState } from '@/lib/settings';
import type { TextEngines } from '../contracts';
import type { LayerDataSource } from './engine';
import type { ConvertedPiece } from './ruby-plan';
import type { ScriptVariant } from './script-transform';

/** Texts per message: big enough to amortise the round trip, small enough to keep answers cheap to clone. */
const MAX_TEXTS = 400;
const MAX_CHARS = 20_000;

function batches(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length && (current.length >= MAX_TEXTS || chars + text.length > MAX_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length) out.push(current);
  return out;
}

async function inBatches<T>(texts: readonly string[], call: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const parts = await Promise.all(batches(texts).map(call));
  const out = parts.flat();
  if (out.length !== texts.length) throw new Error(`engine answered ${out.length} of ${texts.length} texts`);
  return out;
}

/** The engines over messaging: a data source for the layer engine and TextEngines for the sidebar. */
export interface EngineClient extends LayerDataSource, TextEngines {
  read(texts: string[], names?: string[], options?: { toneSandhi?: boolean }): Promise<ReadingSegmentData[][]>;
  convert(texts: string[], state: ScriptState): Promise<string[]>;
}

export function createEngineClient(): EngineClient {
  return {
    read: (texts, names, options) =>
      inBatches<ReadingSegmentData[]>(texts, (batch) =>
        sendMessage('readTexts', { texts: batch, names: [...(names ?? [])], ...(options?.toneSandhi === false ? { toneSandhi: false } : {}) }),
      ),
    async convert(texts, state) {
      if (state === 'original') return [...texts];
      const variant: ScriptVariant = state;
      return inBatches<string>(texts, (batch) => sendMessage('convertTexts', { texts: batch, variant }));
    },
    convertSegments: (texts, variant) =>
      inBatches<ConvertedPiece[]>(texts, (batch) => sendMessage('convertSegments', { texts: batch, variant })),
  };
}
