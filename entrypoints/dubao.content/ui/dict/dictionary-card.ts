/**
 * The dictionary card: the lazy part of the dictionary (entrypoints/dictionary-card, imported the first
 * time the reader turns the switch on; the switch itself is dictionary-ui.ts, in the content script).
 * While on, the word under the pointer (or a tap) is looked up: the reading engine segments its text
 * as the pinyin layer does (same text, same names, so the same words and readings as the ruby), the
 * background's dictionary answers for that word, and the card shows next to it with the word outlined.
 * Arrow keys move word by word, Esc closes. Nothing on the page changes: the card and the outline live
 * in our shadow root.
 */
import type { CardData, LookupRequest } from '@/lib/dictionary/card-data';
import type { ReadingOptions, RubySegment } from '@/lib/reading/contract';
import type { TextEngines } from '../../contracts';
import { adoptStyles } from '../adopt-styles';
import { h, setChildren } from '../h';
import { DICTIONARY_CSS } from './dict-styles';
import { cardActions, type CardToolkit } from '../toolkit/card-actions';
import { renderCard, renderStatus, type CardLook } from './card';
import { textPointAt } from './hit-test';
import type { DictionaryLabels } from './labels';
import { contextOf, hasHan, indexInContext, isOffLimits, nextHanText, rangeInContext, type TextContext } from './text-context';

export interface DictionaryCardOptions {
  /** The UI's root element inside our shadow root. */
  root: HTMLElement;
  labels: DictionaryLabels;
  engines: TextEngines | null;
  /** The names the layers read as names (speakers, reporters, credits). */
  names(): string[];
  /** The reader's reading notation. */
  format(): (reading: string) => string;
  /** What the ruby asks the engine for (Jyutping, tones as written); absent: Mandarin as spoken. */
  reading?(): ReadingOptions | undefined;
  /** Tone colours on the card's Jyutping, as on the ruby. */
  look?(): CardLook;
  lookup(request: LookupRequest): Promise<CardData | null>;
  onError?(error: unknown): void;
  /** The services of the learner's actions on a card (read aloud, save, known: toolkit/card-actions.ts). */
  toolkit?: CardToolkit;
}

/** Where a pointer was: its point and the event's composed path. */
export interface PointerPoint {
  x: number;
  y: number;
  path: EventTarget[];
}

export interface DictionaryCard {
  /** Follows the pointer and the keys (on), or stops and closes the card (off). */
  setOn(on: boolean): void;
  /** Looks up the word at `offset` in `node` and shows its card (what the pointer does). */
  lookupAt(node: Text, offset: number): Promise<CardData | null>;
  /** Moves to the next (1) or previous (-1) word. */
  move(direction: 1 | -1): Promise<CardData | null>;
  /** Looks up what is at a point (where the page's context menu opened). */
  lookupAtPoint(point: PointerPoint): Promise<unknown>;
  /** Looks up the first Chinese word of the page's selection. */
  lookupAtSelection(): Promise<CardData | null>;
  close(): void;
  /** Forgets the contexts' readings read so far, and closes a card showing one. */
  forgetReadings(): void;
  dispose(): void;
}

interface Current {
  context: TextContext;
  start: number;
  end: number;
  inOurUi: boolean;
}

const HIDE_DELAY_MS = 350;
const HAN_CHAR = /\p{Script=Han}/u;

export function createDictionaryCard(options: DictionaryCardOptions): DictionaryCard {
  const { root, labels } = options;
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const shadow = root.getRootNode() instanceof ShadowRoot ? (root.getRootNode() as ShadowRoot) : null;
  const report = (error: unknown) => options.onError?.(error);
  let on = false;
  let current: Current | null = null;
  let token = 0;
  let hideTimer = 0;
  let frame = 0;
  let pending: PointerPoint | null = null;
  const readCache = new Map<string, { segments: RubySegment[]; jyutping: RubySegment[] | null }>();

  if (shadow) adoptStyles(shadow, DICTIONARY_CSS);
  const layer = h('div', { class: 'db-dict-layer' });
  root.append(layer);
  let card: HTMLElement | null = null;
  const marks: HTMLElement[] = [];

  const inUi = (node: Node) => !!shadow && node.getRootNode() === shadow;

  /**
   * The context's words with their Mandarin readings (the dictionary's senses go by them) and, when
   * the ruby shows Jyutping, the same words' Jyutping: both as the ruby reads them (its options, so
   * tones as written and the reader's own entries apply alike).
   */
  async function readContext(context: TextContext): Promise<{ segments: RubySegment[]; jyutping: RubySegment[] | null } | null> {
    const engines = options.engines;
    if (!engines) return null;
    const names = options.names();
    const reading = options.reading?.();
    const mandarin: ReadingOptions | undefined = reading?.tonesAs ? { tonesAs: reading.tonesAs } : undefined;
    const key = `${names.join('\u0001')}\u0000${JSON.stringify(reading ?? null)}\u0000${context.text}`;
    const hit = readCache.get(key);
    if (hit) return hit;
    const [[segments], jyutping] = await Promise.all([
      mandarin ? engines.read([context.text], names, mandarin) : engines.read([context.text], names),
      reading?.notation === 'jyutping' ? engines.read([context.text], names, reading).then(([s]) => s ?? null) : null,
    ]);
    if (!segments) return null;
    // Jyutping is read over the same cuts as Mandarin: kept only where they are the same words.
    const same = jyutping !== null && jyutping.length === segments.length && jyutping.every((s, i) => s.text === segments[i]!.text);
    const read = { segments, jyutping: same ? jyutping : null };
    if (readCache.size > 200) readCache.clear();
    readCache.set(key, read);
    return read;
  }

  function clearMarks(): void {
    for (const m of marks.splice(0)) m.remove();
  }

  function place(): void {
    if (!current || !card) return;
    const range = rangeInContext(current.context, current.start, current.end);
    if (!range) return;
    clearMarks();
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    // The word is no longer shown (its sidebar closed, the page removed it): so is the card.
    if (!rects.length && isHidden(range)) return close();
    for (const r of rects) {
      const mark = h('div', { class: 'db-dict-mark', 'aria-hidden': 'true' });
      Object.assign(mark.style, { left: `${r.left - 2}px`, top: `${r.top - 1}px`, width: `${r.width + 4}px`, height: `${r.height + 2}px` });
      layer.insertBefore(mark, card);
      marks.push(mark);
    }
    const box = range.getBoundingClientRect();
    card.style.maxHeight = '';
    const width = card.offsetWidth || 340;
    const height = card.offsetHeight || 200;
    const left = Math.max(8, Math.min(box.left, win.innerWidth - width - 8));
    // Below the word, else above it; when neither side holds the whole card it takes the roomier
    // side and scrolls inside: never past the window's edge, never over the word.
    const roomBelow = win.innerHeight - 8 - (box.bottom + 8);
    const roomAbove = box.top - 8 - 8;
    const below = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
    const room = Math.max(0, below ? roomBelow : roomAbove);
    if (height > room) card.style.maxHeight = `${room}px`;
    const shown = Math.min(height, room);
    const top = below ? box.bottom + 8 : box.top - 8 - shown;
    Object.assign(card.style, { left: `${left}px`, top: `${Math.max(8, top)}px` });
  }

  /** The word's text is not rendered (checkVisibility: where the browser has it). */
  function isHidden(range: Range): boolean {
    const el = range.startContainer.parentElement;
    return !el || !el.isConnected || (typeof el.checkVisibility === 'function' && !el.checkVisibility());
  }

  function showCard(element: HTMLElement): void {
    if (card) card.replaceWith(element);
    else layer.appendChild(element);
    card = element;
    place();
  }

  function close(): void {
    token++;
    win.clearTimeout(hideTimer);
    current = null;
    clearMarks();
    card?.remove();
    card = null;
  }

  /** Looks up the word covering `index` in the context; shows and returns its card. */
  async function lookupIndex(context: TextContext, index: number, inOurUi: boolean): Promise<CardData | null> {
    const my = ++token;
    win.clearTimeout(hideTimer);
    // Without readings (no engine on this page, or it failed), the dictionary still segments.
    const read = await readContext(context).catch((error: unknown) => {
      report(error);
      return null;
    });
    if (my !== token) return null;
    let start = 0;
    let segment: RubySegment | null = null;
    let jyutping: RubySegment | null = null;
    for (const [i, s] of (read?.segments ?? []).entries()) {
      if (index < start + s.text.length) {
        segment = s;
        jyutping = read?.jyutping?.[i] ?? null;
        break;
      }
      start += s.text.length;
    }
    const request: LookupRequest = segment
      ? {
          text: segment.text,
          readings: segment.readings,
          offset: index - start,
          name: options.names().includes(segment.text),
          ...(jyutping ? { jyutping: jyutping.readings } : {}),
        }
      : { text: context.text.slice(Math.max(0, index - 8), index + 8), readings: [], offset: Math.min(index, 8) };
    if (!segment) start = Math.max(0, index - 8);
    if (!card) showCard(renderStatus(labels.loading));
    let data: CardData | null;
    try {
      data = await options.lookup(request);
    } catch (error) {
      report(error);
      if (my === token) showCard(renderStatus(labels.failed));
      return null;
    }
    if (my !== token) return null;
    if (!data) {
      close();
      return null;
    }
    current = { context, start: start + data.start, end: start + data.end, inOurUi };
    const range = rangeInContext(context, current.start, current.end);
    showCard(
      renderCard(
        labels,
        data,
        options.format(),
        {
          onClose: () => close(),
          onPrevious: () => void move(-1).catch(report),
          onNext: () => void move(1).catch(report),
          actions: options.toolkit && cardActions(options.toolkit, data, range, doc),
        },
        options.look?.(),
      ),
    );
    return data;
  }

  async function lookupAt(node: Text, offset: number): Promise<CardData | null> {
    if (!on || isOffLimits(node) || !HAN_CHAR.test(node.data.slice(offset, offset + 2))) return null;
    const ours = inUi(node);
    const context = contextOf(node, ours);
    const index = indexInContext(context, node, offset);
    if (index < 0) return null;
    if (current && current.context.root === context.root && current.context.text === context.text && index >= current.start && index < current.end) {
      win.clearTimeout(hideTimer);
      return null; // still on the same word
    }
    return lookupIndex(context, index, ours);
  }

  function hanIndex(text: string, from: number, direction: 1 | -1): number {
    for (let i = from; i >= 0 && i < text.length; i += direction) if (HAN_CHAR.test(text[i]!)) return i;
    return -1;
  }

  async function move(direction: 1 | -1): Promise<CardData | null> {
    if (!current) return null;
    const { context, inOurUi } = current;
    const at = hanIndex(context.text, direction === 1 ? current.end : current.start - 1, direction);
    if (at >= 0) return lookupIndex(context, at, inOurUi);
    // The next text with Chinese in it, in the same place (the page, or our sidebar).
    const scope: Node | null = inOurUi ? root : doc.body;
    const edge = direction === 1 ? context.pieces[context.pieces.length - 1]?.node : context.pieces[0]?.node;
    if (!scope || !edge) return null;
    let from: Node = edge;
    // Step past the rest of a multi-node context (a pinyin wrapper's or a sidebar block's nodes).
    if (context.root && direction === 1) from = context.root.lastChild ?? edge;
    if (context.root && direction === -1) from = context.root;
    const next = nextHanText(scope, from, direction === 1, (t) => !context.pieces.some((p) => p.node === t));
    if (!next) return null;
    const nextContext = contextOf(next, inOurUi);
    const index = indexInContext(nextContext, next, 0);
    const first = hanIndex(nextContext.text, direction === 1 ? index : index + next.data.length - 1, direction);
    if (first < 0) return null;
    const data = await lookupIndex(nextContext, first, inOurUi);
    const range = current ? rangeInContext(current.context, current.start, current.end) : null;
    const box = range?.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > win.innerHeight)) {
      range!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      place();
    }
    return data;
  }

  async function lookupAtSelection(): Promise<CardData | null> {
    const selection = win.getSelection();
    if (!on || !selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
    let node: Node | null = range.startContainer.nodeType === 3 ? range.startContainer : walker.nextNode();
    let from = range.startContainer.nodeType === 3 ? range.startOffset : 0;
    while (node && range.intersectsNode(node)) {
      const at = (node as Text).data.slice(from).search(HAN_CHAR);
      if (at >= 0) return lookupAt(node as Text, from + at);
      walker.currentNode = node;
      node = walker.nextNode();
      from = 0;
    }
    return null;
  }

  function pointFrom(event: PointerPoint): Promise<unknown> | void {
    const { x, y, path } = event;
    if (card && path.includes(card)) {
      win.clearTimeout(hideTimer);
      return;
    }
    const first = path[0] as Node | undefined;
    const target = first ? (first.nodeType === 1 ? (first as Element) : first.parentElement) : null;
    const ours = !!target && inUi(target);
    // In our UI only the sidebar's and panels' text, not the toolbar's buttons.
    if (ours && target!.closest('button, .db-toolbar')) return;
    const point = textPointAt(doc, x, y, target, ours ? shadow : null);
    if (!point || !hasHan(point.node.data.charAt(point.offset))) {
      if (card && current) {
        win.clearTimeout(hideTimer);
        hideTimer = win.setTimeout(close, HIDE_DELAY_MS);
      }
      return;
    }
    return lookupAt(point.node, point.offset);
  }

  const onPointerMove = (event: PointerEvent) => {
    if (!on || event.pointerType === 'touch') return;
    pending = { x: event.clientX, y: event.clientY, path: event.composedPath() };
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const p = pending;
      pending = null;
      if (p) void Promise.resolve(pointFrom(p)).catch(report);
    });
  };
  // A tap (touch or pen) looks up where it lands.
  const onPointerUp = (event: PointerEvent) => {
    if (!on || event.pointerType === 'mouse') return;
    void Promise.resolve(pointFrom({ x: event.clientX, y: event.clientY, path: event.composedPath() })).catch(report);
  };
  const onKey = (event: KeyboardEvent) => {
    if (!on || !current || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as Node | undefined;
    if (target && target.nodeType === 1 && isOffLimits(target)) return;
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') void move(1).catch(report);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') void move(-1).catch(report);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const onScroll = () => {
    if (card && current) place();
  };

  function setOn(next: boolean): void {
    if (next === on) return;
    on = next;
    if (on) {
      doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
      doc.addEventListener('pointerup', onPointerUp, { capture: true, passive: true });
      // Capture on the window: before the page (an e-paper paging on ←/→) and before our own UI's
      // keys (Esc closes the card before the sidebar); our shadow root's keys pass here too.
      win.addEventListener('keydown', onKey, true);
      win.addEventListener('scroll', onScroll, { capture: true, passive: true });
      // Scrolls inside our shadow root (the sidebar) do not reach the window.
      shadow?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    } else {
      close();
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('pointerup', onPointerUp, true);
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('scroll', onScroll, true);
      shadow?.removeEventListener('scroll', onScroll, true);
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
    }
  }

  return {
    setOn,
    lookupAt,
    move,
    lookupAtPoint: async (point) => pointFrom(point),
    lookupAtSelection,
    close,
    forgetReadings() {
      readCache.clear();
      close();
    },
    dispose() {
      setOn(false);
      setChildren(layer);
      layer.remove();
      readCache.clear();
    },
  };
}
