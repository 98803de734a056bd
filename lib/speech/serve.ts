/**
 * The background's side of read aloud: one engine per browser, the voice chosen per utterance from
 * the reader's settings (local voices only unless they allowed network ones).
 */
import type { SpeechEngine } from './engine';
import { onSpeechMessage, removeSpeechListeners } from './messages';
import { chooseVoice, isChineseVoice } from './voices';

export interface SpeechSettings {
  speechVoice: string;
  speechRate: number;
  allowNetworkVoices: boolean;
}

/** Longest text one message may ask to speak (the content script sends clauses). */
const MAX_TEXT = 500;

export function serveSpeech(engine: SpeechEngine, settings: () => Promise<SpeechSettings>): void {
  removeSpeechListeners();
  onSpeechMessage('speech.speak', async ({ data }) => {
    const text = typeof data?.text === 'string' ? data.text.slice(0, MAX_TEXT).trim() : '';
    const lang = typeof data?.lang === 'string' && /^zh(-[A-Za-z]+)?$/.test(data.lang) ? data.lang : 'zh-CN';
    if (!text) return 'done';
    const s = await settings();
    const voice = chooseVoice(await engine.voices(), { voice: s.speechVoice, allowNetwork: s.allowNetworkVoices }, lang);
    if (!voice) return 'no-voice';
    return engine.speak(text, { voice: voice.name, lang: voice.lang, rate: s.speechRate });
  });
  onSpeechMessage('speech.stop', () => engine.stop());
  onSpeechMessage('speech.voices', async () => (await engine.voices()).filter(isChineseVoice));
}
