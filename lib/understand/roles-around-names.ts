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

// a name with a courtesy title, as vox pops print it ("謝先生"), after its group word or alone ("民眾謝先生")
const COURTESY = /(\p{sc=Han})(?:先生|小姐|女士|太太)$/u;
// what joins names in a row
const JOINS = /[、和与與及\s]+$/u;
// a member's seat, printed after the name as the piece goes on with them ("某某代表", "某某委員")
const SEAT = /^(?:代表|委[员員])$/u;

/**
 * The role without the other people named before this one; when nothing else is left, the role the piece
 * introduces them with (the seat they share, printed after the names: "甲某、乙某委员"), or null. Unchanged when it
 * ends with no name.
 */
export function dropListedNames(role: string, name: string, text: string): string | null {
  let r = role.replace(JOINS, '');
  let dropped = false;
  for (;;) {
    const last = /[^、和与與及\s]+$/u.exec(r);
    const c = COURTESY.exec(r);
    if (last && isPersonName(last[0])) r = r.slice(0, last.index);
    else if (c && surnameLengthAt(c[1]!) === 1) r = r.slice(0, c.index);
    else break;
    r = r.replace(JOINS, '');
    dropped = true;
  }
  // (nothing left: the role the piece gives them elsewhere, as a seat after the names)
  return !dropped ? role : r || findIntroducedRole(name, text);
}

/**
 * A unit before the name, its title right after ("某博物院龚某院长"): the unit and the title; else the role as
 * given. (A role that already ends with a title, or a clause's 的, ending with no unit, keeps to itself.)
 */
export function joinTitleAfterName(role: string, name: string, text: string): string {
  // (nor a name that carries its title, "陳經理")
  if (endsWithTitle(role) || !endsWithRoleWord(role) || endsWithTitle(name)) return role;
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
  if (!SEAT.test(role)) return role;
  const intro = findIntroducedRole(name, text);
  const at = intro ? text.indexOf(intro + name) : -1;
  // (printed before the name, and not as a clause's agent, "…由市人大代表某某带队": the trip is told there, not who they are)
  return at >= 0 && intro!.includes(role) && text[at - 1] !== '由' ? intro! : role;
}
