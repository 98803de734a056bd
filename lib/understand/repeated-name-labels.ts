/**
 * Voices labelled by a bare given name or a one-word Latin name ("某欣：「…」", "Hins：「…」", a TV report's
 * captions under each clip). Such a label is anyone's word ("点评：", "提示：") until the text shows it is a
 * person's: the same label heads two or more lines of speech, and the running text names it as someone who is or
 * does something ("某欣是应届考生", "…的Hins，这天请假…", "某欣觉得…"). Then each of its lines is a voice; a label
 * seen once, or never named in the text around, stays weak.
 */
import { squeeze } from '../chinese/chars';
import type { Item } from './feature-items';
import { looksLikeGivenName } from './names';

const SPEECH = /[。！？!?…]|^\s*[“「『]/u;
const LATIN_GIVEN = /^[A-Z][a-z]{2,11}$/;
// what stands before a person named in the running text: a clause break, 的 of a description, a role word's end
const BEFORE = '(?:^|[，,。！？!?；;、：:\\s”」】\\]]|的|[生员員士人])';
// what follows them there: a clause break, or being, saying, thinking, doing
const AFTER = '(?:[，,。；;]|是|說|说|覺得|觉得|認為|认为|表示|也|亦|則|则|就|在|的目標|的目标|這天|这天|今年|曾|已|坦言|直言|希望)';

function labelKey(it: Item): string | null {
  const k = squeeze(it.speaker?.name ?? it.speaker?.role ?? '');
  return (LATIN_GIVEN.test(k) || (/^\p{Script=Han}{2,3}$/u.test(k) && looksLikeGivenName(k))) ? k : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// a line the label reader leaves as text: a Latin given name, a colon, speech ("Hins：「…」")
const LATIN_LINE = /^([A-Z][a-z]{2,11})\s*[：:]\s*(\S.*)$/u;

/** Weak "name：speech" labels repeated and named in the running text become voices (evidence 2). */
export function confirmRepeatedNameLabels(items: Item[]): void {
  const byKey = new Map<string, Array<{ it: Item; speech: string | null }>>();
  for (const it of items) {
    let k: string | null = null;
    let speech: string | null = null;
    if (it.kind === 'label' && !it.host && (it.evidence ?? 0) < 2 && it.shape === 'label：' && SPEECH.test(it.text)) k = labelKey(it);
    else if (it.kind === 'body' && !it.merged) {
      const m = LATIN_LINE.exec(it.block.text.trim());
      if (m && SPEECH.test(m[2]!)) [k, speech] = [m[1]!, m[2]!];
    }
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), { it, speech }]);
  }
  if (!byKey.size) return;
  const prose = items.filter((it) => it.kind === 'body' && !it.merged && !LATIN_LINE.test(it.block.text.trim())).map((it) => it.block.text).join('\n');
  for (const [k, lines] of byKey) {
    if (lines.length < 2) continue;
    if (!new RegExp(`${BEFORE}${escape(k)}${AFTER}`, 'u').test(prose)) continue;
    for (const { it, speech } of lines) {
      if (speech !== null) {
        it.kind = 'label';
        it.host = false;
        it.text = speech;
        it.shape = 'label：';
      }
      it.speaker = { name: k, role: null };
      it.evidence = 2;
      delete it.aside;
    }
  }
}
