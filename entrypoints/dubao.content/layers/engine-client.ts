/**
 * The content script's client of the reading engine, which lives in the background (one pinyin
 * dictionary and one converter per browser, not per tab): the contract's methods over the typed
 * message protocol, texts in batches. Serves the layers and the sidebar alike.
 */
import { browser, type Browser } from 'wxt/browser';
import { HOST_PORT } from '@/lib/reading/engine-host-protocol';
import { sendMessage } from '@/lib/messages';
import type { ConvertedPiece, EngineMethod, ReadingEngine, ReadingOptions, RubySegment, ScriptVariant } from '@/lib/reading/contract';
import { convKey, readKey, type PageReadings, type SessionReadings } from './session-readings';
import { whenIdle } from '../when-idle';

/** Texts per message: big enough to amortise the round trip, small enough to keep answers cheap to clone. */
const MAX_TEXTS = 400;
const MAX_CHARS = 20_000;

function batches(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length && (current.length >= MAX_TEXTS || chars + text.length > MAX_CHARS)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length) out.push(current);
  return out;
}

async function inBatches<T>(texts: readonly string[], call: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const parts = await Promise.all(batches(texts).map(call));
  const out = parts.flat();
  if (out.length !== texts.length) throw new Error(`engine answered ${out.length} of ${texts.length} texts`);
  return out;
}

/**
 * Chrome: a request goes to the engine host (the offscreen document; engine-host-protocol.ts
 * HOST_PORT) over a port of its own, opened when the page is idle, not through the service worker:
 * a message would wait for a stopped worker to start again (35–40 ms), a port to the host does not,
 * and there is one hop less when it runs (bench: "cold: first script …"). Where the host is not
 * there, or has not had the reader's entries yet, the background answers (and makes the host); a
 * port is tried again HOST_RETRY_MS after one closed.
 */
const DIRECT = import.meta.env.CHROME && import.meta.env.COMMAND !== 'serve';
const HOST_RETRY_MS = 3000;
let port: Browser.runtime.Port | null = null;
let retryAt = 0;
let lastId = 0;
const waiting = new Map<number, (reply: { ok?: boolean; value?: unknown } | null) => void>();

function hostPort(): Browser.runtime.Port | null {
  if (!DIRECT || port || Date.now() < retryAt) return port;
  port = browser.runtime.connect({ name: HOST_PORT });
  port.onMessage.addListener(({ id, reply }: { id: number; reply: { ok?: boolean } }) => waiting.get(id)?.(reply));
  port.onDisconnect.addListener(() => {
    // No host yet is an expected answer, not an error: reading lastError keeps Chrome from logging
    // "Unchecked runtime.lastError" in the page's console; the background answers instead.
    void browser.runtime.lastError;
    port = null;
    retryAt = Date.now() + HOST_RETRY_MS;
    waiting.forEach((answer) => answer(null));
  });
  return port;
}

/** One engine call: the host's answer over the port, else the background's. */
async function ask<T>(method: EngineMethod, args: unknown[]): Promise<T> {
  const open = hostPort();
  const id = ++lastId; // a count: each open request's key, never two alike
  const reply =
    open &&
    (await new Promise<{ ok?: boolean; value?: unknown } | null>((resolve) => {
      waiting.set(id, resolve);
      open.postMessage({ id, method, args });
    }));
  waiting.delete(id);
  return reply && reply.ok ? (reply.value as T) : (sendMessage(`engine.${method}` as 'engine.read', args as never) as Promise<T>);
}

/** The engine's answers for some texts: those kept for this page first, the rest asked for (and kept). */
async function withSession<T>(
  texts: readonly string[],
  session: SessionReadings | null,
  kept: (stored: PageReadings, text: string) => T | undefined,
  keep: (text: string, value: T) => void,
  ask: (texts: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (!session) return ask([...texts]);
  const stored = await session.load();
  const out: (T | undefined)[] = texts.map((t) => kept(stored, t));
  const missing = [...new Set(texts.filter((_, i) => out[i] === undefined))];
  if (missing.length) {
    const answers = await ask(missing);
    const byText = new Map(missing.map((t, i) => [t, answers[i]!]));
    for (const [text, value] of byText) if (value !== undefined) keep(text, value);
    texts.forEach((t, i) => (out[i] ??= byText.get(t)));
  }
  return out as T[];
}

/**
 * The client. With `session` (createSessionReadings), answers this page was already given come
 * from there, and new ones are kept there.
 */
export function createEngineClient(options: { session?: SessionReadings | null } = {}): ReadingEngine {
  const session = options.session ?? null;
  // Whether the page kept anything is known before the first toggle (one small read when the page
  // is idle), so that toggle does not wait for storage before it asks the engine.
  // The port to the engine host too (DIRECT), before the reader's first toggle.
  whenIdle(() => (session?.prime(), hostPort()));
  const asks = {
    read: (texts: string[], names: readonly string[], reading?: ReadingOptions) =>
      inBatches<RubySegment[]>(texts, (batch) => ask('read', reading ? [batch, [...names], { ...reading }] : [batch, [...names]])),
    convert: (texts: string[], variant: ScriptVariant) => inBatches<string>(texts, (batch) => ask('convert', [batch, variant, []])),
    convertSegments: (texts: string[], variant: ScriptVariant, names: readonly string[]) =>
      inBatches<ConvertedPiece[]>(texts, (batch) => ask('convertSegments', [batch, variant, [...names]])),
  };
  return {
    read: (texts, names = [], reading) => {
      // Empty texts have nothing to keep: such a read is a warm-up (the controller's, with Jyutping
      // chosen, so the background loads its table when the page opens). Kept, its answer would take
      // the page's first immediate write, and the reader's first answers would wait for the next.
      if (texts.every((t) => t === '')) return asks.read([...texts], names, reading);
      // Readings differ by their options (Jyutping, tones as written): those are part of the key.
      const key = (t: string) => (reading ? `${readKey(names, t)}\u0003${JSON.stringify(reading)}` : readKey(names, t));
      return withSession(
        texts,
        session,
        (s, t) => s.read[key(t)],
        (t, v) => session?.add('read', key(t), v),
        (missing) => asks.read(missing, names, reading),
      );
    },
    async convert(texts, variant, names = []) {
      if (variant === 'original') return [...texts];
      // Names change a conversion (surnames kept): only the nameless one is kept across restarts.
      if (names.length) return inBatches<string>(texts, (batch) => ask('convert', [batch, variant, [...names]]));
      return withSession(
        texts,
        session,
        (s, t) => s.conv[convKey(variant, t)],
        (t, v) => session?.add('conv', convKey(variant, t), v),
        (missing) => asks.convert(missing, variant),
      );
    },
    judgeOpening: (text) => ask('judgeOpening', [text]) as Promise<boolean>,
    convertSegments: (texts, variant, names = []) =>
      withSession(
        texts,
        session,
        (s, t) => s.pieces[convKey(`${variant}\u0001${names.join('\u0002')}`, t)],
        (t, v) => session?.add('pieces', convKey(`${variant}\u0001${names.join('\u0002')}`, t), v),
        (missing) => asks.convertSegments(missing, variant, names),
      ),
  };
}
