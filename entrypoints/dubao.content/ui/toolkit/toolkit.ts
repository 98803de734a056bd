/**
 * The learner's toolkit in the page: the services of the dictionary card's actions (read aloud, save
 * to the word bank, "I know this word"; the card builds the actions in its lazy script: card-actions.ts)
 * and read aloud per speaker in the sidebar. Services (speech, storage) come in as functions, so DOM
 * tests run them with fakes.
 */
import { markKnown } from '@/lib/levels/known-words';
import { sendSpeechMessage, type SpeakResult } from '@/lib/speech/messages';
import type { PageAnalysis } from '@/lib/understand';
import type { WordBankEntry } from '@/lib/word-bank/entry';
import { saveWord } from '@/lib/word-bank/store';
import type { CardRef } from '../speaker-card';
import type { CardToolkit } from './card-actions';
import { readToolkitLabels, type ToolkitLabels } from './labels';
import { createReadAloud, type ReadAloud } from './read-aloud';

export interface ToolkitServices {
  speak(text: string, lang: string): Promise<SpeakResult>;
  stopSpeaking(): Promise<unknown>;
  /** Saves an entry; resolves to the bank's size. */
  saveWord(entry: WordBankEntry): Promise<number>;
  /** Marks words known (the word, and its other-script forms so both scripts' pages follow). */
  markKnown(words: readonly string[]): Promise<unknown>;
}

export const DEFAULT_SERVICES: ToolkitServices = {
  speak: (text, lang) => sendSpeechMessage('speech.speak', { text, lang }),
  stopSpeaking: () => sendSpeechMessage('speech.stop', undefined),
  saveWord,
  markKnown: (words) => markKnown(words),
};

export interface Toolkit {
  /** What the dictionary card's actions use (card-actions.ts). */
  card: CardToolkit;
  sidebarSpeak: { label: string; onSpeak(ref: CardRef, button: HTMLButtonElement): void };
  readAloud: ReadAloud;
  /** Stops a statement being read (the sidebar closed). */
  stopStatement(): void;
  dispose(): void;
}

export function createToolkit(options: {
  root: HTMLElement;
  analysis: PageAnalysis | null;
  pageScript: 'simplified' | 'traditional';
  services?: Partial<ToolkitServices>;
  labels?: ToolkitLabels;
  onStatus(text: string): void;
  onError(error: unknown): void;
}): Toolkit {
  const services = { ...DEFAULT_SERVICES, ...options.services };
  const labels = options.labels ?? readToolkitLabels();
  const readAloud = createReadAloud({
    root: options.root,
    speak: services.speak,
    stop: services.stopSpeaking,
    lang: () => (options.pageScript === 'traditional' ? 'zh-TW' : 'zh-CN'),
  });

  const messageFor = (result: SpeakResult): string =>
    result === 'no-voice' ? labels.noVoice : result === 'error' ? labels.speechFailed : '';

  // The statement's button says what a press does (read, or stop); `data-speaking` is its state
  // for styles and tests (not aria-pressed: a toggle's name must not change with its state).
  let speaking: HTMLButtonElement | null = null;
  const resetButton = () => {
    speaking?.setAttribute('data-speaking', 'false');
    if (speaking) speaking.textContent = labels.speakStatement;
    speaking = null;
  };

  return {
    readAloud,
    card: {
      labels,
      analysis: () => options.analysis,
      speak: (text) => readAloud.speakText(text).then(messageFor),
      saveWord: (entry) => services.saveWord(entry),
      markKnown: (words) => services.markKnown(words),
      onError: options.onError,
    },
    sidebarSpeak: {
      label: labels.speakStatement,
      onSpeak(ref, button) {
        const key = `${ref.topic}:${ref.statement}`;
        const wasThis = speaking === button && readAloud.current() === key;
        readAloud.stop();
        resetButton();
        if (wasThis) return;
        const elements = options.analysis?.sources.topics[ref.topic]?.statements[ref.statement] ?? [];
        if (!elements.length) return;
        speaking = button;
        button.setAttribute('data-speaking', 'true');
        button.textContent = labels.stop;
        options.onStatus('');
        void readAloud
          .speakElements(elements, key)
          .then((result) => {
            const message = messageFor(result);
            if (message) options.onStatus(message);
          }, options.onError)
          .finally(() => {
            if (speaking === button) resetButton();
          });
      },
    },
    stopStatement() {
      if (!speaking) return;
      readAloud.stop();
      resetButton();
    },
    dispose() {
      readAloud.dispose();
    },
  };
}
