/**
 * The learner's toolkit in the page: the dictionary card's actions (read aloud, save to the word
 * bank, "I know this word") and read aloud per speaker in the sidebar. Services (speech, storage)
 * come in as functions, so DOM tests run them with fakes.
 */
import type { CardData } from '@/lib/dictionary/card-data';
import { markKnown } from '@/lib/levels/known-words';
import { sendSpeechMessage, type SpeakResult } from '@/lib/speech/messages';
import type { PageAnalysis } from '@/lib/understand';
import type { WordBankEntry } from '@/lib/word-bank/entry';
import { saveWord } from '@/lib/word-bank/store';
import type { CardActions } from '../dict/card';
import type { CardRef } from '../speaker-card';
import { readToolkitLabels, type ToolkitLabels } from './labels';
import { createReadAloud, type ReadAloud } from './read-aloud';
import { sentenceOfRange, speakerOfNode } from './word-context';

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
  cardActions(data: CardData, range: Range | null): CardActions;
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
  const doc = options.root.ownerDocument;
  const readAloud = createReadAloud({
    root: options.root,
    speak: services.speak,
    stop: services.stopSpeaking,
    lang: () => (options.pageScript === 'traditional' ? 'zh-TW' : 'zh-CN'),
  });

  const messageFor = (result: SpeakResult): string =>
    result === 'no-voice' ? labels.noVoice : result === 'error' ? labels.speechFailed : '';

  function speakerAt(range: Range | null): string {
    if (!range) return '';
    const node = range.startContainer;
    const inUi = node.getRootNode() !== doc;
    if (!inUi) return speakerOfNode(options.analysis, node);
    // A word in the sidebar: the speaker card it is in.
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const card = el?.closest('.db-card[data-card]');
    const [t, s] = (card?.getAttribute('data-card') ?? '').split(':').map(Number);
    const speaker = t !== undefined && s !== undefined ? options.analysis?.outline.topics[t]?.statements[s]?.speaker : undefined;
    return speaker?.name ?? speaker?.role ?? '';
  }

  function entryOf(data: CardData, range: Range | null): WordBankEntry {
    const sense = data.senses[0];
    return {
      word: data.word,
      reading: data.reading || sense?.reading || '',
      definition: sense ? sense.definitions.join('; ') : '',
      sentence: range ? sentenceOfRange(range) : '',
      headline: options.analysis?.outline.headline ?? doc.title.trim(),
      url: doc.location?.href ?? '',
      speaker: speakerAt(range),
      savedAt: Date.now(),
    };
  }

  const failing = (message: string) => (error: unknown) => {
    options.onError(error);
    return message;
  };

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
    cardActions: (data, range) => ({
      labels: { speak: labels.speak, saveWord: labels.saveWord, knowWord: labels.knowWord },
      speak: () => readAloud.speakText(data.word).then(messageFor, failing(labels.speechFailed)),
      save: () => services.saveWord(entryOf(data, range)).then((count) => labels.savedWord(count), failing(labels.saveFailed)),
      know: () => services.markKnown([data.word, ...data.otherForms]).then(() => labels.knownWord(data.word), failing(labels.saveFailed)),
    }),
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
