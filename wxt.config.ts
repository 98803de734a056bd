import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { DICTIONARY_ASSET, ensureDictionaryFile } from './scripts/build-dictionary';
import { LEVELS_ASSET, ensureLevelsFile } from './scripts/build-levels';
import { ensureWordDictionaryFile } from './scripts/build-word-dictionary';
import { WORD_DICTIONARY_ASSET } from './lib/reading/word-dictionary';
import { segmenterDataPlugin } from './scripts/build-segmenter-data';
import { ensureJyutpingTableFile } from './scripts/build-jyutping-table';
import { JYUTPING_TABLE_ASSET } from './lib/reading/jyutping-table';

// DUBAO_OUT_DIR lets parallel builds (tests, demo, bench) avoid writing over each other.
export default defineConfig({
  outDir: process.env.DUBAO_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'assets/locales' },
  // The segmenter's word lists, compiled from the packages into the bundles (lib/chinese/words.ts).
  // The engine host's worker (entrypoints/engine-host) is bundled apart: it needs them too.
  vite: () => ({ plugins: [segmenterDataPlugin()], worker: { format: 'es', plugins: () => [segmenterDataPlugin()] } }),
  hooks: {
    'build:publicAssets': (wxt, assets) => {
      // The dictionary (CC-CEDICT + HSK + frequency bands) is compiled here, so every build makes it
      // from the packages and the repo never holds it (scripts/build-dictionary.ts).
      assets.push({ relativeDest: DICTIONARY_ASSET, absoluteSrc: ensureDictionaryFile(wxt.config.wxtDir) });
      // HSK levels for "pinyin only above level N" (scripts/build-levels.ts), the same way.
      assets.push({ relativeDest: LEVELS_ASSET, absoluteSrc: ensureLevelsFile(wxt.config.wxtDir) });
      // The readings' word dictionary (@pinyin-pro/data words pinyin-pro misses), the same way.
      assets.push({ relativeDest: WORD_DICTIONARY_ASSET, absoluteSrc: ensureWordDictionaryFile(wxt.config.wxtDir) });
      // to-jyutping's lexicon, decoded here once (scripts/build-jyutping-table.ts), fetched on the first Jyutping read.
      assets.push({ relativeDest: JYUTPING_TABLE_ASSET, absoluteSrc: ensureJyutpingTableFile(wxt.config.wxtDir) });
      // The table is to-jyutping's lexicon in another form: its BSD-2-Clause notice travels with it.
      assets.push({ relativeDest: 'licenses/to-jyutping.txt', absoluteSrc: resolve(wxt.config.root, 'node_modules/to-jyutping/LICENSE') });
      // Hong Kong has its own messages (assets/locales/zh_HK.yml: Chrome looks for zh_HK, then zh,
      // then en). The i18n module builds them, warning that zh_HK is not on Chrome's published list.
    },
  },
  zip: {
    // The sources archive (for add-on review) holds what builds the extension, not tests or outputs.
    excludeSources: [
      'tests/**',
      'test-results/**',
      'demo-output/**',
      'bench-results*',
      'docs/images/**',
      'scripts/screenshot-*.ts',
      '*.log',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each is needed: README, "Permissions". No host permissions beyond the content script.
    // tts: read aloud in Chrome (Firefox reads with speechSynthesis, no permission). offscreen: Chrome's
    // engine host (entrypoints/engine-host) keeps the engines while the service worker is stopped;
    // Firefox has no offscreen documents and keeps them in its event page.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['tts', 'offscreen'])],
    // The understanding's full parse (entrypoints/understanding): the content script imports it on the pages
    // whose cheap check passes, and a content script's import() loads only web-accessible files. The summaries
    // (entrypoints/summaries) the same way, once a feature is found; the dictionary card (entrypoints/dictionary-card)
    // the first time the reader turns the dictionary on. Code only, no data; no permission comes with them.
    web_accessible_resources: [{ resources: ['understanding.js', 'summaries.js', 'dictionary-card.js'], matches: ['<all_urls>'] }],
    // Chrome refuses suggested keys it uses itself (Alt+Shift+P, Alt+Shift+T): these four are free
    // in Chrome and Firefox. Y for pinyin (拼音), J for 简/繁.
    commands: {
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandPinyin__',
      },
      'toggle-script': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandScript__',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSidebar__',
      },
      // D for dictionary (词典 cídiǎn); the fourth and last key Chrome lets an extension suggest.
      'toggle-dictionary': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandDictionary__',
      },
    },
    // Chrome's build has no engine of its own beside the engine host (entrypoints/background.ts, OWN_ENGINE):
    // the host needs offscreen documents (109) and runtime.getContexts (116)
    ...(browser === 'chrome' ? { minimum_chrome_version: '116' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dubao@dubao.invalid',
              // 140 (ESR) is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
