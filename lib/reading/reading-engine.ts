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
import { installedWordCount } from './word-dictionary';
import { judgeOpening } from '../understand/judge-opening';
import type { RubySegment } from './contract';
import { NO_ENTRIES, type ReadingEntry, type UserEntries } from '../entries/parse-entries';

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

/**
 * Characters of text whose readings are remembered whole (least recently used out first): the same
 * text asked again (the screen first, then its paragraph whole; another tab of the article; a page
 * whose kept answers were lost) is answered without segmenting it again. About a long article's
 * worth; a few MB of heap at most.
 */
export const DEFAULT_TEXT_CACHE_CHARS = 60_000;

export interface ReadingEngineOptions {
  wordCacheSize?: number;
  /** Characters of whole texts remembered with their readings (0: none). */
  textCacheChars?: number;
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
  // The reader's readings by notation: pinyin ones read the Mandarin (and so tell the Cantonese sense),
  // Jyutping ones win over the Cantonese reading.
  let pinyinEntries: ReadingEntry[] = [];
  let jyutpingEntries: ReadingEntry[] = [];
  const simplify = (text: string) => convertText(text, 'cn');
  const texts = createTextCache(options.textCacheChars ?? DEFAULT_TEXT_CACHE_CHARS);
  return {
    setEntries(next) {
      entries = next;
      pinyinEntries = next.readings.filter((r) => r.notation !== 'jyutping');
      jyutpingEntries = next.readings.filter((r) => r.notation === 'jyutping');
      texts.clear(); // the reader's own readings change answers
    },
    read(input, names, readOptions) {
      const opts = { names: cleanNames(names), ...cleanReadOptions(readOptions) };
      const jyutping = wantsJyutping(readOptions);
      const source = jyutping ? options.jyutping?.() : null;
      if (jyutping && !source) throw new Error('Jyutping is not loaded');
      // Everything an answer depends on besides the text: the word dictionary installed (it may come
      // after a first read), the notation, the tones, the names.
      const context = `${installedWordCount()}\u0002${jyutping ? 'jyutping' : 'mandarin'}\u0002${opts.tonesAs}\u0002${opts.names.join('\u0001')}\u0002`;
      return cleanTexts(input).map((t) =>
        texts.remember(context + t, t.length, () => {
          // The reader's own readings win over the engine's (user-readings.ts), then Cantonese is read
          // over the Mandarin reading, which tells the sense (jyutping.ts).
          const mandarin = applyReadingEntries(t, reader.segmentText(t, opts), pinyinEntries, simplify);
          return source ? applyReadingEntries(t, toJyutpingSegments(mandarin, source), jyutpingEntries, simplify) : mandarin;
        }),
      );
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
    // (the text a page sent is checked there: anything but a string is no opening)
    judgeOpening: (text) => judgeOpening(text),
  };
}

/** Whole texts' readings, least recently used out first, bounded by the characters they hold. */
function createTextCache(limit: number): { remember(key: string, chars: number, read: () => RubySegment[]): RubySegment[]; clear(): void } {
  const cache = new Map<string, { value: RubySegment[]; chars: number }>();
  let total = 0;
  return {
    remember(key, chars, read) {
      const hit = cache.get(key);
      if (hit) {
        // Used again: to the back of the eviction order.
        cache.delete(key);
        cache.set(key, hit);
        return hit.value;
      }
      const value = read();
      if (chars > limit) return value;
      cache.set(key, { value, chars });
      total += chars;
      for (const [k, entry] of cache) {
        if (total <= limit) break;
        cache.delete(k);
        total -= entry.chars;
      }
      return value;
    },
    clear() {
      cache.clear();
      total = 0;
    },
  };
}
