/**
 * A guest list's roster line: one guest and what they are, nothing said. The name first, maybe spaced out to line
 * up ("林 某 某大学教授"), then the posts in brackets ("某某(某大学教授)") or after a space, a seat word perhaps
 * printed onto the name ("某某代表 某乡乡长"); or the posts first, a space, then the name ("某协会会长 王某").
 * The roster roles of bare-name labels, a guest's role in the settled outline and the judge's cut-off last voice all
 * read the line here, so they agree on what counts as one.
 */
import { squeeze } from '../chinese/chars';
import { endsWithRoleWord, endsWithTitle } from './names';
import { tidyRole } from './role-tidy';

// a roster line is short and says nothing: no sentence's end, no colon (a label, or a sentence opening a quotation),
// no quote marks, no table rule
const MAX_LENGTH = 80;
const NOT_ROSTER = /[。！？!?：:“”「」『』|]/;
// a subhead's tag or a list's bullet before the line is its punctuation ("【现场】某公司副总经理 某某")
const LEAD_MARK = /^(?:【[^】]{1,8}】|[-－—–·•■★☆●◆\s])+/;
// what follows the name: the posts in brackets to the line's end, or a space then the posts (a seat word may come first)
const AFTER_NAME = /^(?:[（(](.{2,60})[)）]|((?:代表|委员|委員)?[\s\u3000]+\S.{1,60}))$/u;

/** The posts a roster line gives `name`, spaces between posts kept as one; null when the line is no roster line for them. */
export function readRosterLine(line: string, name: string): string | null {
  const t = line.trim().replace(LEAD_MARK, '');
  if (name.length < 2 || t.length > MAX_LENGTH || NOT_ROSTER.test(t)) return null;
  for (const posts of postsOf(t, name)) {
    const role = checkPosts(posts);
    if (role) return role;
  }
  return null;
}

/** Every reading of the line's posts around `name`: after it (the name perhaps spaced out), or before it. */
function* postsOf(t: string, name: string): Generator<string> {
  if (squeeze(t).startsWith(name)) {
    for (let k = name.length; k <= t.length; k++) {
      if (squeeze(t.slice(0, k)) !== name) continue;
      const m = AFTER_NAME.exec(t.slice(k));
      if (m) yield m[1] ?? m[2]!;
    }
  }
  // (set off by a space: a name run into the line's last word is a sentence's, "…要问柏雨桐")
  const spaced = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u3000]*');
  const before = new RegExp(`^(.+?)[\\s\\u3000]+${spaced}$`, 'u').exec(t);
  if (before) yield before[1]!;
}

/** The posts as the role, when they are one: a title ends them, and each part set off by a space is a post. */
function checkPosts(posts: string): string | null {
  // (each part a post: a vox pop's name over its headline is no roster line, "某先生 盼修好老街 方便街坊")
  const role = tidyRole(posts.trim().replace(/[\s\u3000]+/g, ' '));
  return role && endsWithTitle(squeeze(role)) && role.split(' ').every(endsWithRoleWord) ? role : null;
}
