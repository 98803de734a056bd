/**
 * Collected statements each headed by its author's name on a line of its own, as a magazine sets contributors'
 * pieces: "某某" over a title line or two ("某科学院院士" / "某大学校长") and then the text, or the name and titles
 * run together on one line ("某某某科学院院士某大学校长"). A bare name alone is a portrait's caption too, so the
 * lines count only when two or more distinct people each head a paragraph that does not start by naming them.
 * With no title line, a guest list elsewhere on the page ("某某 某大学教授") gives the role. The shape is the
 * "name(role)" lines' (name-role-lines.ts), without the brackets.
 */
import { squeeze } from '../chinese/chars';
import { isSpeechStart, type Item } from './feature-items';
import { stripOrnament } from './lines';
import { endsWithTitle, isPersonName, splitSpeakerLabel } from './names';
import { findRosterRole } from './roster-roles';

const PUNCT = /[。！？!?，,；;：:]/;
// a title line under the name: short, a post or an honour ("…院士", "…获得者")
// (or their particulars, an age then what they do or did: "65岁，原环卫工人。", its stop dropped from the role)
const PARTICULARS = /^\d{1,3}\s*[岁歲][，,]\s*[^，,。；;：:！？!?]{2,20}?。?$/u;
const isTitleLine = (s: string) => s.length >= 3 && s.length <= 30 && (!PUNCT.test(s) ? endsWithTitle(s) || /(?:获得者|獲得者|得主)$/.test(s) : PARTICULARS.test(s) && endsWithTitle(s.replace(/。$/, '')));

/** The name (and the titles printed with it) of a head line; null for any other line. */
function readHead(text: string): { name: string; role: string } | null {
  const t = squeeze(stripOrnament(text.trim()));
  if (t.length > 40 || PUNCT.test(t)) return null;
  if (isPersonName(t)) return { name: t, role: '' };
  for (const k of [3, 2]) {
    const name = t.slice(0, k);
    const role = t.slice(k);
    if (isPersonName(name) && role.length >= 4 && endsWithTitle(role) && splitSpeakerLabel(role).name === null) return { name, role };
  }
  return null;
}

/** Name head lines of two or more distinct people, each over speech, become labels (their title lines set aside). */
export function labelNameHeads(items: Item[]): void {
  const found: Array<{ item: Item; name: string; role: string; titles: Item[] }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'caption' && it.kind !== 'body')) continue;
    const head = readHead(it.block.text);
    if (!head) continue;
    const titles: Item[] = [];
    let j = i + 1;
    for (; j < items.length && titles.length < 3; j++) {
      const x = items[j]!;
      if (x.kind === 'skip') continue;
      if (x.merged || (x.kind !== 'body' && x.kind !== 'caption') || !isTitleLine(squeeze(x.block.text))) break;
      titles.push(x);
    }
    while (items[j]?.kind === 'skip') j++;
    const next = items[j] ?? null;
    // (right below, not opening on the name: a portrait's caption sits over a story about the person, or apart)
    if (!isSpeechStart(next) || next!.text.trim().startsWith(head.name)) continue;
    // (a bare name with no title anywhere is a caption: what the person is makes the head a contributor's)
    const role = [head.role, ...titles.map((x) => x.block.text.trim().replace(/。$/, ''))].filter(Boolean).join(' ') || findRosterRole(items, head.name, it);
    if (role) found.push({ item: it, name: head.name, role, titles });
  }
  if (new Set(found.map((f) => f.name)).size < 2) return;
  for (const f of found) {
    Object.assign(f.item, { kind: 'label', host: false, speaker: { name: f.name, role: f.role }, evidence: 2, text: '', shape: 'name(role)' });
    delete f.item.title;
    delete f.item.aside;
    for (const x of f.titles) x.kind = 'caption';
  }
}
