/**
 * The name slot of a run of labels. A round of voices prints each person the same way, a title then the name then
 * a colon ("市民某某：“…”", "参展企业负责人某某：…"), and the reader knows the run by the names the name list
 * accepts. A name it doubts (a given name of rare characters, one ending in a word like 和) breaks the run though
 * the line is printed as its neighbours are: after a title the run already gave a named person, the slot between
 * the title and the colon is the name. The same holds for a run of signatures under quotations ("——某某，某大学
 *副校长", "——某某·某某 某国运动员"). A page needs two named lines of the shape: one line alone stays what the
 * classifier read.
 */
import { type Item } from './feature-items';
import { endsWithRoleWord } from './names';

// what a run's lines share before the name: a signature's dashes, else the title (a reporter's or a host's too: a
// reporter's own turns name someone the name list knows as often as not)
const DASHES = /^\s*[—－-]{2,}/u;
// the name after it (Han, a dotted transliteration), a colon (a label) or a comma or a space (a signature), the rest
const SLOT = /^\s*(\p{Script=Han}{2,4}|\p{Script=Han}{1,8}[·・]\p{Script=Han}{1,8})\s*(?:([：:])|[，,\s])\s*(.+?)。?$/su;

/**
 * The name printed right after `prefix` at the line's start ("市民" of "市民某某：…"): [, name, the colon if a colon
 * follows, the rest], or null.
 */
export function readSlot(line: string, prefix: string): RegExpExecArray | null {
  const t = line.trimStart();
  const m = t.startsWith(prefix) ? SLOT.exec(t.slice(prefix.length)) : null;
  // (not a second title: "市民代表：" is a group's label, not a person)
  return m && !endsWithRoleWord(m[1]!) ? m : null;
}

/** Names the lines of a run whose name the classifier doubted (read as prose, a heading or a nameless label). */
export function nameRunLabels(items: Item[]): void {
  // the prefixes of the runs, and how many named lines the labels' and the signatures' runs have (two make a run)
  const runs = new Set<string>();
  const named = [0, 0];
  for (const it of items) {
    const { name, role } = it.speaker ?? {};
    const prefix = DASHES.exec(it.block.text)?.[0].trim() ?? role;
    if (it.merged || it.host || !name || !prefix || readSlot(it.block.text, prefix)?.[1] !== name) continue;
    runs.add(prefix);
    named[+DASHES.test(prefix)]!++;
  }
  for (const it of items) {
    if (it.merged || it.speaker?.name) continue;
    for (const prefix of runs) {
      const signs = DASHES.test(prefix);
      const slot = named[+signs]! > 1 ? readSlot(it.block.text, prefix) : null;
      // a signature's rest is what the person is (a role word ends it, or a team's member, "女队员"); a label's, the words
      if (!slot || !slot[2] !== signs) continue;
      const [, name, , rest] = slot as unknown as string[];
      if (!signs) Object.assign(it, { kind: 'label', speaker: { name, role: prefix }, evidence: 3, text: rest });
      else if (endsWithRoleWord(rest!) || /[员員]$/.test(rest!)) Object.assign(it, { kind: 'attribution', speaker: { name, role: rest } });
      break;
    }
  }
}
