/** Builds the extension once before the end-to-end tests, and fails early without Chromium. */
import { execFileSync } from 'node:child_process';
import { findChromium, ROOT } from './helpers/paths';

export default function setup(): void {
  findChromium();
  if (process.env.DUBAO_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
