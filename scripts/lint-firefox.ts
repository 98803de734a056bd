/**
 * Builds the Firefox extension and lints it with addons-linter (the linter behind `web-ext lint`
 * and addons.mozilla.org). Fails on any error, or when the build has no gecko id.
 *
 *   npm run lint:firefox                 build into $DUBAO_OUT_DIR (default .output), then lint
 *   DUBAO_SKIP_BUILD=1 npm run lint:firefox   lint the existing build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import linter from 'addons-linter';

interface Finding {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const extensionDir = resolve(ROOT, process.env.DUBAO_OUT_DIR ?? '.output', 'firefox-mv2');

if (process.env.DUBAO_SKIP_BUILD !== '1') {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
}
if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
  console.error(`No Firefox build at ${extensionDir}.`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
  browser_specific_settings?: { gecko?: { id?: string } };
};
const geckoId = manifest.browser_specific_settings?.gecko?.id;

const results = (await linter
  .createInstance({
    config: {
      _: [extensionDir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: false,
      selfHosted: false,
    },
    runAsBinary: false,
  })
  .run()) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };

const show = (kind: string, list: Finding[]) => {
  for (const f of list) console.log(`${kind} ${f.code}: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`);
};
show('error', results.errors);
show('warning', results.warnings);
show('notice', results.notices);
console.log(
  `addons-linter ${extensionDir}: ${results.errors.length} errors, ${results.warnings.length} warnings, ${results.notices.length} notices; gecko id ${geckoId ?? 'MISSING'}`,
);
if (results.errors.length > 0 || !geckoId) process.exit(1);
