import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { makeChinesePage } from './bench/detect';
const b = await build({ entryPoints: ['lib/understand/detect.ts'], bundle: true, format: 'iife', globalName: 'D', write: false, platform: 'browser', target: 'chrome120' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setContent(makeChinesePage());
await page.addScriptTag({ content: b.outputFiles[0]!.text });
const r = await page.evaluate(`(() => {
  const t = (fn) => { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 200) { fn(); n++; } return (performance.now() - t0) / n; };
  const text = document.body.textContent;
  const fns = {
    walk: () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const a = []; for (let n = w.nextNode(); n; n = w.nextNode()) a.push(n); return a.length; },
    textContent: () => document.body.textContent.length,
    might: () => D.mightBeFeature(text),
    bold: () => document.body.querySelectorAll('strong, b').length,
    detect: () => D.detectFeature(document),
  };
  const res = {};
  for (let round = 0; round < 5; round++) for (const k of Object.keys(fns)) { (res[k] ??= []).push(t(fns[k])); }
  const out = {};
  for (const k of Object.keys(res)) { const s = res[k].sort((a,b)=>a-b); out[k] = (s[2]).toFixed(4); }
  return out;
})()`);
console.log(r);
await browser.close();
