import { chromium } from 'playwright-core';
import { makeChinesePage, makeEnglishPage } from './bench/detect';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const html of [makeChinesePage(), makeEnglishPage()]) {
  await page.setContent(html);
  const r = await page.evaluate(`(() => {
    const t = (fn) => { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 300) { fn(); n++; } return ((performance.now() - t0) / n).toFixed(4); };
    let nodes = 0, short = 0;
    { const w = document.createTreeWalker(document.body, 4); for (let n = w.nextNode(); n; n = w.nextNode()) { nodes++; if (n.data.length <= 48) short++; } }
    return {
      nodes, short,
      walk: t(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const a = []; for (let n = w.nextNode(); n; n = w.nextNode()) a.push(n); }),
      walkData: t(() => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += n.data.length; return c; }),
      walkDataSlice: t(() => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const d = n.data; const h = d.length > 48 ? d.slice(0, 48) : d; c += h.indexOf('：') + h.indexOf(':') + h.indexOf('—'); } return c; }),
      walkDataSliceParent: t(() => { const w = document.createTreeWalker(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const d = n.data; const h = d.length > 48 ? d.slice(0, 48) : d; c += h.indexOf('：') + h.indexOf(':') + h.indexOf('—'); if (d.length <= 48 && d.trim()) c += n.parentNode.nodeName.length; } return c; }),
      iterator: t(() => { const w = document.createNodeIterator(document.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += n.data.length; return c; }),
    };
  })()`);
  console.log(r);
}
await browser.close();
