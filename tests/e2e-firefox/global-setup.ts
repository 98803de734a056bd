/**
 * Builds the Firefox add-on once before the Firefox tier, and fails early without Firefox. The
 * cross-browser comparison (DUBAO_XBROWSER=1) drives Chromium too: then the Chromium build as well.
 */
import { execFileSync } from 'node:child_process';
import { findChromium, findFirefox, ROOT } from '../e2e/helpers/paths';

export default function setup(): void {
  findFirefox();
  const crossBrowser = process.env.DUBAO_XBROWSER === '1';
  if (crossBrowser) findChromium();
  if (process.env.DUBAO_SKIP_BUILD === '1') return;
  const build = (...args: string[]) =>
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
  build('-b', 'firefox');
  if (crossBrowser) build();
}
