/**
 * The cold rows (issue 15): what a reader waits for the first time, from the click on DuBao's
 * button in the page until every paragraph on screen carries readings (pinyin) or until the page
 * shows the other script, laid out (script), side by side with the plain approach measured in the
 * same browser (all of the page's Han characters in <ruby> synchronously, then layout; opencc-js
 * HTMLConverter with its converter built beforehand):
 * - in a fresh browser (nothing of ours has run: the engines are built on this click);
 * - after the service worker was stopped (CDP ServiceWorker.stopAllWorkers, as Chrome does after
 *   30 s idle) with the page already open: on the page read before the stop (opened again: its
 *   answers kept in storage.session), and on a page not read before (storage.session cleared), where
 *   the click wakes the worker, which builds its engines again;
 * - in a fresh browser with the pointer resting on the button INTENT_LEAD_MS before the click (the
 *   content script starts fetching on pointerenter).
 * Pinyin, Jyutping (notation 'jyutping': its table is fetched on the click) and script each get a
 * browser of their own per round. Also the background's heap (after a
 * GC) at start and with every engine and the dictionary loaded (a read, a conversion to tw, a
 * dictionary lookup). DUBAO_BENCH_COLD_AB=<another build's chrome-mv3>: that build's browsers in the
 * same rounds, side by side (benchCold).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/helpers/browser';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import { bundlePlain, installChangeProbe, installProbe, measurePlain, median, readChangeProbe, readProbe } from './layers';
import { attachServiceWorker, documentHeap, type WorkerSession } from './service-worker';
import type { BenchRow } from './types';

const button = (page: Page, action: string) => page.locator(`dubao-ui [data-action="${action}"]`);

/** Runs `round` in a browser of its own (launched as `launch` does), closed whatever happens. */
async function inBrowser(extensionDir: string | undefined, ...args: [Record<string, unknown>, Round] | [Round]): Promise<void> {
  const [settings, round] = args.length === 2 ? args : [{}, args[0]];
  const { ext, sw } = await launch(settings, extensionDir);
  try {
    await round({ ext, sw });
  } finally {
    await sw.detach().catch(() => undefined);
    await ext.close().catch(() => undefined);
  }
}

type Round = (browser: { ext: ExtensionBrowser; sw: WorkerSession }) => Promise<void>;

export async function launch(settings: Record<string, unknown> = {}, extensionDir?: string): Promise<{ ext: ExtensionBrowser; sw: WorkerSession }> {
  const ext = await launchWithExtension({ viewport: { width: 1280, height: 900 }, extensionDir });
  // tsx compiles the functions passed to evaluate() with esbuild's keepNames helper.
  await ext.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await ext.worker.evaluate('globalThis.__name = (f) => f;');
  // Whole-page pinyin, as the layers rows: ours and the plain approach cover the same text.
  await ext.worker.evaluate(async (extra) => {
    const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), pinyinScope: 'page', grouping: 'word', ...extra } });
  }, settings);
  const sw = await attachServiceWorker(ext.context.browser()!, () => undefined, `chrome-extension://${ext.extensionId}/`);
  return { ext, sw };
}

/** The seed page with our buttons shown, and the click's time recorded in the page (the event's own timestamp). */
export async function openSeed(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await button(page, 'pinyin').waitFor({ state: 'visible', timeout: 30_000 });
  // The rest of the content script's boot; DUBAO_BENCH_COLD_SETTLE_MS: a reader who clicks later
  // (what the engines' start on the page's opening has done by then).
  await page.waitForTimeout(Number(process.env.DUBAO_BENCH_COLD_SETTLE_MS ?? 300));
  await page.evaluate(() => {
    addEventListener('click', (e) => ((window as unknown as { __clickAt?: number }).__clickAt ??= performance.timeOrigin + e.timeStamp), true);
  });
  return page;
}

const clickAt = (page: Page) => page.evaluate(() => (window as unknown as { __clickAt?: number }).__clickAt ?? Number.NaN);

export async function stopWorker(_ext: ExtensionBrowser, sw: WorkerSession, page: Page): Promise<void> {
  await sw.stopAll(page);
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && (await sw.isRunning())) await new Promise((r) => setTimeout(r, 50));
  if (await sw.isRunning()) throw new Error('the service worker did not stop');
  await new Promise((r) => setTimeout(r, 300));
}

/**
 * How long a reader's pointer rests on a button before the click, for the intent rows: the content
 * script starts fetching on pointerenter (controller.prepare).
 */
export const INTENT_LEAD_MS = 150;

/** The click, after the pointer has rested on the button `leadMs` (0: Playwright's own move-and-click). */
async function clickButton(page: Page, action: string, leadMs: number): Promise<void> {
  if (leadMs > 0) {
    await button(page, action).hover();
    await page.waitForTimeout(leadMs);
  }
  await button(page, action).click();
}

/** The extension's service worker as it is now (a restarted worker is a new object). */
const currentWorker = (ext: ExtensionBrowser) => ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`)) ?? ext.worker;

/** Forgets the pages' kept answers (storage.session): the next page is one not read before. */
export async function forgetPages(ext: ExtensionBrowser): Promise<void> {
  await currentWorker(ext).evaluate(() => chrome.storage.session.clear());
}

/** Click on pinyin → every Han character on screen under a ruby, laid out (the layers rows' probe). */
export async function clickPinyin(page: Page, leadMs = 0): Promise<number> {
  await installProbe(page, true);
  await clickButton(page, 'pinyin', leadMs);
  await page.waitForFunction(() => (window as unknown as { __probe: { viewportAt: number } }).__probe.viewportAt > 0, undefined, { timeout: 60_000, polling: 50 });
  const start = await clickAt(page);
  return (await readProbe(page, start, start + 60_000)).viewportMs;
}

/** Click on script → the page's last converted write laid out (the seed is short: all of it is the screen's concern). */
export async function clickScript(page: Page, leadMs = 0): Promise<number> {
  await installChangeProbe(page);
  await clickButton(page, 'script', leadMs);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-dubao-script') !== 'original', undefined, { timeout: 60_000, polling: 50 });
  // Done when nothing has changed for 500 ms.
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { __changeProbe: { probe: { lastAt: number } } }).__changeProbe.probe;
      return p.lastAt > 0 && performance.timeOrigin + performance.now() - p.lastAt > 500;
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return readChangeProbe(page, await clickAt(page));
}

/** A dictionary lookup as the content script asks for it, from an extension page. */
async function lookUp(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.openExtensionPage('popup.html');
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ id: 1, type: 'dict.lookup', data: { text: '城乡融合发展', readings: ['chéng', 'xiāng', 'róng', 'hé', 'fā', 'zhǎn'], offset: 4 }, timestamp: Date.now() }),
  );
  await page.close();
}

/** One build's times and heaps, round by round (the rows are their medians). */
function newResults() {
  return {
    r: {
      pinyinFresh: [] as number[], pinyinStopped: [] as number[], pinyinStoppedNew: [] as number[], pinyinIntent: [] as number[], plain: [] as number[],
      scriptFresh: [] as number[], scriptStopped: [] as number[], scriptStoppedNew: [] as number[], scriptIntent: [] as number[], converter: [] as number[],
    },
    // Jyutping: the same click with the notation chosen (the Jyutping table fetched on this click).
    jy: { fresh: [] as number[], stopped: [] as number[], plain: [] as number[] },
    heap: { start: [] as number[], loaded: [] as number[], hostStart: [] as number[], hostLoaded: [] as number[] },
  };
}
type Results = ReturnType<typeof newResults>;

/**
 * One round of every browser for one build (`extensionDir`; default the build in .output).
 * DUBAO_BENCH_COLD_ONLY=jyutping: the Jyutping browsers alone (while working on that path); =pinyin:
 * the pinyin browsers alone (fresh, stopped, stopped on a page not read before, plain); =script: the
 * script browsers and the pointer-first one.
 */
async function coldRound(res: Results, url: string, plain: string, extensionDir?: string): Promise<void> {
  const { r, jy, heap } = res;
  const only = process.env.DUBAO_BENCH_COLD_ONLY;
  // Chrome's engine host (an offscreen document and its engine worker, entrypoints/engine-host): 0 without one.
  const hostHeap = async (ext: ExtensionBrowser) => {
    const { document, workers } = await documentHeap(ext.context.browser()!, `chrome-extension://${ext.extensionId}/engine-host.html`);
    return document + workers;
  };
  const jyutpingRound = () =>
    inBrowser(extensionDir, { notation: 'jyutping' }, async ({ ext, sw }) => {
      const page = await openSeed(ext, url);
      jy.fresh.push(await clickPinyin(page));
      await page.close();
      const again = await openSeed(ext, url);
      await stopWorker(ext, sw, again);
      jy.stopped.push(await clickPinyin(again));
      await again.close();
      jy.plain.push((await measurePlain(ext, url, plain)).plainMs);
    });
  if (only === 'jyutping') return jyutpingRound();
  if (only !== 'script')
    await inBrowser(extensionDir, async ({ ext, sw }) => {
      const page = await openSeed(ext, url);
      heap.start.push(await sw.heap());
      r.pinyinFresh.push(await clickPinyin(page));
      // After the click: attaching to the host and its worker, and their GCs, would land in the
      // host's own start (the background's row above is taken before, as it always was).
      heap.hostStart.push(await hostHeap(ext));
      await page.close();
      const again = await openSeed(ext, url);
      await stopWorker(ext, sw, again);
      r.pinyinStopped.push(await clickPinyin(again));
      await again.close();
      // A page not read before (its answers not kept), the worker stopped again. Forgotten before
      // the page opens: the content script reads its kept answers as it starts.
      await forgetPages(ext);
      const other = await openSeed(ext, url);
      await stopWorker(ext, sw, other);
      r.pinyinStoppedNew.push(await clickPinyin(other));
      await other.close();
      r.plain.push((await measurePlain(ext, url, plain)).plainMs);
    });
  if (only === 'pinyin') return;
  if (only !== 'script') await jyutpingRound();
  await inBrowser(extensionDir, async ({ ext, sw }) => {
    const page = await openSeed(ext, url);
    r.scriptFresh.push(await clickScript(page));
    await page.close();
    const again = await openSeed(ext, url);
    await stopWorker(ext, sw, again);
    r.scriptStopped.push(await clickScript(again));
    // Forgotten before the page opens, as in the pinyin round: a page that opens while the
    // answers are still kept loads their first parts as it starts, and never asks the engine.
    await forgetPages(ext);
    const other = await openSeed(ext, url);
    await stopWorker(ext, sw, other);
    r.scriptStoppedNew.push(await clickScript(other));
    await other.close();
    // Every engine and the dictionary loaded: pinyin on this page too (its script already
    // converted), a lookup, then GC and heap.
    await installProbe(again, true);
    await button(again, 'pinyin').click();
    await again.waitForFunction(() => (window as unknown as { __probe: { viewportAt: number } }).__probe.viewportAt > 0, undefined, { timeout: 60_000 });
    await lookUp(ext);
    heap.loaded.push(await sw.heap());
    heap.hostLoaded.push(await hostHeap(ext));
    await again.close();
    r.converter.push((await measurePlain(ext, url, plain)).converterMs);
  });
  // Intent: a fresh browser, the pointer resting on the button before the click (pinyin,
  // then script on a page of its own: the pinyin pass builds no converter).
  await inBrowser(extensionDir, async ({ ext }) => {
    const page = await openSeed(ext, url);
    r.pinyinIntent.push(await clickPinyin(page, INTENT_LEAD_MS));
    await page.close();
    const other = await openSeed(ext, url);
    r.scriptIntent.push(await clickScript(other, INTENT_LEAD_MS));
    await other.close();
  });
}

/** One build's rows; `prefix` names another build's (the A/B run). */
function coldRows({ r, jy, heap }: Results, prefix = ''): BenchRow[] {
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
  const mb = (b: number[]) => median(b) / 2 ** 20;
  const rows: BenchRow[] = [
      { name: 'cold: first pinyin in a fresh browser, click → screen ÷ plain ruby', value: ratio(r.pinyinFresh, r.plain), unit: 'ratio' },
      { name: 'cold: first pinyin after the service worker was stopped, click → screen ÷ plain ruby', value: ratio(r.pinyinStopped, r.plain), unit: 'ratio' },
      { name: 'cold: first pinyin after the service worker was stopped, a page not read before, click → screen ÷ plain ruby', value: ratio(r.pinyinStoppedNew, r.plain), unit: 'ratio' },
      { name: `cold: first pinyin in a fresh browser, the pointer on the button ${INTENT_LEAD_MS} ms before the click, click → screen ÷ plain ruby`, value: ratio(r.pinyinIntent, r.plain), unit: 'ratio' },
      { name: 'cold: first pinyin in a fresh browser, click → screen', value: median(r.pinyinFresh), unit: 'ms' },
      { name: 'cold: first pinyin after the service worker was stopped, click → screen', value: median(r.pinyinStopped), unit: 'ms' },
      { name: 'cold: plain ruby in the same browsers (all, sync + layout)', value: median(r.plain), unit: 'ms' },
      { name: 'cold: first Jyutping in a fresh browser, click → screen ÷ plain ruby', value: ratio(jy.fresh, jy.plain), unit: 'ratio' },
      { name: 'cold: first Jyutping after the service worker was stopped, click → screen ÷ plain ruby', value: ratio(jy.stopped, jy.plain), unit: 'ratio' },
      { name: 'cold: first Jyutping in a fresh browser, click → screen', value: median(jy.fresh), unit: 'ms' },
      { name: 'cold: first Jyutping after the service worker was stopped, click → screen', value: median(jy.stopped), unit: 'ms' },
      { name: 'cold: first script in a fresh browser, click → screen ÷ HTMLConverter', value: ratio(r.scriptFresh, r.converter), unit: 'ratio' },
      { name: 'cold: first script after the service worker was stopped, click → screen ÷ HTMLConverter', value: ratio(r.scriptStopped, r.converter), unit: 'ratio' },
      { name: 'cold: first script after the service worker was stopped, a page not read before, click → screen ÷ HTMLConverter', value: ratio(r.scriptStoppedNew, r.converter), unit: 'ratio' },
      { name: `cold: first script in a fresh browser, the pointer on the button ${INTENT_LEAD_MS} ms before the click, click → screen ÷ HTMLConverter`, value: ratio(r.scriptIntent, r.converter), unit: 'ratio' },
      { name: 'cold: first script in a fresh browser, click → screen', value: median(r.scriptFresh), unit: 'ms' },
      { name: 'cold: first script after the service worker was stopped, click → screen', value: median(r.scriptStopped), unit: 'ms' },
      { name: 'cold: opencc-js HTMLConverter in the same browsers (converter built beforehand)', value: median(r.converter), unit: 'ms' },
      { name: 'memory: background heap at start (GC)', value: mb(heap.start), unit: 'MB' },
      { name: 'memory: background heap, every engine and the dictionary loaded (read, tw, lookup; GC)', value: mb(heap.loaded), unit: 'MB' },
      { name: 'memory: engine host heap after the first pinyin (offscreen document and its worker; GC)', value: mb(heap.hostStart), unit: 'MB' },
      { name: 'memory: engine host heap, every engine loaded (read, tw; GC)', value: mb(heap.hostLoaded), unit: 'MB' },
      // Where the engines live (the background, or Chrome's engine host): both together, one converter.
      { name: 'memory: background and engine host heap, every engine and the dictionary loaded (GC)', value: mb(heap.loaded.map((b, i) => b + (heap.hostLoaded[i] ?? 0))), unit: 'MB' },
  ];
  return rows.map((row) => ({ ...row, name: prefix + row.name }));
}

/**
 * DUBAO_BENCH_COLD_AB=<another build's chrome-mv3 folder> (e.g. main's, built with DUBAO_OUT_DIR):
 * that build's browsers too, in the same rounds (the order of the two alternating round by round, so
 * the machine's load falls on both alike); its rows follow ours, named "A/B other build: …".
 */
export async function benchCold(rounds = Number(process.env.DUBAO_BENCH_COLD_ROUNDS ?? 3)): Promise<BenchRow[]> {
  const server = await startFixtureServer();
  const url = server.url('seed-epaper.html');
  const plain = await bundlePlain();
  const other = process.env.DUBAO_BENCH_COLD_AB;
  const ours = newResults();
  const theirs = other ? newResults() : null;
  try {
    for (let round = 0; round < rounds; round++) {
      if (theirs && round % 2 === 0) await coldRound(theirs, url, plain, other);
      await coldRound(ours, url, plain);
      if (theirs && round % 2 === 1) await coldRound(theirs, url, plain, other);
    }
  } finally {
    await server.close();
  }
  if (process.env.DUBAO_BENCH_VERBOSE) {
    process.stderr.write(`[bench/cold] rounds (ms): ${JSON.stringify({ ...ours.r, jyutping: ours.jy, heap: ours.heap })}\n`);
    if (theirs) process.stderr.write(`[bench/cold] other build's rounds (ms): ${JSON.stringify({ ...theirs.r, jyutping: theirs.jy, heap: theirs.heap })}\n`);
  }
  return [...coldRows(ours), ...(theirs ? coldRows(theirs, 'A/B other build: ') : [])];
}

// `node --import tsx scripts/bench/cold.ts`: these rows alone (needs a build in .output).
if (process.argv[1]?.endsWith('/bench/cold.ts')) {
  benchCold()
    .then((rows) => {
      for (const row of rows) process.stdout.write(`${row.name}\t${row.value.toFixed(3)} ${row.unit}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
