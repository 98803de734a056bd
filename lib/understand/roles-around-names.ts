/**
 * Three ways Chinese news prints one role around several names or around a name, which a span cut before the
 * name reads wrong:
 * - names in a row share the title printed once ("陈某、叶某委员认为", "民眾謝先生和顏小姐認為", "——全国政协委员
 *   甲某、乙某、丙某"): the names before this one are other people, never part of its role;
 * - the unit before the name, the title after it ("某博物院龚某院长在论坛上"): the role is the unit and its title;
 * - a seat after the name ("蔡某代表告诉记者") where the piece introduced the member in full ("全国人大代表、某大学
 *   主任蔡某"): the reader, and the keys, name them by the introduction.
 */
import { findIntroducedRole } from './introduced-roles';
import { endsWithRoleWord, endsWithTitle, isPersonName } from './names';
import { surnameLengthAt } from './surnames';

// a name with a courtesy title, as vox pops print it ("謝先生", "陈女士")
const COURTESY = /^(\p{sc=Han}{1,2})(?:先生|小姐|女士|太太|老[师師]|[师師]傅)$/u;
// what joins names in a row
const JOINS = /[、和与與及\s]+$/u;
// a member's seat, printed after the name as the piece goes on with them ("某某代表", "某某委員")
const SEAT_AFTER = /^(?:代表|委[员員])$/u;

function isNamed(text: string): boolean {
  const c = COURTESY.exec(text);
  return isPersonName(text) || (!!c && surnameLengthAt(c[1]!) === c[1]!.length);
}

/**
 * The role without the other people named before this one; the title they share, printed after the names
 * ("甲某、乙某委员"), when nothing else is left; null when no role is left. Unchanged when it ends with no name.
 */
export function dropListedNames(role: string, name: string, text: string): string | null {
  let r = role.replace(JOINS, '');
  let dropped = false;
  for (;;) {
    const m = /(?:^|[、和与與及\s])([^、和与與及\s]+)$/u.exec(r);
    // (a courtesy name may follow its group word unbroken: "民眾謝先生")
    const c = m && !isNamed(m[1]!) ? /(\p{sc=Han})(?:先生|小姐|女士|太太)$/u.exec(r) : null;
    if (c && c.index > 0 && surnameLengthAt(c[1]!) === 1) r = r.slice(0, c.index);
    else if (m && isNamed(m[1]!)) r = r.slice(0, m.index);
    else break;
    r = r.replace(JOINS, '');
    dropped = true;
  }
  if (!dropped) return role;
  if (r) return r;
  const at = text.indexOf(name);
  return /^(?:委[员員]|代表|[议議][员員])/.exec(text.slice(at + name.length, at + name.length + 2))?.[0] ?? null;
}

/**
 * A unit before the name, its title right after ("某博物院龚某院长"): the unit and the title; else the role as
 * given. (A role that already ends with a title, or a clause's 的, keeps to itself.)
 */
export function joinTitleAfterName(role: string, name: string, text: string): string {
  // (nor a name that carries its title, "陳經理", "王先生")
  if (endsWithTitle(role) || !endsWithRoleWord(role) || role.endsWith('的') || endsWithTitle(name) || COURTESY.test(name)) return role;
  const at = text.indexOf(role + name);
  if (at < 0) return role;
  const past = at + role.length + name.length;
  // (the longest title there: "主任委员", not "主任")
  for (let k = 4; k >= 2; k--) {
    const title = text.slice(past, past + k);
    // (the reporter they spoke to is no title of theirs: "某某告诉记者", "对记者说")
    if (/^\p{sc=Han}+$/u.test(title) && endsWithTitle(title) && !/[记記]者$/.test(title)) return role + title;
  }
  return role;
}

/** A bare seat after the name ("某某代表"), the fuller introduction that holds it ("全国人大代表、某大学主任某某"); else the role. */
export function preferIntroducedSeat(role: string, name: string, text: string): string {
  if (!SEAT_AFTER.test(role) || !text.includes(name + role)) return role;
  const intro = findIntroducedRole(name, text);
  const at = intro ? text.indexOf(intro + name) : -1;
  // (not a clause's agent, "…由市人大代表某某带队": the trip is told there, not who they are)
  return intro && at >= 0 && intro !== role && intro.includes(role) && !/[由]$/.test(text.slice(0, at)) ? intro : role;
}
