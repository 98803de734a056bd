/**
 * How the sidebar shows page strings under the reading layers: converted to the script layer's
 * state, and names and titles with readings when pinyin is on. Built once per layer state (one
 * batch call to the engines), then used synchronously by the renderers.
 */
import type { ReadTextOptions } from '@/lib/reading/contract';
import { personNames, type Outline } from '@/lib/outline';
import type { ScriptState } from '@/lib/settings';
import type { LayerState, TextEngines } from '../contracts';
import type { ReadingFormat } from '@/lib/reading-format';
import type { ReadingOptions } from '@/lib/reading/contract';
import { renderSegments, type RubySegment } from './ruby';

export interface Presenter {
  /** The string as the sidebar shows it (script layer applied). */
  text(s: string): string;
  /** Ruby segments for a name or title when pinyin is on; null when shown as plain text. */
  ruby(s: string): readonly RubySegment[] | null;
  /** How readings are written (tone marks, numbers, none, zhuyin). */
  format?: ReadingFormat;
}

export const PLAIN_PRESENTER: Presenter = { text: (s) => s, ruby: () => null };

/** Every string of the outline the sidebar shows, and which of them carry readings. */
export function collectStrings(outline: Outline, extra: readonly (string | null)[] = []): {
  all: string[];
  readable: string[];
  names: string[];
} {
  const all = new Set<string>();
  const readable = new Set<string>();
  const add = (s: string | null | undefined) => {
    if (s) all.add(s);
  };
  add(outline.headline);
  add(outline.deck);
  add(outline.lead);
  extra.forEach(add);
  for (const topic of outline.topics) {
    add(topic.title);
    if (topic.title) readable.add(topic.title);
    for (const st of topic.statements) {
      add(st.speaker.name);
      add(st.speaker.role);
      add(st.reporter);
      if (st.speaker.name) readable.add(st.speaker.name);
      add(st.summary.gist);
      st.summary.points.forEach(add);
      st.summary.figures.forEach(add);
      st.summary.cites.forEach(add);
      st.summary.asks?.forEach(add);
      st.paragraphs.forEach(add);
    }
  }
  for (const credit of outline.credits) {
    add(credit.role);
    credit.names.forEach(add);
  }
  outline.captions.forEach(add);
  return { all: [...all], readable: [...readable], names: personNames(outline) };
}

/**
 * Builds the presenter for a layer state. Engine failures fall back to plain text: the sidebar
 * must always render.
 */
export async function buildPresenter(
  outline: Outline | null,
  state: LayerState,
  engines: TextEngines | null,
  extra: readonly (string | null)[] = [],
  format?: ReadingFormat,
  reading?: ReadingOptions,
): Promise<Presenter> {
  if (!outline || !engines || (!state.pinyin && state.script === 'original')) return PLAIN_PRESENTER;
  const { all, readable, names } = collectStrings(outline, extra);
  const converted = new Map<string, string>();
  if (state.script !== 'original') {
    try {
      const out = await engines.convert(all, state.script as ScriptState);
      all.forEach((s, i) => converted.set(s, out[i] ?? s));
    } catch {
      // keep the original text
    }
  }
  const text = (s: string) => converted.get(s) ?? s;
  const readings = new Map<string, readonly RubySegment[]>();
  if (state.pinyin && readable.length) {
    try {
      // Read the displayed form; names are passed so that they are read as names.
      const shown = readable.map(text);
      const segs = reading ? await engines.read(shown, names.map(text), reading) : await engines.read(shown, names.map(text));
      readable.forEach((s, i) => {
        const seg = segs[i];
        if (seg && seg.length) readings.set(s, seg);
      });
    } catch {
      // no readings
    }
  }
  return { text, ruby: (s) => readings.get(s) ?? null, format };
}

/** A name or title: ruby when the presenter has readings for it, plain text otherwise. */
export function renderReadable(s: string, present: Presenter): Node {
  const segments = present.ruby(s);
  if (!segments) return document.createTextNode(present.text(s));
  return renderSegments(segments, present.format);
}
