/**
 * Two attributions that print the person's name FIRST, then what they are, with no colon:
 * "——王立华，某某集团董事长、全国政协委员" under a quoted paragraph (the name, a comma, the titles; "——王立华（…）"
 * the attribution reader already splits), and a photo essay's caption line "劉某 / 急診科醫生 / 河南鄭州" over
 * the person's words (name, role, place, split by slashes). Set only when the name is shaped as one and the rest
 * reads as a title; the role is kept as printed (a mirror's pinyin glosses and the place too: they say who).
 */
import { isLatinName, isPersonName, splitSpeakerLabel } from './names';
import { isLabelShaped, startsWithDashes, stripDashes, stripReadingGlosses } from './lines';

/** A title alone, no name inside ("四川某集团董事长、全国政协委员"). */
function readsAsRole(text: string): boolean {
  const split = isLabelShaped(text) ? splitSpeakerLabel(text) : null;
  return !!split && !split.name && split.evidence >= 2;
}

const isName = (s: string): boolean => isPersonName(s) || isLatinName(s);

/** "——王立华，全国政协委员" → the name and the role; null for other lines. */
export function matchNameFirstAttribution(text: string): { name: string; role: string } | null {
  const m = startsWithDashes(text) ? /^([^，,]{2,24}?)\s*[，,]\s*(.+?)[。.]?$/.exec(stripDashes(text)) : null;
  return m && isName(m[1]!) && readsAsRole(stripReadingGlosses(m[2]!).replace(/[，,]/g, '、')) ? { name: m[1]!, role: m[2]! } : null;
}

/** "劉某 / 急診科醫生 / 河南鄭州" alone on its line → the name and the rest. */
export function matchSlashLabel(text: string): { name: string; role: string } | null {
  const parts = text.trim().split(/\s+[/／]\s+/);
  const role = stripReadingGlosses(parts[1] ?? '');
  // with a place after it, the middle part is what the person does whatever its last word ("保安", "120司機");
  // alone after the name, it must end like a title
  if (parts.length > 3 || !isName(parts[0]!) || !isLabelShaped(role.replace(/^\d+/, '')) || isPersonName(role)) return null;
  return parts.length === 3 || readsAsRole(role) ? { name: parts[0]!, role: parts.slice(1).join(' / ') } : null;
}
