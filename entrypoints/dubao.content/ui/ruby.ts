/**
 * Readings as <ruby> built element by element (never from an HTML string): one ruby per read
 * character, so each reading sits over its own character; unread characters stay plain text.
 */
import type { RubySegment } from '@/lib/reading/contract';
import type { ReadingFormat } from '@/lib/reading-format';
import { h } from './h';

export type { RubySegment };

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
