/**
 * A roster at the top of a written round-table or a Q&A ("嘉宾：" then "某某(某大学教授)", "林 某 某研究院院士",
 * "某某代表 某县乡长"), then the answers under bare names ("某某：…"): the roster line says what each one is. A bare
 * name's label takes its role from there; it is a person the page introduced, so the label is sure of them.
 */
import type { Item } from './feature-items';
import { readRosterLine } from './roster-lines';

/** The posts a roster line gives `name` ("某某(某大学教授)", "林 某 某大学教授", "某某代表 某乡乡长"), or ''. */
export function findRosterRole(items: readonly Item[], name: string, except?: Item): string {
  for (const x of items) {
    if (x === except || x.merged || (x.kind === 'label' && x.text !== '')) continue;
    const role = readRosterLine(x.block.text, name);
    if (role) return role;
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
