/**
 * A speaker's name read back once the feature is parsed, for the defects no single reader can see from its own
 * label: a name that ran on into what the person did next (`杜婕提交`, `林伯豐受訪時`, the contrasting `…則`), a hearing's label read whole
 * (`陳委員椒華`), a title taken for the name with the name taken for the role (name `老師`, role `汪其楣`), and a group
 * or a government unit given as a person's name (`民眾`, `…宣传处`). Each fix is made only where the whole reads as
 * no name and the part kept reads as one, so a name that merely holds such a character (`张今明`) stays.
 */
import type { Speaker } from '../outline';
import { endsWithGroupWord, endsWithHandleWord, endsWithOrgWord, endsWithRoleWord, endsWithTitle, isPersonName, readHearingLabel } from './names';
import { surnameLengthAt } from './surnames';

// what follows a name in running text and is not part of it: the time or occasion (`…會後`, `…受訪時`, `…上午`), a verb of
// saying or submitting (`…提交`, `…表示`), a manner (`…深有感触地`), a conjunction (`…之所以`): words no given
// name ends on, so the name before them needs only a surname
const RUN_ON_WORD =
  /^(?:會後|会后|會上|会上|受訪|受访|接受|提交|提出|表示|指出|認為|认为|強調|强调|透露|坦言|直言|告訴|告诉|深有感[触觸]|之所以?|上午|下午|晚上|早上|中午|今早|今晨|昨晚|日前|近日|早前)/u;
// one character that may also close a given name (`…今`, `…當日`, `…則`): only after a name that reads as one whole
const RUN_ON_CHAR = /^(?:今|昨|當|当|則|则|亦|也|還|还)/u;

// Latin letters, digits or marks: a handle or a foreign name, which this reader does not judge
const NOT_HAN = /[^\p{Script=Han}·•・]/u;

/** The person name a run-on name begins with (`杜婕提交` → `杜婕`, `亚妮娅·加恩布雷特之所` → the name), or null. */
export function cutRunOnName(name: string): string | null {
  if (NOT_HAN.test(name) || isPersonName(name)) return null;
  // a transliterated name with a middle dot: its last part ran on
  const dot = Math.max(name.lastIndexOf('·'), name.lastIndexOf('•'), name.lastIndexOf('・'));
  if (dot > 0) {
    const tail = name.slice(dot + 1);
    for (let k = 2; k < tail.length; k++) if (RUN_ON_WORD.test(tail.slice(k))) return name.slice(0, dot + 1 + k);
    return null;
  }
  const s = surnameLengthAt(name);
  if (s === 0) return null;
  // the longest name the run-on follows: a given name of two characters, then of one
  for (const k of [s + 2, s + 1]) {
    if (name.length <= k) continue;
    const rest = name.slice(k);
    if (RUN_ON_WORD.test(rest) || (RUN_ON_CHAR.test(rest) && isPersonName(name.slice(0, k)))) return name.slice(0, k);
  }
  return null;
}

// a word the name's last character opens with what follows it on the page (`李兰` + `全国人大代表`, `錢鋒` + `中國工程院`,
// `黄竞` + `现在`): a name set against its role, or a time word, with no space between (not `国家`: `王建国家住…`)
const OPENS_AFTER_NAME = /^(?:全[国國]|中[国國]|[现現]在)/u;
// a Cantonese honorific after the surname (`何太`, `陳生`) is the whole name: one more character is what the person did
// (`何太居於…`, `宮太指：`, `羅太合資格`)
const AFTER_HONORIFIC = /^[指居合表說说稱称認认坦直透估憶忆笑亦也則则又都仍住對对]$/u;

/**
 * The name a run-on name begins with, read against the page's text (`李兰全` where the page has `李兰全国人大代表`), or null:
 * the last character is cut where every mention of the name on the page runs on into a word that character opens,
 * and after a Cantonese honorific.
 */
export function cutRunOnInText(name: string, text: string): string | null {
  if (!/^\p{Script=Han}{3,4}$/u.test(name)) return null;
  const s = surnameLengthAt(name);
  if (s === 0) return null;
  const short = name.slice(0, -1);
  if (name.length === s + 2 && /[太生]/u.test(name[s]!) && AFTER_HONORIFIC.test(name.slice(-1))) return short;
  if (!isPersonName(short)) return null;
  let at = text.indexOf(name);
  if (at < 0) return null;
  for (; at >= 0; at = text.indexOf(name, at + 1)) {
    if (!OPENS_AFTER_NAME.test(name.slice(-1) + text.slice(at + name.length, at + name.length + 2))) return null;
  }
  return short;
}

// an organisation for a name: a government unit's last character, or an organisation's word of two or more (a
// given name may end on 社 or 會, `王建社`; none ends on 部 or 局)
function isOrgName(name: string): boolean {
  if (!/^\p{Script=Han}{3,8}$/u.test(name) || !endsWithOrgWord(name)) return false;
  return /[部局署廳厅處处]$/u.test(name) || ORG_WORD.test(name);
}
const ORG_WORD = /(?:公司|集[团團]|[协協][会會]|委[员員][会會]|政府|基金[会會]|研究[院所]|中心|[银銀]行|[医醫]院|大[学學])$/u;

const DATE_ASIDE = /[（(]\d{1,2}日[)）]$/u;

// a bare name for a role: a surname and one or two characters, no title or organisation in it
const BARE_NAME = /^\p{Script=Han}{2,3}$/u;

/** A speaker with the name's defects above mended; the same object when there is nothing to mend. */
export function tidyName(given: Speaker, text = ''): Speaker {
  // the contrasting 则 after one surname and a given name of two ends the name ("B則表示", "B则投书媒体表示": a second
  // voice set against the first); a given name of three after one surname is too rare to read one in
  const speaker = /^...[则則]/.test(given.name ?? '') && surnameLengthAt(given.name!) === 1 ? { ...given, name: given.name!.slice(0, 3) } : given;
  const { name, role } = speaker;
  // (the label reader reads a hearing's label whole; a reader that split it elsewhere is mended here)
  const hearing = readHearingLabel(name, role);
  if (hearing) return { ...speaker, ...hearing };
  // a handle is whatever its owner chose
  if (!name || (role && endsWithHandleWord(role))) return speaker;
  // the title is the name and the name the role: `老師` given `汪其楣` for a role
  if (role && endsWithTitle(name) && !isPersonName(name) && BARE_NAME.test(role) && surnameLengthAt(role) > 0 && !endsWithRoleWord(role)) return { ...speaker, name: role, role: name };
  // a group or an organisation given as the name (`民眾：`, `勞動部：`) speaks without a person's name
  // (a group named alone: the group's word is the whole label, not the end of a name)
  if (!isPersonName(name) && ((name.length === 2 && endsWithGroupWord(name)) || isOrgName(name))) {
    return { ...speaker, name: null, role: role ? `${role}${name}` : name };
  }
  const mended = cutRunOnName(name) ?? cutRunOnInText(name, text);
  if (!mended) return speaker;
  // the date a Taiwan paper prints after 今 (`吳某今(8日)表示`) went to the role with the run-on
  const kept = role?.replace(DATE_ASIDE, '') ?? null;
  // the character cut from the name opens the role printed right after it (`李兰` + `全` + `国人大代表、…`): it goes back
  const cut = name.slice(mended.length);
  return { ...speaker, name: mended, role: kept && text.includes(mended + cut + kept.slice(0, 4)) ? cut + kept : kept };
}
