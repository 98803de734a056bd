/**
 * Test support for the in-page UI: the seed's outline (from seed-expected.json, with summaries
 * taken verbatim from its own sentences), page elements standing for its sources, a layer
 * controller double and text engines over the real pinyin-pro and opencc-js.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import type { Outline, Statement } from '@/lib/outline';
import type { ScriptState } from '@/lib/settings';
import type { LayerController, LayerState, TextEngines } from '@/entrypoints/dubao.content/contracts';
import type { RubySegment } from '@/entrypoints/dubao.content/ui/ruby';
import { createDubaoUi, type DubaoUi, type DubaoUiOptions } from '@/entrypoints/dubao.content/ui/app';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const ROOT = resolve(__dirname, '../../..');

interface ExpectedStatement {
  speaker: { name: string | null; role: string | null };
  reporter: string | null;
  paragraphs: string[];
}

/** Sentences of a paragraph, verbatim. */
function sentences(text: string): string[] {
  return text.match(/[^。!?!?]+[。!?!?]?/g) ?? [];
}

/** A verbatim summary: first sentence as gist, the next paragraphs' first sentences as points. */
function summarize(paragraphs: string[]): Statement['summary'] {
  const all = paragraphs.map(sentences);
  const text = paragraphs.join('');
  return {
    gist: all[0]?.[0] ?? null,
    points: all.slice(1, 3).map((s) => s[0] ?? '').filter(Boolean),
    figures: [...text.matchAll(/[^,,;;。]*\d+(?:个|条|家|项|名)[^,,;;。]*/g)].map((m) => m[0]).slice(0, 3),
    cites: [...text.matchAll(/“([^”]{4,40})”/g)].map((m) => m[1]!).slice(0, 2),
  };
}

export function seedOutline(): Outline {
  const raw = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/seed-expected.json'), 'utf8')) as Omit<
    Outline,
    'topics'
  > & { topics: { title: string | null; statements: ExpectedStatement[] }[] };
  return {
    ...raw,
    topics: raw.topics.map((t) => ({
      title: t.title,
      statements: t.statements.map((s) => ({ ...s, summary: summarize(s.paragraphs) })),
    })),
  };
}

export interface FakeAnalysis {
  outline: Outline;
  sources: { headline: Element | null; lead: Element[]; topics: { title: Element | null; statements: Element[][] }[] };
  root: Element;
}

/** Puts the outline's text into the document as paragraphs and returns it with its sources. */
export function mountPage(outline: Outline, doc: Document = document): FakeAnalysis {
  const root = doc.createElement('div');
  root.className = 'content';
  const p = (text: string) => {
    const el = doc.createElement('p');
    el.textContent = text;
    root.appendChild(el);
    return el;
  };
  const headline = outline.headline ? p(outline.headline) : null;
  const lead = outline.lead ? [p(outline.lead)] : [];
  const topics = outline.topics.map((topic) => {
    p('话题:');
    const title = topic.title ? p(topic.title) : null;
    const statements = topic.statements.map((st) =>
      st.paragraphs.map((para, i) => p(i === 0 ? `${st.speaker.role ?? ''}${st.speaker.name ?? ''}:${para}` : para)),
    );
    return { title, statements };
  });
  doc.body.appendChild(root);
  return { outline, sources: { headline, lead, topics }, root };
}

export class FakeController implements LayerController {
  current: LayerState = { pinyin: false, script: 'original' };
  calls: string[] = [];
  private listeners = new Set<(state: LayerState) => void>();
  state(): LayerState {
    return { ...this.current };
  }
  async setPinyin(on: boolean): Promise<void> {
    this.calls.push(`pinyin:${on}`);
    this.current = { ...this.current, pinyin: on };
    this.emit();
  }
  async setScript(state: ScriptState): Promise<void> {
    this.calls.push(`script:${state}`);
    this.current = { ...this.current, script: state };
    this.emit();
  }
  onChange(listener: (state: LayerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async applySettings(): Promise<void> {}
  async reloadEntries(): Promise<void> {}
  dispose(): void {
    this.listeners.clear();
  }
  private emit(): void {
    for (const l of this.listeners) l(this.state());
  }
}

const converters = new Map<string, (s: string) => string>();
function converterFor(state: Exclude<ScriptState, 'original'>): (s: string) => string {
  let c = converters.get(state);
  if (!c) {
    c = state === 'cn' ? OpenCC.Converter({ from: 'tw', to: 'cn' }) : OpenCC.Converter({ from: 'cn', to: state });
    converters.set(state, c);
  }
  return c;
}

/** Engines over the real libraries: one segment per text, one reading per Han character. */
export function realEngines(
  log: { read: string[][]; names: (string[] | undefined)[]; options?: unknown[] } = { read: [], names: [] },
): TextEngines {
  return {
    async read(texts, names, options) {
      log.read.push([...texts]);
      log.names.push(names ? [...names] : undefined);
      log.options?.push(options);
      return texts.map((text): RubySegment[] => {
        const chars = Array.from(text);
        // Tones as written: pinyin-pro without its 一/不 tone change.
        const readings = pinyin(text, { type: 'array', toneSandhi: options?.tonesAs !== 'written' });
        return [
          {
            text,
            readings: chars.map((ch, i) => (/\p{Script=Han}/u.test(ch) ? (readings[i] ?? null) : null)),
            word: true,
          },
        ];
      });
    },
    async convert(texts, state) {
      if (state === 'original') return [...texts];
      const c = converterFor(state);
      return texts.map((t) => c(t));
    },
  };
}

/** A shadow root in the document to mount the UI into, as WXT's createShadowRootUi does. */
export function shadowContainer(doc: Document = document): { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } {
  const host = doc.createElement('dubao-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  shadow.appendChild(container);
  doc.body.appendChild(host);
  return { host, shadow, container };
}

export function key(target: Element, keyName: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Lets queued promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

/** The in-page UI on a Chinese page without a feature, reading the people quoted on request with `readQuoted`. */
export function mountQuotedUi(container: HTMLElement, labels: DubaoUiOptions['labels'], readQuoted: DubaoUiOptions['readQuoted'], overrides: Partial<DubaoUiOptions> = {}): DubaoUi {
  return createDubaoUi({
    container,
    labels,
    analysis: null,
    leadGist: null,
    chinese: true,
    pageScript: 'simplified',
    controller: new FakeController(),
    engines: realEngines(),
    settings: { ...DEFAULT_SETTINGS },
    showLauncher: false,
    readQuoted,
    ...overrides,
  });
}
