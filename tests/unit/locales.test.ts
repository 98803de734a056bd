import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { loadLocaleMessages, type Locale } from '../helpers/fake-i18n';

const LOCALES: Locale[] = ['en', 'zh_CN', 'zh_TW'];
const HAN = /\p{Script=Han}/u;
const SIMPLIFIED_ONLY = /[读报话题发设键显体这页开关转换简]/u;
const TRADITIONAL_ONLY = /[讀報話題發設鍵顯體這頁開關轉換簡]/u;

const substitutionsOf = (message: string): string[] => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('the three UI languages', () => {
  it('have the same keys, none empty', async () => {
    const [en, ...others] = await Promise.all(LOCALES.map(loadLocaleMessages));
    for (const messages of others) expect(Object.keys(messages!).sort()).toEqual(Object.keys(en!).sort());
    for (const messages of [en, ...others]) {
      for (const [key, { message }] of Object.entries(messages!)) expect(message.trim(), key).not.toBe('');
    }
  });

  it('use the same substitutions in every language', async () => {
    const [en, zhCN, zhTW] = await Promise.all(LOCALES.map(loadLocaleMessages));
    for (const key of Object.keys(en!)) {
      // English plurals join their forms with " | "; each form carries the same substitutions.
      const expected = [...new Set(substitutionsOf(en![key]!.message))];
      expect([...new Set(substitutionsOf(zhCN![key]!.message))], key).toEqual(expected);
      expect([...new Set(substitutionsOf(zhTW![key]!.message))], key).toEqual(expected);
      expect(en![key]!.message.includes('%s'), key).toBe(zhCN![key]!.message.includes('%s'));
    }
  });

  it('are really in their languages and scripts', async () => {
    const [en, zhCN, zhTW] = await Promise.all(LOCALES.map(loadLocaleMessages));
    for (const key of ['popup_pinyin', 'popup_sidebar', 'options_title', 'popup_noFeature', 'ui_openSidebar', 'ui_nothingFound', 'options_autoLayers', 'options_autoScript']) {
      expect(HAN.test(en![key]!.message), key).toBe(false);
      expect(HAN.test(zhCN![key]!.message), key).toBe(true);
      expect(HAN.test(zhTW![key]!.message), key).toBe(true);
    }
    const all = (m: Record<string, { message: string }>) => Object.values(m).map((v) => v.message).join('\n');
    expect(all(zhCN!)).not.toMatch(TRADITIONAL_ONLY);
    expect(all(zhTW!)).not.toMatch(SIMPLIFIED_ONLY);
  });

  it('cover every __MSG_…__ the manifest uses', async () => {
    const messages = await loadLocaleMessages('en');
    const manifest = (config.manifest as (env: { browser: string; manifestVersion: number }) => object)({
      browser: 'chrome',
      manifestVersion: 3,
    });
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(3);
    for (const key of used) expect(messages[key], key).toBeDefined();
  });
});
