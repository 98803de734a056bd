/**
 * `node --import tsx scripts/bench/ab-off.ts <old extension dir> <new extension dir> [rounds]`: the
 * seed page's layers going off, two builds side by side (a browser each, one page each, rounds
 * interleaved, the order alternating): pinyin on, its whole pass left to finish, then off timed until
 * the page shows it, laid out (the bench's change probe); the same for script. Medians, ranges and
 * each round's pinyin time. For comparing a change to the off path on this shared machine, where the
 * bench's "off ÷ on" rows move with the "on" as much as with the off; not part of `npm run bench`.
 */
import { launchWithExtension } from '../../tests/e2e/helpers/browser';
import { startFixtureServer } from '../../tests/e2e/helpers/server';
import { installChangeProbe, openReady, readChangeProbe, setLayer } from './layers';
import { median } from './measure';
async function main() {
  const server = await startFixtureServer();
  const url = server.url('seed-epaper.html');
  const dirs = { old: process.argv[2]!, new: process.argv[3]! };
  const res: Record<string, { p: number[]; s: number[] }> = { old: { p: [], s: [] }, new: { p: [], s: [] } };
  const b: Record<string, Awaited<ReturnType<typeof launchWithExtension>>> = {};
  for (const [k, d] of Object.entries(dirs)) {
    const ext = await launchWithExtension({ viewport: { width: 1280, height: 900 }, extensionDir: d });
    await ext.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await ext.worker.evaluate('globalThis.__name = (f) => f;');
    await ext.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.sync.set({ settings: { ...(settings ?? {}), pinyinScope: 'page', grouping: 'word' } });
    });
    b[k] = ext;
  }
  const pages: Record<string, { page: import('playwright-core').Page; tabId: number }> = {};
  for (const k of ['old', 'new']) pages[k] = await openReady(b[k]!, url);
  const n = Number(process.argv[4] ?? 12);
  for (let i = 0; i < n; i++) {
    for (const k of i % 2 ? ['new', 'old'] : ['old', 'new']) {
      const { page, tabId } = pages[k]!;
      const ext = b[k]!;
      await setLayer(ext.worker, tabId, { layer: 'pinyin', on: true });
      await page.waitForTimeout(1200);
      await installChangeProbe(page);
      const t = await setLayer(ext.worker, tabId, { layer: 'pinyin', on: false });
      await page.waitForTimeout(300);
      res[k]!.p.push(await readChangeProbe(page, t.start));
      await setLayer(ext.worker, tabId, { layer: 'script', on: true, state: 'tw' });
      await page.waitForTimeout(500);
      await installChangeProbe(page);
      const t2 = await setLayer(ext.worker, tabId, { layer: 'script', on: false });
      await page.waitForTimeout(300);
      res[k]!.s.push(await readChangeProbe(page, t2.start));
    }
  }
  for (const k of ['old', 'new']) {
    const r = res[k]!;
    console.log(k, 'pinyin off ms median', median(r.p).toFixed(1), 'range', Math.min(...r.p).toFixed(1), Math.max(...r.p).toFixed(1), '| script off median', median(r.s).toFixed(1), 'range', Math.min(...r.s).toFixed(1), Math.max(...r.s).toFixed(1));
    console.log(k, 'pinyin', r.p.map((x) => x.toFixed(1)).join(' '));
  }
  for (const e of Object.values(b)) await e.close();
  await server.close();
}
void main().catch((e) => { console.error(e); process.exit(1); });
