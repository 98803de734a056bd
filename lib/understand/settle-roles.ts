/**
 * The last word on each speaker's role, once every format has found its voices (labels, attributions, the
 * reporter's prose): the role tidied to what the person is (role-tidy.ts); a voice told without one gets the role
 * the piece introduced them with ("市民老罗则表示…老罗说", a party in corner quotes, "「工黨」張某指"); and the
 * role is given as the page prints it, pinyin glosses and all ("業(yè)主"): the keys and the reader see the page.
 */
import type { TopicBuild } from './feature-items';
import { findCardRole, findGuestLine, findIntroducedRole } from './introduced-roles';
import { endsWithTitle } from './names';
import { findPrintedSpan } from './printed-glosses';
import { dropListedNames, joinTitleAfterName, preferIntroducedSeat } from './roles-around-names';
import { tidyRole } from './role-tidy';

// a congress member's seat, then a comma, then the post ("全国人大代表,某大学副校长某某"): both are what they are,
// the seat with its province's or city's name ("某市人大代表,")
const SEAT = /(?:全[国國]|\p{sc=Han}{1,2}[省市区區县縣州])?(?:人大代表|政[协協]委[员員])[，,]$/u;
// a party or group in corner quotes right before the name ("「工黨」張某", "同屬「街工」的梁某")
const QUOTED_GROUP = /[「『]([^」』]{2,8})[」』]的?$/;


/** The role of `name` as the piece settles it. */
export function settleRole(name: string | null, role: string | null, text: string): string | null {
  let r = tidyRole(role);
  if (!name) return r;
  // a subhead's gist after the name and its colon is what they say, not what they are ("某某：要延长公交线")
  if (r && text.replace(/[：:]\s*/g, '：').includes(`${name}：${r}`)) r = null;
  const at = text.indexOf(name);
  const before = text.slice(0, at).slice(-60);
  // (where they live or how old they are, alone before the name, is what the keys give then: "家住某区的李先生", "76岁的吕某")
  if (!r && at > 0) r = QUOTED_GROUP.exec(before.slice(-12))?.[1] ?? /(?:家住[^的，,。“”]{1,20}|\d+[岁歲])的$/.exec(before.slice(-24))?.[0] ?? tidyRole(findIntroducedRole(name, text));
  // (a profile card's posts, where the card is the page's layout, are all of what they are)
  const card = findCardRole(name, text);
  if (card && (!r || card.includes(r))) return card;
  // (a guest list's line is where the page says what each guest is: it outdoes a mention in the prose, "奥运冠军某某")
  const guest = findGuestLine(name, text);
  if (guest) return guest;
  // the role as printed where the name is first met: a mirror's glosses are the page's text
  if (!r) return r;
  // (other people's names before this one, a title after the name, a seat the piece introduced in full: roles-around-names.ts)
  r = dropListedNames(r, name, text);
  if (!r) return r;
  r = preferIntroducedSeat(joinTitleAfterName(r, name, text), name, text);
  // a label "某某(身份)：" set off by a space from the line's other furniture before it ("某某 摄 亲历者说 某某(…)："):
  // the bracket is what they are, the rest of the line is a credit and a section's head
  const q = /[（(]([^()（）]+)[)）]$/.exec(r);
  if (q && text.includes(` ${name}${q[0]}`)) r = q[1]!;
  // a fuller introduction of the same person: a subhead names a member by their seat ("全国政协委员某某："), the
  // paragraph under it by seat and post ("全国政协委员、某公司董事长某某…"); the reader, and the keys, take the fuller
  // (and a describing clause where the voice is told, "很少回家过年的某某", beside a title the piece names them by,
  // "某会会长某某": a reader, and the keys, name the person by their office; a label's bare title keeps to itself, as
  // what ends with it before the name may be a sentence, "…由某某代表带队")
  const clause = r.endsWith('的');
  const fuller = findIntroducedRole(name, text, `${r}、`) ?? (clause ? findIntroducedRole(name, text) : null);
  if (fuller && (fuller.startsWith(r) || fuller.endsWith(r) || (clause && !fuller.includes('的') && endsWithTitle(fuller)))) r = fuller;
  // a bare title after the name ("某某代表") where the piece prints their post right before it ("某村党支部书记某某代表"):
  // the post is what they are, as the keys have it (not a sentence ending with a title elsewhere, "…由某某代表带队")
  const post = r.length < 3 && findIntroducedRole(name, text);
  if (post && text.includes(post + name + r)) r = post;
  // (a card line may print it after the name: "王某 某协会(筹)秘书长")
  r = findPrintedSpan(text.slice(Math.max(0, at - 60), at + name.length + 60), r);
  const seat = before.endsWith(r) ? SEAT.exec(before.slice(0, -r.length))?.[0] : '';
  // (a describing clause keeps its 的, "来自某地的某某": the role as printed, as the collectors' rule has it; the keys
  // are split on it, batches 19–21 and 23 leaving it out, 17, 18, 22 and 24 keeping it)
  return (seat ?? '') + r;
}

/** Settles the role of every statement's speaker. */
export function settleRoles(topics: readonly TopicBuild[], text: string): void {
  for (const t of topics) for (const s of t.statements) s.speaker = { ...s.speaker, role: settleRole(s.speaker.name, s.speaker.role, text) };
}
