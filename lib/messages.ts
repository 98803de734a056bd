/**
 * The one typed message protocol between the content script, the background and the extension pages.
 * Engines (pinyin readings, script conversion) live in the background so that one converter serves
 * every tab; content scripts send text and get plain data back.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
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

interface ProtocolMap {
  // extension pages / background → content script
  getPageState(): PageState;
  /** `on` omitted: toggle. For script, `state` picks the target (default: the settings' variant or cn). */
  setLayer(data: { layer: LayerName; on?: boolean; state?: ScriptState }): PageState;
  toggleSidebar(data: { open?: boolean }): PageState;
  showSelection(data: { text: string }): void;
  // content script → background
  reportPageState(data: PageState): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
