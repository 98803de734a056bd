import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { makeChinesePage, makeEnglishPage } from './bench/detect';
const b = await build({ entryPoints: ['lib/understand/detect.ts'], bundle: true, format: 'iife', globalName: 'D', write: false, platform: 'browser' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const html of [makeChinesePage(), makeEnglishPage()]) {
  await page.setContent(html);
  await page.addScriptTag({ content: b.outputFiles[0]!.text });
  const r = await page.evaluate(`(() => {
    const t = (fn) => { const t0 = performance.now(); let n = 0; while (performance.now() - t0 < 200) { fn(); n++; } return ((performance.now() - t0) / n).toFixed(4); };
    const text = document.body.textContent;
    return {
      len: text.length,
      walk: t(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const a = []; for (let n = w.nextNode(); n; n = w.nextNode()) a.push(n); }),
      textContent: t(() => document.body.textContent.length),
      might: t(() => D.mightBeFeature(text)),
      indexOfColon: t(() => { let c = 0; for (let i = text.indexOf('：'); i !== -1; i = text.indexOf('：', i + 1)) c++; return c; }),
      indexOfAscii: t(() => { let c = 0; for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) c++; return c; }),
      bold: t(() => document.body.querySelectorAll('strong, b').length),
      detect: t(() => D.detectFeature(document)),
    };
  })()`);
  console.log(r);
}
await browser.close();
