/**
 * Collected comments under their posters' handles: "我家有只傻喵呜：“……”", "XM西洋果子：“……”", one a paragraph,
 * the reporter's selection of what netizens or readers wrote. A handle has no name's or role's shape, so each
 * alone is a weak label; a run of three or more, each a different handle over a whole quotation holding a
 * sentence, is the layout of collected voices (a headline strip's "X：“…”" quotes a phrase, not sentences).
 */
import { type Item } from './feature-items';
import { endsWithRoleWord } from './names';

// the handle, a colon, then a quotation holding a clause or a sentence that is the whole paragraph
const HANDLE_QUOTE = /^([^:：，,。！？!?“”「」\s]{2,12})\s*[:：]\s*[“「].{4,}[，,。！？!?；;…].{4,}[”」][。！？!?]?$/u;

/** Weak labels in a run of handles over whole quotations become voices named by the handle (no role printed). */
export function confirmHandleQuotes(items: Item[]): void {
  let run: Array<[Item, string]> = [];
  // (a null after the last item closes the last run)
  for (const it of [...items, null]) {
    if (it && (it.kind === 'skip' || it.merged)) continue;
    const m = it?.kind === 'label' && (it.evidence ?? 0) < 2 && !it.host ? HANDLE_QUOTE.exec(it.block.text.trim()) : null;
    // (a title or an office is an organisation's or an official's line, not a handle: "外交部：“…”")
    if (m && !endsWithRoleWord(m[1]!)) {
      run.push([it!, m[1]!]);
      continue;
    }
    if (run.length > 2 && new Set(run.map((r) => r[1])).size === run.length) for (const [x, name] of run) Object.assign(x, { speaker: { name, role: null }, evidence: 2, shape: 'handle' });
    run = [];
  }
}
