import { describe, expect, it, vi } from 'vitest';
import { createSegmenter } from '@/lib/chinese/segmenter';
import { commonWordsOf, decodeWordCosts } from '@/lib/chinese/word-costs';
import { isWordSegmenterReady, segmentWords, useWordCosts } from '@/lib/chinese/words';
import type { ScriptVariant } from '@/lib/reading/contract';
import { createQuietPause, warmUpEngine, warmUpTexts, type WarmUpHost } from '@/lib/reading/engine-warm-up';
import { buildWordCostsText } from '@/scripts/build-segmenter-data';

const LIST = buildWordCostsText();

/** Installs the list anew: the next segmentation (or warm-up) decodes it from the start. */
function freshList(): void {
  useWordCosts('');
  useWordCosts(LIST);
}

function host(log: string[], over: Partial<WarmUpHost> = {}): WarmUpHost {
  return {
    loadWords: async () => void log.push(`words (segmenter ready: ${isWordSegmenterReady()})`),
    convert: (texts: string[], variant: ScriptVariant) => void log.push(`convert ${variant} ${texts.length}`),
    variant: async () => 'hk',
    pause: async () => void log.push('pause'),
    ...over,
  };
}

describe('the engine warm-up', () => {
  it('indexes the word list, starts the converter, then the dictionary, a pause before each step', async () => {
    freshList();
    const log: string[] = [];
    await warmUpEngine(host(log));
    expect(isWordSegmenterReady()).toBe(true);
    // The short first conversion before the dictionary's install, the longest step.
    expect(log.filter((l) => l !== 'pause')).toEqual(['convert hk 1', 'words (segmenter ready: true)']);
    // Every step starts after a pause: nothing runs in the task that asked for the warm-up.
    expect(log[0]).toBe('pause');
    expect(log.filter((l) => l === 'pause').length).toBeGreaterThanOrEqual(5);
  });

  it('segments as without a warm-up', async () => {
    freshList();
    const text = '城乡融合发展，重在长远：乡长说，2026年的新规划已经开始实施。';
    const expected = createSegmenter(decodeWordCosts(LIST)).segment(text);
    await warmUpEngine(host([]));
    expect(segmentWords(text)).toEqual(expected);
    freshList();
    expect(segmentWords(text)).toEqual(expected);
  });

  it('goes on past a step that fails, and leaves the converter cold when no variant is chosen', async () => {
    freshList();
    const log: string[] = [];
    await warmUpEngine(host(log, { loadWords: () => Promise.reject(new Error('no file')), variant: async () => null }));
    expect(isWordSegmenterReady()).toBe(true);
    expect(log.filter((l) => l !== 'pause')).toEqual([]);
    const converted: string[] = [];
    await warmUpEngine(host(converted, { loadWords: () => Promise.reject(new Error('no file')) }));
    expect(converted.filter((l) => l !== 'pause')).toEqual(['convert hk 1']);
  });

  it('its texts are the likeliest words in the order of the list, cut into slices of a few hundred characters', () => {
    const words = commonWordsOf(LIST, 2400);
    expect(words.slice(0, 3)).toEqual(['的', '一', '了']);
    const chars = words.join('').length;
    expect(chars).toBeLessThanOrEqual(2400);
    expect(chars).toBeGreaterThan(2300);
    const costs = decodeWordCosts(LIST).costs;
    // Likeliest first: never a rarer word before a commoner one.
    expect(words.every((w, i) => i === 0 || costs.get(w)! >= costs.get(words[i - 1]!)!)).toBe(true);
    const texts = warmUpTexts(words);
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.join('').replace(/[，。]/g, '')).toBe(words.join(''));
    expect(texts.every((t) => t.length < 340 && t.endsWith('。'))).toBe(true);
    expect(commonWordsOf('', 100)).toEqual([]);
  });

  it('converts the sample early, and every text in a step of its own right after it is read', async () => {
    freshList();
    let pauses = 0;
    const converted: Array<[string, number]> = [];
    await warmUpEngine({ ...host([]), texts: ['发展', '城乡'], loadWords: async () => void converted.push(['words', pauses]), pause: async () => void pauses++, convert: (texts) => void converted.push([texts[0]!, pauses]) });
    expect(converted.map(([t]) => t)).toEqual([expect.stringMatching(/^城乡融合发展/), 'words', '发展', '城乡']);
    // index, settings, the sample's conversion (3); its reading, the dictionary (5); then each text read, then converted.
    expect(converted.map(([, p]) => p)).toEqual([3, 5, 7, 9]);
  });

  it('its pause waits while requests come, and only a task when none came lately', async () => {
    vi.useFakeTimers();
    try {
      const quiet = createQuietPause(60, () => Date.now());
      const done = (p: Promise<void>) => {
        let settled = false;
        void p.then(() => (settled = true));
        return () => settled;
      };
      // No request yet: one task.
      let over = done(quiet.pause());
      await vi.advanceTimersByTimeAsync(1);
      expect(over()).toBe(true);
      // Just after a request: it waits until 60 ms have passed without one.
      quiet.touch();
      over = done(quiet.pause());
      await vi.advanceTimersByTimeAsync(40);
      expect(over()).toBe(false);
      quiet.touch(); // another request meanwhile: 60 ms from this one
      await vi.advanceTimersByTimeAsync(50);
      expect(over()).toBe(false);
      await vi.advanceTimersByTimeAsync(15);
      expect(over()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
