/**
 * Read aloud in the page: a word (the dictionary card), or a speaker's statement clause by clause
 * with the clause highlighted while it is spoken. The highlight is ours on both sides: outlines in
 * our shadow root over the clause's boxes (`data-dubao-speaking`), and the attribute
 * `data-dubao-speaking` on the page element being read, set with its undo (the page's own value
 * back exactly). The speaking itself is the background's (speech messages), or a fake in tests.
 */
import { splitClauses } from '@/lib/speech/clauses';
import type { SpeakResult } from '@/lib/speech/messages';
import { h } from '../h';
import { elementContext, rangeInContext } from '../dict/text-context';

export interface ReadAloudOptions {
  /** The UI's root inside our shadow root (the outlines go there). */
  root: HTMLElement;
  speak(text: string, lang: string): Promise<SpeakResult>;
  stop(): Promise<unknown>;
  /** The page text's language tag for the voice (zh-CN, zh-TW, zh-HK). */
  lang(): string;
}

export interface ReadAloud {
  /** Speaks a piece of text (no highlight). */
  speakText(text: string): Promise<SpeakResult>;
  /** Speaks page elements clause by clause, each clause highlighted; `key` names what is read. */
  speakElements(elements: readonly Element[], key: string): Promise<SpeakResult>;
  /** What is being read (the key given), or null. */
  current(): string | null;
  stop(): void;
  dispose(): void;
}

export const SPEAKING_ATTR = 'data-dubao-speaking';

/** Sets `data-dubao-speaking` on a page element; the undo restores the page's own value exactly. */
function markSpeaking(el: Element): () => void {
  const had = el.getAttribute(SPEAKING_ATTR);
  el.setAttribute(SPEAKING_ATTR, 'clause');
  return () => {
    if (el.getAttribute(SPEAKING_ATTR) !== 'clause') return; // the page wrote its own meanwhile
    if (had === null) el.removeAttribute(SPEAKING_ATTR);
    else el.setAttribute(SPEAKING_ATTR, had);
  };
}

export function createReadAloud(options: ReadAloudOptions): ReadAloud {
  const { root } = options;
  const layer = h('div', { class: 'db-speak-layer', 'aria-hidden': 'true' });
  root.append(layer);
  let run = 0;
  let reading: string | null = null;
  let unmark: (() => void) | null = null;

  function clearHighlight(): void {
    layer.replaceChildren();
    unmark?.();
    unmark = null;
  }

  function highlight(el: Element, range: Range | null): void {
    clearHighlight();
    unmark = markSpeaking(el);
    if (!range) return;
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    for (const r of rects) {
      const mark = h('div', { class: 'db-speak-mark', [SPEAKING_ATTR]: '' });
      Object.assign(mark.style, { left: `${r.left - 2}px`, top: `${r.top - 1}px`, width: `${r.width + 4}px`, height: `${r.height + 2}px` });
      layer.append(mark);
    }
    const box = range.getBoundingClientRect();
    const win = el.ownerDocument.defaultView;
    if (win && rects.length && (box.top < 0 || box.bottom > win.innerHeight)) {
      el.scrollIntoView?.({ block: 'center' });
      highlight(el, range.cloneRange()); // outlines follow the scroll
    }
  }

  function stop(): void {
    run++;
    if (reading !== null) void options.stop().catch(() => undefined);
    reading = null;
    clearHighlight();
  }

  return {
    async speakText(text) {
      stop();
      const my = run;
      reading = text;
      try {
        return await options.speak(text, options.lang());
      } finally {
        if (my === run) reading = null;
      }
    },
    async speakElements(elements, key) {
      stop();
      const my = run;
      reading = key;
      try {
        for (const el of elements) {
          if (!el.isConnected) continue;
          const clauses = splitClauses(elementContext(el).text);
          for (const clause of clauses) {
            if (my !== run) return 'interrupted';
            // Read anew per clause: the pinyin layer may have rewritten the element's nodes meanwhile.
            const context = elementContext(el);
            const same = context.text.slice(clause.start, clause.end) === clause.text;
            highlight(el, same ? rangeInContext(context, clause.start, clause.end) : null);
            const result = await options.speak(clause.text, options.lang());
            if (my !== run) return 'interrupted';
            if (result !== 'done') return result;
          }
        }
        return 'done';
      } finally {
        if (my === run) {
          reading = null;
          clearHighlight();
        }
      }
    },
    current: () => reading,
    stop,
    dispose() {
      stop();
      layer.remove();
    },
  };
}
