/**
 * The reading formats of `npm run analyze` / `dubao`: pinyin (JSON readings per paragraph),
 * pinyin-text (readable text with readings), and the script conversions tw|twp|hk|cn. The CLI is a
 * client of the same reading engine as the extension (lib/reading/contract.ts, in process here),
 * names from the same understanding engine (lib/understand).
 */
import { personNames } from '../../lib/outline';
import type { ReadingOptions, RubySegment, ScriptVariant, TonesAs } from '../../lib/reading/contract';
import type { JyutpingSource } from '../../lib/reading/jyutping';
import { loadJyutping } from '../../lib/reading/jyutping-load';
import { buildJyutpingTableText } from '../build-jyutping-table';
import { createReadingEngine } from '../../lib/reading/reading-engine';
import { installedWordCount, installWordDictionary } from '../../lib/reading/word-dictionary';
import { readWordDictionaryText } from '../build-word-dictionary';
import type { UserEntries } from '../../lib/entries/parse-entries';
import { formatReading, stripTone, type ToneStyle } from '../../lib/reading/tones';
import { toZhuyin } from '../../lib/reading/zhuyin';
import { InputError, type LoadedInput } from './input';

export type CliNotation = 'pinyin' | 'zhuyin' | 'jyutping';

export interface ReadingCliOptions {
  tones: ToneStyle;
  zhuyin: boolean;
  /** --notation: absent means pinyin, or zhuyin under --zhuyin; 'jyutping' reads Cantonese. */
  notation?: CliNotation;
  /** --tones-as spoken|written: 一/不 as said (yí gè) or with their dictionary tones (yī gè). */
  tonesAs?: TonesAs;
}

const NOTATIONS: readonly CliNotation[] = ['pinyin', 'zhuyin', 'jyutping'];

export const DEFAULT_READING_OPTIONS: Readonly<ReadingCliOptions> = Object.freeze({ tones: 'marks', zhuyin: false, tonesAs: 'spoken' });

const TONES_AS: readonly TonesAs[] = ['spoken', 'written'];

const TONE_STYLES: readonly ToneStyle[] = ['marks', 'numbers', 'none'];

/**
 * Takes the reading options (--tones marks|numbers|none, --zhuyin, --notation pinyin|zhuyin|jyutping)
 * out of the arguments, leaving the rest for the general parser. A bad value is an InputError (one
 * line, exit 2).
 */
export function splitReadingOptions(argv: readonly string[]): { rest: string[]; options: ReadingCliOptions } {
  const rest: string[] = [];
  const options: ReadingCliOptions = { ...DEFAULT_READING_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === '--tones') {
      value = argv[++i];
      if (value === undefined) throw new InputError('--tones needs a value: marks, numbers or none');
    } else if (arg.startsWith('--tones=')) {
      value = arg.slice('--tones='.length);
    } else if (arg === '--tones-as' || arg.startsWith('--tones-as=')) {
      const as = arg === '--tones-as' ? argv[++i] : arg.slice('--tones-as='.length);
      if (as === undefined || !(TONES_AS as readonly string[]).includes(as)) {
        throw new InputError(`--tones-as must be written or spoken${as === undefined ? '' : `, not "${as}"`}`);
      }
      options.tonesAs = as as TonesAs;
      continue;
    } else if (arg === '--zhuyin') {
      options.zhuyin = true;
      continue;
    } else if (arg === '--notation' || arg.startsWith('--notation=')) {
      const notation = arg === '--notation' ? argv[++i] : arg.slice('--notation='.length);
      if (!notation || !(NOTATIONS as readonly string[]).includes(notation)) {
        throw new InputError(`--notation must be pinyin, zhuyin or jyutping${notation ? `, not "${notation}"` : ''}`);
      }
      options.notation = notation as CliNotation;
      options.zhuyin = notation === 'zhuyin';
      continue;
    } else {
      rest.push(arg);
      continue;
    }
    if (!(TONE_STYLES as readonly string[]).includes(value)) {
      throw new InputError(`--tones must be marks, numbers or none, not "${value}"`);
    }
    options.tones = value as ToneStyle;
  }
  return { rest, options };
}

function outlineNames(input: LoadedInput): string[] {
  try {
    return personNames(input.outline());
  } catch {
    // Names only refine readings; a page the understanding engine cannot read still gets pinyin.
    return [];
  }
}

/** One engine per process: its dictionary and converters load once, its word cache serves every paragraph. */
let engine: ReturnType<typeof createReadingEngine> | null = null;
let jyutping: JyutpingSource | null = null;
function readingEngine(): ReturnType<typeof createReadingEngine> {
  // The same word dictionary as the extension's background, installed before the first read.
  if (!engine && installedWordCount() === 0) installWordDictionary(readWordDictionaryText());
  return (engine ??= createReadingEngine({ jyutping: () => jyutping }));
}

/** Loads the Jyutping table when the options ask for Jyutping (before a format reads synchronously). */
export async function prepareReadingOptions(options: ReadingCliOptions): Promise<void> {
  if (options.notation === 'jyutping') jyutping ??= await loadJyutping(async () => buildJyutpingTableText());
}

/** The reader's own entries (--entries FILE) for every reading format of this process. */
export function useEntries(entries: UserEntries): void {
  readingEngine().setEntries(entries);
}

function engineOptions(options: Partial<ReadingCliOptions> | undefined): ReadingOptions {
  return { ...(options?.notation === 'jyutping' ? { notation: 'jyutping' as const } : {}), tonesAs: options?.tonesAs ?? 'spoken' };
}

/** `{"paragraphs":[{"text","readings"}]}`, one paragraph object per line (Jyutping under --notation jyutping). */
export function formatPinyinJson(paragraphs: readonly string[], names: readonly string[], options?: Partial<ReadingCliOptions>): string {
  const segments = readingEngine().read(paragraphs, names, engineOptions(options));
  const lines = paragraphs.map((text, i) => `    ${JSON.stringify({ text, readings: segments[i]!.flatMap((s) => s.readings) })}`);
  return `{\n  "paragraphs": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const STARTS_WITH_VOWEL = /^[aoeāáǎàōóǒòēéěè]/i;

/** The reading of one word as a person writes it: pinyin joined (with ' before a, o, e: xī'ān), zhuyin or Jyutping spaced. */
export function formatWordReading(readings: readonly (string | null)[], options: ReadingCliOptions): string {
  const syllables = readings.map((r) => r ?? '?');
  if (options.notation === 'jyutping') return syllables.map((r) => (options.tones === 'none' ? r.replace(/[1-6]$/, '') : r)).join(' ');
  if (options.zhuyin) {
    const zhuyin = syllables.map((r) => (r === '?' ? r : toZhuyin(r)));
    return (options.tones === 'none' ? zhuyin.map((z) => z.replace(/[ˊˇˋ˙]/g, '')) : zhuyin).join(' ');
  }
  return syllables
    .map((r, k) => {
      const text = r === '?' ? r : formatReading(r, options.tones);
      return k > 0 && STARTS_WITH_VOWEL.test(stripTone(r)) ? `'${text}` : text;
    })
    .join('');
}

/** One paragraph as text with readings after each word: 发展(fāzhǎn). */
export function formatSegmentsAsText(segments: readonly RubySegment[], options: ReadingCliOptions): string {
  return segments
    .map((s) => (s.word && s.readings.some((r) => r !== null) ? `${s.text}(${formatWordReading(s.readings, options)})` : s.text))
    .join('');
}

export function formatPinyinText(paragraphs: readonly string[], names: readonly string[], options: ReadingCliOptions): string {
  return readingEngine()
    .read(paragraphs, names, engineOptions(options))
    .map((segments) => `${formatSegmentsAsText(segments, options)}\n`)
    .join('');
}

/** The converted text, one paragraph per line (names: their surnames keep their form, 余小姐). */
export function formatConverted(paragraphs: readonly string[], variant: ScriptVariant, names: readonly string[] = []): string {
  return readingEngine()
    .convert(paragraphs, variant, names)
    .map((text) => `${text}\n`)
    .join('');
}

export type ReadingFormatHandler = (input: LoadedInput) => string;

/** The format table entries, for a spread into the CLI's format table. */
export function readingFormats(options: ReadingCliOptions = DEFAULT_READING_OPTIONS): Record<string, ReadingFormatHandler> {
  const convert = (variant: ScriptVariant): ReadingFormatHandler => (input) =>
    formatConverted(input.paragraphs, variant, variant === 'cn' ? [] : outlineNames(input));
  return {
    pinyin: (input) => formatPinyinJson(input.paragraphs, outlineNames(input), options),
    'pinyin-text': (input) => formatPinyinText(input.paragraphs, outlineNames(input), options),
    tw: convert('tw'),
    twp: convert('twp'),
    hk: convert('hk'),
    cn: convert('cn'),
  };
}
