/**
 * Draws the toolbar icons (public/icon/{16,32,48,128}.png) in Chromium: the character 读 on the
 * DuBao red. Run once when the design changes: `node --import tsx scripts/make-icons.ts`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers/browser';
import { findChromium, ROOT } from '../tests/e2e/helpers/paths';

const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ deviceScaleFactor: 1 });
mkdirSync(resolve(ROOT, 'public/icon'), { recursive: true });
for (const size of SIZES) {
  const radius = Math.round(size * 0.2);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#b3261e;color:#fff;
      display:flex;align-items:center;justify-content:center;font:700 ${Math.round(size * 0.78)}px 'Noto Sans CJK SC',sans-serif;
      line-height:1">读</div></body></html>`);
  await page.screenshot({ path: resolve(ROOT, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written: ${SIZES.join(', ')}`);
