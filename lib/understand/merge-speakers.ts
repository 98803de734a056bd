/**
 * One person, two labels: "张晓丹(设计师)：" first, "晓丹：" later; "Rick Rieder" then "Rieder"; a label the
 * split left without a name ("市政协委员张三丰" read as a role once) beside the same person named. Each is
 * merged into the full name the page gives, so the person is listed once (with the role given once).
 */
import type { Speaker } from '../outline';
import type { StatementBuild } from './feature-items';
import { surnameLengthAt } from './surnames';

/** The full name `short` stands for among `names`: a given name after its surname, a Latin name's one word. */
function fullNameOf(short: string, names: readonly string[]): string | null {
  const matches = names.filter((full) => {
    if (full === short || full.length <= short.length) return false;
    // "晓丹" for "张晓丹", "淑儀" for "葉劉淑儀": the surname(s) dropped
    if (/^\p{Script=Han}+$/u.test(full) && full.endsWith(short) && short.length >= 2) {
      const head = full.slice(0, full.length - short.length);
      return surnameLengthAt(head) === head.length || (head.length === 2 && surnameLengthAt(head) === 1 && surnameLengthAt(head, 1) === 1);
    }
    // "Rieder" or "Rick" for "Rick Rieder"
    return / /.test(full) && full.split(' ').includes(short);
  });
  return matches.length === 1 ? matches[0]! : null;
}

/** Renames short forms of a name to the full name, and names a nameless role that ends with a known name. */
export function mergeSpeakers(statements: readonly StatementBuild[]): void {
  const names = [...new Set(statements.map((s) => s.speaker.name).filter((n): n is string => !!n))];
  const roles = new Map<string, string | null>();
  for (const s of statements) if (s.speaker.name && !roles.get(s.speaker.name)) roles.set(s.speaker.name, s.speaker.role);
  for (const s of statements) {
    let speaker: Speaker = s.speaker;
    if (speaker.name) {
      const full = fullNameOf(speaker.name, names);
      if (full) speaker = { name: full, role: speaker.role ?? roles.get(full) ?? null };
    } else if (speaker.role && fullNameOf(speaker.role, names)) {
      // "晓丹：" read as a weak label (no surname): the given name of a person named in full
      const full = fullNameOf(speaker.role, names)!;
      speaker = { name: full, role: roles.get(full) ?? null };
    } else if (speaker.role) {
      // the role ends with a name given elsewhere: the person, the rest of it their role
      const name = names.filter((n) => n.length >= 2 && speaker.role!.endsWith(n)).sort((a, b) => b.length - a.length)[0];
      if (name) {
        const rest = speaker.role.slice(0, -name.length).replace(/[、，,\s]+$/, '');
        speaker = { name, role: rest || roles.get(name) || null };
      }
    }
    s.speaker = speaker;
  }
}
