import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const OUT_DIR = resolve(ROOT, process.env.DUBAO_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3');
export const FIXTURES_DIR = resolve(ROOT, 'tests/fixtures');

const INSTALL_HINT =
  'Chromium is required for the end-to-end tests. Install it with: apt-get install -y chromium fonts-noto-cjk ' +
  '(Debian/Ubuntu, as root), or point CHROMIUM_PATH at a Chromium binary.';

/** The Chromium to drive: $CHROMIUM_PATH, else /usr/bin/chromium. Throws (never skips) when missing. */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`${INSTALL_HINT} (looked for ${path})`);
  return path;
}
