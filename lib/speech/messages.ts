/**
 * Read aloud over messages: the content script asks the background to speak one clause at a time
 * (so it can highlight each one on the page), the background picks the voice from the settings.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SpeakEnd } from './engine';
import type { VoiceInfo } from './voices';

export type SpeakResult = SpeakEnd | 'no-voice';

export interface SpeechProtocol {
  /** Speaks one piece of text; resolves when it ends. `lang`: the text's (zh-CN, zh-TW, zh-HK). */
  'speech.speak'(data: { text: string; lang?: string }): SpeakResult;
  'speech.stop'(): void;
  /** The voices the reader may choose from (Chinese; network ones flagged). */
  'speech.voices'(): VoiceInfo[];
}

export const {
  sendMessage: sendSpeechMessage,
  onMessage: onSpeechMessage,
  removeAllListeners: removeSpeechListeners,
} = defineExtensionMessaging<SpeechProtocol>();
