/**
 * This page's readings and conversions kept in storage.session (the browser's memory, gone when it
 * closes). Chrome stops an idle extension service worker after 30 s, and a woken worker builds its
 * engines again; what this page was already given is read back here, by the content script itself
 * (the background opens storage.session to content scripts), so a toggle after a restart, or the
 * same page opened again, shows what is on screen without waiting for the worker (bench: "cold:
 * first pinyin after the service worker was stopped"). Before the reader shows intent (the first
 * engine call, or prepare()) only the page's count is read (prime(), when the page is idle), so a
 * page with nothing kept asks the engine at once on the first toggle.
 *
 * Per page (its address without the fragment): a count, and one part per write holding that
 * write's new answers, at most MAX_PAGE_CHARS of JSON in all; when the session area is full, our
 * other pages' items go. Where storage.session is not open to content
 * scripts (Firefox, older Chrome), it does nothing.
 */
import { storage } from '#imports';
import type { ConvertedPiece, RubySegment } from '@/lib/reading/contract';
import { isPageAnswersKey, PAGE_ANSWERS_PREFIX } from '@/lib/page-answers-key';

/** Characters of JSON kept per page: the first ones asked for (what was on screen first). */
export const MAX_PAGE_CHARS = 1_500_000;
/**
 * The first answers are written at once (a reader may leave the page right after the screen shows
 * them); later ones are gathered for this long (ms), one write per burst, since each write copies
 * the page's whole item.
 */
const SAVE_DELAY = 400;

export interface PageReadings {
  /** Readings by names + U+0001 + text. */
  read: Record<string, RubySegment[]>;
  /** Conversions by variant + U+0000 + text. */
  conv: Record<string, string>;
  pieces: Record<string, ConvertedPiece[]>;
}

export type SessionKind = keyof PageReadings;

export interface SessionReadings {
  /** The page's stored answers (loaded once; empty when there are none or the area is closed). */
  load(): Promise<PageReadings>;
  /** Reads how many parts the page has kept (not the parts): load() then waits for nothing on a page with none. */
  prime(): void;
  /** Keeps an answer (written a moment later, with the others of the same burst). */
  add<K extends SessionKind>(kind: K, key: string, value: PageReadings[K][string]): void;
  /** Forgets every answer kept for the page, stored or not (the reader's entries changed them). */
  reset(): void;
}

export const readKey = (names: readonly string[], text: string): string => `${names.join('\u0002')}\u0001${text}`;
export const convKey = (variant: string, text: string): string => `${variant}\u0000${text}`;

const empty = (): PageReadings => ({ read: {}, conv: {}, pieces: {} });

function isPageReadings(value: unknown): value is PageReadings {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return ['read', 'conv', 'pieces'].every((k) => v[k] && typeof v[k] === 'object');
}

/** The item's key for a page address: the fragment does not change the text. */
export function pageKey(href: string): `session:${string}` {
  return `session:${PAGE_ANSWERS_PREFIX}${href.split('#')[0]}`;
}

/** The page's items: a count under the page's key, and each write's new answers under key:n. */
const partKey = (key: `session:${string}`, n: number): `session:${string}` => `${key}:${n}`;
/** More parts than this for one page: the stored count is not believed (parts are never that many). */
const MAX_PARTS = 10_000;

export function createSessionReadings(href: string, win: Window & typeof globalThis = window): SessionReadings {
  const key = pageKey(href);
  let loading: Promise<PageReadings> | null = null;
  // The page's count of parts, read once (by prime() or the first load()).
  let counting: Promise<{ parts?: unknown } | null> | null = null;
  const count = () =>
    // (Through a promise: where the area does not exist at all, the call itself may throw.)
    (counting ??= Promise.resolve().then(() => storage.getItem<{ parts?: unknown }>(key)));
  const data = empty();
  // Answers not yet written: each write stores only these, as a part of its own (a write copies
  // what it stores, on the page's main thread: never the page's whole item again).
  let fresh = empty();
  let parts = 0;
  let chars = 0;
  let timer: number | null = null;
  let closed = false;
  let saved = false;

  const merge = (into: PageReadings, from: PageReadings): void => {
    Object.assign(into.read, from.read);
    Object.assign(into.conv, from.conv);
    Object.assign(into.pieces, from.pieces);
  };

  async function write(part: PageReadings): Promise<void> {
    const n = parts++;
    await storage.setItems([
      { key: partKey(key, n), value: part },
      { key, value: { parts } },
    ]);
  }

  async function save(): Promise<void> {
    timer = null;
    if (closed) return;
    await api.load(); // the parts stored before are counted first, never overwritten
    const part = fresh;
    fresh = empty();
    try {
      await write(part);
    } catch {
      // The session area is full (or closed to us): our other pages go, then one more try.
      try {
        const all = await storage.snapshot('session');
        const page = key.slice('session:'.length);
        const others = Object.keys(all).filter((k) => isPageAnswersKey(k) && k !== page && !k.startsWith(`${page}:`));
        await storage.removeItems(others.map((k) => `session:${k}` as const));
        parts--;
        await write(part);
      } catch {
        closed = true;
      }
    }
  }

  const api: SessionReadings = {
    prime() {
      void count().catch(() => undefined);
    },
    load() {
      loading ??= count()
        .then(async (meta) => {
          const count = typeof meta?.parts === 'number' && meta.parts > 0 && meta.parts <= MAX_PARTS ? Math.floor(meta.parts) : 0;
          parts = count;
          if (!count) return data;
          const stored = await storage.getItems(Array.from({ length: count }, (_, n) => partKey(key, n)));
          for (const { value } of stored) {
            if (!isPageReadings(value)) continue;
            merge(data, value);
            chars += JSON.stringify(value).length;
          }
          return data;
        })
        .catch(() => {
          closed = true;
          return data;
        });
      return loading;
    },
    add(kind, k, value) {
      if (closed || k in data[kind]) return;
      const size = k.length + JSON.stringify(value).length + 8;
      if (chars + size > MAX_PAGE_CHARS) return;
      chars += size;
      (data[kind] as Record<string, unknown>)[k] = value;
      (fresh[kind] as Record<string, unknown>)[k] = value;
      timer ??= win.setTimeout(() => void save(), saved ? SAVE_DELAY : 0);
      saved = true;
    },
    reset() {
      const stale = parts;
      for (const kind of ['read', 'conv', 'pieces'] as const) data[kind] = {};
      fresh = empty();
      chars = 0;
      parts = 0;
      // Nothing stored is read back: the stored parts are the old answers.
      loading = Promise.resolve(data);
      if (closed) return;
      void storage
        .removeItems([key, ...Array.from({ length: stale }, (_, n) => partKey(key, n))])
        .catch(() => undefined);
    },
  };
  return api;
}
