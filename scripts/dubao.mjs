#!/usr/bin/env node
// `npx dubao FILE [--format …]`: runs scripts/analyze.ts through tsx, passing arguments and exit code through.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
let tsx;
try {
  tsx = require.resolve('tsx');
} catch {
  process.stderr.write('dubao: tsx is not installed (run npm install)\n');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', tsx, join(here, 'analyze.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
