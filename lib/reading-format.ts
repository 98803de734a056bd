/**
 * How a reading is shown under the reader's settings (tone marks, numbers or none; pinyin or
 * zhuyin): one rule for the page's ruby, the sidebar's and the selection panel's.
 */
import type { Settings } from './settings';
import { formatReading, toneOf } from './reading/tones';
import { toZhuyin } from './reading/zhuyin';

/** How a reading (pinyin with tone marks) is shown as text. */
export type ReadingFormat = (reading: string) => string;

export interface SyllableFormat {
  /** The reading as shown (tone marks / numbers / none, or zhuyin). */
  text: ReadingFormat;
  /** 1–5 (5 = neutral), or 0 when unknown. */
  tone(reading: string): number;
  /** Between syllables of one word: '' for pinyin, a space for zhuyin. */
  joiner: string;
  /** One element per syllable carrying its tone, for tone colours. */
  colors: boolean;
}

export function readingFormatFor(settings: Pick<Settings, 'notation' | 'toneStyle'>): ReadingFormat {
  if (settings.notation === 'zhuyin') return (r) => toZhuyin(r);
  return (r) => formatReading(r, settings.toneStyle);
}

export function syllableFormatFor(settings: Pick<Settings, 'notation' | 'toneStyle' | 'toneColors'>): SyllableFormat {
  return {
    text: readingFormatFor(settings),
    tone: (r) => toneOf(r),
    joiner: settings.notation === 'zhuyin' ? ' ' : '',
    colors: settings.toneColors,
  };
}
