/**
 * The last word on each speaker's role, once every format has found its voices (labels, attributions, the
 * reporter's prose): the role tidied to what the person is (role-tidy.ts); a voice told without one gets the role
 * the piece introduced them with ("市民老罗则表示…老罗说", a party in corner quotes, "「工黨」張某指"); and the
 * role is given as the page prints it, pinyin glosses and all ("業(yè)主"): the keys and the reader see the page.
 */
import type { TopicBuild } from './feature-items';
import { findCardRole, findGuestLine, findIntroducedRole } from './introduced-roles';
import { endsWithRoleWord, endsWithTitle, isPersonName } from './names';
import { surnameLengthAt } from './surnames';
import { findPrintedSpan } from './printed-glosses';
import { findBracketAfterName, findCardAfterName } from './roles-beside-names';
import { dropListedNames, joinTitleAfterName, preferIntroducedSeat } from './roles-around-names';
import { tidyRole } from './role-tidy';

// a congress member's seat, then a comma, then the post ("全国人大代表,某大学副校长某某"): both are what they are,
// the seat with its province's or city's name ("某市人大代表,")
const SEAT = /(?:全[国國]|\p{sc=Han}{1,2}[省市区區县縣州])?(?:人大代表|政[协協]委[员員])[，,]$/u;
// a party or group in corner quotes right before the name ("「工黨」張某", "同屬「街工」的梁某")
const QUOTED_GROUP = /[「『]([^」』]{2,8})[」』]的?$/;


// a describing clause alone right before the name ("家住某区的", "76岁的", "在某地开店的", "来自某校的"): the keys give it
// as printed (not what the reporter saw them wear or carry, "穿着红外套的")
const CLAUSE_BEFORE = /(?:^|[，,。；;：:“”「」！？!?\s、])(?!身?[穿戴]|[手拿抱背提][着著拿持提])([^，,。；;：:“”「」！？!?\s、的]{2,20}的)$/u;

// a kin word or courtesy title after a surname ("周奶奶", "陳先生"), as a person's title after a name ("某某教授")
const KIN = /^(?:奶奶|[爷爺]{2}|阿姨|大[爷爺哥姐]|先生|女士|小姐|太太)$/u;

/** Whether `head` ends with another person, named after their role ("某院院长甲某教授", "某地76岁的周奶奶"). */
function endsWithOtherPerson(head: string): boolean {
  for (const t of [0, 2, 3]) {
    const title = head.slice(head.length - t);
    if (t && !endsWithTitle(title) && !KIN.test(title)) continue;
    const body = head.slice(0, head.length - t);
    // (the other person introduced by a title or a clause, as this one is: a unit's word is no name, "某村党支部书记和村委会主任")
    const introduced = (n: number) => body.length > n && (endsWithTitle(body.slice(0, -n)) || body.at(-n - 1) === '的');
    if ([3, 2].some((n) => introduced(n) && isPersonName(body.slice(-n)) && !endsWithRoleWord(body.slice(-n)))) return true;
    if (t && KIN.test(title) && introduced(1) && surnameLengthAt(body.slice(-1)) === 1) return true;
  }
  return false;
}

/**
 * The role without another person introduced before this one and joined by 和, 与, 及 ("某院院长甲某教授和某中心
 * 主任", "某地76岁的周奶奶和某地70岁的"): what follows the last such join is this person's.
 */
export function dropEarlierPerson(role: string): string {
  let cut = 0;
  for (const m of role.matchAll(/[和与與及](?=\p{sc=Han}{2})/gu)) if (endsWithOtherPerson(role.slice(0, m.index))) cut = m.index! + 1;
  return role.slice(cut);
}

/** The role of `name` as the piece settles it. */
export function settleRole(name: string | null, role: string | null, text: string): string | null {
  let r = tidyRole(role);
  if (!name) return r;
  // a subhead's gist after the name and its colon is what they say, not what they are ("某某：要延长公交线")
  if (r && text.replace(/[：:]\s*/g, '：').includes(`${name}：${r}`)) r = null;
  const at = text.indexOf(name);
  const before = text.slice(0, at).slice(-60);
  // (where they live or how old they are, alone before the name, is what the keys give then: "家住某区的李先生", "76岁的吕某")
  // (or a card or a bracket beside the name: roles-beside-names.ts)
  if (!r && at > 0) r = QUOTED_GROUP.exec(before.slice(-12))?.[1] ?? tidyRole(findIntroducedRole(name, text)) ?? findCardAfterName(name, text) ?? findBracketAfterName(name, text) ?? tidyRole(CLAUSE_BEFORE.exec(before)?.[1] ?? null);
  // (a profile card's posts, where the card is the page's layout, are all of what they are)
  const card = findCardRole(name, text);
  if (card && (!r || card.includes(r))) return card;
  // (a guest list's line is where the page says what each guest is: it outdoes a mention in the prose, "奥运冠军某某")
  const guest = findGuestLine(name, text);
  if (guest) return guest;
  // the role as printed where the name is first met: a mirror's glosses are the page's text
  if (!r) return r;
  // (other people's names before this one, a title after the name, a seat the piece introduced in full: roles-around-names.ts)
  r = dropListedNames(dropEarlierPerson(r), name, text);
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
  // (where they are from, before a bare word for people at their first introduction: "台湾球迷某先生", later
  // "球迷某先生"; not a seat, which a label keeps to itself, "某某代表")
  const from = r.length <= 3 && !/代表|委|[议議]/.test(r) && findIntroducedRole(name, text);
  if (from && from.endsWith(r) && /^\p{Script=Han}{2,3}$/u.test(from.slice(0, -r.length))) r = from;
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
