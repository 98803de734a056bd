/**
 * A roster at the top of a written round-table or a Q&A ("嘉宾：" then "某某(某大学教授)", "林 某 某研究院院士",
 * "某某代表 某县乡长"), then the answers under bare names ("某某：…"): the roster line says what each one is. A bare
 * name's label takes its role from there; it is a person the page introduced, so the label is sure of them.
 */
import { squeeze } from '../chinese/chars';
import type { Item } from './feature-items';
import { endsWithTitle } from './names';

// what follows the name on a roster line: its posts in brackets, or after a space (a seat word may come first)
const REST = /^(?:[（(](.{2,60})[)）]|((?:代表|委员|委員)?[\s\u3000]+\S.{1,60}))$/u;

/** The posts a roster line gives `name` ("某某(某大学教授)", "林 某 某大学教授", "某某代表 某乡乡长"), or ''. */
export function findRosterRole(items: readonly Item[], name: string, except?: Item): string {
  for (const x of items) {
    if (x === except || x.merged || (x.kind === 'label' && x.text !== '')) continue;
    const t = x.block.text.trim();
    if (t.length > 80 || /[。！？!?：:]/.test(t) || !squeeze(t).startsWith(name)) continue;
    // (the name may be spaced out to line up: "林 某")
    for (let k = name.length; k <= t.length; k++) {
      if (squeeze(t.slice(0, k)) !== name) continue;
      const m = REST.exec(t.slice(k));
      const role = m && (m[1] ?? m[2]!).trim();
      if (role && endsWithTitle(role.replace(/\s+/g, ''))) return role;
    }
  }
  return '';
}

/** Bare-name colon labels ("某某：…") named on a roster line take its role, and count as sure. */
export function takeRosterRoles(items: Item[]): void {
  for (const it of items) {
    const name = it.speaker?.name;
    if (it.kind !== 'label' || it.host || !name || name.length < 2 || it.speaker!.role || it.shape !== 'label：') continue;
    const role = findRosterRole(items, name, it);
    if (!role) continue;
    it.speaker = { name, role };
    it.evidence = Math.max(3, it.evidence ?? 0);
  }
}
