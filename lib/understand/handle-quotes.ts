/**
 * Collected comments under their posters' handles: "我家有只傻喵呜：“……”", "XM西洋果子：“……”", one a paragraph,
 * the reporter's selection of what netizens or readers wrote. A handle has no name's or role's shape, so each
 * alone is a weak label; a run of three or more, each a different handle over a whole quotation holding a
 * sentence, is the layout of collected voices (a headline strip's "X：“…”" quotes a phrase, not sentences).
 */
import { type Item } from './feature-items';
import { endsWithRoleWord } from './names';

// the handle, a colon, then a quotation that is the whole paragraph
const HANDLE_QUOTE = /^([^:：，,。！？!?“”「」\s]{2,12})\s*[:：]\s*[“「](.{12,})[”」][。！？!?]?$/u;
// a sentence or a clause inside the quotation
const SENTENCE_IN = /[。！？!?，,；;…]/u;
// the fewest handles in a run
const RUN = 3;

/** Weak labels in a run of handles over whole quotations become voices named by the handle (no role printed). */
export function confirmHandleQuotes(items: Item[]): void {
  let run: Array<{ it: Item; handle: string }> = [];
  const flush = (): void => {
    if (run.length >= RUN && new Set(run.map((r) => r.handle)).size === run.length) {
      for (const { it, handle } of run) {
        it.speaker = { name: handle, role: null };
        it.evidence = 2;
        it.shape = 'handle：“”';
      }
    }
    run = [];
  };
  for (const it of items) {
    if (it.kind === 'skip' || it.merged) continue;
    const m = it.kind === 'label' && (it.evidence ?? 0) < 2 && !it.host ? HANDLE_QUOTE.exec(it.block.text.trim()) : null;
    // (a title or an office is an organisation's or an official's line, not a handle: "外交部：“…”")
    if (m && SENTENCE_IN.test(m[2]!) && !endsWithRoleWord(m[1]!)) run.push({ it, handle: m[1]!.trim() });
    else flush();
  }
  flush();
}
