/**
 * The one typed message protocol between the content script, the background and the extension pages.
 * The reading engine (pinyin readings, script conversion) lives in the background so that one
 * converter serves every tab; its messages are its contract's methods (lib/reading/contract.ts),
 * one message per method, the arguments as a tuple.
 */
import { browser } from 'wxt/browser';
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import type { Script } from './chinese/script-common';
import type { EngineCall, EngineMethod, ReadingEngine } from './reading/contract';
import type { ScriptState } from './settings';

/** What a tab's content script knows about its page; shown by the popup and the badge. */
export interface PageState {
  chinese: boolean;
  lang: string | null;
  hanShare: number;
  /** The page's own script, as far as its text tells. */
  script: Script;
  detected: boolean;
  topics: number;
  speakers: number;
  pinyin: boolean;
  scriptState: ScriptState;
  sidebarOpen: boolean;
  /** DuBao is switched off on this site by the user. */
  disabled: boolean;
}

export type LayerName = 'pinyin' | 'script';

/** The reading engine's methods as messages: `engine.read`, `engine.convert`, `engine.convertSegments`. */
type EngineProtocol = {
  [M in EngineMethod as `engine.${M}`]: (data: EngineCall<M>) => ReturnType<ReadingEngine<true>[M]>;
};

interface ProtocolMap extends EngineProtocol {
  // extension pages / background → content script
  getPageState(): PageState;
  /** `on` omitted: toggle. For script, `state` picks the target (default: the settings' variant or cn). */
  setLayer(data: { layer: LayerName; on?: boolean; state?: ScriptState }): PageState;
  /** `quoted`: open it on the people the page quotes, read on request (a page without a feature). */
  toggleSidebar(data: { open?: boolean; quoted?: boolean }): PageState;
  /**
   * How many people the page quotes by name, read on request once and kept for the sidebar (the popup's button);
   * null where that reading is not offered (not Chinese, a feature found, DuBao off on the site) or failed.
   */
  countQuoted(): { people: number } | null;
  showSelection(data: { text: string }): void;
  // content script → background (and the engine's messages above)
  reportPageState(data: PageState): void;
  /** The segmenter's common words (lib/chinese/word-costs.ts), for the understanding on a Chinese page. */
  getCommonWords(): string;
  /** The reader's entries changed: the engine takes them from storage now; answers how many it uses. */
  syncEntries(): number;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

let nextTabMessageId = Math.floor(Math.random() * 1e6);

/**
 * `sendMessage(type, data, tab)` through the promise API, in the same wire format as
 * @webext-core/messaging ({id, type, data, timestamp} → {res} | {err}). The library's callback form
 * logs "Unchecked runtime.lastError" when a tab has no content script (browser pages, stores, tabs
 * opened before install); this rejects quietly instead, for the caller to handle.
 */
export async function sendToTab<K extends keyof ProtocolMap>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
  target: number | { tabId: number; frameId?: number },
): Promise<GetReturnType<ProtocolMap[K]>> {
  const { tabId, frameId } = typeof target === 'number' ? { tabId: target, frameId: undefined } : target;
  const message = { id: nextTabMessageId++, type, data, timestamp: Date.now() };
  const reply = (await (frameId == null
    ? browser.tabs.sendMessage(tabId, message)
    : browser.tabs.sendMessage(tabId, message, { frameId }))) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`No answer to ${type} from tab ${tabId}`);
  if (reply.err) throw new Error(reply.err.message ?? `${type} failed in tab ${tabId}`);
  return reply.res as GetReturnType<ProtocolMap[K]>;
}
