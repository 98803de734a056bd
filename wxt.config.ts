import { defineConfig } from 'wxt';

// DUBAO_OUT_DIR lets parallel builds (tests, demo, bench) avoid writing over each other.
export default defineConfig({
  outDir: process.env.DUBAO_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  i18n: { localesDir: 'assets/locales' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-pinyin': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPinyin__',
      },
      'toggle-script': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandScript__',
      },
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dubao@dubao.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
