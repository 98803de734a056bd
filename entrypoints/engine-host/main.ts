/**
 * The engine host: Chrome's offscreen document (created by the background, reason WORKERS) that
 * keeps the reading and script engines alive while the service worker is stopped, so a worker woken
 * by a reader's click hands the request here instead of building the engines again (bench: the
 * cold rows "after the service worker was stopped"). The engines run in a dedicated worker this
 * document spawns, which is what Chrome's WORKERS reason is for, and keeps this document free to
 * take messages while a long text is read. Offscreen documents get only chrome.runtime: the
 * background hands over what they need from storage (the entries, the reader's variant).
 */
import { browser } from 'wxt/browser';
import type { EngineMethod } from '@/lib/reading/contract';
import { HOST_PORT, isHostRequest, type HostIdle, type HostReply, type HostRequest } from '@/lib/reading/engine-host-protocol';
import { createIdleTimer, HOST_IDLE_MS } from '@/lib/reading/host-idle';

const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<number, (reply: HostReply) => void>();
let nextId = 1;
let broken: string | null = null;

function failAll(reason: string): void {
  broken = reason;
  for (const answer of pending.values()) answer({ ok: false, error: reason, hostFailed: true });
  pending.clear();
}

worker.addEventListener('message', (event: MessageEvent<{ id: number; reply: HostReply }>) => {
  const answer = pending.get(event.data.id);
  pending.delete(event.data.id);
  answer?.(event.data.reply);
});
// The worker's script failed to load or threw at its top: the background answers from its own engine.
worker.addEventListener('error', (event) => failAll(`engine worker: ${event.message || 'failed'}`));

function toWorker(request: HostRequest): Promise<HostReply> {
  if (broken) return Promise.resolve({ ok: false, error: broken, hostFailed: true });
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, request });
  });
}

// The memory goes back after a reader-idle period (lib/reading/host-idle.ts says how long and why):
// the background closes this document (offscreen.closeDocument is not ours to call here).
const idle = createIdleTimer({
  idleMs: HOST_IDLE_MS,
  onIdle: () => void browser.runtime.sendMessage({ dubaoHost: 'idle' } satisfies HostIdle).catch(() => undefined),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
});

/** A request to the worker; an engine request or a page's warm-up is the reader's activity, the entries are not. */
function answer(request: HostRequest): Promise<HostReply> {
  const active = request.dubaoHost === 'call' || request.dubaoHost === 'page' || request.dubaoHost === 'warmUp';
  if (active) idle.begin();
  return toWorker(request).finally(() => active && idle.end());
}

// The background's requests. Pages' messages (engine.read from a content script reaches every
// extension page) are the background's, and a page never sends these: only the background's are taken.
browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: unknown }) => {
  if (!isHostRequest(message) || sender.tab) return undefined;
  return answer(message);
});

// A page's own requests (Chrome's content script, HOST_PORT): no stopped service worker to wait for
// (bench: the cold rows). Its engine call alone is taken (a page never sets the entries).
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== HOST_PORT || !port.sender?.tab) return;
  port.onMessage.addListener((message: { id?: unknown; method?: unknown; args?: unknown }) => {
    const { id, method, args } = message ?? {};
    if (typeof id !== 'number') return;
    void answer({ dubaoHost: 'page', method: method as EngineMethod, args }).then((reply) => {
      try {
        port.postMessage({ id, reply });
      } catch {
        // The page went away meanwhile.
      }
    });
  });
});
