/** Builds the Firefox add-on once before the Firefox tier, and fails early without Firefox. */
import { execFileSync } from 'node:child_process';
import { findFirefox, ROOT } from '../e2e/helpers/paths';

export default function setup(): void {
  findFirefox();
  if (process.env.DUBAO_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
}
