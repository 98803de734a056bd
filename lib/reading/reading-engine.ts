/**
 * The reading engine in process (the background hosts it; the CLI calls it directly). Heavy parts
 * (pinyin-pro's dictionary, OpenCC converters) load on first use and stay for the engine's
 * lifetime. Input comes from pages through messages, so it is checked here, once: anything that is
 * not a string reads as empty text.
 */
import type { ReadingEngine, ReadTextOptions, ScriptVariant } from './contract';
import { SCRIPT_VARIANTS } from './contract';
import { createPinyinReader } from './pinyin';
import { convertSegments, convertText } from './script';

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

export function createReadingEngine(options: { wordCacheSize?: number } = {}): ReadingEngine<true> {
  const reader = createPinyinReader(options);
  return {
    read(texts, names, options) {
      const opts = { names: cleanNames(names), ...cleanReadOptions(options) };
      return cleanTexts(texts).map((t) => reader.segmentText(t, opts));
    },
    convert(texts, variant, names) {
      if (variant === 'original') return cleanTexts(texts);
      const v = checkVariant(variant);
      const opts = { names: cleanNames(names) };
      return cleanTexts(texts).map((t) => convertText(t, v, opts));
    },
    convertSegments(texts, variant, names) {
      const v = checkVariant(variant);
      const opts = { names: cleanNames(names) };
      return cleanTexts(texts).map((t) => convertSegments(t, v, opts));
    },
  };
}
