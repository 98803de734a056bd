/**
 * The reading layers, measured in one Chromium run with the built extension, side by side with the
 * plain approaches in the same browser: on the seed page and on a generated 200,000-character page.
 *
 * - pinyin, time until the viewport is annotated ÷ the plain approach (every Han character wrapped
 *   in <ruby> synchronously with pinyin-pro in the page, then layout);
 * - pinyin, longest animation frame while applying on the long page (Long Animation Frames API;
 *   nothing else runs on these pages, so every long frame is ours);
 * - script, our time ÷ opencc-js HTMLConverter (converter built beforehand, as ours is): ours from
 *   the toggle sent to the page's last converted write laid out (seen in the page);
 * - layer off: restore time ÷ apply time;
 * - memory: V8 heap added in the tab with both layers on (the shared engines in the background are
 *   paid once per browser and reported separately);
 * - browser floors, in the page with nothing of ours running: the first <ruby> of a document, a
 *   frame with 100 rubies, the viewport's rubies alone, and the original text and lang written back.
 *
 * Our times start in the extension's service worker as the `setLayer` message is sent (so they
 * include messaging) and end when the page shows the change, laid out: seen by a MutationObserver
 * in the page that forces layout, on the same clock (performance.timeOrigin + now()), taken before
 * any scan of the probe's own. Medians over fresh page loads; each round measures ours and the plain
 * approaches one after the other, and a ratio is the median of the rounds' own ratios.
 */
import type { Page, Worker } from 'playwright-core';
import { build } from 'esbuild';
import { launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/helpers/browser';
import { makeLongPage } from '../../tests/e2e/helpers/long-page';
import { ROOT } from '../../tests/e2e/helpers/paths';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import type { BenchRow } from './types';
import { median } from './measure';
import { buildPageCss } from '../../entrypoints/dubao.content/layers/pinyin-transform';

export { median };

export async function bundlePlain(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { pinyin } from 'pinyin-pro'; import * as OpenCC from 'opencc-js'; (globalThis as any).__plain = { pinyin, OpenCC };",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  return result.outputFiles[0]!.text;
}

/** The tab of a page: brought to the front, it is the active tab (no "tabs" permission to match URLs). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** Sends setLayer to the tab's content script; returns start and end on the shared clock. */
export async function setLayer(worker: Worker, tabId: number, data: Record<string, unknown>): Promise<{ start: number; end: number }> {
  const out = await worker.evaluate(
    async ({ tabId: id, data: d }) => {
      const start = performance.timeOrigin + performance.now();
      const reply = (await chrome.tabs.sendMessage(id, { id: 1, type: 'setLayer', data: d, timestamp: Date.now() })) as { err?: unknown } | undefined;
      const end = performance.timeOrigin + performance.now();
      return { start, end, error: reply?.err ? JSON.stringify(reply.err) : null };
    },
    { tabId, data },
  );
  if (out.error) throw new Error(`setLayer failed: ${out.error}`);
  return out;
}

/**
 * In the page: watches for every Han character on screen being under a ruby (judged by character
 * boxes, so a paragraph annotated only in part counts only where its rubies are), and frame lengths.
 * The viewport watch forces layout and scans text after each of our writes, inside our frames, so
 * frames are measured on another load without it (`watchViewport` false).
 */
export async function installProbe(page: Page, watchViewport: boolean): Promise<void> {
  await page.evaluate((watch) => {
    const HAN = /\p{Script=Han}/u;
    const height = innerHeight;
    const targets = [...(watch ? document.body.querySelectorAll('*') : [])].filter((el) => {
      if (el.closest('dubao-ui,script,style')) return false;
      if (![...el.childNodes].some((n) => n.nodeType === 3 && HAN.test((n as Text).data))) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.bottom > 0 && r.top < height;
    });
    const range = document.createRange();
    const visibleBare = (el: Element): boolean => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        if (!HAN.test(text.data) || text.parentElement!.closest('ruby')) continue;
        range.selectNodeContents(text);
        for (const rect of range.getClientRects()) if (rect.width > 0 && rect.bottom > 0 && rect.top < height) return true;
      }
      return false;
    };
    const probe = {
      viewportAt: 0,
      /** When our warm-up sample (a long page's first <ruby>) went in. */
      warmUpAt: 0,
      frames: [] as number[],
      loaf: [] as { start: number; duration: number }[],
      running: true,
      targets: targets.length,
    };
    const warmUp = new MutationObserver((records) => {
      for (const r of records)
        r.addedNodes.forEach((n) => {
          if (!probe.warmUpAt && n instanceof Element && n.getAttribute('data-dubao') === 'warm-up') probe.warmUpAt = performance.timeOrigin + performance.now();
        });
    });
    warmUp.observe(document.body, { childList: true });
    // The time is taken once the page is laid out (as for the plain approach), before the probe's
    // own scan of character boxes, which is measurement and would otherwise count as ours. Targets
    // found done are not scanned again until the end, where all are checked once more.
    let pending = targets;
    const mo = new MutationObserver(() => {
      if (probe.viewportAt) return;
      void document.body.offsetHeight;
      const at = performance.timeOrigin + performance.now();
      pending = pending.filter(visibleBare);
      if (pending.length || targets.some(visibleBare)) return;
      probe.viewportAt = at;
      mo.disconnect();
    });
    if (watch) mo.observe(document.body, { childList: true, subtree: true });
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.loaf.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
    });
    po.observe({ type: 'long-animation-frame', buffered: false });
    const tick = (t: number) => {
      probe.frames.push(performance.timeOrigin + t);
      if (probe.running) requestAnimationFrame(tick);
      else po.disconnect();
    };
    requestAnimationFrame(tick);
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    // For a round whose viewport never came out whole (NaN): what is still bare on screen.
    (window as unknown as { __bare: () => string[] }).__bare = () =>
      targets
        .filter(visibleBare)
        .map((el) => `${el.localName}${el.querySelector('[data-dubao]') ? ' (ours inside)' : ''}: ${(el.textContent ?? '').trim().slice(0, 24)}`);
  }, watchViewport);
}

/**
 * In the page: when a toggle's last change lands (text, elements, or lang), laid out, on the shared
 * clock: what the reader waits for. The reply to the worker may come before the browser has laid
 * the change out (or after, depending on where the frame falls), so on, off and HTMLConverter are
 * all timed this way.
 */
export async function installChangeProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { lastAt: 0 };
    const mo = new MutationObserver(() => {
      void document.body.offsetHeight; // laid out, as HTMLConverter's time is
      probe.lastAt = performance.timeOrigin + performance.now();
    });
    mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    (window as unknown as { __changeProbe: { probe: typeof probe; mo: MutationObserver } }).__changeProbe = { probe, mo };
  });
}

export async function readChangeProbe(page: Page, start: number): Promise<number> {
  return page.evaluate((s) => {
    const { probe, mo } = (window as unknown as { __changeProbe: { probe: { lastAt: number }; mo: MutationObserver } }).__changeProbe;
    mo.disconnect();
    return probe.lastAt ? probe.lastAt - s : Number.NaN;
  }, start);
}

/** Toggles a layer and times it until the page shows all of it (see installChangeProbe). */
async function toggleShown(ext: ExtensionBrowser, page: Page, tabId: number, data: Record<string, unknown>): Promise<{ shownMs: number; replyMs: number; start: number; end: number }> {
  await installChangeProbe(page);
  const t = await setLayer(ext.worker, tabId, data);
  return { shownMs: await readChangeProbe(page, t.start), replyMs: t.end - t.start, ...t };
}

export async function readProbe(page: Page, start: number, end: number): Promise<{ viewportMs: number; longestFrame: number; longestLoaf: number; longestOtherLoaf: number; warmUpLoaf: number }> {
  await page.waitForTimeout(150); // the last frames of the work
  // The toggle answers once the screen is written; a text whose readings had to be asked for again is
  // written later: the row is click → screen, so wait for it (up to 5 s; NaN past that).
  await page
    .waitForFunction(() => !!(window as unknown as { __probe: { viewportAt: number } }).__probe.viewportAt, undefined, { timeout: 5_000, polling: 50 })
    .catch(() => undefined);
  return page.evaluate(
    ({ s, e }) => {
      const probe = (window as unknown as { __probe: { viewportAt: number; warmUpAt: number; frames: number[]; loaf: { start: number; duration: number }[]; running: boolean } }).__probe;
      probe.running = false;
      let longestFrame = 0;
      for (let i = 1; i < probe.frames.length; i++) {
        if (probe.frames[i]! < s || probe.frames[i - 1]! > e + 100) continue;
        longestFrame = Math.max(longestFrame, probe.frames[i]! - probe.frames[i - 1]!);
      }
      const ours = probe.loaf.filter((l) => l.start + l.duration >= s && l.start <= e + 100);
      const longestLoaf = Math.max(0, ...ours.map((l) => l.duration));
      // Apart from the frame that laid out the warm-up sample (the browser's one-time relayout for a
      // document's first <ruby>, see frameFloor).
      const w = probe.warmUpAt;
      const holdsWarmUp = (l: { start: number; duration: number }) => !!w && l.start <= w && w <= l.start + l.duration;
      const longestOtherLoaf = Math.max(0, ...ours.filter((l) => !holdsWarmUp(l)).map((l) => l.duration));
      const warmUpLoaf = Math.max(0, ...ours.filter(holdsWarmUp).map((l) => l.duration));
      return { viewportMs: probe.viewportAt ? probe.viewportAt - s : NaN, longestFrame, longestLoaf, longestOtherLoaf, warmUpLoaf };
    },
    { s: start, e: end },
  );
}

export async function openReady(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(300); // the rest of the content script's boot (analysis, UI)
  return { page, tabId: await tabIdOf(ext.worker, page) };
}

/** A fresh load of the page (our content script ready, nothing of ours on) with the plain approaches' bundle in it. */
async function openWithPlain(ext: ExtensionBrowser, url: string, plain: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
  await page.addScriptTag({ content: plain });
  return page;
}

async function heapUsed(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const { nodes } = (await cdp.send('Memory.getDOMCounters')) as { nodes: number };
  await cdp.detach();
  return { heap: usedSize, nodes };
}

interface PageResult {
  viewportRatio: number;
  scriptRatio: number;
  pinyinOffRatio: number;
  scriptOffRatio: number;
  viewportMs: number;
  plainMs: number;
  applyMs: number;
  restoreMs: number;
  longestFrame: number;
  longestLoaf: number;
  /** The slowest round's longest frame (longestLoaf is the median round's). */
  longestLoafMax: number;
  longestOtherLoaf: number;
  /** The frame that laid the warm-up sample out (LoAF; 0: under 50 ms or no sample), per round, the longest. */
  warmUpLoaf: number;
  /** The browser's own first-<ruby> frame (firstRubyFrame). */
  firstRubyFrameMs: number;
  scriptMs: number;
  scriptReplyMs: number;
  htmlConverterMs: number;
  scriptRestoreMs: number;
  heapMb: number;
  domNodes: number;
  floorLoaf: number;
  firstRubyMs: number;
  /** Long page only: scrolling with pinyin on (see scrollFrames). */
  scroll?: { longestLoaf: number; longFrames: number; caughtUpMs: number; floorLoaf: number; floorFrames: number };
  viewportFloorMs: number;
  /** The same floor in our markup and stylesheet (viewportFloor with css). */
  viewportFloorOursMs: number;
  viewportRubies: number;
  viewportShareOfHan: number;
  scriptOffFloorMs: number;
}

/**
 * The browser's own costs of annotating, in the page with nothing of ours running:
 * - the first <ruby> in a document: one hidden ruby laid out (Chromium lays the whole page out
 *   again the first time; every approach pays it, ours in a frame of its own);
 * - one frame that annotates a little: 100 word rubies put into one paragraph on screen, its
 *   animation frame measured (median over several frames). No incremental approach can have
 *   frames shorter than this.
 */
async function frameFloor(ext: ExtensionBrowser, url: string): Promise<{ floorLoaf: number; firstRubyMs: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(300);
  const firstRubyMs = await page.evaluate(() => {
    void document.body.offsetHeight;
    const t0 = performance.now();
    const host = document.createElement('span');
    host.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;contain:strict;width:1px;height:1px;overflow:hidden';
    const ruby = document.createElement('ruby');
    ruby.append('发展');
    const rt = document.createElement('rt');
    rt.textContent = 'fazhan';
    ruby.append(rt);
    host.append(ruby);
    document.body.append(host);
    void document.body.offsetHeight;
    const ms = performance.now() - t0;
    host.remove();
    return ms;
  });
  await page.waitForTimeout(100);
  const floor = await page.evaluate(async () => {
    const frames: number[] = [];
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push(e.duration);
    });
    po.observe({ type: 'long-animation-frame', buffered: false });
    const all: number[] = [];
    const paragraphs = [...document.querySelectorAll('p')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && p.firstChild?.nodeType === 3 && (p.firstChild as Text).data.length >= 40;
    });
    for (const p of paragraphs.slice(0, 7)) {
      frames.length = 0;
      const text = p.firstChild as Text;
      const chars = Array.from(text.data).slice(0, 200);
      const wrap = document.createElement('span');
      for (let i = 0; i < chars.length; i += 2) {
        const ruby = document.createElement('ruby');
        ruby.append(chars.slice(i, i + 2).join(''));
        const rt = document.createElement('rt');
        rt.textContent = 'zhōngguó';
        ruby.append(rt);
        wrap.append(ruby);
      }
      text.data = text.data.slice(chars.join('').length);
      p.prepend(wrap);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
      // A frame under 50 ms reports no long animation frame: it counts as 0 (within the target).
      all.push(frames.length ? Math.max(...frames) : 0);
    }
    po.disconnect();
    const sorted = all.sort((a, b) => a - b);
    return sorted[sorted.length >> 1] ?? 0;
  });
  await page.close();
  return { floorLoaf: floor, firstRubyMs };
}

/**
 * The browser's own frame for a document's first <ruby>: on fresh loads with nothing of ours running,
 * a hidden ruby (the warm-up sample's markup) put in by a requestAnimationFrame callback, alone in
 * its frame; that frame's long-animation-frame duration (the relayout and the whole page's
 * pre-paint, paint and commit that follow it), or where it is under 50 ms (no entry) the interval to
 * the next frame. Median over `runs` loads. Our warm-up frame does the same in the same way, so its
 * excess over this is ours.
 */
export async function firstRubyFrame(ext: ExtensionBrowser, url: string, runs: number): Promise<number> {
  const frames: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await ext.context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-dubao-pinyin]', { state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(300);
    frames.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const loaf: { start: number; duration: number }[] = [];
            const po = new PerformanceObserver((list) => {
              for (const e of list.getEntries()) loaf.push({ start: e.startTime, duration: e.duration });
            });
            po.observe({ type: 'long-animation-frame', buffered: false });
            requestAnimationFrame(() =>
              requestAnimationFrame((t1) => {
                const at = performance.now();
                const host = document.createElement('span');
                host.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;contain:strict;width:1px;height:1px;overflow:hidden';
                const ruby = document.createElement('ruby');
                ruby.append('发展');
                const rt = document.createElement('rt');
                rt.textContent = 'fāzhǎn';
                ruby.append(rt);
                host.append(ruby);
                document.body.append(host);
                requestAnimationFrame((t2) => {
                  setTimeout(() => {
                    for (const e of po.takeRecords()) loaf.push({ start: e.startTime, duration: e.duration });
                    po.disconnect();
                    host.remove();
                    const hit = loaf.filter((l) => l.start <= at && at <= l.start + l.duration);
                    resolve(hit.length ? Math.max(...hit.map((l) => l.duration)) : t2 - t1);
                  }, 150);
                });
              }),
            );
          }),
      ),
    );
    await page.close();
  }
  return median(frames);
}

/**
 * The browser's floor for "viewport annotated": in the page, with nothing of ours running, only the
 * Han characters on screen wrapped in word-sized rubies (two characters each; ours average ≈1.7),
 * readings from pinyin-pro prepared beforehand, synchronously, then layout. The first <ruby> is paid
 * before the clock starts. No approach that puts ruby over what is on screen can be faster: its
 * ratio to the plain approach is the best any viewport-first approach can reach on this page.
 * With `css` (our stylesheet, buildPageCss), the same rubies in our markup instead: a
 * <dubao-text data-dubao> per text node, ruby and rt marked, the reading in data-r drawn by the
 * stylesheet's generated content, the stylesheet in and the readings' font loaded before the clock
 * starts: the floor of our own markup, what the viewport row would take with no script and no
 * messaging of ours.
 */
export async function viewportFloor(ext: ExtensionBrowser, url: string, plain: string, runs: number, css?: string): Promise<{ ms: number; rubies: number; shareOfHan: number }> {
  const times: number[] = [];
  let rubies = 0;
  let shareOfHan = 0;
  for (let run = 0; run < runs; run++) {
    const page = await openWithPlain(ext, url, plain);
    const out = await page.evaluate((ours) => {
      const { pinyin } = (window as unknown as { __plain: { pinyin: (t: string, o: object) => string[] } }).__plain;
      const HAN = /\p{Script=Han}/u;
      const height = innerHeight;
      if (ours !== null) {
        const sheet = document.createElement('style');
        sheet.textContent = ours;
        document.head.append(sheet);
      }
      const warm = document.createElement('ruby');
      warm.append('发');
      const warmRt = document.createElement('rt');
      // In our markup the warm-up ruby loads the readings' font too (untimed, as the first <ruby>).
      if (ours === null) warmRt.textContent = 'fā';
      else {
        warm.setAttribute('data-dubao', '');
        warmRt.setAttribute('data-dubao', '');
        warmRt.setAttribute('data-r', 'fā');
      }
      warm.append(warmRt);
      document.body.append(warm);
      void document.body.offsetHeight;
      warm.remove();
      void document.body.offsetHeight;
      // Untimed: which characters are on screen, and their readings.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('script,style,textarea,dubao-ui') ? 2 : HAN.test((n as Text).data) ? 1 : 3),
      });
      const range = document.createRange();
      const jobs: { node: Text; chars: string[]; readings: string[]; visible: boolean[] }[] = [];
      let han = 0;
      let onScreen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const node = n as Text;
        const chars = Array.from(node.data);
        han += chars.filter((c) => HAN.test(c)).length;
        const box = node.parentElement!.getBoundingClientRect();
        if (box.bottom <= 0 || box.top >= height) continue;
        const visible: boolean[] = [];
        let offset = 0;
        for (const c of chars) {
          range.setStart(node, offset);
          range.setEnd(node, offset + c.length);
          const r = range.getBoundingClientRect();
          visible.push(HAN.test(c) && r.width > 0 && r.bottom > 0 && r.top < height);
          offset += c.length;
        }
        const count = visible.filter(Boolean).length;
        if (!count) continue;
        onScreen += count;
        jobs.push({ node, chars, readings: pinyin(node.data, { type: 'array' }), visible });
      }
      const t0 = performance.now();
      let made = 0;
      for (const { node, chars, readings, visible } of jobs) {
        const frag = ours === null ? document.createDocumentFragment() : document.createElement('dubao-text');
        if (ours !== null) (frag as Element).setAttribute('data-dubao', 'pinyin');
        let plainRun = '';
        for (let i = 0; i < chars.length; ) {
          if (!visible[i]) {
            plainRun += chars[i];
            i++;
            continue;
          }
          const end = visible[i + 1] ? i + 2 : i + 1;
          if (plainRun) frag.append(plainRun);
          plainRun = '';
          const ruby = document.createElement('ruby');
          ruby.append(chars.slice(i, end).join(''));
          const rt = document.createElement('rt');
          if (ours === null) rt.textContent = readings.slice(i, end).join('');
          else {
            ruby.setAttribute('data-dubao', '');
            rt.setAttribute('data-dubao', '');
            rt.setAttribute('data-r', readings.slice(i, end).join(''));
          }
          ruby.append(rt);
          frag.append(ruby);
          made++;
          i = end;
        }
        if (plainRun) frag.append(plainRun);
        node.replaceWith(frag);
      }
      void document.body.offsetHeight;
      return { ms: performance.now() - t0, rubies: made, share: onScreen / Math.max(1, han) };
    }, css ?? null);
    times.push(out.ms);
    rubies = out.rubies;
    shareOfHan = out.share;
    await page.close();
  }
  return { ms: median(times), rubies, shareOfHan };
}

/**
 * Reading with pinyin on: the page scrolled a third of a screen every 50 ms for 4 s with the mouse
 * wheel (about one screen every 150 ms, a brisk skim), after the layer is applied. The reading
 * window waits out such a flick and follows once it stops: long animation frames during the scroll
 * (and the polling after it), how long after the scroll the screen carries pinyin, and the same
 * scroll on another load of the page with no layer on (the page's own cost of scrolling, as the
 * floor).
 */
async function scrollFrames(ext: ExtensionBrowser, url: string, withPinyin: boolean): Promise<{ longestLoaf: number; longFrames: number; caughtUpMs: number }> {
  const { page, tabId } = await openReady(ext, url);
  if (withPinyin) await setLayer(ext.worker, tabId, { layer: 'pinyin', on: true });
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const loaf: number[] = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) loaf.push(e.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
    (window as unknown as { __scrollLoaf: number[] }).__scrollLoaf = loaf;
  });
  await page.mouse.move(640, 450);
  const step = Math.round(900 / 3);
  for (let t = 0; t < 4000; t += 50) {
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(50);
  }
  // How long after the last wheel step what is on screen carries pinyin (the window caught up).
  const stopped = Date.now();
  let caughtUpMs = Number.NaN;
  while (Date.now() - stopped < 5000) {
    const bare = await page.evaluate(() => {
      const HAN = /\p{Script=Han}/u;
      return [...document.querySelectorAll('p')].some((p) => {
        const r = p.getBoundingClientRect();
        if (r.bottom <= 0 || r.top >= innerHeight) return false;
        return [...p.childNodes].some((n) => n.nodeType === 3 && HAN.test((n as Text).data));
      });
    });
    if (!withPinyin || !bare) {
      caughtUpMs = Date.now() - stopped;
      break;
    }
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300); // the last frames
  const loaf = await page.evaluate(() => (window as unknown as { __scrollLoaf: number[] }).__scrollLoaf);
  const out = { longestLoaf: Math.max(0, ...loaf), longFrames: loaf.length, caughtUpMs };
  await page.close();
  return out;
}

/**
 * The browser's floor for turning script off: in the page with nothing of ours running, its text
 * converted to traditional (opencc-js, cn → tw) with lang zh-Hant and laid out, untimed; then timed:
 * the original texts written back, the page's lang restored, laid out. (A lang change makes the
 * browser choose fonts again for all the text; the issue asks for lang to follow the script.)
 */
async function scriptOffFloor(ext: ExtensionBrowser, url: string, plain: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await openWithPlain(ext, url, plain);
    times.push(
      await page.evaluate(() => {
        const { OpenCC } = (window as unknown as { __plain: { OpenCC: { Converter(o: object): (t: string) => string } } }).__plain;
        const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
        const html = document.documentElement;
        const lang = html.getAttribute('lang');
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement?.closest('script,style,textarea,dubao-ui') ? 2 : 1),
        });
        const changed: { node: Text; original: string }[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const node = n as Text;
          const to = convert(node.data);
          if (to !== node.data) changed.push({ node, original: node.data });
          node.data = to;
        }
        html.setAttribute('lang', 'zh-Hant');
        void document.body.offsetHeight;
        const t0 = performance.now();
        for (const { node, original } of changed) node.data = original;
        if (lang === null) html.removeAttribute('lang');
        else html.setAttribute('lang', lang);
        void document.body.offsetHeight;
        return performance.now() - t0;
      }),
    );
    await page.close();
  }
  return median(times);
}

/** The plain approaches, in a page of their own each: synchronous ruby, and HTMLConverter. */
export async function measurePlain(ext: ExtensionBrowser, url: string, plain: string): Promise<{ plainMs: number; converterMs: number }> {
  const page = await openWithPlain(ext, url, plain);
  const plainMs = await page.evaluate(() => {
    const { pinyin } = (window as unknown as { __plain: { pinyin: (t: string, o: object) => string[] } }).__plain;
    pinyin('预热一下', { type: 'array' });
    const HAN = /\p{Script=Han}/u;
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script,style,textarea,dubao-ui') ? 2 : HAN.test((n as Text).data) ? 1 : 3),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const chars = Array.from(node.data);
      const readings = pinyin(node.data, { type: 'array' });
      const frag = document.createDocumentFragment();
      chars.forEach((c, i) => {
        if (!HAN.test(c)) return void frag.append(c);
        const ruby = document.createElement('ruby');
        ruby.append(c);
        const rt = document.createElement('rt');
        rt.textContent = readings[i] ?? '';
        ruby.append(rt);
        frag.append(ruby);
      });
      node.replaceWith(frag);
    }
    void document.body.offsetHeight;
    return performance.now() - t0;
  });
  await page.close();

  const page2 = await openWithPlain(ext, url, plain);
  const converterMs = await page2.evaluate(() => {
    type OpenCCLib = {
      Converter(o: object): (t: string) => string;
      HTMLConverter(c: (t: string) => string, root: Element, a: string, b: string): { convert(): void };
    };
    const { OpenCC } = (window as unknown as { __plain: { OpenCC: OpenCCLib } }).__plain;
    const converter = OpenCC.Converter({ from: 'cn', to: 'tw' });
    converter('预热');
    const t0 = performance.now();
    OpenCC.HTMLConverter(converter, document.documentElement, 'zh-CN', 'zh-TW').convert();
    void document.body.offsetHeight;
    return performance.now() - t0;
  });
  await page2.close();
  return { plainMs, converterMs };
}

async function measurePage(ext: ExtensionBrowser, url: string, plain: string, runs: number): Promise<PageResult> {
  const viewport: number[] = [];
  const apply: number[] = [];
  const restore: number[] = [];
  const frames: number[] = [];
  const loafs: number[] = [];
  const otherLoafs: number[] = [];
  const warmUpLoafs: number[] = [];
  const script: number[] = [];
  const scriptReply: number[] = [];
  const scriptRestore: number[] = [];
  const plainTimes: number[] = [];
  const converterTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    progress(`${url} ours run ${run}`);
    const { page, tabId } = await openReady(ext, url);
    // What DuBao reports in the page (the reading engine unavailable, texts given up on): shown with a round that failed.
    const warnings: string[] = [];
    page.on('console', (m) => m.text().includes('[DuBao]') && warnings.push(m.text()));
    await installProbe(page, true);
    const on = await toggleShown(ext, page, tabId, { layer: 'pinyin', on: true });
    const probe = await readProbe(page, on.start, on.end);
    if (Number.isNaN(probe.viewportMs)) {
      await page.waitForTimeout(1500);
      const bare = await page.evaluate(() => (window as unknown as { __bare: () => string[] }).__bare());
      progress(`${url} run ${run}: viewport not annotated, bare 1.5 s later: ${bare.join(' | ')}; DuBao's warnings: ${warnings.join(' | ') || 'none'}`);
    }
    viewport.push(probe.viewportMs);
    apply.push(on.shownMs);
    restore.push((await toggleShown(ext, page, tabId, { layer: 'pinyin', on: false })).shownMs);
    const sOn = await toggleShown(ext, page, tabId, { layer: 'script', on: true, state: 'tw' });
    script.push(sOn.shownMs);
    scriptReply.push(sOn.replyMs);
    scriptRestore.push((await toggleShown(ext, page, tabId, { layer: 'script', on: false })).shownMs);
    await page.close();

    // Frames, on a load of their own without the viewport watch.
    const framed = await openReady(ext, url);
    await installProbe(framed.page, false);
    const framedOn = await setLayer(ext.worker, framed.tabId, { layer: 'pinyin', on: true });
    const frameProbe = await readProbe(framed.page, framedOn.start, framedOn.end);
    frames.push(frameProbe.longestFrame);
    loafs.push(frameProbe.longestLoaf);
    otherLoafs.push(frameProbe.longestOtherLoaf);
    warmUpLoafs.push(frameProbe.warmUpLoaf);
    await framed.page.close();

    // The plain approaches on loads of their own, in the same round (so that a change in the
    // machine's load between rounds moves both sides of a ratio alike).
    progress(`${url} plain run ${run}`);
    const plainRun = await measurePlain(ext, url, plain);
    plainTimes.push(plainRun.plainMs);
    converterTimes.push(plainRun.converterMs);
  }

  progress(`${url} memory`);
  // Memory: both layers on, in a fresh tab.
  const { page: memPage, tabId: memTab } = await openReady(ext, url);
  const before = await heapUsed(memPage);
  await setLayer(ext.worker, memTab, { layer: 'pinyin', on: true });
  await setLayer(ext.worker, memTab, { layer: 'script', on: true, state: 'tw' });
  const after = await heapUsed(memPage);
  await memPage.close();

  const plainMs = median(plainTimes);
  const viewportMs = median(viewport);
  const list = (xs: number[]) => xs.map((x) => x.toFixed(x < 10 ? 3 : 1)).join(' ');
  progress(`${url} rounds: viewport ÷ plain ${list(viewport.map((v, i) => v / plainTimes[i]!))}; viewport ${list(viewport)}; plain ${list(plainTimes)}`);
  progress(`${url} rounds: longest LoAF ${list(loafs)}; apart from the first <ruby> ${list(otherLoafs)}; warm-up frame ${list(warmUpLoafs)}`);
  progress(`${url} rounds: script off ÷ on ${list(scriptRestore.map((v, i) => v / script[i]!))}; script ÷ HTMLConverter ${list(script.map((v, i) => v / converterTimes[i]!))}`);
  // Ratios: the median of each round's own ratio (both sides measured in the same round).
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
  return {
    viewportRatio: ratio(viewport, plainTimes),
    scriptRatio: ratio(script, converterTimes),
    pinyinOffRatio: ratio(restore, apply),
    scriptOffRatio: ratio(scriptRestore, script),
    viewportMs,
    plainMs,
    applyMs: median(apply),
    restoreMs: median(restore),
    longestFrame: Math.max(...frames),
    // The rows are medians of rounds: a round's longest frame, the median round's (the browser's
    // first-<ruby> frame it is held against is a median too); the slowest round is its own row.
    longestLoaf: median(loafs),
    longestLoafMax: Math.max(...loafs),
    longestOtherLoaf: Math.max(...otherLoafs),
    warmUpLoaf: Math.max(...warmUpLoafs),
    firstRubyFrameMs: await firstRubyFrame(ext, url, runs),
    scriptMs: median(script),
    scriptReplyMs: median(scriptReply),
    htmlConverterMs: median(converterTimes),
    scriptRestoreMs: median(scriptRestore),
    heapMb: (after.heap - before.heap) / 2 ** 20,
    domNodes: after.nodes - before.nodes,
    ...(await frameFloor(ext, url)),
    ...(url.includes('bench-long')
      ? await (async () => {
          const ours = await scrollFrames(ext, url, true);
          const bare = await scrollFrames(ext, url, false);
          return { scroll: { ...ours, floorLoaf: bare.longestLoaf, floorFrames: bare.longFrames } };
        })()
      : {}),
    ...(await viewportFloor(ext, url, plain, runs).then((f) => ({ viewportFloorMs: f.ms, viewportRubies: f.rubies, viewportShareOfHan: f.shareOfHan }))),
    viewportFloorOursMs: (await viewportFloor(ext, url, plain, runs, buildPageCss({}))).ms,
    scriptOffFloorMs: await scriptOffFloor(ext, url, plain, runs),
  };
}

/** Heap of the extension's service worker (the shared engines), via CDP target attach. */
async function workerHeapMb(ext: ExtensionBrowser): Promise<number> {
  return ext.worker.evaluate(async () => {
    // Not exposed to workers directly; `performance.measureUserAgentSpecificMemory` needs
    // cross-origin isolation. Fall back to NaN when unavailable.
    const perf = performance as unknown as { memory?: { usedJSHeapSize: number } };
    return perf.memory ? perf.memory.usedJSHeapSize / 2 ** 20 : Number.NaN;
  });
}

export async function benchLayers(): Promise<BenchRow[]> {
  const server = await startFixtureServer();
  server.route('bench-long.html', { body: makeLongPage() });
  const ext = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  try {
    // tsx compiles the functions passed to evaluate() with esbuild's keepNames helper.
    await ext.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await ext.worker.evaluate('globalThis.__name = (f) => f;');
    // Whole-page pinyin, so that ours and the plain approach cover the same text.
    await ext.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), pinyinScope: 'page', grouping: 'word' } });
    });
    const plain = await bundlePlain();
    const engineHeapBefore = await workerHeapMb(ext);
    // Warm the background engines once (a browser's first use builds them; measured separately).
    const warm = await openReady(ext, server.url('seed-epaper.html'));
    const cold = await setLayer(ext.worker, warm.tabId, { layer: 'pinyin', on: true });
    const coldScript = await setLayer(ext.worker, warm.tabId, { layer: 'script', on: true, state: 'tw' });
    await warm.page.close();
    const engineHeapAfter = await workerHeapMb(ext);

    // DUBAO_BENCH_QUICK=1: the seed page only, fewer runs (while developing); DUBAO_BENCH_LONG_ONLY=1:
    // the long page only (its viewport rounds, with what stayed bare when one came out NaN).
    const quick = process.env.DUBAO_BENCH_QUICK === '1';
    const seed = process.env.DUBAO_BENCH_LONG_ONLY ? null : await measurePage(ext, server.url('seed-epaper.html'), plain, quick ? 3 : 5);
    const long = quick ? null : await measurePage(ext, server.url('bench-long.html'), plain, 3);
    const rows: BenchRow[] = [];
    const add = (name: string, value: number, unit: string, target?: string, pass?: boolean) =>
      rows.push({ name, value, unit, ...(target ? { target } : {}), ...(pass === undefined ? {} : { pass }) });
    for (const [label, r] of [
      ['seed', seed],
      ['200k', long],
    ] as const) {
      if (!r) continue;
      add(`layers/${label}: pinyin viewport ÷ plain ruby`, r.viewportRatio, 'ratio'); // limits: scripts/bench/budget.json
      add(`layers/${label}: pinyin viewport annotated`, r.viewportMs, 'ms');
      add(`layers/${label}: browser floor, the viewport's rubies alone ÷ plain ruby`, r.viewportFloorMs / r.plainMs, 'ratio');
      add(`layers/${label}: browser floor, the viewport's rubies alone (sync + layout)`, r.viewportFloorMs, 'ms');
      // Our markup's own cost: readings drawn by generated content from data-r (never page text) lay out slower than rt text.
      add(`layers/${label}: browser floor in our markup, the viewport's rubies alone ÷ plain ruby`, r.viewportFloorOursMs / r.plainMs, 'ratio');
      add(`layers/${label}: browser floor in our markup, the viewport's rubies alone (sync + layout)`, r.viewportFloorOursMs, 'ms');
      add(`layers/${label}: Han characters on screen (share of the page's)`, r.viewportShareOfHan, 'ratio');
      add(`layers/${label}: rubies on screen (two characters each)`, r.viewportRubies, 'rubies');
      add(`layers/${label}: plain ruby (all, sync + layout)`, r.plainMs, 'ms');
      add(`layers/${label}: pinyin whole page applied (until the page shows it)`, r.applyMs, 'ms');
      // The frame target is for the long page (budget.json); on the seed the row is informative.
      add(`layers/${label}: pinyin longest animation frame (LoAF)`, r.longestLoaf, 'ms');
      add(`layers/${label}: pinyin longest animation frame, slowest round`, r.longestLoafMax, 'ms');
      add(`layers/${label}: pinyin longest animation frame apart from the first <ruby>'s relayout`, r.longestOtherLoaf, 'ms');
      add(`layers/${label}: pinyin longest frame (rAF interval)`, r.longestFrame, 'ms');
      add(`layers/${label}: browser floor, a frame with 100 rubies (LoAF median; 0 = under 50 ms)`, r.floorLoaf, 'ms');
      add(`layers/${label}: browser floor, the first <ruby> in the page (one-time relayout)`, r.firstRubyMs, 'ms');
      add(`layers/${label}: browser floor, the first <ruby>'s frame (a hidden ruby alone in a frame: LoAF, or the frame interval under 50 ms)`, r.firstRubyFrameMs, 'ms');
      add(`layers/${label}: pinyin, the warm-up frame (LoAF holding the first <ruby>; 0 = under 50 ms or none)`, r.warmUpLoaf, 'ms');
      add(`layers/${label}: pinyin longest animation frame − the browser's first-<ruby> frame`, r.longestLoaf - r.firstRubyFrameMs, 'ms');
      if (r.scroll) {
        add(`layers/${label}: scrolling 4 s with pinyin on, longest animation frame`, r.scroll.longestLoaf, 'ms');
        add(`layers/${label}: scrolling 4 s with pinyin on, frames over 50 ms`, r.scroll.longFrames, 'frames');
        add(`layers/${label}: scrolling 4 s with pinyin on, the screen annotated this long after the scroll (NaN: not in 5 s)`, r.scroll.caughtUpMs, 'ms');
        add(`layers/${label}: browser floor, the same scroll with no layer: longest animation frame`, r.scroll.floorLoaf, 'ms');
        add(`layers/${label}: browser floor, the same scroll with no layer: frames over 50 ms`, r.scroll.floorFrames, 'frames');
      }
      add(`layers/${label}: script ÷ HTMLConverter`, r.scriptRatio, 'ratio');
      add(`layers/${label}: script (ours, until the page shows it)`, r.scriptMs, 'ms');
      add(`layers/${label}: script (ours, until the worker has the reply)`, r.scriptReplyMs, 'ms');
      add(`layers/${label}: opencc-js HTMLConverter`, r.htmlConverterMs, 'ms');
      // On and off both timed until the page shows them, laid out.
      add(`layers/${label}: pinyin off ÷ on`, r.pinyinOffRatio, 'ratio');
      add(`layers/${label}: pinyin off (until the page shows it)`, r.restoreMs, 'ms');
      add(`layers/${label}: script off ÷ on`, r.scriptOffRatio, 'ratio');
      add(`layers/${label}: script off (until the page shows it)`, r.scriptRestoreMs, 'ms');
      add(`layers/${label}: browser floor, script off (original text and lang written back, laid out)`, r.scriptOffFloorMs, 'ms');
      add(`layers/${label}: browser floor, script off ÷ our script on`, r.scriptOffFloorMs / r.scriptMs, 'ratio');
      // Where the browser alone needs about as long to write a long page's text back as our script on took,
      // off ÷ on cannot reach its limit; this row holds our off against that floor instead (budget.json).
      add(`layers/${label}: script off ÷ the browser's floor for it`, r.scriptRestoreMs / r.scriptOffFloorMs, 'ratio');
      add(`layers/${label}: tab heap added, both layers on`, r.heapMb, 'MB');
      add(`layers/${label}: DOM nodes added, both layers on`, r.domNodes, 'nodes');
    }
    // Not what a reader waits for (that is the cold: rows): from the worker's setLayer to the tab's
    // reply, so messaging both ways, the engine built, and the whole page's readings written over
    // paced frames (pinyinScope 'page'); the script one runs with pinyin on, so it rewrites every ruby.
    add('layers: first pinyin in a browser, setLayer → reply, whole page written (engine cold)', cold.end - cold.start, 'ms');
    add('layers: first script in a browser with pinyin on, setLayer → reply, whole page (converter built)', coldScript.end - coldScript.start, 'ms');
    if (Number.isFinite(engineHeapAfter - engineHeapBefore)) add('layers: background engines heap (once per browser)', engineHeapAfter - engineHeapBefore, 'MB');
    return rows;
  } finally {
    await ext.close().catch(() => undefined);
    await server.close();
  }
}

function progress(message: string): void {
  if (process.env.DUBAO_BENCH_VERBOSE) process.stderr.write(`[bench/layers] ${message}\n`);
}
