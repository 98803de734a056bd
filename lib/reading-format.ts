/**
 * How a reading is shown under the reader's settings (tone marks, numbers or none; pinyin, zhuyin
 * or Jyutping): one rule for the page's ruby, the sidebar's and the selection panel's.
 */
import type { Settings } from './settings';
import type { ReadingOptions } from './reading/contract';
import { jyutpingToneOf } from './reading/jyutping-tones';
import { formatReading, toneOf } from './reading/tones';
import { toZhuyin } from './reading/zhuyin';

/**
 * What the engine is asked for under these settings: Jyutping is read by the engine itself (Cantonese,
 * not a spelling of the Mandarin reading), pinyin and zhuyin are drawn from Mandarin; 一/不 tones as
 * spoken or written. Undefined when everything is the default (spoken tones, Mandarin).
 */
export function readingOptionsFor(settings: Pick<Settings, 'notation'> & Partial<Pick<Settings, 'tonesAs'>>): ReadingOptions | undefined {
  const options: ReadingOptions = {
    ...(settings.notation === 'jyutping' ? { notation: 'jyutping' as const } : {}),
    ...(settings.tonesAs === 'written' ? { tonesAs: 'written' as const } : {}),
  };
  return Object.keys(options).length ? options : undefined;
}

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
  // Jyutping is shown as written, tone numbers and all; what is still Mandarin (a dictionary's
  // pinyin) keeps the reader's pinyin style.
  if (settings.notation === 'jyutping') return (r) => (isJyutping(r) ? r : formatReading(r, settings.toneStyle));
  return (r) => formatReading(r, settings.toneStyle);
}

const isJyutping = (reading: string): boolean => reading.split(' ').every((s) => jyutpingToneOf(s) > 0);

export function syllableFormatFor(settings: Pick<Settings, 'notation' | 'toneStyle' | 'toneColors'>): SyllableFormat {
  const jyutping = settings.notation === 'jyutping';
  return {
    text: readingFormatFor(settings),
    tone: jyutping ? (r) => jyutpingToneOf(r) : (r) => toneOf(r),
    // Zhuyin and Jyutping space their syllables, as they are written.
    joiner: settings.notation === 'pinyin' ? '' : ' ',
    colors: settings.toneColors,
  };
}
