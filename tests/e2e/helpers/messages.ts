/// <reference types="chrome" />
/**
 * Talks to a tab's content script the way the popup does, from the extension's service worker,
 * in the wire format of @webext-core/messaging ({id, type, data, timestamp} → {res} | {err}).
 */
import type { Page, Worker } from 'playwright-core';

/**
 * The id of the tab showing `page`. Without the "tabs" permission the extension cannot read tab
 * URLs, so the page is brought to the front and the active tab is taken, as the popup does.
 */
export async function findTabId(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id == null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** The toolbar badge's text for a tab (the feature's speaker count, or empty). */
export function readBadge(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function sendToTab<T = unknown>(worker: Worker, tabId: number, type: string, data?: unknown): Promise<T> {
  const reply = await worker.evaluate(
    async ({ tabId, type, data }) => {
      const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
      return (await chrome.tabs.sendMessage(tabId, message)) as { res?: unknown; err?: { message?: string } } | undefined;
    },
    { tabId, type, data },
  );
  if (!reply) throw new Error(`no answer to ${type} from tab ${tabId}`);
  if (reply.err) throw new Error(`${type} failed in the tab: ${reply.err.message ?? 'unknown error'}`);
  return reply.res as T;
}
