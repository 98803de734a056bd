/**
 * The levels table travels from the background (which reads the built file) to the content script
 * once, when a reader first sets a level: the content script carries none of its data.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export interface LevelsProtocol {
  /** The compiled levels file's text ('' when it cannot be read). */
  'levels.table'(): string;
}

export const {
  sendMessage: sendLevelsMessage,
  onMessage: onLevelsMessage,
  removeAllListeners: removeLevelsListeners,
} = defineExtensionMessaging<LevelsProtocol>();

/** Where the build puts the file (scripts/build-levels.ts). */
export const LEVELS_PATH = '/dict/hsk-levels.txt';

/** Answers `levels.table` in the background; `readFile` reads the packaged file. */
export function serveLevels(getURL: (path: string) => string, readFile?: (url: string) => Promise<string>): void {
  let text: Promise<string> | null = null;
  const read = readFile ?? (async (url: string) => (await fetch(url)).text());
  removeLevelsListeners();
  onLevelsMessage('levels.table', () => {
    text ??= read(getURL(LEVELS_PATH)).catch(() => {
      text = null; // the next request tries again
      return '';
    });
    return text;
  });
}
