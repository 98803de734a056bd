/**
 * The background's side of the dictionary: loads the compiled file on the first lookup (or when
 * the switch is turned on), answers lookups, and turns the switch on a tab from the keyboard
 * command and the context menu. The browser comes in as a parameter (called from the background's
 * main()), so this runs against WXT's fake browser in tests.
 */
import { buildCard } from './card-data';
import { loadDictionary, type Dictionary } from './dictionary';
import { DICTIONARY_COMMAND, DICTIONARY_MENU_ID, onDictionaryMessage, removeDictionaryListeners } from './messages';

/** The parts of the browser the dictionary uses. */
export interface DictionaryBrowser {
  runtime: { getURL(path: string): string };
  commands: { onCommand: { addListener(cb: (command: string, tab?: { id?: number }) => void): void } };
  contextMenus: {
    create(props: Record<string, unknown>): unknown;
    remove(id: string): Promise<void>;
    onClicked: { addListener(cb: (info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) => void): void };
  };
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
}

export interface ServeOptions {
  /** The context-menu entry's title, in the browser's language. */
  menuTitle: string;
  /** Reads the compiled file's text (default: fetch from the extension and inflate). */
  readFile?(url: string): Promise<string>;
}

/** Where the build puts the file (scripts/build-dictionary.ts, DICTIONARY_ASSET). */
export const DICTIONARY_PATH = '/dict/cedict.txt.gz';

async function fetchGzipText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`dictionary: ${response.status}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

export function serveDictionary(browser: DictionaryBrowser, options: ServeOptions): { ready(): Promise<Dictionary> } {
  let loading: Promise<Dictionary> | null = null;
  const ready = (): Promise<Dictionary> => {
    loading ??= (options.readFile ?? fetchGzipText)(browser.runtime.getURL(DICTIONARY_PATH))
      .then(loadDictionary)
      .catch((error: unknown) => {
        loading = null; // the next lookup tries again
        throw error;
      });
    return loading;
  };

  // One dictionary service per background (a restarted one in tests starts afresh).
  removeDictionaryListeners();
  onDictionaryMessage('dict.warm', async () => {
    await ready();
    return true;
  });
  onDictionaryMessage('dict.lookup', async ({ data }) => {
    const text = typeof data?.text === 'string' ? data.text.slice(0, 200) : '';
    const readings = Array.isArray(data?.readings) ? data.readings.map((r) => (typeof r === 'string' ? r : null)) : [];
    const offset = Number.isInteger(data?.offset) ? data.offset : 0;
    if (!text) return null;
    const jyutping = Array.isArray(data?.jyutping) ? { jyutping: data.jyutping.map((r) => (typeof r === 'string' ? r : null)) } : {};
    return buildCard(await ready(), { text, readings, offset, name: data?.name === true, ...jyutping });
  });

  let messageId = Math.floor(Math.random() * 1e6);
  async function toggleOn(tabId: number, data: { fromMenu?: boolean }, frameId = 0): Promise<void> {
    // The wire format of @webext-core/messaging (the content script listens with it).
    const message = { id: messageId++, type: 'dict.toggle', data, timestamp: Date.now() };
    await browser.tabs.sendMessage(tabId, message, { frameId });
  }

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== DICTIONARY_COMMAND) return;
    void (async () => {
      const id = tab?.id != null && tab.id >= 0 ? tab.id : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (id != null) await toggleOn(id, {});
    })().catch(() => {
      // No content script on this tab (a browser page): nothing to switch.
    });
  });

  // Removed first so that a background restart re-creates it without a duplicate-id error.
  void Promise.resolve()
    .then(() => browser.contextMenus.remove(DICTIONARY_MENU_ID))
    .catch(() => undefined)
    .then(() =>
      browser.contextMenus.create({
        id: DICTIONARY_MENU_ID,
        title: options.menuTitle,
        contexts: ['page', 'selection', 'link'],
        documentUrlPatterns: ['<all_urls>'],
      }),
    )
    .catch(() => {
      // Created by a racing start: the entry exists either way.
    });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== DICTIONARY_MENU_ID || tab?.id == null || tab.id < 0) return;
    // Our content script runs in the top frame.
    void toggleOn(tab.id, { fromMenu: true }).catch(() => {
      // No content script on this page.
    });
  });

  return { ready };
}
