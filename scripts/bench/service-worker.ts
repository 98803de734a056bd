/**
 * The extension's service worker over CDP, from the browser session: its heap (after a GC), its
 * errors (console errors, uncaught exceptions, log errors), and stopping it as Chrome does when it
 * is idle. Playwright opens CDP sessions for pages only, so the worker's target is attached
 * unflattened and spoken to through Target.sendMessageToTarget. A worker that Chrome starts again
 * is a new target: it is attached as it appears.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface WorkerSession {
  /** V8 heap used by the service worker after a full GC, in bytes. */
  heap(): Promise<number>;
  /**
   * Stops every service worker (ServiceWorker.stopAllWorkers), as Chrome does after 30 s idle. The
   * ServiceWorker domain lives on page targets, so it is sent from `page`'s session.
   */
  stopAll(page: Page): Promise<void>;
  /** Whether the extension's service worker is running (its target exists). */
  isRunning(): Promise<boolean>;
  detach(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface RemoteObject {
  type: string;
  value?: unknown;
  description?: string;
}

export async function attachServiceWorker(browser: Browser, onError: (text: string) => void, extensionPrefix = 'chrome-extension://'): Promise<WorkerSession> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  let sessionId: string | null = null;
  let attaching: Promise<void> | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  const describe = (args: RemoteObject[]) => args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type))).join(' ');

  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown> };
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
      return;
    }
    const p = message.params ?? {};
    if (message.method === 'Runtime.exceptionThrown') {
      const d = p.exceptionDetails as { text: string; exception?: RemoteObject; url?: string; lineNumber?: number };
      onError(`uncaught: ${d.exception?.description ?? d.text} (${d.url ?? ''}:${d.lineNumber ?? ''})`);
    } else if (message.method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'assert')) {
      onError(`console.${String(p.type)}: ${describe(p.args as RemoteObject[])}`);
    } else if (message.method === 'Log.entryAdded') {
      const entry = p.entry as { level: string; text: string; url?: string };
      if (entry.level === 'error') onError(`log: ${entry.text} ${entry.url ?? ''}`);
    }
  });
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
    if (event.sessionId !== sessionId) return;
    sessionId = null;
    for (const w of pending.values()) w.reject(new Error('service worker detached'));
    pending.clear();
  });

  function call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (!sessionId) return Promise.reject(new Error('no service worker attached'));
    const id = nextId++;
    const promise = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => undefined);
    return promise;
  }

  async function attach(target: TargetInfo): Promise<void> {
    const reply = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    sessionId = reply.sessionId;
    await call('Runtime.enable');
    await call('Log.enable').catch(() => undefined);
    // A worker attached on the way up waits for the debugger (when so configured): let it run.
    await call('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  }

  const isOurs = (t: TargetInfo) => t.type === 'service_worker' && t.url.startsWith(extensionPrefix);
  cdp.on('Target.targetCreated', (event: { targetInfo: TargetInfo }) => {
    if (!isOurs(event.targetInfo) || sessionId) return;
    attaching = attach(event.targetInfo).catch(() => undefined);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  async function ensureAttached(): Promise<void> {
    if (attaching) await attaching;
    if (sessionId) return;
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const target = targetInfos.find(isOurs);
    if (!target) throw new Error('the extension has no running service worker');
    await attach(target);
  }
  await ensureAttached();

  return {
    async heap() {
      await ensureAttached();
      await call('HeapProfiler.collectGarbage');
      return (await call<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
    },
    async stopAll(page) {
      const session = await page.context().newCDPSession(page);
      try {
        await session.send('ServiceWorker.enable');
        await session.send('ServiceWorker.stopAllWorkers');
        await session.send('ServiceWorker.disable');
      } finally {
        await session.detach().catch(() => undefined);
      }
    },
    async isRunning() {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      return targetInfos.some(isOurs);
    },
    async detach() {
      await cdp.detach();
    },
  };
}

/**
 * The heap (after a full GC) of an extension document found by its URL and of the dedicated workers
 * it runs (the engine host: an offscreen document and its engine worker), in bytes; 0 when no such
 * document is open. Attached unflattened, as the service worker above: the document's session,
 * and inside it each worker's (Target.setAutoAttach), spoken to through Target.sendMessageToTarget.
 */
export async function documentHeap(browser: Browser, url: string): Promise<{ document: number; workers: number }> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const target = targetInfos.find((t) => t.url === url);
    if (!target) return { document: 0, workers: 0 };
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const pending = new Map<string, (v: { result?: unknown; error?: { message: string } }) => void>();
    const workerSessions: string[] = [];
    // Replies come wrapped once (the document's) or twice (a worker's, inside the document's session).
    const receive = (raw: string, via: string | null) => {
      const message = JSON.parse(raw) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown> };
      if (message.id !== undefined) {
        pending.get(`${via ?? ''}:${message.id}`)?.(message);
        return;
      }
      if (message.method === 'Target.attachedToTarget') {
        const p = message.params as { sessionId: string; targetInfo: TargetInfo };
        if (p.targetInfo.type === 'worker') workerSessions.push(p.sessionId);
      } else if (message.method === 'Target.receivedMessageFromTarget') {
        const p = message.params as { sessionId: string; message: string };
        receive(p.message, p.sessionId);
      }
    };
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId === sessionId) receive(event.message, null);
    });
    const call = <T>(method: string, params: Record<string, unknown> = {}, worker: string | null = null): Promise<T> => {
      const id = nextId++;
      const inner = JSON.stringify({ id, method, params });
      const promise = new Promise<T>((resolve, reject) =>
        pending.set(`${worker ?? ''}:${id}`, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result as T))),
      );
      const message = worker ? JSON.stringify({ id: nextId++, method: 'Target.sendMessageToTarget', params: { sessionId: worker, message: inner } }) : inner;
      void cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => undefined);
      return promise;
    };
    const heapOf = async (worker: string | null) => {
      await call('HeapProfiler.collectGarbage', {}, worker);
      return (await call<{ usedSize: number }>('Runtime.getHeapUsage', {}, worker)).usedSize;
    };
    await call('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const deadline = Date.now() + 2_000;
    while (!workerSessions.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const document = await heapOf(null);
    let workers = 0;
    for (const worker of workerSessions) workers += await heapOf(worker);
    return { document, workers };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
