import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { segmenterDataPlugin } from '../scripts/build-segmenter-data';

const root = fileURLToPath(new URL('..', import.meta.url));
// Node-side tiers segment with the word list the extension bundles (lib/chinese/words.ts): installed
// before every test file, and served to entrypoints as the extension's virtual module.
const wordCosts = { setupFiles: ['scripts/use-word-costs.ts'] };

// Three layers: pure lib in Node, DOM code in happy-dom, the built extension in real browsers
// (e2e: Chromium; e2e-firefox: firefox-esr, run by `npm run test:e2e:firefox`); and the corpus tier
// (npm run test:corpus), which reads third-party pages from ../shared and is not in `npm test`.
export default defineConfig({
  root,
  test: {
    // Under CI (.ci/run sets CI=true) a stray .only fails the run instead of quietly skipping the rest.
    allowOnly: !process.env.CI,
    projects: [
      {
        plugins: [WxtVitest(), segmenterDataPlugin()],
        // a test's first engine call loads the readings' dictionaries (seconds on a loaded 2-core machine): 20 s, not 5
        test: { ...wordCosts, name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        plugins: [WxtVitest(), segmenterDataPlugin()],
        test: { ...wordCosts, name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        plugins: [WxtVitest(), segmenterDataPlugin()],
        test: { ...wordCosts, name: 'corpus', environment: 'node', include: ['tests/corpus/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
        },
      },
      {
        // The built extension in Chromium over third-party pages from ../shared (corpus tier, not in npm test).
        test: {
          name: 'e2e-corpus',
          environment: 'node',
          include: ['tests/e2e-corpus/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
