import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { loadLocaleMessages, type Locale } from '../helpers/fake-i18n';

const LOCALES: Locale[] = ['en', 'zh_CN', 'zh_TW', 'zh_HK'];
const HAN = /\p{Script=Han}/u;
const SIMPLIFIED_ONLY = /[读报话题发设键显体这页开关转换简]/u;
const TRADITIONAL_ONLY = /[讀報話題發設鍵顯體這頁開關轉換簡]/u;

const substitutionsOf = (message: string): string[] => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('the four UI languages', () => {
  it('have the same keys, none empty', async () => {
    const [en, ...others] = await Promise.all(LOCALES.map(loadLocaleMessages));
    for (const messages of others) expect(Object.keys(messages!).sort()).toEqual(Object.keys(en!).sort());
    for (const messages of [en, ...others]) {
      for (const [key, { message }] of Object.entries(messages!)) expect(message.trim(), key).not.toBe('');
    }
  });

  it('use the same substitutions in every language', async () => {
    const [en, zhCN, zhTW, zhHK] = await Promise.all(LOCALES.map(loadLocaleMessages));
    for (const key of Object.keys(en!)) {
      // English plurals join their forms with " | "; each form carries the same substitutions.
      const expected = [...new Set(substitutionsOf(en![key]!.message))];
      expect([...new Set(substitutionsOf(zhCN![key]!.message))], key).toEqual(expected);
      expect([...new Set(substitutionsOf(zhTW![key]!.message))], key).toEqual(expected);
      expect([...new Set(substitutionsOf(zhHK![key]!.message))], key).toEqual(expected);
      expect(en![key]!.message.includes('%s'), key).toBe(zhHK![key]!.message.includes('%s'));
      expect(en![key]!.message.includes('%s'), key).toBe(zhCN![key]!.message.includes('%s'));
    }
  });

  it('are really in their languages and scripts', async () => {
    const [en, zhCN, zhTW, zhHK] = await Promise.all(LOCALES.map(loadLocaleMessages));
    for (const key of ['popup_pinyin', 'popup_sidebar', 'options_title', 'popup_noFeature', 'ui_openSidebar', 'ui_nothingFound', 'options_autoLayers', 'options_autoScript']) {
      expect(HAN.test(en![key]!.message), key).toBe(false);
      expect(HAN.test(zhCN![key]!.message), key).toBe(true);
      expect(HAN.test(zhTW![key]!.message), key).toBe(true);
      expect(HAN.test(zhHK![key]!.message), key).toBe(true);
    }
    const all = (m: Record<string, { message: string }>) => Object.values(m).map((v) => v.message).join('\n');
    expect(all(zhCN!)).not.toMatch(TRADITIONAL_ONLY);
    expect(all(zhTW!)).not.toMatch(SIMPLIFIED_ONLY);
    expect(all(zhHK!)).not.toMatch(SIMPLIFIED_ONLY);
  });

  it('speak Hong Kong in zh_HK, not Taiwan (not a copy of zh_TW)', async () => {
    const [zhTW, zhHK] = await Promise.all((['zh_TW', 'zh_HK'] as const).map(loadLocaleMessages));
    const all = (m: Record<string, { message: string }>) => Object.values(m).map((v) => v.message).join('\n');
    // [Taiwan wording, Hong Kong wording]
    const WORDS: Array<[string, string]> = [
      ['網路', '網絡'],
      ['報導', '報道'],
      ['快速鍵', '快捷鍵'],
      ['重新整理', '重新載入'],
      ['子網域', '子域名'],
      ['套件。', '軟件包。'],
    ];
    for (const [tw, hk] of WORDS) {
      expect(all(zhTW!), tw).toContain(tw);
      expect(all(zhHK!), hk).toContain(hk);
      // 快速鍵 stays only where Firefox's own (zh-TW) menu is quoted.
      if (tw !== '快速鍵') expect(all(zhHK!), tw).not.toContain(tw);
    }
    expect(zhHK!.options_shortcuts!.message).toBe('鍵盤快捷鍵');
    const differing = Object.keys(zhTW!).filter((k) => zhTW![k]!.message !== zhHK![k]!.message);
    expect(differing.length).toBeGreaterThan(20);
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
