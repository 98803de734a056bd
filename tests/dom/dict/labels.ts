/** The dictionary card's labels in English, as the tests read them (one copy for every card test). */
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
