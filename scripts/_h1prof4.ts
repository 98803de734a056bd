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
      F: () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const h = n.length > 48 ? n.substringData(0, 48) : n.data; c += h.indexOf('：') + h.indexOf(':'); } return c; },
      G: () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { if (n.length > 1) c += n.data.length; } return c; },
      H: () => { const a = document.body.getElementsByTagName('*'); let c = 0; for (let i = 0; i < a.length; i++) c += a[i].childElementCount; return c; },
      I: () => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { c += n.data.length; } return c; },
      J: () => { const w = document.createTreeWalker(document.body, 4); const a = []; for (let n = w.nextNode(); n; n = w.nextNode()) a.push(n.data); return a.length; },
      K: () => { const ps = document.body.getElementsByTagName('p'); let c = 0; for (let i = 0; i < ps.length; i++) c += ps[i].textContent.length; return c; },
      //X1: () => { const r = document.evaluate("//text()[contains(., '：') or contains(., ':') or contains(., '——')]", document.body, null, 7, null); return r.snapshotLength; },
      //X2: () => { const r = document.evaluate(".//text()[contains(., '：') or contains(., ':') or contains(., '——')] | .//strong/text() | .//b/text()", document.body, null, 7, null); return r.snapshotLength; },
      //X3: () => { const r = document.evaluate(".//text()[contains(., '：')]", document.body, null, 6, null); return r.snapshotLength; },
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
