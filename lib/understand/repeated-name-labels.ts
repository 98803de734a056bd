/**
 * Voices labelled by a bare given name or a one-word Latin name ("某欣：「…」", "Hins：「…」", a TV report's
 * captions under each clip). Such a label is anyone's word ("点评：", "提示：") until the text shows it is a
 * person's: the same label heads two or more lines of speech, and the running text names it as someone who is or
 * does something ("某欣是应届考生", "…的Hins，这天请假…", "某欣觉得…"). Then each of its lines is a voice; a label
 * seen once, or never named in the text around, stays weak.
 */
import type { Item } from './feature-items';
import { looksLikeGivenName } from './names';

// a label line: a Latin given name or two or three Han characters, a colon, speech ("某欣：「…」", "Hins：「…」")
const LINE = /^([A-Z][a-z]{2,11}|\p{Script=Han}{2,3})\s*[：:]\s*(\S.*)$/u;
const SPEECH = /[。！？!?…]|^[“「『]/u;
// the name in the running text: after a break, 的 of a description or a role word's end; before a break, or being,
// saying, thinking, doing (是, 說, 覺得, 認為, 表示, 就, 坦言, 希望…). (A key is a Latin word or Han: nothing to escape.)
const BEFORE = '(?:^|[^\\p{Script=Han}A-Za-z]|的|[生员員士人])';
const AFTER = '(?:[^\\p{Script=Han}A-Za-z]|[是說说覺觉認认表也亦則则就在曾已坦直希])';

/** Weak "name：speech" lines repeated and named in the running text become voices (evidence 2). */
export function confirmRepeatedNameLabels(items: Item[]): void {
  const byKey = new Map<string, Array<[Item, string]>>();
  const prose: string[] = [];
  for (const it of items) {
    if (it.merged || !(it.kind === 'body' || (it.kind === 'label' && !it.host && (it.evidence ?? 0) < 2))) continue;
    const m = LINE.exec(it.block.text.trim());
    const k = m && SPEECH.test(m[2]!) && (/^[A-Z]/.test(m[1]!) || looksLikeGivenName(m[1]!)) ? m[1]! : null;
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), [it, m![2]!]]);
    else if (it.kind === 'body') prose.push(it.block.text);
  }
  const text = prose.join('\n');
  for (const [k, lines] of byKey) {
    if (lines.length < 2 || !new RegExp(`${BEFORE}${k}${AFTER}`, 'u').test(text)) continue;
    for (const [it, speech] of lines) {
      Object.assign(it, { kind: 'label', host: false, text: speech, shape: 'label：', speaker: { name: k, role: null }, evidence: 2 });
      delete it.aside;
    }
  }
}
