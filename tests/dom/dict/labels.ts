/** The dictionary card's labels in English, as the tests read them (one copy for every card test), and its script's loader. */
import type { DictionaryCardApi } from '@/entrypoints/dubao.content/dictionary-card-api';
import { createDictionaryCard } from '@/entrypoints/dubao.content/ui/dict/dictionary-card';
import type { DictionaryLabels } from '@/entrypoints/dubao.content/ui/dict/labels';

export const LABELS: DictionaryLabels = {
  short: '词',
  button: '词 Dictionary',
  on: 'Dictionary on',
  card: 'Dictionary entry',
  inContext: 'reading here',
  otherReading: 'other reading',
  name: 'personal name',
  notFound: 'Not in CC-CEDICT.',
  loading: 'Looking up…',
  failed: 'The dictionary could not be loaded.',
  otherForm: 'Other script',
  hsk: (n) => `HSK ${n}`,
  bands: ['b1', 'b2', 'b3', 'b4', 'b5'],
  characters: 'Characters',
  previous: 'Previous word',
  next: 'Next word',
  close: 'Close',
  source: 'CC-CEDICT',
};

/** The card's script as the switch loads it, from this process (the extension imports it from its own file). */
export const loadCardHere = async (): Promise<DictionaryCardApi> => ({ createCard: createDictionaryCard });
