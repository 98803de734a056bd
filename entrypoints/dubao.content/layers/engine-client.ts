/**
 * The content script's client of the reading engine, which lives in the background (one pinyin
 * dictionary and one converter per browser, not per tab): the contract's methods over the typed
 * message protocol, texts in batches. Serves the layers and the sidebar alike.
 */
import { sendMessage } from '@/lib/messages';
import type { ConvertedPiece, ReadingEngine, RubySegment } from '@/lib/reading/contract';

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

export function createEngineClient(): ReadingEngine {
  return {
    read: (texts, names = [], options = {}) =>
      inBatches<RubySegment[]>(texts, (batch) => sendMessage('engine.read', [batch, [...names], { ...options }])),
    async convert(texts, variant, names = []) {
      if (variant === 'original') return [...texts];
      return inBatches<string>(texts, (batch) => sendMessage('engine.convert', [batch, variant, [...names]]));
    },
    convertSegments: (texts, variant, names = []) =>
      inBatches<ConvertedPiece[]>(texts, (batch) => sendMessage('engine.convertSegments', [batch, variant, [...names]])),
  };
}
