/**
 * The reader's conversion entries as a phrase table for one variant (lib/entries/parse-entries.ts):
 *   A → B  wherever the text has A, in every variant;
 *   A ↔ B  to traditional (tw, twp, hk): A, and its simplified form, become B; to simplified (cn):
 *          B becomes the simplified form of A.
 * Built once per entries object and variant.
 */
import type { ScriptVariant } from './contract';
import type { UserEntries } from '../entries/parse-entries';
import { PhraseTable } from '../chinese/script-table';

const built = new WeakMap<UserEntries, Map<ScriptVariant, PhraseTable | null>>();

/**
 * The table of the entries that apply to a variant (source form → output), or null when none do.
 * `toSimplified` is the converter's own traditional → simplified, for the ↔ pairs.
 */
export function userTableFor(entries: UserEntries, variant: ScriptVariant, toSimplified: (text: string) => string): PhraseTable | null {
  let byVariant = built.get(entries);
  if (!byVariant) built.set(entries, (byVariant = new Map()));
  if (byVariant.has(variant)) return byVariant.get(variant)!;
  const pairs = new Map<string, string>();
  for (const { from, to, both } of entries.conversions) {
    if (!both) {
      pairs.set(from, to);
    } else if (variant === 'cn') {
      pairs.set(to, toSimplified(from));
    } else {
      pairs.set(from, to);
      pairs.set(toSimplified(from), to);
    }
  }
  let table: PhraseTable | null = null;
  if (pairs.size) {
    // No dictionary under them: the entries alone.
    table = new PhraseTable([]);
    for (const [from, to] of pairs) if (from) table.addWord(from, to);
  }
  byVariant.set(variant, table);
  return table;
}
