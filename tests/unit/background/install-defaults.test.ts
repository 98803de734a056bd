import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installDefaultsFor } from '@/lib/install-defaults';
import { loadSettings, saveSettings } from '@/lib/settings';
import { startBackground } from './harness';

describe('defaults from the browser language on first install', () => {
  it.each([
    ['zh-HK', { variant: 'hk' }],
    ['zh_HK', { variant: 'hk' }],
    ['zh-Hant-HK', { variant: 'hk' }],
    ['zh-MO', { variant: 'hk' }],
    ['zh-TW', {}],
    ['zh-CN', {}],
    ['zh', {}],
    ['en-HK', {}],
    ['', {}],
    [['en-US', 'zh-HK'], { variant: 'hk' }],
    [['zh-TW', 'zh-HK'], {}],
    [['en-US', 'en-GB'], {}],
  ])('%s → %j', (language, patch) => {
    expect(installDefaultsFor(language)).toEqual(patch);
  });

  const installed = async (reason: 'install' | 'update') => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false } as never);
    await new Promise((r) => setTimeout(r, 10));
  };

  it('a Hong Kong browser gets Hong Kong forms as its traditional variant', async () => {
    await startBackground('zh_HK');
    await installed('install');
    expect((await loadSettings()).variant).toBe('hk');
  });

  it('settings already there are kept: synced from another device, or an update', async () => {
    await startBackground('zh_HK');
    await saveSettings({ variant: 'twp' });
    await installed('install');
    expect((await loadSettings()).variant).toBe('twp');

    await startBackground('zh_HK');
    await installed('update');
    expect((await loadSettings()).variant).toBe('tw');
  });

  it('a Taiwan browser keeps the plain default', async () => {
    await startBackground('zh_TW');
    await installed('install');
    expect((await loadSettings()).variant).toBe('tw');
  });

  it('an update, or the browser starting, writes a partial stored value back repaired; reads never do', async () => {
    await startBackground('zh_TW');
    await fakeBrowser.storage.sync.set({ settings: { variant: 'hk', grouping: 'sometimes' } });
    expect((await loadSettings()).variant).toBe('hk');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ variant: 'hk', grouping: 'sometimes' });
    await installed('update');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(await loadSettings());
    expect((await loadSettings()).variant).toBe('hk');

    await fakeBrowser.storage.sync.set({ settings: { cornerQuotes: true } });
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 10));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ cornerQuotes: true, variant: 'tw', grouping: 'word' });
  });
});
