/**
 * Simplified or traditional, from the common characters alone: small enough for the content
 * script (its tables are a few KB, generated from OpenCC's: script-tables.ts). The background's
 * detectScriptByAllChars (script-complete.ts) counts every character OpenCC converts; the two
 * agree on real text down to a single sentence (tests/unit/chinese/script.test.ts).
 */
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-tables';

/** Whether a text (or page) is written in simplified or traditional characters. */
export type Script = 'simplified' | 'traditional';

const simplifiedOnly = new Set(SIMPLIFIED_ONLY);
const traditionalOnly = new Set(TRADITIONAL_ONLY);

/** Counts common script-specific characters; simplified when tied (the more common case on the web). */
export function detectScriptByCommonChars(text: string): Script {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (simplifiedOnly.has(ch)) simplified++;
    else if (traditionalOnly.has(ch)) traditional++;
  }
  return traditional > simplified ? 'traditional' : 'simplified';
}
