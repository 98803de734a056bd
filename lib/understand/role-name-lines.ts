/**
 * A speaker's role and name alone on a line, no colon, their words in the paragraphs below
 * ("带队志愿者张某政", "@某校学生会主席李某"): the parse reads such lines as labels (classify-lines.ts,
 * classifyLabelAlone); this is the page check's cheap form of the same test, so the check lets through
 * what the parse would find. The shape alone could be a photo caption: the parse judges.
 */
import { isLabelShaped } from './lines';
import { endsWithRoleWord, splitSpeakerLabel } from './names';

const MAX_LINE = 30;
// no sentence, clause or colon on the line: a label, not a caption sentence; no space either (a headline's
// two phrases, "屯門交通擠塞 議員促改善": "org name" lines with a space are matchLooseLabel's)
const NOT_ALONE = /[，,。；;：:！？!?“”「」（）()\s\u3000]/;

/** "带队志愿者张某政" → the name and role; null for other lines (a role that ends like one is needed). */
export function matchRoleNameLine(text: string): { name: string; role: string } | null {
  const t = text.trim().replace(/^[@＠]/, '');
  if (t.length < 4 || t.length > MAX_LINE || NOT_ALONE.test(t) || !isLabelShaped(t)) return null;
  const split = splitSpeakerLabel(t);
  if (!split.name || !split.role || split.evidence < 2 || !endsWithRoleWord(split.role)) return null;
  return { name: split.name, role: split.role };
}

/** Whether a paragraph below reads as speech: running sentences, not another label or a caption. */
export function readsAsSpeech(text: string | undefined): boolean {
  return !!text && text.trim().length >= 30 && /[。！？!?，,]/.test(text);
}
