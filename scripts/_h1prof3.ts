import { chromium } from 'playwright-core';
import { makeChinesePage, makeEnglishPage } from './bench/detect';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const html of [makeChinesePage(), makeEnglishPage()]) {
  await page.setContent(html);
  const r = await page.evaluate(`(() => {
    const t = (fn) => { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 150) { fn(); n++; } return (performance.now() - t0) / n; };
    const fns = {
      A: () => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const a = []; for (let n = w.nextNode(); n; n = w.nextNode()) a.push(n); return a.length; },
      B: () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const d = n.data; const m = d.length < 48 ? d.length : 48; for (let i = 0; i < m; i++) { const k = d.charCodeAt(i); if (k === 0xff1a || k === 58 || k === 0x2014) { c++; break; } } } return c; },
      C: () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const d = n.data; const h = d.length > 48 ? d.slice(0, 48) : d; c += h.indexOf('：') + h.indexOf(':') + h.indexOf('—'); } return c; },
      D: () => { const t = document.body.textContent; let c = 0; for (let i = t.indexOf('：'); i !== -1; i = t.indexOf('：', i + 1)) c++; for (let i = t.indexOf(':'); i !== -1; i = t.indexOf(':', i + 1)) c++; return c; },
      E: () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { c += n.length; } return c; },
    };
    const res = {};
    for (let round = 0; round < 6; round++) for (const k of Object.keys(fns)) { (res[k] ??= []).push(t(fns[k])); }
    const out = {};
    for (const k of Object.keys(res)) { const s = res[k].sort((a,b)=>a-b); out[k] = (s[3]).toFixed(4); }
    return out;
  })()`);
  console.log(r);
}
await browser.close();
