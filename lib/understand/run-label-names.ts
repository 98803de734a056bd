/**
 * The name slot of a run of labels. A round of voices prints each person the same way, a title then the name then
 * a colon ("市民某某：“…”", "参展企业负责人某某：…"), and the reader knows the run by the names the name list
 * accepts. A name it doubts (a given name of rare characters, one ending in a word like 和) breaks the run though
 * the line is printed as its neighbours are: after a title the run already gave a named person, the slot between
 * the title and the colon is the name. A page needs two named labels of that shape: one line alone stays what the
 * classifier read.
 * The same holds for a run of signatures under quotations ("——某某，某大学副校长", "——某某·某某 某国运动员"): after
 * two signed names, a line signed the same way names its person, whatever the name list thinks of the name.
 */
import { type Item } from './feature-items';
import { endsWithRoleWord } from './names';

// the text before a label's colon, then the words
const LABEL_HEAD = /^([^：:，,。！？；“”「」（）()]{3,40}?)[：:]\s*(\S[\s\S]{7,})$/u;
// the piece's own people: a reporter's or a host's turns are no voice of the round
const OWN_STAFF = /(?:[记記]者|主持人?|[编編][辑輯])$/u;
// a person's name in the slot: two to four Han characters
const SLOT_NAME = /^\p{Script=Han}{2,4}$/u;
// named labels of one shape a run needs
const RUN = 2;
// a signature: a dash, the name (Han, a dotted transliteration), a comma or a space, what the person is
const SIGNATURE = /^[—－-]{2,}\s*(\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·•‧・]\p{Script=Han}{1,8}){1,2})(?:\s*[，,]\s*|\s+)(\p{Script=Han}[^：:“”「」]{1,40}?)[。.]?$/u;

/** A signature under a quotation ("——某某，某校副校长。"): the name and the role; null for other lines. */
export function readSignature(line: string): { name: string; role: string } | null {
  const m = SIGNATURE.exec(line.trim());
  // (a role as a role word ends, or a member of a team or a staff, "女队员")
  return m && (endsWithRoleWord(m[2]!) || /[员員]$/u.test(m[2]!)) && !endsWithRoleWord(m[1]!) ? { name: m[1]!, role: m[2]! } : null;
}

/** The name in a label's slot after `role` ("市民某某：…" after 市民), or null when the line is not so printed. */
export function readSlotName(line: string, role: string): { name: string; words: string } | null {
  const m = LABEL_HEAD.exec(line.trim());
  if (!m) return null;
  const head = m[1]!.replace(/\s+/gu, '');
  if (!head.startsWith(role)) return null;
  const name = head.slice(role.length);
  // (not a second title: "市民代表：" is a group's label, not a person)
  return SLOT_NAME.test(name) && !endsWithRoleWord(name) ? { name, words: m[2]! } : null;
}

/** Names the labels of a run whose name the classifier left out (the line read as a nameless label or as prose). */
export function nameRunLabels(items: Item[]): void {
  const roles = new Set<string>();
  let named = 0;
  let shape: string | undefined;
  for (const it of items) {
    const role = it.speaker?.role?.replace(/\s+/gu, '');
    if (it.merged || it.kind !== 'label' || it.host || !it.speaker?.name || !role || OWN_STAFF.test(role)) continue;
    if (readSlotName(it.block.text, role)?.name !== it.speaker.name.replace(/\s+/gu, '')) continue;
    roles.add(role);
    named++;
    shape ??= it.shape;
  }
  nameSignatureRun(items);
  if (named < RUN) return;
  for (const it of items) {
    if (it.merged || it.host || !(it.kind === 'body' || (it.kind === 'label' && !it.speaker?.name))) continue;
    for (const role of roles) {
      const read = readSlotName(it.block.text, role);
      if (!read) continue;
      Object.assign(it, { kind: 'label', speaker: { name: read.name, role }, evidence: 3, text: read.words, shape, title: undefined });
      break;
    }
  }
}

/** Names the signatures of a run whose name the classifier doubted (the line read as prose or a heading). */
function nameSignatureRun(items: Item[]): void {
  let signed = 0;
  for (const it of items) if (!it.merged && it.kind === 'attribution' && it.speaker?.name && readSignature(it.block.text)?.name === it.speaker.name) signed++;
  if (signed < RUN) return;
  for (const it of items) {
    if (it.merged || it.host || !(it.kind === 'body' || it.kind === 'topic') || it.speaker?.name) continue;
    const read = readSignature(it.block.text);
    if (read) Object.assign(it, { kind: 'attribution', speaker: read, evidence: 2, text: '', title: undefined });
  }
}
