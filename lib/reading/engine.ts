/**
 * The reading engine as one object the background hosts: readings and conversions for batches of
 * texts (paragraphs or text nodes), plain serialisable data in and out. Heavy parts (pinyin-pro's
 * dictionary, OpenCC converters) load on first use and stay for the engine's lifetime.
 */
import { readConvertedText } from './converted-readings';
import { segmentText, type ReadOptions, type RubySegment } from './pinyin';
import { convertSegments, convertText, type ConvertedPair, type ConvertOptions, type ScriptVariant } from './script';
import { countScriptCharacters } from './script-detect';

export interface ReadingEngine {
  /** Ruby segments per text (each covering its text exactly). */
  read(texts: readonly string[], options?: ReadOptions): RubySegment[][];
  /** Converted text per text, exceptions applied (names: their surnames keep their form). */
  convert(texts: readonly string[], variant: ScriptVariant, options?: ConvertOptions): string[];
  /** Conversion pairs per text (see convertSegments). */
  convertSegments(texts: readonly string[], variant: ScriptVariant, options?: ConvertOptions): ConvertedPair[][];
  /** Both layers on: ruby segments of the converted text, readings of what it says. */
  readConverted(texts: readonly string[], variant: ScriptVariant, options?: ReadOptions): RubySegment[][];
  /** The script of a page's texts taken together. */
  detect(texts: readonly string[]): 'simplified' | 'traditional';
}

const VARIANTS = new Set<ScriptVariant>(['tw', 'twp', 'hk', 'cn']);

/** Messages carry whatever a page had: anything that is not a string reads as empty text. */
function clean(texts: readonly unknown[] | unknown): string[] {
  if (!Array.isArray(texts)) return [];
  return texts.map((t) => (typeof t === 'string' ? t : ''));
}

function checkVariant(variant: unknown): ScriptVariant {
  if (typeof variant === 'string' && VARIANTS.has(variant as ScriptVariant)) return variant as ScriptVariant;
  throw new RangeError(`unknown script variant: ${String(variant)}`);
}

function cleanOptions(options: ReadOptions | ConvertOptions | undefined): { names: string[] } {
  const names = Array.isArray(options?.names) ? options.names.filter((n): n is string => typeof n === 'string') : [];
  return { names };
}

export function createReadingEngine(): ReadingEngine {
  return {
    read: (texts, options) => {
      const opts = cleanOptions(options);
      return clean(texts).map((t) => segmentText(t, opts));
    },
    convert: (texts, variant, options) => {
      const v = checkVariant(variant);
      const opts = cleanOptions(options);
      return clean(texts).map((t) => convertText(t, v, opts));
    },
    convertSegments: (texts, variant, options) => {
      const v = checkVariant(variant);
      const opts = cleanOptions(options);
      return clean(texts).map((t) => convertSegments(t, v, opts));
    },
    readConverted: (texts, variant, options) => {
      const v = checkVariant(variant);
      const opts = cleanOptions(options);
      return clean(texts).map((t) => readConvertedText(t, v, opts));
    },
    detect: (texts) => {
      let simplified = 0;
      let traditional = 0;
      for (const t of clean(texts)) {
        const c = countScriptCharacters(t);
        simplified += c.simplified;
        traditional += c.traditional;
      }
      return traditional > simplified ? 'traditional' : 'simplified';
    },
  };
}
