/**
 * Remarks after an event (a match, a launch): "赛后，某队主教练徐某出席了新闻发布会。" then "他表示：" and the
 * words, then "队长周某在接受采访时表示：" alone on its line with the words below. A person and a verb of
 * saying closed by a colon is a label over speech, not the reporter's sentence (which goes on with a
 * comma); a pronoun's label is the person the paragraph before it named with a role.
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { splitSpeakerLabel, type NameContext } from './names';
import { LINK, SAYING } from './reported-speech';

const PRONOUN_LABEL = new RegExp(`^(?:他|她)${LINK}${SAYING}\\s*[:：]\\s*(.*)$`, 's');
// after a person's name in the reporter's sentence, what they did: "…徐某出席了…", "…李某在…", "…王某接受…"
const ACT_START = /[出参參在于於接来來做走作发發对對向是今昨日也亦则則将將已曾随隨表说說称稱]/;
const CLAUSE = /[，,。；;！？!?]/;

/** "他表示：……" → the words after the colon ('' when the line ends there); null for other lines. */
export function matchPronounLabel(text: string): string | null {
  const m = PRONOUN_LABEL.exec(text.trim());
  return m ? m[1]!.trim() : null;
}

/** The person a paragraph names with a role as the subject of a clause, the nearest to its end first. */
export function findNamedSubject(text: string, ctx: NameContext = {}): { name: string; role: string } | null {
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter((c) => c.length >= 4);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const c = clauses[k]!;
    for (let i = 3; i < Math.min(c.length, 30); i++) {
      if (!ACT_START.test(c[i]!)) continue;
      const split = splitSpeakerLabel(c.slice(0, i), ctx);
      if (split.name && split.role && split.evidence >= 2) return { name: split.name, role: squeeze(split.role) };
    }
  }
  return null;
}

function heads(items: readonly Item[], i: number): boolean {
  const next = nextSignificant(items, i + 1);
  return !!next && next.kind === 'body' && next.text.length >= 15 && /[。！？!?，,]/.test(next.text);
}

/** The paragraph of the flow just above `i`. */
function previousParagraph(items: readonly Item[], i: number): Item | null {
  for (let j = i - 1; j >= 0; j--) {
    const k = items[j]!.kind;
    if (k === 'skip' || k === 'meta' || k === 'caption' || k === 'credit') continue;
    return items[j]!;
  }
  return null;
}

/** Colon-closed reported openings over speech become labels; "他表示：" takes the person named just above. */
export function labelRemarks(items: Item[], ctx: NameContext): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged) continue;
    const closed = /[:：]\s*$/.test(it.block.text);
    if (it.kind === 'label' && it.shape === 'reported' && it.text === '' && closed && heads(items, i)) {
      it.said = false;
      it.reported = false;
      it.shape = 'said：';
      continue;
    }
    if (it.kind !== 'body') continue;
    const rest = matchPronounLabel(it.block.text);
    if (rest === null || (rest === '' && !heads(items, i)) || (rest !== '' && rest.length < 15)) continue;
    const before = previousParagraph(items, i);
    if (!before || before.kind !== 'body') continue;
    const who = findNamedSubject(before.block.text, ctx);
    if (!who) continue;
    it.kind = 'label';
    it.host = false;
    it.speaker = who;
    it.evidence = 2;
    it.text = rest;
    it.shape = 'said：';
  }
}
