/**
 * The one typed message protocol between the content script, the background and the extension pages.
 * Engines (pinyin readings, script conversion) live in the background so that one converter serves
 * every tab; content scripts send text and get plain data back.
 */
import { browser } from 'wxt/browser';
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import type { ScriptState } from './settings';

/** What a tab's content script knows about its page; shown by the popup and the badge. */
export interface PageState {
  chinese: boolean;
  lang: string | null;
  hanShare: number;
  /** The page's own script, as far as its text tells. */
  script: 'simplified' | 'traditional';
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

/** A script conversion target (ScriptState without 'original'). */
export type ScriptVariant = Exclude<ScriptState, 'original'>;

/** Readings of a run of text (structurally lib/reading/pinyin's RubySegment): one per character. */
export interface ReadingSegmentData {
  text: string;
  readings: (string | null)[];
  word: boolean;
}

interface ProtocolMap {
  // extension pages / background → content script
  getPageState(): PageState;
  /** `on` omitted: toggle. For script, `state` picks the target (default: the settings' variant or cn). */
  setLayer(data: { layer: LayerName; on?: boolean; state?: ScriptState }): PageState;
  toggleSidebar(data: { open?: boolean }): PageState;
  showSelection(data: { text: string }): void;
  // content script → background
  reportPageState(data: PageState): void;
  /** Readings per text (segments cover each text exactly); `names` are read as names; `toneSandhi: false`: 一/不 in dictionary tones. */
  readTexts(data: { texts: string[]; names?: string[]; toneSandhi?: boolean }): ReadingSegmentData[][];
  /** Each text converted to the variant's script. */
  convertTexts(data: { texts: string[]; variant: ScriptVariant }): string[];
  /** Each text converted, as pieces whose `from`s join to the text (for pinyin over converted text). */
  convertSegments(data: { texts: string[]; variant: ScriptVariant }): Array<Array<{ from: string; to: string }>>;
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
