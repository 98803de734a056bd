/**
 * What the speaker asks for: from the clause that holds a request word (建议, 希望, 呼吁, 应该…) to the
 * end of its sentence, verbatim. Requests inside quoted policy lines are the report's, not the speaker's.
 */
import { findRequest } from './cues';
import { isBoilerplate } from './score-units';
import type { Unit } from './split-units';

const MAX_ASKS = 2;
const MAX_CHARS = 90;
const CLAUSE_END = /[，,；;：:]/;
const LEAD_WORDS = /^(?:但是|但|而且|而|所以|因此|因而|同时|同時|另外|此外|并且|並且|并|並|那么|那麼)[，,]?/;

/** The request of one sentence, or null. */
export function extractAsk(sentence: string): string | null {
  const cue = findRequest(sentence, true);
  if (cue < 0) return null;
  let start = 0;
  for (let i = cue - 1; i >= 0; i--) {
    if (CLAUSE_END.test(sentence[i]!)) {
      start = i + 1;
      break;
    }
  }
  let ask = sentence.slice(start).trim().replace(LEAD_WORDS, '');
  // the request ends where the sentence turns to something else ("…，但落实我们才能受益")
  const turn = /[，,；;](?:但是|但|可是|不过|不過|因为|因為|所以|而且|然而)/.exec(ask.slice(Math.max(0, cue - start)));
  if (turn) ask = ask.slice(0, Math.max(0, cue - start) + turn.index);
  if (ask.length > MAX_CHARS) {
    // keep whole clauses: cut at the last clause end before the limit, past the request word
    const head = ask.slice(0, MAX_CHARS);
    const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf(','));
    if (cut > cue - start) ask = head.slice(0, cut);
  }
  ask = ask.replace(/[。！？!?；;，,…]+[”」』]?$/, '').trim();
  if ((ask.match(/[“「『]/g) ?? []).length !== (ask.match(/[”」』]/g) ?? []).length) ask = ask.replace(/^[“「『]|[”」』]$/g, '');
  return Array.from(ask).length >= 4 ? ask : null;
}

/** Up to two requests of a statement, in reading order. */
export function extractAsks(units: readonly Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (out.length >= MAX_ASKS) break;
    if (isBoilerplate(u.text)) continue;
    const ask = extractAsk(u.shown);
    if (ask && !out.includes(ask)) out.push(ask);
  }
  return out;
}
