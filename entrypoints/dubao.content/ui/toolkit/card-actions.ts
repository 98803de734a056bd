/**
 * The dictionary card's actions (read aloud, save to the word bank, "I know this word"), built by the card
 * in its lazy script (dict/dictionary-card.ts) over the toolkit's services (toolkit.ts): the word bank's
 * entry (the sentence and the speaker, word-context.ts) is only ever read where a card shows.
 */
import type { CardData } from '@/lib/dictionary/card-data';
import type { PageAnalysis } from '@/lib/understand';
import type { WordBankEntry } from '@/lib/word-bank/entry';
import type { CardActions } from '../dict/card';
import type { ToolkitLabels } from './labels';
import { sentenceOfRange, speakerOfNode } from './word-context';

/** What the card's actions use, from the content script's toolkit. */
export interface CardToolkit {
  labels: ToolkitLabels;
  /** The page's analysis, read when used (the people quoted on request have their own). */
  analysis(): PageAnalysis | null;
  /** Speaks the word; answers the card's message for how it went ('' when spoken). */
  speak(text: string): Promise<string>;
  /** Saves an entry; resolves to the bank's size. */
  saveWord(entry: WordBankEntry): Promise<number>;
  /** Marks words known (the word, and its other-script forms). */
  markKnown(words: readonly string[]): Promise<unknown>;
  onError(error: unknown): void;
}

function speakerAt(analysis: PageAnalysis | null, range: Range | null): string {
  if (!range) return '';
  const node = range.startContainer;
  const inUi = node.getRootNode() !== node.ownerDocument;
  if (!inUi) return speakerOfNode(analysis, node);
  // A word in the sidebar: the speaker card it is in.
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const card = el?.closest('.db-card[data-card]');
  const [t, s] = (card?.getAttribute('data-card') ?? '').split(':').map(Number);
  const speaker = t !== undefined && s !== undefined ? analysis?.outline.topics[t]?.statements[s]?.speaker : undefined;
  return speaker?.name ?? speaker?.role ?? '';
}

function entryOf(toolkit: CardToolkit, data: CardData, range: Range | null, doc: Document): WordBankEntry {
  const analysis = toolkit.analysis();
  const sense = data.senses[0];
  return {
    word: data.word,
    reading: data.reading || sense?.reading || '',
    definition: sense ? sense.definitions.join('; ') : '',
    sentence: range ? sentenceOfRange(range) : '',
    headline: analysis?.outline.headline ?? doc.title.trim(),
    url: doc.location?.href ?? '',
    speaker: speakerAt(analysis, range),
    savedAt: Date.now(),
  };
}

/** The card's actions for a word (`range`: where it stands on the page or in our UI; `doc`: the page). */
export function cardActions(toolkit: CardToolkit, data: CardData, range: Range | null, doc: Document): CardActions {
  const { labels } = toolkit;
  const failing = (message: string) => (error: unknown) => {
    toolkit.onError(error);
    return message;
  };
  return {
    labels: { speak: labels.speak, saveWord: labels.saveWord, knowWord: labels.knowWord },
    speak: () => toolkit.speak(data.word).catch(failing(labels.speechFailed)),
    save: () => toolkit.saveWord(entryOf(toolkit, data, range, doc)).then((count) => labels.savedWord(count), failing(labels.saveFailed)),
    know: () => toolkit.markKnown([data.word, ...data.otherForms]).then(() => labels.knownWord(data.word), failing(labels.saveFailed)),
  };
}
