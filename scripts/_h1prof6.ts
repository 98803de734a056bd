import { chromium } from 'playwright-core';
import { makeChinesePage } from './bench/detect';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setContent(makeChinesePage());
const r = await page.evaluate(`(() => {
  const clones = []; for (let i = 0; i < 260; i++) clones.push(document.body.cloneNode(true));
  let next = 0;
  const time = (fn) => { const t0 = performance.now(); for (let i = 0; i < 20; i++) fn(clones[next++]); return (performance.now() - t0) / 20; };
  const out = {};
  const A = (b) => { const w = document.createTreeWalker(b, 4); const a = []; for (let n = w.nextNode(); n; n = w.nextNode()) a.push(n); return a.length; };
  const Q = (b) => b.querySelectorAll('strong, b').length;
  const G = (b) => b.getElementsByTagName('strong').length + b.getElementsByTagName('b').length;
  const G1 = (b) => b.getElementsByTagName('strong').length;
  const T = (b) => b.textContent.length;
  for (const [k, f] of Object.entries({A, Q, G, G1, T, A2: A})) { const xs = []; for (let r = 0; r < 2; r++) { xs.push(time(f)); } out[k] = xs.map(x => x.toFixed(3)).join(' '); }
  return out;
})()`);
console.log(r);
await browser.close();
