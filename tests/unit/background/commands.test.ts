import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import config from '@/wxt.config';
import { COMMAND_NAMES, messageForCommand } from '@/lib/browser-ui/commands';
import { startBackground } from './harness';

afterEach(() => vi.restoreAllMocks());

describe('keyboard commands', () => {
  it('maps every command the manifest declares, and only those', async () => {
    const manifest = config.manifest as (env: { browser: string; manifestVersion: number }) => Record<string, unknown>;
    const declared = Object.keys(manifest({ browser: 'chrome', manifestVersion: 3 }).commands as object).sort();
    expect(declared).toEqual([...COMMAND_NAMES].sort());
    for (const name of declared) expect(messageForCommand(name)).not.toBeNull();
    expect(messageForCommand('_execute_action')).toBeNull();
    expect(messageForCommand('toggle-everything')).toBeNull();
  });

  it.each([
    ['toggle-pinyin', 'setLayer', { layer: 'pinyin' }],
    ['toggle-script', 'setLayer', { layer: 'script' }],
    ['toggle-sidebar', 'toggleSidebar', {}],
  ])('%s sends %s to the tab it was pressed in', async (command, type, data) => {
    const bg = await startBackground();
    bg.listening.add('5:0');
    await bg.onCommand.trigger(command, { id: 5 });
    await bg.settle();
    expect(bg.sent).toEqual([{ tabId: 5, frameId: undefined, type, data }]);
  });

  it('falls back to the focused window\'s active tab when the browser passes no tab', async () => {
    const bg = await startBackground();
    // The fake browser's tabs.query needs focus history it doesn't keep; answer as a browser would.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11 }] as never);
    bg.listening.add('11:0');
    await bg.onCommand.trigger('toggle-pinyin', undefined);
    await bg.settle();
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(bg.sent).toEqual([{ tabId: 11, frameId: undefined, type: 'setLayer', data: { layer: 'pinyin' } }]);
  });

  it('stays calm on a tab without our content script and on unknown commands', async () => {
    const bg = await startBackground();
    const errors = vi.spyOn(console, 'error');
    await bg.onCommand.trigger('toggle-sidebar', { id: 9 });
    await bg.onCommand.trigger('open-the-pod-bay-doors', { id: 9 });
    await bg.settle();
    expect(bg.sent.map((s) => s.type)).toEqual(['toggleSidebar']);
    expect(errors).not.toHaveBeenCalled();
  });
});
