/**
 * The reading engine in process (the background hosts it; the CLI calls it directly). Heavy parts
 * (pinyin-pro's dictionary, OpenCC converters) load on first use and stay for the engine's
 * lifetime. Input comes from pages through messages, so it is checked here, once: anything that is
 * not a string reads as empty text.
 */
import type { ReadingEngine, ScriptVariant } from './contract';
import { SCRIPT_VARIANTS } from './contract';
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

function checkVariant(variant: unknown): ScriptVariant {
  if (typeof variant === 'string' && (SCRIPT_VARIANTS as readonly string[]).includes(variant)) return variant as ScriptVariant;
  throw new RangeError(`unknown script variant: ${String(variant)}`);
}

/** The in-process engine, and where the reader's own entries are handed to it (they win over its own). */
export interface LocalReadingEngine extends ReadingEngine<true> {
  setEntries(entries: UserEntries): void;
}

export function createReadingEngine(options: { wordCacheSize?: number } = {}): LocalReadingEngine {
  const reader = createPinyinReader(options);
  let entries: UserEntries = NO_ENTRIES;
  const simplify = (text: string) => convertText(text, 'cn');
  return {
    setEntries(next) {
      entries = next;
    },
    read(texts, names) {
      const opts = { names: cleanNames(names) };
      return cleanTexts(texts).map((t) => applyReadingEntries(t, reader.segmentText(t, opts), entries.readings, simplify));
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
