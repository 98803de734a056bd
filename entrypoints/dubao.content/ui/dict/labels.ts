/** The dictionary card's words (assets/locales/*.yml, keys `dict.*`), read once per mount. */
import { i18n } from '#i18n';

export interface DictionaryLabels {
  short: string;
  button: string;
  on: string;
  card: string;
  inContext: string;
  otherReading: string;
  name: string;
  notFound: string;
  loading: string;
  failed: string;
  otherForm: string;
  hsk(level: number): string;
  /** Frequency bands 1–5. */
  bands: string[];
  characters: string;
  previous: string;
  next: string;
  close: string;
  source: string;
}

export function readDictionaryLabels(): DictionaryLabels {
  return {
    short: i18n.t('dict.short'),
    button: i18n.t('dict.button'),
    on: i18n.t('dict.on'),
    card: i18n.t('dict.card'),
    inContext: i18n.t('dict.inContext'),
    otherReading: i18n.t('dict.otherReading'),
    name: i18n.t('dict.name'),
    notFound: i18n.t('dict.notFound'),
    loading: i18n.t('dict.loading'),
    failed: i18n.t('dict.failed'),
    otherForm: i18n.t('dict.otherForm'),
    hsk: (level) => i18n.t('dict.hsk', [String(level)]),
    bands: [i18n.t('dict.band1'), i18n.t('dict.band2'), i18n.t('dict.band3'), i18n.t('dict.band4'), i18n.t('dict.band5')],
    characters: i18n.t('dict.characters'),
    previous: i18n.t('dict.previous'),
    next: i18n.t('dict.next'),
    close: i18n.t('dict.close'),
    source: i18n.t('dict.source'),
  };
}
