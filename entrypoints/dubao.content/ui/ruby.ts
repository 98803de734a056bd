/**
 * Readings as <ruby> built element by element (never from an HTML string): one ruby per read
 * character, so each reading sits over its own character; unread characters stay plain text.
 */
import type { RubySegment } from '@/lib/reading/contract';
import type { Settings } from '@/lib/settings';
import { formatReading } from '@/lib/reading/tones';
import { toZhuyin } from '@/lib/reading/zhuyin';
import { h } from './h';

export type { RubySegment };

/** How a reading (pinyin with tone marks) is shown. */
export type ReadingFormat = (reading: string) => string;

/** The reader's notation and tone style, as the page layer shows them. */
export function readingFormatFor(settings: Pick<Settings, 'notation' | 'toneStyle'>): ReadingFormat {
  if (settings.notation === 'zhuyin') return (r) => toZhuyin(r);
  return (r) => formatReading(r, settings.toneStyle);
}

export function renderSegment(segment: RubySegment, format: ReadingFormat = (r) => r): DocumentFragment {
  const frag = document.createDocumentFragment();
  const chars = Array.from(segment.text);
  let plain = '';
  const flush = () => {
    if (plain) frag.appendChild(document.createTextNode(plain));
    plain = '';
  };
  chars.forEach((ch, i) => {
    const reading = segment.readings[i];
    if (typeof reading === 'string' && reading.length > 0) {
      flush();
      frag.appendChild(h('ruby', null, ch, h('rp', null, '('), h('rt', null, format(reading)), h('rp', null, ')')));
    } else {
      plain += ch;
    }
  });
  flush();
  return frag;
}

export function renderSegments(segments: readonly RubySegment[], format?: ReadingFormat): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const segment of segments) frag.appendChild(renderSegment(segment, format));
  return frag;
}
