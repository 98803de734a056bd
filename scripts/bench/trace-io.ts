/** Chrome traces read back over CDP, for the bench's tracing tools (trace-layers.ts, trace-cold.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) clock, where the trace has it: time the thread ran, not waited to be scheduled. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

/** Ends the trace started on `cdp` and returns its events (read from the stream Chrome hands back). */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream! })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream! });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * Ends the trace, lets the session go, keeps the events as `keep/label.json` when asked, and finds the page's
 * `dubao-trace-sync` mark taken at `syncAt` (ms, the page's shared clock; the mark's pid/tid name the page's main
 * thread): trace ms = shared ms + offset.
 */
export async function readSyncedTrace(cdp: CDPSession, syncAt: number, keep: string | undefined, label: string): Promise<{ events: TraceEvent[]; mark: TraceEvent; offset: number }> {
  const events = await stopTrace(cdp);
  await cdp.detach();
  if (keep) {
    mkdirSync(keep, { recursive: true });
    writeFileSync(join(keep, `${label}.json`), JSON.stringify(events));
  }
  const mark = events.find((e) => e.name === 'dubao-trace-sync');
  if (!mark) throw new Error('no sync mark in the trace');
  return { events, mark, offset: mark.ts / 1000 - syncAt };
}
