import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/lib/messages';
import { routeMessages } from '@/entrypoints/dubao.content/routes';
import type { DubaoUi } from '@/entrypoints/dubao.content/ui/app';
import { pageState } from '../helpers/page-state';

// The popup's button over WXT's fake browser: `toggleSidebar` with `quoted` reads the people quoted; without, it toggles.
function fakeApp() {
  const calls: string[] = [];
  let open = false;
  const ui = {
    toggleSidebar: (o?: boolean) => (calls.push(`toggle:${o}`), (open = o ?? !open)),
    showQuoted: async () => void (calls.push('quoted'), (open = true)),
    isSidebarOpen: () => open,
  } as unknown as DubaoUi;
  const stop = routeMessages({
    booted: async () => {},
    // the page state is the feature's: a reading on request never makes one
    snapshot: () => pageState({ detected: false, topics: 0, speakers: 0, sidebarOpen: open }),
    publish: () => calls.push('publish'),
    setLayer: async () => {},
    ensureUi: async () => ui,
    report: (e) => calls.push(`error:${String(e)}`),
  });
  return { calls, stop };
}

let app: ReturnType<typeof fakeApp>;
beforeEach(() => {
  fakeBrowser.reset();
  app = fakeApp();
});
afterEach(() => app.stop());

describe('toggleSidebar, on request', () => {
  it.each<[string, { open?: boolean; quoted?: boolean }, string[]]>([
    ['the popup’s button', { open: true, quoted: true }, ['quoted', 'publish']],
    ['the sidebar toggle', { open: true }, ['toggle:true', 'publish']],
    ['the shortcut (toggle)', {}, ['toggle:undefined', 'publish']],
  ])('%s', async (_, data, calls) => {
    const state = await sendMessage('toggleSidebar', data);
    expect(app.calls).toEqual(calls);
    expect(state.sidebarOpen).toBe(true);
    expect(state.detected).toBe(false);
    expect(state.speakers).toBe(0);
  });
});
