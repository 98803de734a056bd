/**
 * The reading engine as a service: the engine, its word dictionary, the Jyutping table, the reader's
 * entries and the warm-up, wired once for whichever context holds the engines (the background in
 * Firefox, or in Chrome when the engine host is missing; the engine host's worker in Chrome:
 * entrypoints/engine-host). What it reads from the extension is handed in, so it runs in Node too.
 */
import type { EngineCall, EngineMethod, ScriptVariant } from './contract';
import type { UserEntries } from '../entries/parse-entries';
import { createReadingEngine, wantsJyutping } from './reading-engine';
import { JYUTPING_WARM_UP, loadJyutping } from './jyutping-load';
import type { JyutpingSource } from './jyutping';
import { installWordDictionary } from './word-dictionary';
import { createQuietPause, nextTask, warmUpEngine, warmUpTexts } from './engine-warm-up';
import { commonWordsOf } from '../chinese/word-costs';
import { fetchJyutpingTable } from './jyutping-load';
import { WORD_DICTIONARY_ASSET } from './word-dictionary';

/** About one screen of news text in common words: what the warm-up reads and converts. */
export const WARM_UP_CHARS = 2400;

/** The warm-up's texts from the segmenter's word list (the build's compact text). */
export const commonWarmUpTexts = (wordCosts: string): string[] => warmUpTexts(commonWordsOf(wordCosts, WARM_UP_CHARS));

/** A fetched gzip file's text (the word dictionary: reading/words.json.gz). */
export async function readGzipText(response: Response): Promise<string> {
  if (!response.ok || !response.body) throw new Error(`${response.url || 'file'}: ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

export interface EngineServiceDeps {
  /** The readings' word dictionary as text (reading/words.json.gz, inflated). */
  readWordDictionary(): Promise<string>;
  /** The Jyutping table's text (jyutping-load.ts fetchJyutpingTable). */
  readJyutpingTable(): Promise<string>;
  /** The warm-up's screen of common words (engine-warm-up.ts warmUpTexts). */
  warmUpTexts(): readonly string[];
  /** Where a missing word dictionary is reported (the readings are then pinyin-pro's own). */
  warn?(message: string, error: unknown): void;
}

export interface EngineService {
  /** One engine call as a page sent it (the arguments a tuple); the engine checks them. */
  call(method: EngineMethod, args: unknown): Promise<unknown>;
  /** The reader's entries: answers wait for them; a new set clears the remembered texts. */
  useEntries(entries: Promise<UserEntries>): Promise<unknown>;
  /** The first-call work, once per service (lib/reading/engine-warm-up.ts); `variant` is the reader's. */
  warmUp(variant: () => Promise<ScriptVariant | null>): void;
  /** The Jyutping table and one Jyutping read, once (when Jyutping is the reader's notation). */
  warmJyutping(): Promise<void>;
}

const tuple = <T extends unknown[]>(data: unknown): T => (Array.isArray(data) ? data : []) as T;

export function createEngineService(deps: EngineServiceDeps): EngineService {
  // The word dictionary loads once: on the first read, or in the warm-up, so the reader's first click
  // rarely waits for it (bench: "reading: word dictionary install").
  let words: Promise<void> | null = null;
  const wordsReady = (): Promise<void> =>
    (words ??= deps
      .readWordDictionary()
      .then((text) => void installWordDictionary(text))
      .catch((error: unknown) => deps.warn?.('[DuBao] word dictionary unavailable:', error)));
  let jyutping: JyutpingSource | null = null;
  const jyutpingReady = (): Promise<JyutpingSource> => loadJyutping(deps.readJyutpingTable).then((source) => (jyutping = source));
  const engine = createReadingEngine({ jyutping: () => jyutping });
  let entriesReady: Promise<unknown> = Promise.resolve();
  // Once the table, the word dictionary and the entries are in, one short Jyutping read runs the whole
  // path (the Mandarin reading under it, the sense table) before the reader's first click.
  let jyutpingReadWarm: Promise<void> | null = null;
  const warmJyutping = (): Promise<void> =>
    (jyutpingReadWarm ??= Promise.all([wordsReady(), entriesReady, jyutpingReady()])
      .then(() => void engine.read([JYUTPING_WARM_UP], [], { notation: 'jyutping' }))
      .catch(() => void (jyutpingReadWarm = null))); // not loaded: the first Jyutping read tries again
  // While pages' requests come (a prefetch on intent, a toggle's chunks), the warm-up waits: they warm
  // the engine themselves, and the page is writing what they bring (2 cores: no work of ours beside it).
  const quiet = createQuietPause(1000);
  let warming: Promise<void> | null = null;
  return {
    async call(method, args) {
      quiet.touch();
      if (method === 'read') {
        const call = tuple<EngineCall<'read'>>(args);
        // The Jyutping table loads beside the word dictionary, not after it; a page's warm-up read
        // (empty text, when it opens with Jyutping chosen) also runs the whole Jyutping path once.
        const jyutpingRead = wantsJyutping(call[2]);
        await Promise.all([wordsReady(), entriesReady, jyutpingRead ? jyutpingReady() : null]);
        if (jyutpingRead) void warmJyutping();
        return engine.read(...call);
      }
      // (the understanding's decision reads no dictionary and no entries: it answers at once)
      if (method === 'judgeOpening') return engine.judgeOpening(...tuple<EngineCall<'judgeOpening'>>(args));
      await entriesReady;
      if (method === 'convert') return engine.convert(...tuple<EngineCall<'convert'>>(args));
      if (method === 'convertSegments') return engine.convertSegments(...tuple<EngineCall<'convertSegments'>>(args));
      throw new RangeError(`unknown engine method: ${String(method)}`);
    },
    useEntries(entries) {
      entriesReady = entries.then((e) => engine.setEntries(e)).catch(() => undefined);
      return entriesReady;
    },
    warmUp(variant) {
      warming ??= nextTask().then(() =>
        warmUpEngine({
          loadWords: wordsReady,
          convert: (texts, v) => engine.convert(texts, v, []),
          variant: () => variant().catch(() => null),
          pause: quiet.pause,
          texts: deps.warmUpTexts(),
        }),
      );
    },
    warmJyutping,
  };
}

/**
 * The service over the extension's own files (`getURL`: runtime.getURL, or the host worker's origin):
 * the word dictionary and the Jyutping table fetched when first needed.
 */
export function createExtensionEngineService(options: { getURL(path: string): string; wordCosts: string; warn?: EngineServiceDeps['warn'] }): EngineService {
  const runtime = { getURL: options.getURL };
  return createEngineService({
    // The readings' word dictionary (scripts/build-word-dictionary.ts); without it readings are pinyin-pro's own.
    readWordDictionary: () => fetch(options.getURL(`/${WORD_DICTIONARY_ASSET}`)).then(readGzipText),
    // The Jyutping table (searched as fetched, nothing parsed): on the first Jyutping read or warm-up.
    readJyutpingTable: () => fetchJyutpingTable(runtime),
    warmUpTexts: () => commonWarmUpTexts(options.wordCosts),
    warn: options.warn,
  });
}
