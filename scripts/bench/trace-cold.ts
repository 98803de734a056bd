/**
 * `node --import tsx scripts/bench/trace-cold.ts [fresh|stopped-new|intent] [rounds]`: a browser-wide
 * Chrome trace (every process: the page, the service worker, the engine host document and its
 * worker) of one cold script toggle as the cold bench makes it (scripts/bench/cold.ts), summarised
 * as the stages a reader waits through, each on the click's clock: the click's task in the page, the
 * service worker's start and its message handling, the engine host's document and worker (script
 * evaluation, the conversion), the page's writes and the frame that shows them. Prints each
 * thread's tasks over 0.3 ms between the click and the last write laid out, then a line of stage
 * times per round, and their medians. DUBAO_TRACE_OUT=dir keeps the raw traces. Not part of
 * `npm run bench`: a tool for finding where the cold time goes.
 */
import type { CDPSession, Page } from 'playwright-core';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import { clickScript, forgetPages, INTENT_LEAD_MS, launch, openSeed, stopWorker } from './cold';
import { median } from './layers';
import { readSyncedTrace, type TraceEvent } from './trace-io';


const CATEGORIES = [...(process.env.DUBAO_TRACE_PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : []), 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'ServiceWorker', 'extensions', '__metadata'];

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReturnAsStream' });
}


/** A thread's name: "renderer page main", "service worker", "engine host worker" … from the trace's metadata and URLs. */
function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? ''));
  return names;
}

interface Stages {
  [stage: string]: number;
}

function describeTask(task: TraceEvent, inside: TraceEvent[]): string {
  const parts: string[] = [];
  for (const e of inside) {
    if ((e.dur ?? 0) < 200) continue;
    const d = e.args?.data ?? {};
    const url = String(d.url ?? d.scriptName ?? '').split('/').pop() ?? '';
    if (['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'Layout', 'UpdateLayoutTree', 'Paint', 'EventDispatch', 'TimerFire', 'RunMicrotasks', 'V8.GC_MC_BACKGROUND_MARKING', 'MajorGC', 'MinorGC', 'v8.run', 'V8.CompileCode'].includes(e.name) || e.name.startsWith('v8.compile'))
      parts.push(`${e.name}${url ? ` ${url}` : ''}${d.functionName ? ` ${String(d.functionName)}` : d.type ? ` ${String(d.type)}` : ''} ${(e.dur! / 1000).toFixed(1)}`);
  }
  return parts.slice(0, 8).join(' | ');
}

/**
 * DUBAO_TRACE_PROFILE=1: the sampling profile of each thread that ran our code (the trace's
 * ProfileChunk events), its self and total times per function between `from` and `to` (trace ms).
 */
function summariseProfiles(events: TraceEvent[], from: number, to: number, label: (pid: number, tid: number) => string | null): string {
  type Node = { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber?: number } };
  const profiles = new Map<string, { pid: number; tid: number; start: number; nodes: Map<number, Node>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    const id = `${e.pid}:${String((e as unknown as { id?: string }).id)}`;
    if (e.name === 'Profile') profiles.set(id, { pid: e.pid, tid: e.tid, start: Number((e.args?.data as { startTime?: number })?.startTime ?? e.ts), nodes: new Map(), samples: [], deltas: [] });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(id);
    const data = e.args?.data as { cpuProfile?: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  const out: string[] = [];
  for (const p of profiles.values()) {
    const name = label(p.pid, p.tid);
    if (!name) continue;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const lab = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${(n.callFrame.lineNumber ?? 0) + 1}`;
    let t = p.start;
    let sum = 0;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.deltas[i] ?? 0;
      const dt = (p.deltas[i + 1] ?? 0) / 1000;
      if (t / 1000 < from || t / 1000 > to) continue;
      let node = p.nodes.get(p.samples[i]!);
      if (!node) continue;
      if (node.callFrame.functionName === '(idle)') continue;
      sum += dt;
      self.set(lab(node), (self.get(lab(node)) ?? 0) + dt);
      const seen = new Set<string>();
      for (; node; node = node.parent !== undefined ? p.nodes.get(node.parent) : undefined) {
        const l = lab(node);
        if (seen.has(l)) continue;
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + dt);
      }
    }
    if (sum < 1) continue;
    const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([l, v]) => `      ${v.toFixed(1).padStart(6)}  ${l}`).join('\n');
    out.push(`    profile ${name}: ${sum.toFixed(1)} ms sampled\n     self:\n${top(self, 15)}\n     total:\n${top(total, 25)}`);
  }
  return out.join('\n');
}

async function traceOne(kind: string, label: string, url: string, keep: string | undefined): Promise<Stages> {
  const { ext, sw } = await launch({}, process.env.DUBAO_TRACE_EXT);
  try {
    // DUBAO_TRACE_FROM_OPEN=1: traced from before the page opens (the warm-up's work before the click is summarised).
    const early = process.env.DUBAO_TRACE_FROM_OPEN ? await ext.context.browser()!.newBrowserCDPSession() : null;
    if (early) await startTrace(early);
    let page: Page = await openSeed(ext, url);
    if (kind === 'stopped-new') {
      await page.close();
      await forgetPages(ext);
      page = await openSeed(ext, url);
      await stopWorker(ext, sw, page);
    }
    await page.evaluate(() => {
      addEventListener('click', () => performance.mark('dubao-click'), { capture: true, once: true });
    });
    // fontwarm: the page has laid out traditional text (lang zh-Hant) once before the click.
    if (kind === 'fontwarm')
      await page.evaluate(() => {
        const span = document.createElement('span');
        span.lang = 'zh-Hant';
        span.style.cssText = 'position:absolute;left:-9999px;top:0';
        span.textContent = (document.body.textContent ?? '').slice(0, 3000);
        document.body.append(span);
        void span.offsetHeight;
        span.remove();
      });
    const cdp = early ?? (await ext.context.browser()!.newBrowserCDPSession());
    if (!early) await startTrace(cdp);
    await page.waitForTimeout(100);
    const ms = await clickScript(page, kind === 'intent' ? INTENT_LEAD_MS : 0);
    const sync = await page.evaluate(() => {
      const m = performance.mark('dubao-trace-sync');
      const click = performance.getEntriesByName('dubao-click')[0]!;
      return { at: performance.timeOrigin + m.startTime, clickMark: performance.timeOrigin + click.startTime, clickAt: (window as unknown as { __clickAt: number }).__clickAt };
    });
    const { events, mark, offset } = await readSyncedTrace(cdp, sync.at, keep, label);
    const t0 = sync.clickAt + offset;
    const t1 = t0 + ms;
    const names = threadNames(events);
    const rel = (e: TraceEvent) => e.ts / 1000 - t0;
    const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    const inWindow = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && e.ts / 1000 + e.dur / 1000 >= t0 - 2 && e.ts / 1000 <= t1 + 2);
    if (early) {
      // Before the click: each of our threads' busy time, and when its last task ended.
      const before = events.filter((e) => e.ph === 'X' && isTask(e) && e.ts / 1000 < t0);
      const ourThreads = new Map<string, string>();
      for (const e of events) {
        const u = String(e.args?.data?.url ?? '');
        if (u.startsWith(`chrome-extension://${ext.extensionId}/`)) ourThreads.set(`${e.pid}:${e.tid}`, u.split('/').pop()!);
      }
      for (const [key, file] of ourThreads) {
        const list = before.filter((e) => `${e.pid}:${e.tid}` === key);
        if (!list.length) continue;
        const busy = list.reduce((sum, e) => sum + e.dur! / 1000, 0);
        const first = Math.min(...list.map((e) => e.ts / 1000 - t0));
        const last = Math.max(...list.map((e) => (e.ts + e.dur!) / 1000 - t0));
        process.stdout.write(`  before the click, ${file}: busy ${busy.toFixed(1)} ms, tasks from ${first.toFixed(0)} to ${last.toFixed(0)} ms\n`);
      }
    }
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of inWindow) {
      const key = `${e.pid}:${e.tid}`;
      if (!byThread.has(key)) byThread.set(key, []);
      byThread.get(key)!.push(e);
    }
    // Which threads run our code: a function or script of our extension's URLs.
    const ours = `chrome-extension://${ext.extensionId}/`;
    const stages: Stages = { total: ms };
    process.stdout.write(`\n${label}: click → last write laid out ${ms.toFixed(1)} ms (click event → its handler ${(sync.clickMark - sync.clickAt).toFixed(1)} ms)\n`);
    for (const [key, list] of byThread) {
      const urls = new Set(list.map((e) => String(e.args?.data?.url ?? '')).filter((u) => u.startsWith(ours)).map((u) => u.slice(ours.length)));
      const isPageMain = key === `${mark.pid}:${mark.tid}`;
      if (!urls.size && !isPageMain) continue;
      const name = `${names.get(key) ?? key} [${[...urls].join(', ')}]`;
      const tasks = list.filter(isTask).filter((t, _, all) => !all.some((o) => o !== t && isTask(o) && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!));
      process.stdout.write(`  ${name}\n`);
      let busy = 0;
      let first = Infinity;
      let last = -Infinity;
      for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
        const inside = list.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
        const d = task.dur! / 1000;
        busy += d;
        if (d < 0.3) continue;
        first = Math.min(first, rel(task));
        last = Math.max(last, rel(task) + d);
        process.stdout.write(`    +${rel(task).toFixed(1).padStart(6)} ${d.toFixed(1).padStart(5)}  ${describeTask(task, inside)}\n`);
      }
      const who = isPageMain ? 'page' : [...urls].some((u) => u.includes('background')) ? 'sw' : [...urls].some((u) => u.includes('engine-worker')) ? 'worker' : [...urls].some((u) => u.includes('engine-host')) ? 'host' : 'other';
      stages[`${who} busy`] = (stages[`${who} busy`] ?? 0) + busy;
      if (Number.isFinite(first)) stages[`${who} first`] = Math.min(stages[`${who} first`] ?? Infinity, first);
      if (Number.isFinite(last)) stages[`${who} last`] = Math.max(stages[`${who} last`] ?? -Infinity, last);
    }
    if (process.env.DUBAO_TRACE_PROFILE) {
      const urlsOf = new Map<string, Set<string>>();
      for (const e of inWindow) {
        const u = String(e.args?.data?.url ?? '');
        if (!u.startsWith(ours)) continue;
        const key = `${e.pid}:${e.tid}`;
        if (!urlsOf.has(key)) urlsOf.set(key, new Set());
        urlsOf.get(key)!.add(u.slice(ours.length));
      }
      process.stdout.write(`${summariseProfiles(events, t0, t1, (pid, tid) => (urlsOf.has(`${pid}:${tid}`) ? [...urlsOf.get(`${pid}:${tid}`)!].join(',') : null))}\n`);
    }
    return stages;
  } finally {
    await sw.detach().catch(() => undefined);
    await ext.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const kind = process.argv[2] ?? 'fresh';
  const rounds = Number(process.argv[3] ?? 5);
  const server = await startFixtureServer();
  const all: Stages[] = [];
  try {
    for (let i = 0; i < rounds; i++) all.push(await traceOne(kind, `${kind}-${i}`, server.url('seed-epaper.html'), process.env.DUBAO_TRACE_OUT));
  } finally {
    await server.close();
  }
  const keys = [...new Set(all.flatMap((s) => Object.keys(s)))];
  process.stdout.write(`\n${kind}: medians of ${rounds} (ms, on the click's clock)\n`);
  for (const k of keys) {
    const vals = all.map((s) => s[k]).filter((v): v is number => v !== undefined);
    process.stdout.write(`  ${k.padEnd(14)} ${median(vals).toFixed(1).padStart(7)}   [${vals.map((v) => v.toFixed(1)).join(', ')}]\n`);
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`trace failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
