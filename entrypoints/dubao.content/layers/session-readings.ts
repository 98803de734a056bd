/**
 * This page's readings and conversions kept in storage.session (the browser's memory, gone when it
 * closes). Chrome stops an idle extension service worker after 30 s, and a woken worker builds its
 * engines again; what this page was already given is read back here, by the content script itself
 * (the background opens storage.session to content scripts), so a toggle after a restart, or the
 * same page opened again, shows what is on screen without waiting for the worker (bench: "cold:
 * first pinyin after the service worker was stopped"). Before the reader shows intent (the first
 * engine call, or prepare()) only its count and first parts are read, in one read (prime(), when the page is idle), so a
 * page with nothing kept asks the engine at once on the first toggle.
 *
 * Per page (its address without the fragment): a count (and the JSON characters stored), and one
 * part per write holding new answers, at most MAX_PAGE_CHARS of JSON in all; when the session area is full, our
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
/**
 * JSON characters per stored part at most (one answer bigger than this is a part of its own): a
 * write clones its part on the page's main thread, in one task, so a burst of answers (a long
 * page's band) goes as several short writes, each task of its own, not one long one (bench:
 * "layers/200k: pinyin longest animation frame").
 */
export const PART_CHARS = 12_000;

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
/** Parts read with the page's count, in the same call. */
const FIRST_PARTS = 32;
/** More parts than this for one page: the stored count is not believed (parts are never that many). */
const MAX_PARTS = 10_000;

export function createSessionReadings(href: string, win: Window & typeof globalThis = window): SessionReadings {
  const key = pageKey(href);
  let loading: Promise<PageReadings> | null = null;
  // The page's count and its first parts, in one read, once (by prime() or the first load()): one
  // round trip where the page has few parts, as most do; parts past the count are never read as the page's.
  const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, n) => partKey(key, from + n));
  let reading: ReturnType<typeof storage.getItems> | null = null;
  const firstRead = () =>
    // (Through a promise: where the area does not exist at all, the call itself may throw.)
    (reading ??= Promise.resolve().then(() => storage.getItems([key, ...keys(0, FIRST_PARTS)])));
  const data = empty();
  // Answers not yet written, with their JSON sizes: each write stores some of these, as a part of
  // its own (a write copies what it stores, on the page's main thread: never the page's whole item
  // again, and at most PART_CHARS of it).
  let fresh: { kind: SessionKind; key: string; value: unknown; size: number }[] = [];
  let parts = 0;
  // JSON characters of the page's answers, stored and new (the count is stored with the parts, so a
  // load never measures what it read).
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
      { key, value: { parts, chars } },
    ]);
  }

  /** The next part: fresh answers, oldest first, up to PART_CHARS of JSON. */
  function takePart(): PageReadings {
    const part = empty();
    let size = 0;
    let n = 0;
    while (n < fresh.length && (n === 0 || size + fresh[n]!.size <= PART_CHARS)) {
      const { kind, key: k, value, size: s } = fresh[n++]!;
      (part[kind] as Record<string, unknown>)[k] = value;
      size += s;
    }
    fresh = fresh.slice(n);
    return part;
  }

  async function save(): Promise<void> {
    timer = null;
    if (closed) return;
    await api.load(); // the parts stored before are counted first, never overwritten
    if (!fresh.length) return;
    const part = takePart();
    // The rest in a task of its own, after this write.
    if (fresh.length) timer ??= win.setTimeout(() => void save(), 0);
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
      void firstRead().catch(() => undefined);
    },
    load() {
      loading ??= firstRead()
        .then(async ([meta, ...first]) => {
          const value = meta?.value as { parts?: unknown; chars?: unknown } | null | undefined;
          const count = typeof value?.parts === 'number' && value.parts > 0 && value.parts <= MAX_PARTS ? Math.floor(value.parts) : 0;
          parts = count;
          if (!count) return data;
          // (A count from before sizes were stored: what was read is not counted; the cap is loose.)
          chars += typeof value?.chars === 'number' && value.chars > 0 ? Math.min(value.chars, MAX_PAGE_CHARS) : 0;
          const stored = [...first.slice(0, count), ...(count > FIRST_PARTS ? await storage.getItems(keys(FIRST_PARTS, count)) : [])];
          for (const { value: part } of stored) {
            if (!isPageReadings(part)) continue;
            merge(data, part);
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
      fresh.push({ kind, key: k, value, size });
      timer ??= win.setTimeout(() => void save(), saved ? SAVE_DELAY : 0);
      saved = true;
    },
    reset() {
      const stale = parts;
      for (const kind of ['read', 'conv', 'pieces'] as const) data[kind] = {};
      fresh = [];
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
