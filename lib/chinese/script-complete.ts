/**
 * Simplified or traditional, from every character OpenCC converts (们 only simplified, 們 only
 * traditional; shared characters such as 中, 人 say nothing). Built from the full OpenCC tables at
 * first use, so it belongs where those tables are loaded anyway: the background's reading engine.
 * The content script's small detector is detectScriptByCommonChars (script-common.ts).
 */
import { characterDict, dictPairs } from './opencc-data';
import type { Script } from './script-common';

let simplifiedOnly: Set<string> | null = null;
let traditionalOnly: Set<string> | null = null;

function tables(): { simplifiedOnly: Set<string>; traditionalOnly: Set<string> } {
  if (!simplifiedOnly || !traditionalOnly) {
    const st = dictPairs(characterDict('s2t')).filter(([s, t]) => s !== t);
    const ts = dictPairs(characterDict('t2s')).filter(([t, s]) => t !== s);
    const simp = new Set(st.map(([s]) => s));
    const trad = new Set(ts.map(([t]) => t));
    // A character listed both ways (e.g. 乾, 著 are traditional forms and also simplified words) is ambiguous.
    for (const ch of [...simp]) if (trad.has(ch)) (simp.delete(ch), trad.delete(ch));
    simplifiedOnly = simp;
    traditionalOnly = trad;
  }
  return { simplifiedOnly, traditionalOnly };
}

/** Counts of script-specific characters in a text. */
export function countScriptCharacters(text: string): { simplified: number; traditional: number } {
  const t = tables();
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (t.simplifiedOnly.has(ch)) simplified++;
    else if (t.traditionalOnly.has(ch)) traditional++;
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
