/**
 * Runs the real background entrypoint against WXT's fake browser. The fake leaves commands,
 * context menus and tabs.sendMessage unimplemented; they are replaced here by small in-memory
 * versions that record what the background does with them.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { removeAllListeners, type PageState } from '@/lib/messages';
import { fakeEvent, type FakeEvent } from '../../helpers/fake-events';
import { useLocale, type Locale } from '../../helpers/fake-i18n';
import { JYUTPING_TABLE_ASSET } from '@/lib/reading/jyutping-table';
import { buildJyutpingTableText } from '../../../scripts/build-jyutping-table';

export interface SentToTab {
  tabId: number;
  frameId: number | undefined;
  type: string;
  data: unknown;
}

export interface MenuClickInfo {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

export interface Harness {
  menus: Map<string, Record<string, unknown>>;
  sent: SentToTab[];
  onCommand: FakeEvent<[string, { id?: number } | undefined]>;
  onMenuClicked: FakeEvent<[MenuClickInfo, { id?: number } | undefined]>;
  /** Frames (`tabId:frameId`) that have our content script; others don't answer. */
  listening: Set<string>;
  /** Delivers a message from a content script in `tabId` to the background and waits for the answer. */
  fromTab<T>(tabId: number, type: string, data: unknown): Promise<T>;
  /** Lets pending promise chains in the background settle. */
  settle(): Promise<void>;
}

export { pageState } from '../../helpers/page-state';

/** Serves the build's Jyutping table where the background fetches it (the extension's own file); returns the spy. */
export function serveJyutpingTable() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    if (!String(url).endsWith(`/${JYUTPING_TABLE_ASSET}`)) return new Response('', { status: 404 });
    return new Response(buildJyutpingTableText());
  });
}

export async function startBackground(locale: Locale = 'en'): Promise<Harness> {
  fakeBrowser.reset();
  removeAllListeners();
  await useLocale(locale);
  const menus = new Map<string, Record<string, unknown>>();
  const sent: SentToTab[] = [];
  const listening = new Set<string>();
  const onCommand = fakeEvent<[string, { id?: number } | undefined]>();
  const onMenuClicked = fakeEvent<[MenuClickInfo, { id?: number } | undefined]>();
  const fb = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  fb.commands = { ...fb.commands, onCommand };
  fb.contextMenus = {
    ...fb.contextMenus,
    onClicked: onMenuClicked,
    removeAll: vi.fn(async () => menus.clear()),
    create: vi.fn((props: Record<string, unknown>) => {
      if (menus.has(String(props.id))) throw new Error(`Cannot create item with duplicate id ${String(props.id)}`);
      menus.set(String(props.id), props);
      return props.id;
    }),
  };
  // The background sends through the promise form: tabs.sendMessage(tabId, message, options?).
  fb.tabs!.sendMessage = vi.fn(async (tabId: number, message: { type: string; data: unknown }, options?: { frameId?: number }) => {
    const frameId = options?.frameId;
    sent.push({ tabId, frameId, type: message.type, data: message.data });
    // A frame without our content script: the browser rejects.
    if (!listening.has(`${tabId}:${frameId ?? 0}`)) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { res: null };
  });
  background.main();
  const settle = () => new Promise<void>((r) => setTimeout(r, 0));
  await settle();
  return {
    menus,
    sent,
    onCommand,
    onMenuClicked,
    listening,
    settle,
    async fromTab<T>(tabId: number, type: string, data: unknown): Promise<T> {
      const answer = new Promise<{ res?: T; err?: unknown }>((resolve) => {
        void fakeBrowser.runtime.onMessage.trigger(
          { id: 1, type, data, timestamp: Date.now() },
          { tab: { id: tabId } } as never,
          resolve as (r: unknown) => void,
        );
      });
      const { res, err } = await answer;
      if (err) throw new Error(JSON.stringify(err));
      return res as T;
    },
  };
}
