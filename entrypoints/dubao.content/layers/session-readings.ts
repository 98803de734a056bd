/**
 * This page's readings and conversions kept in storage.session (the browser's memory, gone when it
 * closes). Chrome stops an idle extension service worker after 30 s, and a woken worker builds its
 * engines again; what this page was already given is read back here, by the content script itself
 * (the background opens storage.session to content scripts), so a toggle after a restart, or the
 * same page opened again, shows what is on screen without waiting for the worker (bench: "cold:
 * first pinyin after the service worker was stopped"). Nothing is read before the reader shows
 * intent (the first engine call, or prepare()).
 *
 * One item per page (its address without the fragment), at most MAX_PAGE_CHARS of JSON; when the
 * session area is full, our other pages' items go. Where storage.session is not open to content
 * scripts (Firefox, older Chrome), it does nothing.
 */
import { storage } from '#imports';
import type { ConvertedPiece, RubySegment } from '@/lib/reading/contract';

export const SESSION_PREFIX = 'dubaoPage:';
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
  /** Keeps an answer (written a moment later, with the others of the same burst). */
  add<K extends SessionKind>(kind: K, key: string, value: PageReadings[K][string]): void;
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
  return `session:${SESSION_PREFIX}${href.split('#')[0]}`;
}

export function createSessionReadings(href: string, win: Window & typeof globalThis = window): SessionReadings {
  const key = pageKey(href);
  let loading: Promise<PageReadings> | null = null;
  let data = empty();
  let chars = 2;
  let timer: number | null = null;
  let closed = false;
  let saved = false;

  async function save(): Promise<void> {
    timer = null;
    if (closed) return;
    await loading; // what was stored before is merged first, never overwritten
    try {
      await storage.setItem(key, data);
    } catch {
      // The session area is full (or closed to us): our other pages go, then one more try.
      try {
        const all = await storage.snapshot('session');
        const ours = Object.keys(all).filter((k) => k.startsWith(SESSION_PREFIX) && `session:${k}` !== key);
        await storage.removeItems(ours.map((k) => `session:${k}` as const));
        await storage.setItem(key, data);
      } catch {
        closed = true;
      }
    }
  }

  return {
    load() {
      // (Through a promise: where the area does not exist at all, the call itself may throw.)
      loading ??= Promise.resolve()
        .then(() => storage.getItem<PageReadings>(key))
        .then((stored) => {
          if (isPageReadings(stored)) {
            data = { read: { ...stored.read, ...data.read }, conv: { ...stored.conv, ...data.conv }, pieces: { ...stored.pieces, ...data.pieces } };
            chars = JSON.stringify(data).length;
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
      timer ??= win.setTimeout(() => void save(), saved ? SAVE_DELAY : 0);
      saved = true;
    },
  };
}
