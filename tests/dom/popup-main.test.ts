/**
 * The popup's wiring (entrypoints/popup/main.ts) against the fake browser: a fake content script
 * answers in the tab, as the real one does over the messaging wire format.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { useLocale } from '../helpers/fake-i18n';
import { pageState } from '../helpers/page-state';

interface Sent {
  tabId: number;
  type: string;
  data: unknown;
}

const seedState = (): PageState => pageState();

/**
 * A content script in `tabId` that applies the layer messages to its state; null: no content script. `count`
 * answers countQuoted (a function: called when asked; omitted: the state, as an old content script would).
 */
function fakeTab(tabId: number, initial: PageState | null, count?: () => Promise<{ people: number } | null>) {
  const sent: Sent[] = [];
  let state = initial;
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.tabs!.sendMessage = vi.fn(async (id: number, message: { type: string; data: Record<string, unknown> }) => {
    sent.push({ tabId: id, type: message.type, data: message.data });
    if (id !== tabId || !state) throw new Error('Could not establish connection. Receiving end does not exist.');
    const data = message.data ?? {};
    if (message.type === 'setLayer' && data.layer === 'pinyin') state = { ...state, pinyin: data.on as boolean };
    if (message.type === 'setLayer' && data.layer === 'script') {
      state = { ...state, scriptState: data.on ? (data.state as PageState['scriptState']) : 'original' };
    }
    if (message.type === 'toggleSidebar') state = { ...state, sidebarOpen: data.open as boolean };
    if (message.type === 'countQuoted' && count) return { res: await count() };
    return { res: state };
  });
  return { sent, setState: (next: PageState) => void (state = next) };
}

async function openPopup(query: string): Promise<HTMLElement> {
  history.replaceState(null, '', `/popup.html${query}`);
  document.body.replaceChildren(Object.assign(document.createElement('main'), { id: 'app' }));
  vi.resetModules();
  await import('@/entrypoints/popup/main');
  return document.getElementById('app')!;
}

const q = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector);

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en');
  (fakeBrowser.runtime as unknown as Record<string, unknown>).openOptionsPage = vi.fn(async () => undefined);
});

describe('the popup, wired', () => {
  it('reads the tab named in ?tabId= and acts on it', async () => {
    const tab = fakeTab(7, seedState());
    const root = await openPopup('?tabId=7');
    await vi.waitFor(() => expect(q(root, '[data-testid="speakers"]')?.textContent).toBe('4 speakers'));
    expect(tab.sent[0]).toMatchObject({ tabId: 7, type: 'getPageState' });

    q(root, '[data-action="pinyin"]')!.click();
    await vi.waitFor(() => expect(q(root, '[data-action="pinyin"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(tab.sent.at(-1)).toEqual({ tabId: 7, type: 'setLayer', data: { layer: 'pinyin', on: true } });

    q(root, '[data-action="sidebar"]')!.click();
    await vi.waitFor(() => expect(q(root, '[data-action="sidebar"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(tab.sent.at(-1)).toEqual({ tabId: 7, type: 'toggleSidebar', data: { open: true } });
  });

  it('on a page without a feature, the button asks the tab for the people quoted; the status stays "no feature"', async () => {
    const tab = fakeTab(5, pageState({ detected: false, topics: 0, speakers: 0 }));
    const root = await openPopup('?tabId=5');
    await vi.waitFor(() => expect(q(root, '[data-action="show-quoted"]')).not.toBeNull());
    q(root, '[data-action="show-quoted"]')!.click();
    await vi.waitFor(() => expect(q(root, '[data-action="sidebar"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(tab.sent.at(-1)).toEqual({ tabId: 5, type: 'toggleSidebar', data: { open: true, quoted: true } });
    expect(q(root, '[data-testid="feature"]')!.textContent).toMatch(/^No roundtable feature/);
  });

  describe('the count of people quoted, asked after the first paint', () => {
    const noFeature = () => pageState({ detected: false, topics: 0, speakers: 0 });

    it('N ≥ 1: the button shows at once as before, then carries the count', async () => {
      let answer!: (value: { people: number }) => void;
      const tab = fakeTab(5, noFeature(), () => new Promise((resolve) => (answer = resolve)));
      const root = await openPopup('?tabId=5');
      // painted before the count is known: the plain button
      await vi.waitFor(() => expect(q(root, '[data-action="show-quoted"]')?.textContent).toBe('Show the people quoted'));
      await vi.waitFor(() => expect(tab.sent.map((s) => s.type)).toEqual(['getPageState', 'countQuoted']));
      answer({ people: 3 });
      await vi.waitFor(() => expect(q(root, '[data-action="show-quoted"]')?.textContent).toBe('Show the 3 people quoted'));
      // a later state of the tab keeps the count; it is asked only once
      q(root, '[data-action="pinyin"]')!.click();
      await vi.waitFor(() => expect(q(root, '[data-action="pinyin"]')!.getAttribute('aria-pressed')).toBe('true'));
      expect(q(root, '[data-action="show-quoted"]')!.textContent).toBe('Show the 3 people quoted');
      q(root, '[data-action="show-quoted"]')!.click();
      await vi.waitFor(() => expect(tab.sent.at(-1)).toEqual({ tabId: 5, type: 'toggleSidebar', data: { open: true, quoted: true } }));
      expect(tab.sent.filter((s) => s.type === 'countQuoted')).toHaveLength(1);
    });

    it('N = 0: no button, the muted line', async () => {
      fakeTab(5, noFeature(), async () => ({ people: 0 }));
      const root = await openPopup('?tabId=5');
      await vi.waitFor(() => expect(q(root, '[data-testid="nobody-quoted"]')?.textContent).toBe('No one is quoted by name on this page.'));
      expect(q(root, '[data-action="show-quoted"]')).toBeNull();
    });

    it.each<[string, () => Promise<{ people: number } | null>]>([
      ['null (not offered on the page)', async () => null],
      ['an error in the tab', async () => Promise.reject(new Error('the understanding did not load'))],
    ])('%s: the button stays as today, and nothing unhandled', async (_, count) => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        const tab = fakeTab(5, noFeature(), count);
        const root = await openPopup('?tabId=5');
        await vi.waitFor(() => expect(tab.sent.map((s) => s.type)).toContain('countQuoted'));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(q(root, '[data-action="show-quoted"]')?.textContent).toBe('Show the people quoted');
        expect(q(root, '[data-testid="nobody-quoted"]')).toBeNull();
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });

    it('not asked where the button is not offered (a feature found, not Chinese, switched off)', async () => {
      for (const state of [pageState(), pageState({ chinese: false, detected: false }), pageState({ detected: false, disabled: true })]) {
        const tab = fakeTab(5, state, async () => ({ people: 2 }));
        await openPopup('?tabId=5');
        await vi.waitFor(() => expect(tab.sent.map((s) => s.type)).toEqual(['getPageState']));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(tab.sent.map((s) => s.type)).toEqual(['getPageState']);
      }
    });
  });

  it('uses the active tab without ?tabId=', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    const tab = fakeTab(3, seedState());
    const root = await openPopup('');
    await vi.waitFor(() => expect(q(root, '[data-testid="topics"]')?.textContent).toBe('4 topics'));
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(tab.sent[0]!.tabId).toBe(3);
  });

  it('turns the script on in the saved variant, saves a new variant and re-applies it at once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, variant: 'twp' }, settings$: { v: 2 } });
    const tab = fakeTab(7, seedState());
    const root = await openPopup('?tabId=7');
    await vi.waitFor(() => expect((q(root, '[data-action="variant"]') as HTMLSelectElement)?.value).toBe('twp'));

    q(root, '[data-action="script"]')!.click();
    await vi.waitFor(() => expect(q(root, '[data-action="script"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(tab.sent.at(-1)!.data).toEqual({ layer: 'script', on: true, state: 'twp' });

    const select = q(root, '[data-action="variant"]') as HTMLSelectElement;
    select.value = 'hk';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(tab.sent.at(-1)!.data).toEqual({ layer: 'script', on: true, state: 'hk' }));
    await vi.waitFor(async () =>
      expect(((await fakeBrowser.storage.sync.get('settings')).settings as { variant: string }).variant).toBe('hk'),
    );
  });

  it('converts a traditional page to simplified (cn)', async () => {
    const tab = fakeTab(7, { ...seedState(), script: 'traditional' });
    const root = await openPopup('?tabId=7');
    await vi.waitFor(() => expect(q(root, '[data-action="script"]')).not.toBeNull());
    q(root, '[data-action="script"]')!.click();
    await vi.waitFor(() => expect(tab.sent.at(-1)!.data).toEqual({ layer: 'script', on: true, state: 'cn' }));
  });

  it('follows reports from its tab while open, and ignores other tabs', async () => {
    fakeTab(7, { ...seedState(), detected: false, topics: 0, speakers: 0 });
    const root = await openPopup('?tabId=7');
    await vi.waitFor(() => expect(q(root, '[data-testid="feature"]')?.textContent).toMatch(/^No roundtable/));
    const report = (tabId: number, state: PageState) =>
      new Promise((resolve) =>
        fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'reportPageState', data: state, timestamp: Date.now() }, { tab: { id: tabId } } as never, resolve),
      );
    await report(8, { ...seedState(), speakers: 9 });
    expect(q(root, '[data-testid="speakers"]')).toBeNull();
    await report(7, seedState());
    await vi.waitFor(() => expect(q(root, '[data-testid="speakers"]')?.textContent).toBe('4 speakers'));
  });

  it('is calm on a tab without a content script', async () => {
    const tab = fakeTab(7, null);
    const root = await openPopup('?tabId=7');
    await vi.waitFor(() => expect(q(root, '[data-testid="status"]')?.textContent).toMatch(/can't work on this page/));
    expect(tab.sent).toHaveLength(1);
  });

  it('says so when the page stops answering after opening', async () => {
    const tab = fakeTab(7, seedState());
    const root = await openPopup('?tabId=7');
    await vi.waitFor(() => expect(q(root, '[data-action="pinyin"]')).not.toBeNull());
    tab.setState(null as never);
    q(root, '[data-action="pinyin"]')!.click();
    await vi.waitFor(() => expect(q(root, '[role="alert"]')?.textContent).toMatch(/didn't answer/));
  });

  it('opens the settings page', async () => {
    fakeTab(7, seedState());
    const root = await openPopup('?tabId=7');
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await vi.waitFor(() => expect(q(root, '[data-action="settings"]')).not.toBeNull());
    q(root, '[data-action="settings"]')!.click();
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });
});
