/**
 * Read aloud and the HSK levels through the real background entrypoint (WXT's fake browser), with
 * a fake chrome.tts: nothing here needs audio.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLevelsText } from '../../../scripts/build-levels';
import { parseLevels } from '@/lib/levels/compile';
import { saveSettings } from '@/lib/settings';
import type { ChromeTts } from '@/lib/speech/engine';
import { startBackground } from './harness';

afterEach(() => {
  vi.restoreAllMocks();
  delete (fakeBrowser as unknown as { tts?: unknown }).tts;
});

function fakeTts(voices: { voiceName: string; lang: string; remote?: boolean }[]) {
  const spoken: { text: string; voiceName?: string; rate?: number }[] = [];
  let stops = 0;
  const tts: ChromeTts = {
    getVoices: (cb) => cb(voices),
    speak: (text, options) => {
      spoken.push({ text, voiceName: options.voiceName, rate: options.rate });
      setTimeout(() => options.onEvent?.({ type: 'end' }), 0);
    },
    stop: () => void stops++,
  };
  (fakeBrowser as unknown as { tts: ChromeTts }).tts = tts;
  return { spoken, stops: () => stops };
}

describe('read aloud, through the background', () => {
  it('speaks a clause with a local Chinese voice at the reader rate', async () => {
    const tts = fakeTts([
      { voiceName: 'Google 普通话', lang: 'zh-CN', remote: true },
      { voiceName: 'Tingting', lang: 'zh-CN' },
      { voiceName: 'Alex', lang: 'en-US' },
    ]);
    const bg = await startBackground('en');
    await saveSettings({ speechRate: 1.5 });
    expect(await bg.fromTab(1, 'speech.speak', { text: '重塑城乡关系，', lang: 'zh-CN' })).toBe('done');
    expect(tts.spoken).toEqual([{ text: '重塑城乡关系，', voiceName: 'Tingting', rate: 1.5 }]);
    await bg.fromTab(1, 'speech.stop', undefined);
    expect(tts.stops()).toBe(1);
  });

  it('uses a network voice only when the reader allowed it', async () => {
    const tts = fakeTts([{ voiceName: 'Google 普通话', lang: 'zh-CN', remote: true }]);
    const bg = await startBackground('en');
    expect(await bg.fromTab(1, 'speech.speak', { text: '城乡' })).toBe('no-voice');
    expect(tts.spoken).toEqual([]);
    await saveSettings({ allowNetworkVoices: true });
    expect(await bg.fromTab(1, 'speech.speak', { text: '城乡' })).toBe('done');
    expect(tts.spoken.map((s) => s.voiceName)).toEqual(['Google 普通话']);
  });

  it('answers no-voice on a system without Chinese voices, lists Chinese voices only', async () => {
    fakeTts([{ voiceName: 'Alex', lang: 'en-US' }]);
    const bg = await startBackground('en');
    expect(await bg.fromTab(1, 'speech.speak', { text: '乡长' })).toBe('no-voice');
    expect(await bg.fromTab(1, 'speech.voices', undefined)).toEqual([]);
  });
});

describe('HSK levels, through the background', () => {
  it('hands the built levels file to the content script, read once', async () => {
    const text = buildLevelsText();
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('/dict/hsk-levels.txt') ? new Response(text) : new Response(null, { status: 404 }),
    );
    const bg = await startBackground('en');
    const got = await bg.fromTab<string>(1, 'levels.table', undefined);
    await bg.fromTab<string>(1, 'levels.table', undefined);
    expect(fetch).toHaveBeenCalledTimes(1);
    const levels = parseLevels(got);
    expect(levels.get('我')).toBe(1);
    expect(levels.get('发展')).toBe(levels.get('發展'));
    expect(levels.size).toBeGreaterThan(5000);
  }, 60_000);
});

describe('read aloud in Firefox (no chrome.tts): the background page speechSynthesis', () => {
  it('speaks through speechSynthesis with the chosen local voice, and says no-voice without one', async () => {
    const spoken: { text: string; lang: string; rate: number; voice: unknown }[] = [];
    let voices = [{ name: 'Alex', lang: 'en-US', localService: true }];
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: ((e: { error?: string }) => void) | null = null;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => voices,
      speak: (u: Utterance) => {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice });
        setTimeout(() => u.onend?.(), 0);
      },
      cancel: () => undefined,
      addEventListener: () => undefined,
    };
    // Set by hand (not vi.stubGlobal: unstubbing all would take WXT's `chrome` stub too).
    const g = globalThis as Record<string, unknown>;
    g.speechSynthesis = synth;
    g.SpeechSynthesisUtterance = Utterance;
    try {
      const bg = await startBackground('en');
      expect(await bg.fromTab(1, 'speech.speak', { text: '城乡', lang: 'zh-TW' })).toBe('no-voice');
      voices = [...voices, { name: 'Meijia', lang: 'zh-TW', localService: true }, { name: 'Tingting', lang: 'zh-CN', localService: true }];
      await saveSettings({ speechRate: 0.8 });
      expect(await bg.fromTab(1, 'speech.speak', { text: '鄉長', lang: 'zh-TW' })).toBe('done');
      expect(spoken).toEqual([{ text: '鄉長', lang: 'zh-TW', rate: 0.8, voice: voices[1] }]);
    } finally {
      delete g.speechSynthesis;
      delete g.SpeechSynthesisUtterance;
    }
  });
});
