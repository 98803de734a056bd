import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  matchesHost,
  migrateSettingsV1,
  migrateSettingsV2,
  migrateSettingsV3,
  normalizeHost,
  normalizeSettings,
  parseHostList,
  patchForReadingStyle,
  readingStyleOf,
  type Settings,
} from '@/lib/settings';

/** The settings module as a fresh extension start sees it: its item is defined (and migrated) on import. */
async function freshSettingsModule(): Promise<typeof import('@/lib/settings')> {
  vi.resetModules();
  return import('@/lib/settings');
}

const stored = async (): Promise<unknown> => (await fakeBrowser.storage.sync.get('settings')).settings;
const storedVersion = async (): Promise<unknown> =>
  ((await fakeBrowser.storage.sync.get('settings$')).settings$ as { v?: number } | undefined)?.v;

const CUSTOM: Settings = {
  toneStyle: 'numbers',
  notation: 'pinyin',
  toneColors: true,
  grouping: 'character',
  readingSize: 'large',
  pinyinScope: 'page',
  variant: 'hk',
  openSidebarOnFeature: true,
  autoSites: ['paper.people.com.cn'],
  autoLayers: { pinyin: false, script: true },
  offSites: ['mail.example.com'],
  tonesAs: 'written',
  readingLevel: 3,
  cornerQuotes: true,
  speechVoice: 'Tingting',
  speechRate: 1.25,
  allowNetworkVoices: true,
};

const V4_DEFAULTS: Partial<Settings> = { tonesAs: 'spoken', readingLevel: 0, cornerQuotes: false, speechVoice: '', speechRate: 1, allowNetworkVoices: false };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('normalizeSettings', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"toneStyle":"numbers"'],
    ['a number', 42],
    ['an array', ['marks']],
    ['an empty object', {}],
  ])('turns %s into the defaults', (_, raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value', () => {
    expect(normalizeSettings(CUSTOM)).toEqual(CUSTOM);
  });

  it('replaces each bad field by its default and keeps the good ones', () => {
    const repaired = normalizeSettings({
      toneStyle: 'colour',
      notation: 'zhuyin',
      toneColors: 'yes',
      grouping: 'character',
      pinyinScope: null,
      variant: 'zh-TW',
      openSidebarOnFeature: 1,
      autoSites: 'example.com',
      offSites: ['https://News.Example.com/path?q=1', 'not a host', 7, 'news.example.com'],
      extra: 'dropped',
    });
    expect(repaired).toEqual({
      ...DEFAULT_SETTINGS,
      notation: 'zhuyin',
      grouping: 'character',
      offSites: ['news.example.com'],
    });
  });
});

describe('which layers switch on by themselves (autoLayers)', () => {
  it('defaults to pinyin only', () => {
    expect(DEFAULT_SETTINGS.autoLayers).toEqual({ pinyin: true, script: false });
  });

  it.each<[string, unknown, { pinyin: boolean; script: boolean }]>([
    ['missing', undefined, { pinyin: true, script: false }],
    ['null', null, { pinyin: true, script: false }],
    ['a string', 'pinyin,script', { pinyin: true, script: false }],
    ['an array', [false, true], { pinyin: true, script: false }],
    ['both off', { pinyin: false, script: false }, { pinyin: false, script: false }],
    ['both on', { pinyin: true, script: true }, { pinyin: true, script: true }],
    ['script only, pinyin missing', { script: true }, { pinyin: true, script: true }],
    ['non-boolean switches', { pinyin: 'no', script: 1 }, { pinyin: true, script: false }],
    ['one good, one bad, plus junk', { pinyin: false, script: 'yes', zhuyin: true }, { pinyin: false, script: false }],
  ])('%s → %j', (_, autoLayers, expected) => {
    expect(normalizeSettings({ ...CUSTOM, autoLayers }).autoLayers).toEqual(expected);
    // The rest of the settings is untouched by a broken autoLayers.
    expect({ ...normalizeSettings({ ...CUSTOM, autoLayers }), autoLayers: CUSTOM.autoLayers }).toEqual(CUSTOM);
  });
});

describe('host lists', () => {
  it.each<[unknown, string | null]>([
    ['example.com', 'example.com'],
    ['  https://WWW.Example.com:8080/a/b?c#d ', 'www.example.com'],
    ['http://localhost', 'localhost'],
    ['新闻.cn', null],
    ['news', null],
    ['a..b', null],
    ['.example.com', null],
    ['', null],
    [12, null],
  ])('normalizeHost(%j) = %j', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it('parses typed lists, reporting what it could not read', () => {
    expect(parseHostList('paper.people.com.cn\nhttps://www.hkcnews.com/article/1, under_score host!，news.qq.com news.qq.com')).toEqual({
      hosts: ['paper.people.com.cn', 'www.hkcnews.com', 'news.qq.com'],
      rejected: ['under_score', 'host!'],
    });
  });

  it('matches subdomains but not look-alikes', () => {
    expect(matchesHost('paper.people.com.cn', ['people.com.cn'])).toBe(true);
    expect(matchesHost('PEOPLE.com.cn', ['people.com.cn'])).toBe(true);
    expect(matchesHost('notpeople.com.cn', ['people.com.cn'])).toBe(false);
    expect(matchesHost('people.com.cn', [])).toBe(false);
  });
});

describe('reading styles', () => {
  it.each(['marks', 'numbers', 'none', 'zhuyin', 'jyutping'] as const)('%s round-trips through the settings', (style) => {
    expect(readingStyleOf(normalizeSettings({ ...DEFAULT_SETTINGS, ...patchForReadingStyle(style) }))).toBe(style);
  });
});

describe('Jyutping as a reading style', () => {
  it('is its own notation, whatever tone style pinyin had', () => {
    expect(patchForReadingStyle('jyutping')).toEqual({ notation: 'jyutping' });
    expect(readingStyleOf({ ...DEFAULT_SETTINGS, notation: 'jyutping', toneStyle: 'none' })).toBe('jyutping');
    // Back to pinyin: its own tone style again.
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, notation: 'jyutping', ...patchForReadingStyle('numbers') })).toMatchObject({ notation: 'pinyin', toneStyle: 'numbers' });
  });
});

describe('migrateSettingsV1', () => {
  it('maps every field of the legacy shape', () => {
    expect(
      migrateSettingsV1({
        tones: 'number',
        colorTones: true,
        perCharacter: true,
        wholePage: true,
        traditional: 'zh-HK',
        autoOpen: true,
        alwaysOn: 'paper.people.com.cn',
        neverOn: 'https://mail.example.com/inbox',
      }),
      // The legacy "always on" list meant pinyin: the default layers.
      // Reading size (v3), tones as spoken, levels, quotes and speech (v4) came later: the defaults.
    ).toEqual({ ...CUSTOM, ...V4_DEFAULTS, readingSize: 'medium', autoLayers: { pinyin: true, script: false } });
  });

  it('maps zhuyin and the other variants', () => {
    expect(migrateSettingsV1({ tones: 'zhuyin', traditional: 'zh-TW-phrases' })).toEqual({
      ...DEFAULT_SETTINGS,
      notation: 'zhuyin',
      variant: 'twp',
    });
  });

  it('keeps a value already in the current shape', () => {
    expect(migrateSettingsV1(CUSTOM)).toEqual(CUSTOM);
  });

  it('lets a valid legacy field stand in for a garbage current one', () => {
    expect(migrateSettingsV1({ variant: 'mainland', traditional: 'zh-HK' }).variant).toBe('hk');
    expect(migrateSettingsV1({ variant: 'twp', traditional: 'zh-HK' }).variant).toBe('twp');
  });

  it.each([undefined, null, 'garbage', 3, [1, 2], { tones: 'loud', traditional: 9 }])('never throws on %j', (raw) => {
    expect(migrateSettingsV1(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrateSettingsV2', () => {
  it.each<[string, unknown, Partial<Settings>]>([
    ['a v2 value', { grouping: 'character' }, { grouping: 'character' }],
    ['a size already set', { readingSize: 'small' }, { readingSize: 'small' }],
    ['a garbage size', { readingSize: 'huge' }, {}],
    ['not an object', 'oops', {}],
  ])('%s', (_, raw, patch) => {
    expect(migrateSettingsV2(raw)).toEqual({ ...DEFAULT_SETTINGS, ...patch });
  });
});

describe('migrateSettingsV3', () => {
  it.each<[string, unknown, Partial<Settings>]>([
    ['a v3 value: the new fields get defaults that show what v3 showed', { grouping: 'character', readingSize: 'small' }, { grouping: 'character', readingSize: 'small' }],
    ['Jyutping kept', { notation: 'jyutping' }, { notation: 'jyutping' }],
    ['tones as written kept', { tonesAs: 'written' }, { tonesAs: 'written' }],
    ['a garbage tonesAs', { tonesAs: 'sung' }, {}],
    ['a level out of range', { readingLevel: 7 }, {}],
    ['a fractional level', { readingLevel: 2.5 }, {}],
    ['a level kept', { readingLevel: 4 }, { readingLevel: 4 }],
    ['a rate clamped high', { speechRate: 9 }, { speechRate: 2 }],
    ['a rate clamped low', { speechRate: 0.1 }, { speechRate: 0.5 }],
    ['a rate that is not a number', { speechRate: 'fast' }, {}],
    ['a voice name that is not text', { speechVoice: 42 }, {}],
    ['corner quotes as text', { cornerQuotes: 'yes' }, {}],
  ])('%s', (_, raw, patch) => {
    expect(migrateSettingsV3(raw)).toEqual({ ...DEFAULT_SETTINGS, ...patch });
  });
});

describe('the stored settings item (fake browser storage)', () => {
  it('reads the defaults when nothing is stored, without writing', async () => {
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toBeUndefined();
  });

  it('saves a patch, merged with what is stored, and records the current version', async () => {
    const { saveSettings, loadSettings, SETTINGS_VERSION } = await freshSettingsModule();
    await saveSettings({ variant: 'hk' });
    await saveSettings({ toneColors: true });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, variant: 'hk', toneColors: true });
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, variant: 'hk', toneColors: true });
    expect(await storedVersion()).toBe(SETTINGS_VERSION);
  });

  it('repairs a patch that carries bad values', async () => {
    const { saveSettings } = await freshSettingsModule();
    const saved = await saveSettings({ variant: 'cn' as never, autoSites: ['ok.example.com', '%%'] });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, autoSites: ['ok.example.com'] });
  });

  it('migrates an unversioned legacy value on load and stores it at the current version', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { tones: 'zhuyin', traditional: 'zh-HK', alwaysOn: 'paper.people.com.cn, www.hkcnews.com' },
    });
    const { settingsItem, loadSettings, SETTINGS_VERSION } = await freshSettingsModule();
    const expected = { ...DEFAULT_SETTINGS, notation: 'zhuyin', variant: 'hk', autoSites: ['paper.people.com.cn', 'www.hkcnews.com'] };
    expect(await settingsItem.getValue()).toEqual(expected);
    expect(await stored()).toEqual(expected);
    expect(await storedVersion()).toBe(SETTINGS_VERSION);
    expect(await loadSettings()).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['a string', 'oops'],
    ['an array', [1, 2, 3]],
    ['a number', 7],
  ])('falls back to the defaults and repairs storage when a current-version value is %s', async (_, raw) => {
    await fakeBrowser.storage.sync.set({ settings: raw, settings$: { v: 2 } });
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a partly corrupt value field by field', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...CUSTOM, toneStyle: 'shouting', autoSites: 'paper.people.com.cn' },
      settings$: { v: 2 },
    });
    const { loadSettings } = await freshSettingsModule();
    const expected = { ...CUSTOM, toneStyle: DEFAULT_SETTINGS.toneStyle, autoSites: [] };
    expect(await loadSettings()).toEqual(expected);
    expect(await stored()).toEqual(expected);
  });

  it('gives a v2 value stored before autoLayers existed the default layers, keeping everything else', async () => {
    const { autoLayers: _, ...withoutField } = CUSTOM;
    await fakeBrowser.storage.sync.set({ settings: withoutField, settings$: { v: 2 } });
    const { loadSettings, SETTINGS_VERSION } = await freshSettingsModule();
    const expected = { ...CUSTOM, autoLayers: { pinyin: true, script: false } };
    expect(await loadSettings()).toEqual(expected);
    expect(await stored()).toEqual(expected);
    expect(await storedVersion()).toBe(SETTINGS_VERSION);
  });

  it('migrates a v2 value (before readingSize) to v4: medium readings, the v4 fields at their defaults, the rest kept', async () => {
    const { readingSize: _size, tonesAs: _t, readingLevel: _l, cornerQuotes: _q, speechVoice: _v, speechRate: _r, allowNetworkVoices: _n, ...v2 } = CUSTOM;
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const { settingsItem, loadSettings, SETTINGS_VERSION } = await freshSettingsModule();
    const expected = { ...CUSTOM, readingSize: 'medium', tonesAs: 'spoken', readingLevel: 0, cornerQuotes: false, speechVoice: '', speechRate: 1, allowNetworkVoices: false };
    expect(SETTINGS_VERSION).toBe(4);
    expect(await settingsItem.getValue()).toEqual(expected);
    expect(await stored()).toEqual(expected);
    expect(await storedVersion()).toBe(SETTINGS_VERSION);
    expect(await loadSettings()).toEqual(expected);
  });

  it('repairs a v2 value whose autoLayers is garbage', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, autoLayers: { pinyin: 'sometimes', script: true } }, settings$: { v: 2 } });
    const { loadSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual({ ...CUSTOM, autoLayers: { pinyin: true, script: true } });
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, autoLayers: 'script' }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({ ...CUSTOM, autoLayers: { pinyin: true, script: false } });
  });

  it('reads a partial or corrupt current value repaired without writing it: only repairStoredSettings writes, once', async () => {
    const partial = { notation: 'jyutping', toneStyle: 'shouting' };
    await fakeBrowser.storage.sync.set({ settings: partial, settings$: { v: 4 } });
    const { loadSettings, repairStoredSettings } = await freshSettingsModule();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, notation: 'jyutping' });
    expect(await stored()).toEqual(partial);
    expect(await repairStoredSettings()).toBe(true);
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, notation: 'jyutping' });
    expect(await repairStoredSettings()).toBe(false);
    // Stored with its keys in another order (as Chromium's storage gives them back): nothing to repair.
    const sorted = Object.fromEntries(Object.entries({ ...DEFAULT_SETTINGS, notation: 'zhuyin' }).sort(([a], [b]) => a.localeCompare(b)));
    await fakeBrowser.storage.sync.set({ settings: sorted });
    expect(await repairStoredSettings()).toBe(false);
  });

  it('a read beside another page\'s write leaves storage as that write left it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { cornerQuotes: true }, settings$: { v: 4 } });
    const { loadSettings } = await freshSettingsModule();
    // The settings page switches corner quotes off while a tab's read of the partial value runs.
    const reading = loadSettings();
    await fakeBrowser.storage.sync.set({ settings: { cornerQuotes: false } });
    expect(typeof (await reading).cornerQuotes).toBe('boolean');
    await new Promise((r) => setTimeout(r, 0));
    expect(await stored()).toEqual({ cornerQuotes: false });
  });

  it('saves autoLayers as a whole, beside the site list', async () => {
    const { saveSettings, loadSettings } = await freshSettingsModule();
    await saveSettings({ autoSites: ['paper.people.com.cn'] });
    await saveSettings({ autoLayers: { pinyin: false, script: true } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoSites: ['paper.people.com.cn'], autoLayers: { pinyin: false, script: true } });
  });

  it('tells watchers about changes, already repaired', async () => {
    const { watchSettings, settingsItem } = await freshSettingsModule();
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await settingsItem.setValue({ ...CUSTOM, grouping: 'syllable' } as unknown as Settings);
    unwatch();
    await settingsItem.setValue(DEFAULT_SETTINGS);
    expect(seen).toEqual([{ ...CUSTOM, grouping: DEFAULT_SETTINGS.grouping }]);
  });
});
