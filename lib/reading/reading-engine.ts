/**
 * The reading engine in process (the background hosts it; the CLI calls it directly). Heavy parts
 * (pinyin-pro's dictionary, OpenCC converters) load on first use and stay for the engine's
 * lifetime. Input comes from pages through messages, so it is checked here, once: anything that is
 * not a string reads as empty text.
 */
import type { ReadingEngine, ReadingOptions, ReadTextOptions, ScriptVariant } from './contract';
import { SCRIPT_VARIANTS } from './contract';
import { toJyutpingSegments, type JyutpingSource } from './jyutping';
import { createPinyinReader } from './pinyin';
import { convertSegments, convertText } from './script';
import { applyReadingEntries } from './user-readings';
import { NO_ENTRIES, type UserEntries } from '../entries/parse-entries';

function cleanTexts(texts: unknown): string[] {
  if (!Array.isArray(texts)) return [];
  return texts.map((t) => (typeof t === 'string' ? t : ''));
}

function cleanNames(names: unknown): string[] {
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
}

/** The options a page sent, each field checked; anything unknown takes its default. */
function cleanReadOptions(options: unknown): ReadTextOptions {
  const o = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
  return { tonesAs: o.tonesAs === 'written' ? 'written' : 'spoken' };
}

function checkVariant(variant: unknown): ScriptVariant {
  if (typeof variant === 'string' && (SCRIPT_VARIANTS as readonly string[]).includes(variant)) return variant as ScriptVariant;
  throw new RangeError(`unknown script variant: ${String(variant)}`);
}

/** Whether reading with these options needs to-jyutping (a page may send anything). */
export function wantsJyutping(options: unknown): boolean {
  return options !== null && typeof options === 'object' && (options as ReadingOptions).notation === 'jyutping';
}

export interface ReadingEngineOptions {
  wordCacheSize?: number;
  /** to-jyutping once loaded (its host loads it when a read asks for Jyutping: jyutping-load.ts). */
  jyutping?: () => JyutpingSource | null | undefined;
}

/** The in-process engine, and where the reader's own entries are handed to it (they win over its own). */
export interface LocalReadingEngine extends ReadingEngine<true> {
  setEntries(entries: UserEntries): void;
}

export function createReadingEngine(options: ReadingEngineOptions = {}): LocalReadingEngine {
  const reader = createPinyinReader(options);
  let entries: UserEntries = NO_ENTRIES;
  const simplify = (text: string) => convertText(text, 'cn');
  return {
    setEntries(next) {
      entries = next;
    },
    read(texts, names, readOptions) {
      const opts = { names: cleanNames(names), ...cleanReadOptions(readOptions) };
      // The reader's own readings win over the engine's (user-readings.ts), then Cantonese is read
      // over the Mandarin reading, which tells the sense (jyutping.ts).
      const mandarin = cleanTexts(texts).map((t) => applyReadingEntries(t, reader.segmentText(t, opts), entries.readings, simplify));
      if (!wantsJyutping(readOptions)) return mandarin;
      const source = options.jyutping?.();
      if (!source) throw new Error('Jyutping is not loaded');
      return mandarin.map((segments) => toJyutpingSegments(segments, source));
    },
    convert(texts, variant, names) {
      if (variant === 'original') return cleanTexts(texts);
      const v = checkVariant(variant);
      const opts = { names: cleanNames(names), entries };
      return cleanTexts(texts).map((t) => convertText(t, v, opts));
    },
    convertSegments(texts, variant, names) {
      const v = checkVariant(variant);
      const opts = { names: cleanNames(names), entries };
      return cleanTexts(texts).map((t) => convertSegments(t, v, opts));
    },
  };
}
