/**
 * The last word on each speaker's role, once every format has found its voices (labels, attributions, the
 * reporter's prose): the role tidied to what the person is (role-tidy.ts); a voice told without one gets the role
 * the piece introduced them with ("市民老罗则表示…老罗说", a party in corner quotes, "「工黨」張某指"); and the
 * role is given as the page prints it, pinyin glosses and all ("業(yè)主"): the keys and the reader see the page.
 */
import type { TopicBuild } from './feature-items';
import { findIntroducedRole } from './introduced-roles';
import { findPrintedSpan } from './printed-glosses';
import { tidyRole } from './role-tidy';

// a party or group in corner quotes right before the name ("「工黨」張某", "同屬「街工」的梁某")
const QUOTED_GROUP = /[「『]([^」』]{2,8})[」』]的?$/;

/** The role of `name` as the piece settles it. */
export function settleRole(name: string | null, role: string | null, text: string): string | null {
  let r = tidyRole(role);
  if (!name) return r;
  const at = text.indexOf(name);
  if (!r && at > 0) r = QUOTED_GROUP.exec(text.slice(0, at).slice(-12))?.[1] ?? tidyRole(findIntroducedRole(name, text));
  // the role as printed where the name is first met: a mirror's glosses are the page's text
  return r && findPrintedSpan(text.slice(0, at).slice(-60), r);
}

/** Settles the role of every statement's speaker. */
export function settleRoles(topics: readonly TopicBuild[], text: string): void {
  for (const t of topics) for (const s of t.statements) s.speaker = { ...s.speaker, role: settleRole(s.speaker.name, s.speaker.role, text) };
}
