/**
 * The reading-engine contract, defined once: what the background serves and what its two clients
 * (the content script over messages, the CLI in process) call. Plain serialisable data in and out,
 * batches of texts (paragraphs or text nodes) so one message carries many. The types the layers,
 * the messages and the CLI share live here too, each once.
 */

/**
 * A script conversion target. tw: simplified → traditional, characters only (OpenCC s2tw, Taiwan
 * forms); twp: with Taiwan phrases (s2twp); hk: Hong Kong forms (s2hk); cn: traditional → simplified.
 */
export type ScriptVariant = 'tw' | 'twp' | 'hk' | 'cn';

export const SCRIPT_VARIANTS: readonly ScriptVariant[] = ['tw', 'twp', 'hk', 'cn'];

/** A run of text with its readings: a Han word (names kept whole) or a run of anything else. */
export interface RubySegment {
  text: string;
  /** One per element of Array.from(text): tone-marked pinyin (Jyutping when read so), or null where there is nothing to read. */
  readings: (string | null)[];
  /** True for a Han word (every character Han). */
  word: boolean;
}

/** One piece of a script conversion: `from` (original) became `to`. The froms join to the text. */
export interface ConvertedPiece {
  from: string;
  to: string;
}

/**
/**
 * How texts are read, one field per choice; missing fields take their defaults. `notation`:
 * 'jyutping' reads Cantonese (Jyutping syllables with tone numbers); 'pinyin' and 'zhuyin' read
 * Mandarin (tone-marked pinyin, which zhuyin is drawn from). `tonesAs`: 'spoken' (default): 一 and
 * 不 change tone before another syllable as they are said (一个 yí gè, 不是 bú shì); 'written':
 * every syllable with its dictionary tone (一个 yī gè, 不是 bù shì).
 */
export interface ReadingOptions {
  notation?: 'pinyin' | 'zhuyin' | 'jyutping';
  tonesAs?: TonesAs;
}

/** The options the Mandarin reader itself takes (the notation is the engine's concern). */
export type ReadTextOptions = Pick<ReadingOptions, 'tonesAs'>;

export type TonesAs = 'spoken' | 'written';

/** What an engine answers: at once in process (Sync = true), or as a promise over messages. */
export type EngineReply<T, Sync extends boolean> = Sync extends true ? T : Promise<T>;

/**
 * The reading engine. `names` are personal names found on the page (by the understanding engine):
 * read with name readings, and their surnames keep their form when converted (余小姐, not 餘小姐).
 */
export interface ReadingEngine<Sync extends boolean = false> {
  /** Ruby segments per text, each list covering its text exactly. */
  read(texts: readonly string[], names?: readonly string[], options?: ReadingOptions): EngineReply<RubySegment[][], Sync>;
  /** Each text converted to the variant's script; 'original' gives the texts back as they are. */
  convert(texts: readonly string[], variant: ScriptVariant | 'original', names?: readonly string[]): EngineReply<string[], Sync>;
  /** Each text converted, as pieces whose `from`s join to the text (pinyin over converted text). */
  convertSegments(texts: readonly string[], variant: ScriptVariant, names?: readonly string[]): EngineReply<ConvertedPiece[][], Sync>;
  /**
   * The understanding's hand-off (lib/understand/judge-opening.ts): whether the parse of a page's opening (its headline
   * and paragraphs, lib/understand/opening-text.ts) finds a multi-speaker feature, for a Chinese page the content
   * script's cheap check refused. Made where the engines run, so the page's main thread never parses for it.
   */
  judgeOpening(text: string): EngineReply<boolean, Sync>;
}

export type EngineMethod = keyof ReadingEngine;

/** A call as it travels in a message: the method's arguments as a tuple. */
export type EngineCall<M extends EngineMethod> = Parameters<ReadingEngine<true>[M]>;
