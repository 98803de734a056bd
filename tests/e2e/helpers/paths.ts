import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const OUT_DIR = resolve(ROOT, process.env.DUBAO_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUT_DIR, 'chrome-mv3');
export const FIXTURES_DIR = resolve(ROOT, 'tests/fixtures');

/** The engine host's worker in the Chrome build (assets/engine-worker-<hash>.js): where Chrome's engines live. */
export function readEngineWorker(dir = EXTENSION_DIR): string {
  const name = readdirSync(resolve(dir, 'assets')).find((f) => /^engine-worker-.*\.js$/.test(f));
  if (!name) throw new Error(`no engine worker in ${dir}/assets: build the extension first (npm run build)`);
  return readFileSync(resolve(dir, 'assets', name), 'utf8');
}

const INSTALL_HINT =
  'Chromium is required for the end-to-end tests. Install it with: apt-get install -y chromium fonts-noto-cjk ' +
  '(Debian/Ubuntu, as root), or point CHROMIUM_PATH at a Chromium binary.';

/** The Chromium to drive: $CHROMIUM_PATH, else /usr/bin/chromium. Throws (never skips) when missing. */
export function findChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`${INSTALL_HINT} (looked for ${path})`);
  return path;
}

/** The Firefox build (`wxt build -b firefox`), MV2. */
export const FIREFOX_EXTENSION_DIR = resolve(OUT_DIR, 'firefox-mv2');

const FIREFOX_HINT =
  'Firefox is required for the Firefox end-to-end tier. Install it with: apt-get install -y firefox-esr fonts-noto-cjk ' +
  '(Debian/Ubuntu, as root), or point FIREFOX_PATH at a Firefox binary.';

/** The Firefox to drive: $FIREFOX_PATH, else /usr/bin/firefox-esr. Throws (never skips) when missing. */
export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`${FIREFOX_HINT} (looked for ${path})`);
  return path;
}
