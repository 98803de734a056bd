/**
 * The speech engines behind one interface: Chrome's `chrome.tts` and the Web Speech API's
 * `speechSynthesis` (Firefox). Each takes its API as a parameter, so tests drive them with fakes
 * and nothing in CI needs audio.
 */
import type { VoiceInfo } from './voices';

export type SpeakEnd = 'done' | 'interrupted' | 'error';

export interface SpeakOptions {
  voice: string;
  lang: string;
  rate: number;
}

export interface SpeechEngine {
  voices(): Promise<VoiceInfo[]>;
  /** Resolves when the utterance ends (or is stopped). */
  speak(text: string, options: SpeakOptions): Promise<SpeakEnd>;
  stop(): void;
}

/** What DuBao uses of chrome.tts. */
export interface ChromeTts {
  getVoices(callback: (voices: { voiceName?: string; lang?: string; remote?: boolean }[]) => void): void;
  speak(
    text: string,
    options: { voiceName?: string; lang?: string; rate?: number; onEvent?: (event: { type: string }) => void },
    callback?: () => void,
  ): void;
  stop(): void;
}

export function createChromeTtsEngine(tts: ChromeTts): SpeechEngine {
  return {
    voices: () =>
      new Promise((resolve) =>
        tts.getVoices((voices) =>
          resolve(voices.map((v) => ({ name: v.voiceName ?? '', lang: v.lang ?? '', local: v.remote !== true })).filter((v) => v.name)),
        ),
      ),
    speak: (text, options) =>
      new Promise((resolve) => {
        tts.speak(text, {
          voiceName: options.voice,
          lang: options.lang,
          rate: options.rate,
          onEvent: (event) => {
            if (event.type === 'end') resolve('done');
            else if (event.type === 'interrupted' || event.type === 'cancelled') resolve('interrupted');
            else if (event.type === 'error') resolve('error');
          },
        });
      }),
    stop: () => tts.stop(),
  };
}

/** What DuBao uses of the Web Speech API. */
export interface WebSpeech {
  getVoices(): { name: string; lang: string; localService: boolean }[];
  speak(utterance: object): void;
  cancel(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
}

export interface WebUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: unknown;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

/** `makeUtterance` is `(text) => new SpeechSynthesisUtterance(text)` in a browser. */
export function createWebSpeechEngine(synth: WebSpeech, makeUtterance: (text: string) => WebUtterance): SpeechEngine {
  // Voices load asynchronously: an empty first list waits for voiceschanged (briefly).
  const loadVoices = (): Promise<{ name: string; lang: string; localService: boolean }[]> => {
    const now = synth.getVoices();
    if (now.length || !synth.addEventListener) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = () => resolve(synth.getVoices());
      synth.addEventListener!('voiceschanged', done);
      setTimeout(done, 1000);
    });
  };
  return {
    voices: async () => (await loadVoices()).map((v) => ({ name: v.name, lang: v.lang, local: v.localService })),
    speak: async (text, options) => {
      const voice = (await loadVoices()).find((v) => v.name === options.voice) ?? null;
      return new Promise((resolve) => {
        const u = makeUtterance(text);
        u.lang = options.lang;
        u.rate = options.rate;
        u.voice = voice;
        u.onend = () => resolve('done');
        u.onerror = (event) => resolve(event.error === 'interrupted' || event.error === 'canceled' ? 'interrupted' : 'error');
        synth.speak(u);
      });
    },
    stop: () => synth.cancel(),
  };
}
