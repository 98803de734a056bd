/**
 * TV transcripts: "【同期】香港市民 梁先生" alone on its line, the words below (as short as "9分。"), and
 * "【解說】" narration between the voices. The sound-bite marker is the evidence, so the speech below need
 * not be long; the speaker is read from the rest of the line (a joint label "林先生 林太太" is the first).
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { isLabelShaped } from './lines';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';
import { surnameLengthAt } from './surnames';


// (a column's tag for the people's words, "【群众心声】", marks them as the sound bite's does)
const SOUND_BITE = /^【\s*(?:同期|同期声|同期聲|现场同期|現場同期|采访|採訪|受访者|受訪者|\p{Script=Han}{2}心[声聲])\s*】\s*(?:[（(]([^（()）]{2,30})[)）][：:]?\s*(.*)|([^（()）：:]{2,30})[：:]\s*(.+)|(.{2,40}))$/su;

/**
 * "【同期】香港市民 梁先生" → the label after the marker; a script puts it in brackets with the words after it on
 * the same line ("【同期声】(某地市民 某某)我的愿望…"), or a colon ("【同期】某地摊主 某某：我…"): then the words
 * too. Null for other lines.
 */
export function matchSoundBite(text: string): { label: string; speech: string } | null {
  const m = SOUND_BITE.exec(text.trim());
  return m ? { label: (m[1] ?? m[3] ?? m[5]!).trim(), speech: (m[2] ?? m[4] ?? '').trim() } : null;
}

/** A person's label: "香港市民 梁先生", "梁先生", and a joint "香港市民 林先生 林太太" (the first). */
function speakerOf(label: string, ctx: NameContext): { name: string; role: string | null } | null {
  // (a reporter's piece to camera is no voice)
  if (/[记記]者|主持/.test(label)) return null;
  const parts = label.split(/[\s\u3000]+/).filter(Boolean);
  // a joint label: two people named after the role; the statement is theirs, the first named speaks
  const joint = parts.length >= 3 ? splitSpeakerLabel(parts[parts.length - 2]!, ctx) : null;
  if (joint?.name && joint.role === null && splitSpeakerLabel(parts[parts.length - 1]!, ctx).name) {
    return { name: joint.name, role: squeeze(parts.slice(0, -2).join('')) || null };
  }
  // a role, a space, a full name: the name is last whatever the role is ("“暖心奶奶” 林某英"); a place and a role
  // with no name ("某省某市 店员") names nobody
  const last = parts[parts.length - 1]!;
  if (parts.length >= 2 && /^\p{Script=Han}{3}$/u.test(last) && surnameLengthAt(last) === 1) return { name: last, role: squeeze(parts.slice(0, -1).join('')) };
  if (!isLabelShaped(label)) return null;
  const split = splitSpeakerLabel(label, ctx);
  if (parts.length >= 2 && split.name !== last) return null;
  // the marker vouches for a person: a role, a space and a name is enough though the role ends in no title word ("某村农户 姚某")
  const spaced = split.role !== null && /^\S+[\s\u3000]+\p{Script=Han}{2,4}$/u.test(label) && split.name === label.split(/[\s\u3000]+/).pop();
  // (or a role before a full name, "某出版社编辑某某某", the name read off the end)
  const roled = split.role !== null && !!split.name && isPersonName(split.name) && split.name.length >= 3;
  return split.name && (split.evidence >= 2 || (split.evidence >= 1 && (spaced || roled))) ? { name: split.name, role: split.role } : null;
}

/** Sound-bite lines become labels of the words below them. */
export function labelSoundBites(items: Item[], ctx: NameContext): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || it.kind === 'label' || it.kind === 'skip') continue;
    const bite = matchSoundBite(it.block.text);
    if (!bite) continue;
    const who = speakerOf(bite.label, ctx);
    const next = nextSignificant(items, i + 1);
    if (!who || (!bite.speech && (!next || next.kind !== 'body'))) continue;
    it.kind = 'label';
    it.host = false;
    it.speaker = who;
    it.evidence = 3;
    it.text = bite.speech;
    it.shape = 'sound bite';
    delete it.title;
  }
}
