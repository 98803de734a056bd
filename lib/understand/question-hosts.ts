/**
 * A panel's host need not be called 主持人: the one voice whose every turn is a question ("王某：李教授怎么
 * 看？"), among two or more others who answer, is the host. Their labels become host labels, so the
 * questions head the answers (as a 主持人's do) and the host is never listed as a speaker.
 */
import { nextSignificant, type Item } from './feature-items';

const ASKS = /[？?][”」』]?$/;

function whoOf(it: Item): string | null {
  return it.speaker?.name ?? null;
}

/** What a label says: the speech on its line, or the paragraph right below when it stands alone. */
export function saidBy(items: readonly Item[], i: number): string {
  const it = items[i]!;
  if (it.text.trim()) return it.text.trim();
  const next = nextSignificant(items, i + 1);
  return next?.kind === 'body' ? next.text.trim() : '';
}

/** Marks as host the named voice that only asks, in turn with two or more others who answer. */
export function markQuestionHosts(items: Item[]): void {
  const turns = new Map<string, { asks: number; says: number; asides: number; at: number[] }>();
  items.forEach((it, i) => {
    if (it.kind !== 'label' || it.host || it.said || it.reported || (it.evidence ?? 0) < 2) return;
    const who = whoOf(it);
    if (!who) return;
    const t = turns.get(who) ?? { asks: 0, says: 0, asides: 0, at: [] };
    const said = saidBy(items, i);
    if (ASKS.test(said)) t.asks++;
    // a host also opens ("欢迎收看本期节目，今天我们请来两位嘉宾。") and thanks ("谢谢两位。"): the first
    // turn, or a short one, that asks nothing does not make a guest
    else if (t.at.length === 0 || said.length <= 20) t.asides++;
    else t.says++;
    t.at.push(i);
    turns.set(who, t);
  });
  const askers = [...turns].filter(([, t]) => t.says === 0 && t.asks >= 2 && t.asks >= t.asides);
  // one asker, and at least two others who answer (one answerer is an interview: the judge rules on it)
  if (askers.length !== 1) return;
  const answerers = [...turns].filter(([, t]) => t.says + t.asides > 0 && t !== askers[0]![1]).length;
  if (answerers < 2) return;
  for (const i of askers[0]![1].at) {
    const it = items[i]!;
    it.host = true;
    it.aside = 'the one voice that only asks, among guests who answer: the host';
  }
}
