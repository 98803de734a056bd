/**
 * `node --import tsx scripts/bench/ab-layers.ts <old extension dir> <new extension dir> [rounds]`:
 * two builds of the extension side by side in one run (two browsers, rounds interleaved, the order
 * alternating), on the layers bench's measures: the seed page's viewport ÷ plain ruby (each round's
 * plain approach in the same browser), with the browser floor for the viewport; on the long page
 * the viewport time (and whether the screen came out whole: NaN when not), the longest animation
 * frame apart from and with the first <ruby>'s, and the browser's own first-<ruby> frame. Medians
 * and ranges per build. For comparing a change on this shared machine, where absolute times drift
 * between runs; not part of `npm run bench`. AB_SEED_ONLY=1: the seed page's rows alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, type ExtensionBrowser } from '../../tests/e2e/helpers/browser';
import { findChromium } from '../../tests/e2e/helpers/paths';
import { makeLongPage } from '../../tests/e2e/helpers/long-page';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import { bundlePlain, firstRubyFrame, installChangeProbe, installProbe, measurePlain, openReady, readChangeProbe, readProbe, setLayer, viewportFloor } from './layers';
import { median } from './measure';

async function launch(dir: string): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'dubao-ab-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    worker,
    openExtensionPage: () => Promise.reject(new Error('not used')),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface Round {
  seedRatio: number;
  seedViewport: number;
  seedPlain: number;
  /** The seed page's pinyin and script toggles on and off, each until the page shows it (the bench's rows). */
  pinyinOn: number;
  pinyinOff: number;
  scriptOn: number;
  scriptOff: number;
  longViewport: number;
  longLoaf: number;
  longOtherLoaf: number;
  longBare: string[];
}

async function round(ext: ExtensionBrowser, seedUrl: string, longUrl: string, plain: string): Promise<Round> {
  const seed = await openReady(ext, seedUrl);
  await installProbe(seed.page, true);
  // Each toggle until the page shows all of it, laid out (the bench's "off ÷ on" rows).
  const shown = async (data: Record<string, unknown>): Promise<{ ms: number; start: number; end: number }> => {
    await installChangeProbe(seed.page);
    const t = await setLayer(ext.worker, seed.tabId, data);
    return { ms: await readChangeProbe(seed.page, t.start), ...t };
  };
  const on = await shown({ layer: 'pinyin', on: true });
  const seedProbe = await readProbe(seed.page, on.start, on.end);
  const pinyinOn = on.ms;
  const pinyinOff = (await shown({ layer: 'pinyin', on: false })).ms;
  const scriptOn = (await shown({ layer: 'script', on: true, state: 'tw' })).ms;
  const scriptOff = (await shown({ layer: 'script', on: false })).ms;
  await seed.page.close();
  const { plainMs } = await measurePlain(ext, seedUrl, plain);
  if (process.env.AB_SEED_ONLY) return { seedRatio: seedProbe.viewportMs / plainMs, seedViewport: seedProbe.viewportMs, seedPlain: plainMs, pinyinOn, pinyinOff, scriptOn, scriptOff, longViewport: NaN, longLoaf: NaN, longOtherLoaf: NaN, longBare: [] };

  const long = await openReady(ext, longUrl);
  await installProbe(long.page, true);
  const longOn = await setLayer(ext.worker, long.tabId, { layer: 'pinyin', on: true });
  const longProbe = await readProbe(long.page, longOn.start, longOn.end);
  let longBare: string[] = [];
  if (Number.isNaN(longProbe.viewportMs)) {
    await long.page.waitForTimeout(1500);
    longBare = await long.page.evaluate(() => (window as unknown as { __bare: () => string[] }).__bare());
  }
  await long.page.close();
  // Frames on a load of their own, without the viewport watch (as the bench).
  const framed = await openReady(ext, longUrl);
  await installProbe(framed.page, false);
  const framedOn = await setLayer(ext.worker, framed.tabId, { layer: 'pinyin', on: true });
  const frames = await readProbe(framed.page, framedOn.start, framedOn.end);
  await framed.page.close();
  return {
    seedRatio: seedProbe.viewportMs / plainMs,
    seedViewport: seedProbe.viewportMs,
    seedPlain: plainMs,
    pinyinOn,
    pinyinOff,
    scriptOn,
    scriptOff,
    longViewport: longProbe.viewportMs,
    longLoaf: frames.longestLoaf,
    longOtherLoaf: frames.longestOtherLoaf,
    longBare,
  };
}

const summary = (xs: number[]): string => {
  const ok = xs.filter(Number.isFinite);
  const nan = xs.length - ok.length;
  return `median ${median(ok).toFixed(3)} (range ${Math.min(...ok).toFixed(3)}–${Math.max(...ok).toFixed(3)}${nan ? `; NaN ${nan} of ${xs.length}` : ''})`;
};

async function main(): Promise<void> {
  const [oldDir, newDir] = [process.argv[2], process.argv[3]].map((d) => (d ? resolve(d) : ''));
  if (!oldDir || !newDir) throw new Error('usage: ab-layers.ts <old extension dir> <new extension dir> [rounds]');
  const rounds = Number(process.argv[4] ?? 5);
  const server = await startFixtureServer();
  server.route('bench-long.html', { body: makeLongPage() });
  const plain = await bundlePlain();
  const builds = { old: await launch(oldDir), new: await launch(newDir) };
  const results: Record<'old' | 'new', Round[]> = { old: [], new: [] };
  const floors: Record<'old' | 'new', number[]> = { old: [], new: [] };
  const firstRuby: Record<'old' | 'new', number[]> = { old: [], new: [] };
  try {
    for (const ext of Object.values(builds)) {
      await ext.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await ext.worker.evaluate('globalThis.__name = (f) => f;');
      await ext.worker.evaluate(async () => {
        const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
        await chrome.storage.sync.set({ settings: { ...(settings ?? {}), pinyinScope: 'page', grouping: 'word' } });
      });
      const warm = await openReady(ext, server.url('seed-epaper.html'));
      await setLayer(ext.worker, warm.tabId, { layer: 'pinyin', on: true });
      await setLayer(ext.worker, warm.tabId, { layer: 'script', on: true, state: 'tw' });
      await warm.page.close();
    }
    for (let r = 0; r < rounds; r++) {
      const order: Array<'old' | 'new'> = r % 2 ? ['new', 'old'] : ['old', 'new'];
      for (const name of order) {
        const out = await round(builds[name], server.url('seed-epaper.html'), server.url('bench-long.html'), plain);
        results[name].push(out);
        floors[name].push((await viewportFloor(builds[name], server.url('seed-epaper.html'), plain, 1)).ms / out.seedPlain);
        if (!process.env.AB_SEED_ONLY) firstRuby[name].push(await firstRubyFrame(builds[name], server.url('bench-long.html'), 1));
        process.stderr.write(`round ${r} ${name}: ${JSON.stringify(out)}\n`);
      }
    }
  } finally {
    for (const ext of Object.values(builds)) await ext.close().catch(() => undefined);
    await server.close();
  }
  for (const name of ['old', 'new'] as const) {
    const rs = results[name];
    process.stdout.write(`\n${name} (${name === 'old' ? oldDir : newDir}), ${rs.length} rounds\n`);
    process.stdout.write(`  seed: pinyin viewport ÷ plain ruby      ${summary(rs.map((x) => x.seedRatio))}\n`);
    process.stdout.write(`  seed: browser floor (viewport ÷ plain)   ${summary(floors[name])}\n`);
    process.stdout.write(`  seed: pinyin viewport annotated (ms)    ${summary(rs.map((x) => x.seedViewport))}\n`);
    process.stdout.write(`  seed: pinyin off ÷ on                   ${summary(rs.map((x) => x.pinyinOff / x.pinyinOn))}\n`);
    process.stdout.write(`  seed: pinyin on, off (ms)               ${summary(rs.map((x) => x.pinyinOn))}; ${summary(rs.map((x) => x.pinyinOff))}\n`);
    process.stdout.write(`  seed: script off ÷ on                   ${summary(rs.map((x) => x.scriptOff / x.scriptOn))}\n`);
    process.stdout.write(`  seed: script on, off (ms)               ${summary(rs.map((x) => x.scriptOn))}; ${summary(rs.map((x) => x.scriptOff))}\n`);
    process.stdout.write(`  200k: pinyin viewport annotated (ms)    ${summary(rs.map((x) => x.longViewport))}\n`);
    process.stdout.write(`  200k: longest animation frame (ms)      ${summary(rs.map((x) => x.longLoaf))}\n`);
    process.stdout.write(`  200k: longest LoAF apart from the first <ruby>'s (ms) ${summary(rs.map((x) => x.longOtherLoaf))}\n`);
    process.stdout.write(`  200k: browser's first-<ruby> frame (ms) ${summary(firstRuby[name])}\n`);
    for (const [i, x] of rs.entries()) if (x.longBare.length) process.stdout.write(`  round ${i}: bare on the long page: ${x.longBare.join(' | ')}\n`);
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`ab failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
