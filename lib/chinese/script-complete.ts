/**
 * Simplified or traditional, from every character OpenCC converts (们 only simplified, 們 only
 * traditional; shared characters such as 中, 人 say nothing), from the full OpenCC tables, so it
 * belongs where those tables are loaded anyway: the background's reading engine.
 * The content script's small detector is detectScriptByCommonChars (script-common.ts).
 */
import { characterDict } from './opencc-data';
import type { Script } from './script-common';
import { dictEntry } from './script-table';

// A character that OpenCC changes one way (s→t: simplified; t→s: traditional). One listed both ways
// (乾, 著 are traditional forms and also simplified words) is ambiguous. Looked up per character on
// demand (script-table.ts), so the first read builds no tables first.
const changes = (config: 's2t' | 't2s', ch: string): boolean => {
  const to = dictEntry(characterDict(config), ch);
  return to !== undefined && to !== ch;
};

/** Counts of script-specific characters in a text. */
export function countScriptCharacters(text: string): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    const s = changes('s2t', ch);
    const t = changes('t2s', ch);
    if (s && !t) simplified++;
    else if (t && !s) traditional++;
  }
  return { simplified, traditional };
}

/** 'traditional' when more characters are traditional-only than simplified-only; else 'simplified' (also for text with neither). */
export function detectScriptByAllChars(text: string): Script {
  const { simplified, traditional } = countScriptCharacters(text);
  return traditional > simplified ? 'traditional' : 'simplified';
}

/** Whether a text should be read as traditional. */
export function isMostlyTraditional(text: string): boolean {
  return detectScriptByAllChars(text) === 'traditional';
}
