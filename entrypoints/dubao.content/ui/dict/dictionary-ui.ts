/**
 * The dictionary switch: its toolbar button, its state and its hint, in the content script so they show
 * and answer at once. The card itself (pointer, keys, lookups: dictionary-card.ts) is a lazy script of
 * its own, loaded the first time the switch turns on or a word is looked up; until then the calls that
 * need it wait for the load. A load that fails turns the switch back off with a calm message (the next
 * turn on tries again), and nothing reaches the page.
 */
import type { CardData } from '@/lib/dictionary/card-data';
import type { DictionaryCardApi } from '../../dictionary-card-api';
import { h } from '../h';
import type { DictionaryCard, DictionaryCardOptions, PointerPoint } from './dictionary-card';

export interface DictionaryUiOptions extends DictionaryCardOptions {
  /** Loads the card's script (dictionary-card-loader.ts; in tests, the module itself). */
  load(): Promise<DictionaryCardApi>;
  /** Starts loading the dictionary in the background. */
  warm(): Promise<unknown>;
  onChange?(on: boolean): void;
}

export interface DictionaryUi {
  /** The toolbar button (`data-action="dict"`). */
  button: HTMLButtonElement;
  isOn(): boolean;
  /** Turns the switch on/off (toggles when omitted); returns the new state. */
  toggle(on?: boolean): boolean;
  /** Looks up the word at `offset` in `node` and shows its card (what the pointer does). */
  lookupAt(node: Text, offset: number): Promise<CardData | null>;
  /** Moves to the next (1) or previous (-1) word. */
  move(direction: 1 | -1): Promise<CardData | null>;
  /** Looks up what was under the pointer when the page's context menu opened. */
  lookupAtMenuPoint(): Promise<void>;
  /**
   * Looks up the first Chinese word of the page's selection: where a keyboard reader starts (then
   * the arrows move on).
   */
  lookupAtSelection(): Promise<CardData | null>;
  close(): void;
  /** Forgets the contexts' readings read so far, and closes a card showing one: the reader's own entries changed them. */
  forgetReadings(): void;
  dispose(): void;
}

const HINT_MS = 4000;

export function createDictionaryUi(options: DictionaryUiOptions): DictionaryUi {
  const { root, labels } = options;
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const report = (error: unknown) => options.onError?.(error);
  let on = false;
  let disposed = false;
  let card: DictionaryCard | null = null;
  let loading: Promise<DictionaryCard | null> | null = null;
  let hintTimer = 0;
  let menuPoint: PointerPoint | null = null;

  const button = h(
    'button',
    {
      type: 'button',
      class: 'db-tool',
      'data-action': 'dict',
      'aria-pressed': 'false',
      'aria-label': labels.button,
      title: labels.on,
      lang: 'zh',
      onclick: () => {
        if (toggle()) void lookupAtSelection().catch(report);
      },
    },
    labels.short,
  );
  const hint = h('p', { class: 'db-dict-hint', role: 'status', hidden: true });
  root.append(hint);

  function showHint(text: string): void {
    win.clearTimeout(hintTimer);
    hint.textContent = text;
    hint.hidden = false;
    hintTimer = win.setTimeout(() => (hint.hidden = true), HINT_MS);
  }

  /** The card, its script loaded once (null: the load failed, the switch is off again, or the UI is gone). */
  function ensureCard(): Promise<DictionaryCard | null> {
    if (card) return Promise.resolve(card);
    // a loader that throws (the extension reloaded under the page) fails like one that rejects
    loading ??= Promise.resolve()
      .then(() => options.load())
      .then(
      (api) => {
        if (disposed) return null;
        card = api.createCard(options);
        card.setOn(on);
        return card;
      },
      (error: unknown) => {
        // calm: the switch goes back off with the card's own failure message, and a later turn on retries
        loading = null;
        report(error);
        if (disposed || !on) return null;
        toggle(false);
        showHint(labels.failed);
        return null;
      },
    );
    return loading;
  }

  function toggle(next?: boolean): boolean {
    const want = next ?? !on;
    if (want === on || (want && disposed)) return on;
    on = want;
    button.setAttribute('aria-pressed', String(on));
    card?.setOn(on);
    if (on) {
      void ensureCard();
      void options.warm().catch(report);
      showHint(labels.on);
    } else {
      win.clearTimeout(hintTimer);
      hint.hidden = true;
    }
    options.onChange?.(on);
    return on;
  }

  /** Runs `use` on the card while the switch is on, loading the card first if need be. */
  async function withCard<T>(use: (card: DictionaryCard) => Promise<T>): Promise<T | null> {
    if (!on) return null;
    const ready = await ensureCard();
    return ready && on ? use(ready) : null;
  }

  // The context menu's point is kept whether the switch is on or not (the menu turns it on).
  const onContextMenu = (event: MouseEvent) => {
    menuPoint = { x: event.clientX, y: event.clientY, path: event.composedPath() };
  };
  doc.addEventListener('contextmenu', onContextMenu, { capture: true, passive: true });

  const lookupAtSelection = () => withCard((c) => c.lookupAtSelection());

  return {
    button,
    isOn: () => on,
    toggle,
    lookupAt: (node, offset) => withCard((c) => c.lookupAt(node, offset)),
    // nothing to move from before a card has shown
    move: async (direction) => (card ? card.move(direction) : null),
    async lookupAtMenuPoint() {
      const point = menuPoint;
      if (point) await withCard((c) => c.lookupAtPoint(point));
    },
    lookupAtSelection,
    close: () => card?.close(),
    forgetReadings: () => card?.forgetReadings(),
    dispose() {
      toggle(false);
      disposed = true;
      doc.removeEventListener('contextmenu', onContextMenu, true);
      card?.dispose();
      card = null;
      win.clearTimeout(hintTimer);
      hint.remove();
    },
  };
}
