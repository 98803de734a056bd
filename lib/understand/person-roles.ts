/**
 * One person, several roles in one piece: the reporter names them by their party first ("新民黨陳某則表示") or by
 * what they are about to do ("即將接任召集人的霍某"), and by their title in another paragraph ("候任港島西議員陳某").
 * The person is listed with one role, their title: a reader (and the corpus keys) name a member by it.
 */
import type { StatementBuild } from './feature-items';
import { endsWithTitle } from './names';

/** A title proper: ends with a person's title word, and is no relative clause ("…的"). */
function isTitle(role: string): boolean {
  return !/的$/.test(role) && endsWithTitle(role);
}

/** Gives every statement of a person named with several roles the first of them that is a title. */
export function preferTitleRoles(statements: readonly StatementBuild[]): void {
  const roles = new Map<string, string[]>();
  for (const s of statements) {
    const { name, role } = s.speaker;
    if (!name || !role) continue;
    const list = roles.get(name) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(name, list);
  }
  for (const [name, list] of roles) {
    if (list.length < 2) continue;
    const title = list.find(isTitle);
    if (!title) continue;
    for (const s of statements) if (s.speaker.name === name && s.speaker.role) s.speaker = { ...s.speaker, role: title };
  }
}
