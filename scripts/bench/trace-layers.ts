/**
 * `node --import tsx scripts/bench/trace-layers.ts [seed|long] [rounds]`: a Chrome trace of the
 * pinyin toggle (the bench's setup: whole page, word grouping, engines warm), summarised where the
 * time goes from the message sent to the last on-screen ruby (seed; the bench's viewport probe) or
 * over the whole pass (long page, no probe): the page's main-thread tasks in order, each split into
 * our script (the content script's functions), other script, style, layout, pre-paint, paint and
 * the rest, and which task is a rendering frame. DUBAO_TRACE_OUT=dir keeps the raw traces (JSON,
 * for chrome://tracing or Perfetto). Not part of `npm run bench`: a tool for finding where time goes.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/helpers/browser';
import { makeLongPage } from '../../tests/e2e/helpers/long-page';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import { installProbe } from './layers';
import { readSyncedTrace, type TraceEvent } from './trace-io';


const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'v8.execute',
].join(',');

async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReturnAsStream' });
  return cdp;
}


/** Sends setLayer from the worker; start and end on the shared clock (performance.timeOrigin + now). */
async function setLayer(ext: ExtensionBrowser, tabId: number, data: Record<string, unknown>): Promise<{ start: number; end: number }> {
  return ext.worker.evaluate(
    async ({ tabId: id, data: d }) => {
      const start = performance.timeOrigin + performance.now();
      await chrome.tabs.sendMessage(id, { id: 1, type: 'setLayer', data: d, timestamp: Date.now() });
      return { start, end: performance.timeOrigin + performance.now() };
    },
    { tabId, data },
  );
}

async function openReady(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(300);
  await page.bringToFront();
  const tabId = await ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  return { page, tabId };
}

/** What a task's time went to: children by kind (self time of each kind, not nested twice). */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.run': 'script',
  RunMicrotasks: 'script',
  V8Console: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'prepaint',
  Paint: 'paint',
  PaintImage: 'paint',
  UpdateLayer: 'paint',
  Layerize: 'paint',
  Commit: 'commit',
  'Document::updateStyleAndLayout': 'layout',
  HitTest: 'hittest',
  'IntersectionObserverController::computeIntersections': 'io',
};

function summarise(events: TraceEvent[], fromMs: number, toMs: number, ourUrl: string, pid: number, tid: number): string {
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const isTask = (e: TraceEvent): boolean => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  const tasks = main
    .filter((e) => isTask(e) && e.ts / 1000 + (e.dur ?? 0) / 1000 >= fromMs && e.ts / 1000 <= toMs)
    .filter((e, _, all) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && (o.dur! > e.dur! || o.ts < e.ts || o.name === 'ThreadControllerImpl::RunTask')));
  const lines: string[] = [];
  const totals: Record<string, number> = {};
  for (const task of tasks) {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    // Self time per kind: a kind's event minus its children of other kinds (one level is enough for these).
    const by: Record<string, number> = {};
    let frame = false;
    for (const e of inside) {
      if (e.name === 'BeginMainThreadFrame' || e.name === 'FireAnimationFrame' || e.name === 'PrePaint') frame = true;
      const kind = KINDS[e.name];
      if (!kind) continue;
      const outer = inside.find((o) => o !== e && KINDS[o.name] && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!);
      if (outer && KINDS[outer.name] === kind) continue; // counted in its parent
      let ms = e.dur! / 1000;
      for (const c of inside) {
        if (c === e || !KINDS[c.name] || KINDS[c.name] === kind) continue;
        if (c.ts >= e.ts && c.ts + c.dur! <= e.ts + e.dur!) {
          const between = inside.find((o) => o !== c && o !== e && KINDS[o.name] && o.ts >= e.ts && o.ts + o.dur! <= e.ts + e.dur! && o.ts <= c.ts && o.ts + o.dur! >= c.ts + c.dur! && o.dur! > c.dur!);
          if (!between) ms -= c.dur! / 1000;
        }
      }
      by[kind] = (by[kind] ?? 0) + ms;
    }
    const ours = inside
      .filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction')
      .filter((e) => String(e.args?.data?.url ?? '').includes(ourUrl))
      .filter((e) => !inside.some((o) => o !== e && (o.name === 'FunctionCall' || o.name === 'v8.callFunction') && String(o.args?.data?.url ?? '').includes(ourUrl) && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!))
      .reduce((s, e) => s + e.dur! / 1000, 0);
    const ms = task.dur! / 1000;
    // Until the first style update in the task: the message handled and our script (the seed's
    // probe forces style and layout once our writes are in).
    const firstStyle = inside.filter((e) => e.name === 'UpdateLayoutTree').sort((a, b) => a.ts - b.ts)[0];
    if (firstStyle && ms > 5) {
      by.beforeStyle = (firstStyle.ts - task.ts) / 1000;
      // The same on the thread's clock (robust to the machine's load: time the thread ran).
      if (firstStyle.tts !== undefined && task.tts !== undefined) by.beforeStyleCpu = (firstStyle.tts - task.tts) / 1000;
      if (firstStyle.tdur !== undefined) by.styleCpu = firstStyle.tdur / 1000;
      const layout = inside.find((e) => e.name === 'Layout' && e.ts >= firstStyle.ts);
      if (layout?.tdur !== undefined) by.layoutCpu = layout.tdur / 1000;
    }
    for (const [k, v] of Object.entries(by)) totals[k] = (totals[k] ?? 0) + v;
    totals.ours = (totals.ours ?? 0) + ours;
    totals.tasks = (totals.tasks ?? 0) + ms;
    if (frame) totals.frames = (totals.frames ?? 0) + 1;
    if (ms < 0.5) continue;
    if (process.env.DUBAO_TRACE_DETAIL) {
      for (const e of inside) {
        if (e.dur! < 300) continue;
        const d = e.args?.data ?? {};
        lines.push(`      ${(e.ts / 1000 - fromMs).toFixed(1).padStart(6)} ${(e.dur! / 1000).toFixed(1).padStart(5)} ${e.name} ${String(d.url ?? '').slice(-40)} ${String(d.functionName ?? d.type ?? '')}`);
      }
    }
    const parts = Object.entries(by)
      .filter(([, v]) => v >= 0.2)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    lines.push(`  +${(task.ts / 1000 - fromMs).toFixed(1).padStart(6)} ms  ${ms.toFixed(1).padStart(6)} ms${frame ? ' FRAME' : '      '}  ours ${ours.toFixed(1).padStart(5)}  ${parts}`);
  }
  lines.push(`  totals: ${Object.entries(totals).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  return lines.join('\n');
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time per function (ms) from the samples between `fromMs` and `toMs` (trace clock). */
function summariseProfile(profile: CpuProfile, fromMs: number, toMs: number): string {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const label = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  let t = profile.startTime;
  let ours = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const dt = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    if (t / 1000 < fromMs || t / 1000 > toMs) continue;
    const id = profile.samples[i]!;
    self.set(label(id), (self.get(label(id)) ?? 0) + dt);
    const seen = new Set<string>();
    let mine = false;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const l = label(n);
      if (byId.get(n)!.callFrame.url.includes('content-scripts/dubao.js')) mine = true;
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
    // Our script with what it calls (DOM calls, natives): samples with the content script on the stack.
    if (mine) ours += dt;
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([l, v]) => `    ${v.toFixed(1).padStart(6)}  ${l}`).join('\n');
  return `  profile: the content script's samples (its calls included) ${ours.toFixed(1)} ms\n  profile self:\n${top(self, 25)}\n  profile total:\n${top(total, 40)}`;
}

async function traceOne(ext: ExtensionBrowser, url: string, watch: boolean, keep: string | undefined, label: string): Promise<void> {
  const { page, tabId } = await openReady(ext, url);
  await installProbe(page, watch);
  const cdp = await startTrace(page);
  const profiler = process.env.DUBAO_TRACE_PROFILE ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
  await page.waitForTimeout(200);
  const t = await setLayer(ext, tabId, { layer: 'pinyin', on: true });
  await page.waitForTimeout(watch ? 600 : 2500);
  // The clocks: a mark in the page at a known shared-clock time.
  const sync = await page.evaluate(() => {
    const m = performance.mark('dubao-trace-sync');
    const probe = (window as unknown as { __probe: { viewportAt: number; warmUpAt: number; loaf: { start: number; duration: number }[] } }).__probe;
    return { at: performance.timeOrigin + m.startTime, viewportAt: probe.viewportAt, warmUpAt: probe.warmUpAt, loaf: probe.loaf };
  });
  const profile = profiler ? ((await profiler.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
  const { events, mark, offset } = await readSyncedTrace(cdp, sync.at, keep, label);
  const from = t.start + offset;
  const to = (watch && sync.viewportAt ? sync.viewportAt : t.end + 300) + offset;
  const ourUrl = `chrome-extension://${ext.extensionId}/content-scripts/dubao.js`;
  process.stdout.write(`\n${label}: reply ${(t.end - t.start).toFixed(1)} ms; viewport ${sync.viewportAt ? (sync.viewportAt - t.start).toFixed(1) : 'n/a'} ms; warm-up ${sync.warmUpAt ? (sync.warmUpAt - t.start).toFixed(1) : 'none'}\n`);
  process.stdout.write(`  LoAF: ${sync.loaf.filter((l) => l.start >= t.start - 50).map((l) => `+${(l.start - t.start).toFixed(0)} ${l.duration.toFixed(1)}`).join('; ') || 'none'}\n`);
  process.stdout.write(`${summarise(events, from, to, ourUrl, mark.pid, mark.tid)}\n`);
  if (profile) process.stdout.write(`${summariseProfile(profile, from, to)}\n`);
  await page.close();
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'seed';
  const rounds = Number(process.argv[3] ?? 3);
  const server = await startFixtureServer();
  server.route('bench-long.html', { body: makeLongPage() });
  const ext = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  try {
    await ext.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await ext.worker.evaluate('globalThis.__name = (f) => f;');
    await ext.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), pinyinScope: 'page', grouping: 'word' } });
    });
    const warm = await openReady(ext, server.url('seed-epaper.html'));
    await setLayer(ext, warm.tabId, { layer: 'pinyin', on: true });
    await setLayer(ext, warm.tabId, { layer: 'script', on: true, state: 'tw' });
    await warm.page.close();
    const url = server.url(which === 'long' ? 'bench-long.html' : 'seed-epaper.html');
    for (let i = 0; i < rounds; i++) await traceOne(ext, url, which !== 'long', process.env.DUBAO_TRACE_OUT, `${which}-${i}`);
  } finally {
    await ext.close().catch(() => undefined);
    await server.close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`trace failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
