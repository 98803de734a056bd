/**
 * Letters signed at their end: the letter's paragraphs, then the writer's name alone on a line, then the
 * date ("黄某" / "二○○三年四月十八日"), letter after letter (a magazine's page of readers' letters, open
 * letters collected). The name signs the paragraphs above it, as a "——" attribution would. One signed
 * piece is an essay or a notice with its author: only two or more signatures make the page's voices.
 */
import type { Item } from './feature-items';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';

const DIGIT = '[\\d０-９一二三四五六七八九十〇○零]';
// "二○○三年四月十八日", "2003年4月18日于北京", "2003.4.18"
const DATE_LINE = new RegExp(`^(?:${DIGIT}{2,4}\\s*年\\s*${DIGIT}{1,3}\\s*月(?:\\s*${DIGIT}{1,3}\\s*[日号號])?|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})(?:\\s*(?:于|於)\\s*\\p{Script=Han}{1,6})?$`, 'u');

/** "二○○三年四月十八日": a letter's date line. */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/** A signature: a person's name alone ("黄某"), or a place or role and the name ("北京读者 李某"). */
export function matchSignature(text: string, ctx: NameContext = {}): { name: string; role: string | null } | null {
  const t = text.trim().replace(/^[—―－-]+\s*/, '');
  if (t.length < 2 || t.length > 20 || /[，,。！？!?：:“”「」]/.test(t)) return null;
  if (isPersonName(t)) return { name: t, role: null };
  const split = splitSpeakerLabel(t, ctx);
  // (a reporter's or an editor's credit signs a story, not a letter)
  if (split.role && /记者|記者|编辑|編輯|通讯员|通訊員|摄影|攝影|作者|整理/.test(split.role)) return null;
  return split.name && split.evidence >= 2 ? { name: split.name, role: split.role } : null;
}

/** Signature lines followed by a date, two or more, each under a paragraph: attributions of the letter above. */
export function attributeSignedLetters(items: Item[], ctx: NameContext): void {
  const found: Array<{ at: number; who: { name: string; role: string | null }; date: Item }> = [];
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || (it.kind !== 'body' && it.kind !== 'caption')) continue;
    const who = matchSignature(it.block.text, ctx);
    if (!who) continue;
    const date = items[i + 1];
    if (!date || !isDateLine(date.block.text)) continue;
    // the letter: running text just above
    const above = items.slice(0, i).reverse().find((p) => !p.merged && p.kind !== 'skip' && p.kind !== 'meta' && p.kind !== 'caption');
    if (!above || above.kind !== 'body' || above.block.text.length < 15) continue;
    found.push({ at: i, who, date });
  }
  if (new Set(found.map((f) => f.who.name)).size < 2) return;
  for (const f of found) {
    const it = items[f.at]!;
    it.kind = 'attribution';
    it.speaker = { name: f.who.name, role: f.who.role };
    it.evidence = 2;
    it.text = '';
    f.date.kind = 'meta';
  }
}
