/**
 * The reading engine's warm-up: what a first read or conversion would otherwise do after the
 * reader's click (index the segmenter's word list, install the readings' word dictionary, run
 * pinyin-pro's and the converter's first calls, whose code and tables are cold), done when a
 * Chinese page opens instead (bench: "cold: first pinyin in a fresh browser …"). Each step runs in
 * a task of its own (texts in slices of a few hundred characters), so a message that arrives
 * meanwhile is answered between them: the warm-up never holds an answer longer than one step, and a
 * read that comes first does what it needs itself.
 */
import { prepareWordSegmenter } from '../chinese/words';
import type { ScriptVariant } from './contract';
import { createPinyinReader } from './pinyin';

/** Text of our own for the first calls: common characters, a polyphone, punctuation and digits. */
const SAMPLE = '城乡融合发展，重在长远；记者了解到，2026年的新规划已经开始实施。';

/** Characters per warm-up text: each is one slice (one task) of reading, then of conversion. */
const SLICE_CHARS = 300;

/**
 * Texts made of common words (the segmenter's likeliest, word-costs.ts commonWordsOf), clauses of a
 * few words: what the first answers would meet (their dictionary entries parsed, their code paths
 * compiled), in slices of about SLICE_CHARS characters.
 */
export function warmUpTexts(words: readonly string[]): string[] {
  const texts: string[] = [];
  let text = '';
  words.forEach((word, i) => {
    text += word + (i % 7 === 6 ? '，' : '');
    if (text.length >= SLICE_CHARS) {
      texts.push(`${text}。`);
      text = '';
    }
  });
  if (text) texts.push(`${text}。`);
  return texts;
}

export interface WarmUpHost {
  /** Installs the readings' word dictionary (the host's own loader, shared with the reads). */
  loadWords(): Promise<unknown>;
  /** Converts text as the engine does (its converter: one per browser). */
  convert(texts: string[], variant: ScriptVariant): unknown;
  /** The variant the reader converts to (settings), or null to leave the converter cold. */
  variant(): Promise<ScriptVariant | null>;
  /** Lets other tasks run (a message handler): a macrotask in the extension, anything in tests. */
  pause(): Promise<unknown>;
  /** More text to read and convert, one slice each (warmUpTexts); the short sample alone without. */
  texts?: readonly string[];
}

/** Resolves once every step has run; a step that fails is skipped (the real call will report it). */
export async function warmUpEngine(host: WarmUpHost): Promise<void> {
  const texts = host.texts ?? [];
  // A reader of its own: the engine's word cache holds only what pages asked for.
  const reader = createPinyinReader({ wordCacheSize: 256 });
  let variant: ScriptVariant | null = null;
  const convert = (text: string) => () => variant && host.convert([text], variant);
  const steps: Array<() => unknown> = [
    // Both layers segment (readings by word, conversion at word boundaries): the word list's index first.
    () => prepareWordSegmenter(SAMPLE),
    // Each engine's first call, short, before anything long: a toggle that comes early finds both started.
    async () => (variant = await host.variant()),
    convert(SAMPLE),
    // pinyin-pro's own dictionary matcher is built on its first call: a step apart from our words' install.
    () => reader.segmentText(SAMPLE),
    () => host.loadWords(),
    // Then a screen of common words through each, a slice read then converted: a toggle of either
    // layer that comes while this runs finds its engine as far along as the other.
    ...texts.flatMap((text) => [() => reader.segmentText(text), convert(text)]),
  ];
  for (const step of steps) {
    await host.pause();
    try {
      await step();
    } catch {
      // The same work on a real request reports its own failure.
    }
  }
}

/** A macrotask: lets queued events (a message) run first. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The warm-up's pause when real requests come too: `touch()` on each request, and `pause()` lets
 * queued events run, then waits until no request has come for `quietMs` (a reader's toggle sends
 * its requests chunk after chunk: the warm-up steps wait until they are answered).
 */
export function createQuietPause(quietMs: number, now: () => number = () => performance.now()): { pause(): Promise<void>; touch(): void } {
  let lastRequest = -Infinity;
  return {
    touch: () => void (lastRequest = now()),
    async pause() {
      await nextTask();
      for (let wait = lastRequest + quietMs - now(); wait > 0; wait = lastRequest + quietMs - now()) {
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    },
  };
}
