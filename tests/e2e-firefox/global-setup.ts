/**
 * Builds the Firefox add-on once before the Firefox tier, and fails early without Firefox. The
 * cross-browser comparison (part of the tier) drives Chromium too: so the Chromium build as well.
 */
import { execFileSync } from 'node:child_process';
import { findChromium, findFirefox, ROOT } from '../e2e/helpers/paths';

export default function setup(): void {
  findFirefox();
  findChromium();
  if (process.env.DUBAO_SKIP_BUILD === '1') return;
  const build = (...args: string[]) =>
    execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', ...args], { cwd: ROOT, stdio: 'inherit' });
  build('-b', 'firefox');
  build();
}
