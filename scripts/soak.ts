/**
 * `npm run soak` (not part of `npm test`): one Chromium with the built extension, 100 page loads
 * across the seed page, ../shared/fixtures/real-pages (when ../shared exists) and the long page;
 * on each, pinyin and script on and off again and the sidebar opened, as the popup does (messages
 * from the extension to the tab's content script). Reports the background's heap, the engine host's
 * (Chrome's offscreen document, entrypoints/engine-host: where the reading engines live) and the
 * tab's heap (after a GC) every 10 loads, and every console error, page error and uncaught exception
 * from the pages and from the extension's service worker.
 *
 * Exits non-zero when any error was seen, or when the background's heap or the engine host's after
 * the run (after a GC) is more than 20% above its level after the first 10 loads. `--loads N` for a shorter run,
 * `--only a,b` for the pages whose name contains a or b, `--verbose` for each step's time; builds
 * first unless `--no-build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/helpers/browser';
import { makeLongPage } from '../tests/e2e/helpers/long-page';
import { findTabId, sendToTab } from '../tests/e2e/helpers/messages';
import { ROOT } from '../tests/e2e/helpers/paths';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/helpers/server';
import { attachServiceWorker, type WorkerSession } from './bench/service-worker';

const LIMIT = 1.2;
const STEP_MS = 60_000;
const REAL_PAGES = resolve(ROOT, '../shared/fixtures/real-pages');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A step that does not answer in time is an error of its own (a hang), not a stuck soak. */
let verboseSteps = false;
/** Steps that answered, but slowly (over SLOW_MS): reported, not failed. */
const slowSteps: string[] = [];
const SLOW_MS = 10_000;
function within<T>(ms: number, what: string, promise: Promise<T>, where = ''): Promise<T> {
  const started = Date.now();
  void promise.then(
    () => {
      const took = Date.now() - started;
      if (verboseSteps) process.stderr.write(`[soak]   ${what}: ${took} ms\n`);
      if (took > SLOW_MS) slowSteps.push(`${where} ${what}: ${(took / 1000).toFixed(1)} s`);
    },
    () => undefined,
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const mb = (bytes: number) => bytes / 2 ** 20;

interface Sample {
  load: number;
  url: string;
  backgroundMb: number;
  /** The engine host's heap (its document and engine worker); NaN when it is not open (it closes itself when idle, host-idle.ts). */
  hostMb: number;
  tabMb: number;
  tabNodes: number;
}

async function tabHeap(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const { nodes } = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
    return { heap: usedSize, nodes };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The engine host's V8 heap after a GC (bytes): its document and the dedicated worker it spawns,
 * where the engines run (entrypoints/engine-host); null when it is not open. The document is an
 * offscreen document (a target of type 'background_page', 'other' or 'page' by Chromium version, at
 * …/engine-host.html), attached from the browser session, unflattened, and spoken to through
 * Target.sendMessageToTarget (Playwright opens CDP sessions for its own pages only). Chrome lets a
 * dedicated worker be reached only through its document: auto-attached from the document's session
 * and spoken to one level further down.
 */
async function engineHostHeap(ext: ExtensionBrowser): Promise<number | null> {
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  try {
    type Target = { targetId: string; type: string; url: string };
    type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string } };
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Target[] };
    const host = targetInfos.find(
      (t) => ['other', 'page', 'background_page'].includes(t.type) && t.url.startsWith(`chrome-extension://${ext.extensionId}/`) && /offscreen|engine-host/.test(t.url),
    );
    if (!host) return null;
    const { sessionId: hostSession } = (await cdp.send('Target.attachToTarget', { targetId: host.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    // Answers by session ('' the document's, else a worker's) and id; the workers as they attach.
    const waiting = new Map<string, (message: Message) => void>();
    const workers: string[] = [];
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== hostSession) return;
      const message = JSON.parse(event.message) as Message;
      if (message.method === 'Target.attachedToTarget') {
        const info = message.params as { sessionId: string; targetInfo: Target };
        if (info.targetInfo.type === 'worker') workers.push(info.sessionId);
      } else if (message.method === 'Target.receivedMessageFromTarget') {
        const nested = message.params as { sessionId: string; message: string };
        const inner = JSON.parse(nested.message) as Message;
        if (inner.id !== undefined) waiting.get(`${nested.sessionId}:${inner.id}`)?.(inner);
      } else if (message.id !== undefined) waiting.get(`:${message.id}`)?.(message);
    });
    const call = async <T>(method: string, params: Record<string, unknown> = {}, worker = ''): Promise<T> => {
      const id = nextId++;
      const answer = new Promise<Message>((resolve) => waiting.set(`${worker}:${id}`, resolve));
      const payload = JSON.stringify({ id, method, params });
      const outer = worker ? JSON.stringify({ id: nextId++, method: 'Target.sendMessageToTarget', params: { sessionId: worker, message: payload } }) : payload;
      await cdp.send('Target.sendMessageToTarget', { sessionId: hostSession, message: outer });
      const message = await Promise.race([answer, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`engine host: no answer to ${method}`)), 10_000))]);
      if (message.error) throw new Error(`engine host: ${message.error.message}`);
      return message.result as T;
    };
    const heap = async (worker = ''): Promise<number> => {
      await call('HeapProfiler.collectGarbage', {}, worker);
      return (await call<{ usedSize: number }>('Runtime.getHeapUsage', {}, worker)).usedSize;
    };
    await call('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    for (let i = 0; i < 20 && !workers.length; i++) await new Promise((r) => setTimeout(r, 50));
    let total = await heap();
    for (const worker of workers) total += await heap(worker);
    await cdp.send('Target.detachFromTarget', { sessionId: hostSession }).catch(() => undefined);
    return total;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The pages to cycle through: the seed, every real page, the long page. */
function pageList(server: FixtureServer, real: FixtureServer | null): string[] {
  const urls = [server.url('seed-epaper.html')];
  if (real) for (const file of readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html')).sort()) urls.push(real.url(file));
  urls.push(server.url('soak-long.html'));
  // `--only a,b`: the pages whose file name contains one of these (a subset to look at one problem).
  const only = argValue('--only')?.split(',').filter(Boolean);
  return only?.length ? urls.filter((u) => only.some((o) => u.includes(o))) : urls;
}

/** The extension's service worker as Playwright sees it now (a restarted worker is a new object). */
function currentWorker(ext: ExtensionBrowser) {
  return ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) ?? ext.worker;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const verbose = (verboseSteps = process.argv.includes('--verbose'));
  const loads = Number(argValue('--loads') ?? 100);
  const server = await startFixtureServer();
  server.route('soak-long.html', { body: makeLongPage() });
  const real = existsSync(REAL_PAGES) ? await startFixtureServer(REAL_PAGES) : null;
  if (!real) process.stdout.write(`(no ${REAL_PAGES}: the seed and the long page only)\n`);
  const urls = pageList(server, real);
  const ext = await launchWithExtension();
  // Ours: anything from the extension (its worker, or a page's console/exception pointing at our
  // scripts), the soak's own failures, and everything on our fixture pages. The real pages' own
  // scripts and off-line resources fail in ways of their own: counted apart, per page.
  const errors: string[] = [];
  const pagesOwn = new Map<string, number>();
  const ownError = (short: string) => pagesOwn.set(short, (pagesOwn.get(short) ?? 0) + 1);
  const samples: Sample[] = [];
  const navigatedAway: string[] = [];
  let background: WorkerSession | null = null;
  try {
    background = await attachServiceWorker(ext.context.browser()!, (text) => errors.push(`[extension] ${text}`));
    // Off-line: the real pages' trackers and CDN assets fail at once instead of waiting on DNS.
    await ext.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('internetdisconnected'));
    process.stdout.write(`soak: ${loads} loads over ${urls.length} pages\n`);
    process.stdout.write(`${'load'.padStart(4)}  ${'background MB'.padStart(13)}  ${'engine host MB'.padStart(14)}  ${'tab MB'.padStart(7)}  ${'tab nodes'.padStart(9)}  page\n`);
    const t0 = Date.now();
    for (let load = 1; load <= loads; load++) {
      const url = urls[(load - 1) % urls.length]!;
      if (verbose) process.stderr.write(`[soak] load ${load} ${url}\n`);
      const short = url.replace(/^https?:\/\/[^/]+\//, '');
      const page = await ext.context.newPage();
      const where = `load ${load} ${short}`;
      const ours = `chrome-extension://${ext.extensionId}/`;
      const fixture = !real || !url.startsWith(real.origin);
      page.on('pageerror', (error) => {
        const text = `[page] ${where}: ${error.stack ?? String(error)}`;
        if (fixture || text.includes(ours)) errors.push(text);
        else ownError(short);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (message.location().url.endsWith('/favicon.ico')) return; // the fixture server has none
        // A saved real page may still reference another extension's script (chrome-extension://invalid/).
        const text = `[console] ${where}: ${message.text()} (${message.location().url}:${message.location().lineNumber})`;
        if (fixture || text.includes(ours) || /dubao/i.test(message.text())) errors.push(text);
        else ownError(short);
      });
      page.on('crash', () => errors.push(`[crash] ${where}`));
      try {
        await within(STEP_MS, 'load', page.goto(url, { waitUntil: 'load' }), where);
        // The content script marks <html> once booted (on every page, with or without a feature).
        await within(STEP_MS, 'content script booted', page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 }), where);
        const worker = currentWorker(ext);
        const tabId = await findTabId(worker, page);
        await within(STEP_MS, 'setLayer, layer: pinyin, on: true', sendToTab(worker, tabId, 'setLayer', { layer: 'pinyin', on: true }), where);
        await within(STEP_MS, 'setLayer, layer: script, on: true, state: tw', sendToTab(worker, tabId, 'setLayer', { layer: 'script', on: true, state: 'tw' }), where);
        await within(STEP_MS, 'toggleSidebar, open: true', sendToTab(worker, tabId, 'toggleSidebar', { open: true }), where);
        await within(STEP_MS, 'setLayer, layer: pinyin, on: false', sendToTab(worker, tabId, 'setLayer', { layer: 'pinyin', on: false }), where);
        await within(STEP_MS, 'setLayer, layer: script, on: false', sendToTab(worker, tabId, 'setLayer', { layer: 'script', on: false }), where);
        await page.waitForTimeout(100); // anything the layers still had queued for a frame
        if (load % 10 === 0 || load === 1) {
          const tab = await tabHeap(page);
          const bg = await background.heap();
          const host = await engineHostHeap(ext);
          const sample = { load, url: short, backgroundMb: mb(bg), hostMb: host === null ? NaN : mb(host), tabMb: mb(tab.heap), tabNodes: tab.nodes };
          samples.push(sample);
          const hostText = Number.isNaN(sample.hostMb) ? 'not open' : sample.hostMb.toFixed(2);
          process.stdout.write(
            `${String(load).padStart(4)}  ${sample.backgroundMb.toFixed(2).padStart(13)}  ${hostText.padStart(14)}  ${sample.tabMb.toFixed(2).padStart(7)}  ${String(tab.nodes).padStart(9)}  ${short}  (${Math.round((Date.now() - t0) / 1000)} s)\n`,
          );
        }
      } catch (error) {
        // A stored page whose own script sends it elsewhere (off-line, to chrome-error://) left
        // before our content script could be asked anything: the page's doing, counted apart.
        if (page.url() !== url) {
          navigatedAway.push(`${where} → ${page.url()}`);
          continue;
        }
        errors.push(`[soak] ${where}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        await page.close().catch(() => undefined);
      }
    }
    // The background after the run, every tab closed (as after the first 10, whose tab was still open:
    // compare like with like by measuring the end once the last tab is gone too).
    await new Promise((r) => setTimeout(r, 500));
    const endMb = mb(await background.heap());
    const at10 = samples.find((s) => s.load === 10) ?? samples[0];
    if (!at10) errors.push('[soak] no heap sample was taken');
    const growth = at10 ? endMb / at10.backgroundMb : 0;
    process.stdout.write(`background heap after the run (GC, no tab open): ${endMb.toFixed(2)} MB; after 10 loads ${at10?.backgroundMb.toFixed(2)} MB; ratio ${growth.toFixed(3)} (limit ${LIMIT})\n`);
    // The engine host: against its first sample from load 10 on where it was open (it may have
    // closed itself when idle: then there is nothing left to grow).
    const hostEnd = await engineHostHeap(ext);
    const hostAt10 = samples.find((s) => s.load >= 10 && !Number.isNaN(s.hostMb)) ?? samples.find((s) => !Number.isNaN(s.hostMb));
    let hostGrowth = 0;
    if (hostEnd === null || !hostAt10) {
      process.stdout.write(`engine host heap after the run: ${hostEnd === null ? 'not open (closed itself when idle)' : `${mb(hostEnd).toFixed(2)} MB`}; ${hostAt10 ? `at load ${hostAt10.load} ${hostAt10.hostMb.toFixed(2)} MB` : 'never seen open'}\n`);
    } else {
      hostGrowth = mb(hostEnd) / hostAt10.hostMb;
      process.stdout.write(`engine host heap after the run (GC, no tab open): ${mb(hostEnd).toFixed(2)} MB; at load ${hostAt10.load} ${hostAt10.hostMb.toFixed(2)} MB; ratio ${hostGrowth.toFixed(3)} (limit ${LIMIT})\n`);
    }
    const own = [...pagesOwn.entries()];
    process.stdout.write(`the real pages' own errors (their scripts and off-line resources, not ours): ${own.reduce((n, [, c]) => n + c, 0)} over ${own.length} pages\n`);
    process.stdout.write(`loads whose page navigated itself away (its own script; skipped): ${navigatedAway.length}\n`);
    for (const line of navigatedAway) process.stdout.write(`  ${line}\n`);
    process.stdout.write(`slow steps (answered after more than ${SLOW_MS / 1000} s): ${slowSteps.length}\n`);
    for (const line of slowSteps) process.stdout.write(`  ${line}\n`);
    process.stdout.write(`errors (ours): ${errors.length}\n`);
    for (const e of errors) process.stdout.write(`  ${e}\n`);
    if (errors.length || growth > LIMIT || hostGrowth > LIMIT) process.exitCode = 1;
  } finally {
    await background?.detach().catch(() => undefined);
    await ext.close().catch(() => undefined);
    await server.close();
    await real?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
