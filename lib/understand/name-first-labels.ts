/**
 * Two attributions that print the person's name FIRST, then what they are, with no colon:
 * "——苏华，某某集团董事长、全国政协委员" under a quoted paragraph (the name, a comma, the titles), and a
 * photo essay's caption line "劉某 / 急診科醫生 / 河南鄭州" over the person's words (name, role, place, split by
 * slashes). Both are set only when the name is shaped as one and the rest reads as a title.
 */
import { isLatinName, isPersonName, splitSpeakerLabel } from './names';
import { stripReadingGlosses } from './lines';

const DASHES = /^(?:—{1,2}|―{1,2}|－－|-{2,3}|─{1,2})\s*/;

/** A role that splits as a title alone, no name inside ("四川某集团董事长、全国政协委员"). */
function readsAsRole(text: string): boolean {
  if (text.length < 2 || text.length > 40 || /[。；！？;!?：:“”「」]/.test(text)) return false;
  const split = splitSpeakerLabel(text);
  return split.name === null && split.role !== null && split.evidence >= 2;
}

const isName = (s: string): boolean => isPersonName(s) || isLatinName(s);

/** "——苏华，全国政协委员" / "——苏华（全国政协委员）" → the name and the role; null for other lines. */
export function matchNameFirstAttribution(text: string): { name: string; role: string } | null {
  const dash = DASHES.exec(text.trim());
  if (!dash) return null;
  // (a mirror's pinyin glosses stay in the role as printed, "全國政協(xié)委員", and are read past)
  const m = /^([^，,（(]{2,24}?)\s*(?:[，,]\s*([^（）]+?)|（([^（）]+)）|\(([^()]+)\))[。．.]?$/.exec(text.trim().slice(dash[0].length));
  if (!m) return null;
  const name = m[1]!.trim();
  const role = (m[2] ?? m[3] ?? m[4])!.trim();
  return isName(name) && readsAsRole(stripReadingGlosses(role).replace(/[，,]/g, '、')) ? { name, role } : null;
}

/** "劉某 / 急診科醫生 / 河南鄭州" alone on its line → the name and the rest as printed, the place too: it says who they are. */
export function matchSlashLabel(text: string): { name: string; role: string } | null {
  const printed = text.trim();
  const t = stripReadingGlosses(printed);
  if (t.length > 40 || !/\s[/／]\s/.test(t)) return null;
  const parts = t.split(/\s+[/／]\s+/);
  if (parts.length < 2 || parts.length > 3) return null;
  const [name, role] = [parts[0]!, parts[1]!];
  if (!isName(name) || !/^[\p{Script=Han}\dA-Za-z]{2,16}$/u.test(role) || isPersonName(role)) return null;
  // with a place after it, the middle part is what the person does whatever its last word ("保安", "120司機");
  // alone after the name, it must end like a title
  if (parts.length < 3 && !readsAsRole(role)) return null;
  return { name, role: printed.slice(printed.search(/\s[/／]\s/)).replace(/^\s*[/／]\s*/, '') };
}
