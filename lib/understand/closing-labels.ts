/**
 * A paragraph of the reporter's that ends by handing over to a voice, the words on the lines below:
 * "…一部分读者认为，…。例如，辽宁某市的谢某读者说：" then the letter, "…大家议论纷纷。市民张先生说：" then his
 * words. The last sentence is a label over the speech, as the same sentence alone on its line would be
 * (remarks-lines.ts); the narrative before it stays the reporter's. A pronoun ("他说：") or a group
 * ("不少读者表示：") names nobody and is left as it is.
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';
import { stripLetterVerb } from './letter-lines';
import { surnameLengthAt } from './surnames';

// the last sentence: an example word, the person, a verb of saying or writing, the colon that ends the paragraph
const CLOSING = /(?:^|[。！？!?；;]\s*)(?:例如|比如|譬如|其中)?[，,]?\s*([^。！？!?；;，,：:“”「」『』]{2,30}?)(说|說|写道|寫道|写到|寫到|表示|指出|认为|認為|谈道|談道|回忆说|回憶說)\s*[：:]\s*$/u;
// "辽宁某市的谢某读者": a reader (a listener, a viewer) named before the word for what they are
const POST_TITLE = /^(?:[^，,。]{0,20}的)?(\p{Script=Han}{2,4}?)(读者|讀者|听众|聽眾|观众|觀眾)$/u;

export interface ClosingLabel {
  name: string;
  role: string | null;
  /** How sure: 2 or more. */
  evidence: number;
  /** The narrative before the label, '' when the label is the whole paragraph. */
  before: string;
}

/** The label a paragraph closes with ("…。例如，某地的谢某读者说："), or null. */
export function matchClosingLabel(text: string, ctx: NameContext = {}): ClosingLabel | null {
  const t = text.trim();
  // (native test first: most paragraphs do not end with a colon)
  if (!t.endsWith('：') && !t.endsWith(':')) return null;
  const m = CLOSING.exec(t);
  if (!m) return null;
  const who = m[1]!.trim();
  const before = t.slice(0, m.index + (m[0].length - m[0].trimStart().length)).trim();
  const reader = POST_TITLE.exec(who);
  // (the title after it marks the name: "谢玉和" passes on its surname, a function word's look notwithstanding)
  if (reader && (isPersonName(reader[1]!) || surnameLengthAt(reader[1]!) > 0)) return { name: reader[1]!, role: reader[2]!, evidence: 2, before };
  // "某地的读者王某来信写到": a letter's writer
  const letter = stripLetterVerb(`${who}${m[2]}`) ?? who;
  const split = splitSpeakerLabel(letter, ctx);
  if (!split.name || split.evidence < 2) return null;
  return { name: split.name, role: split.role ? squeeze(split.role) : null, evidence: split.evidence, before };
}

/** Whether speech follows item `i`: running text of some length. */
function headsSpeech(items: readonly Item[], i: number): boolean {
  const next = nextSignificant(items, i + 1);
  return !!next && next.kind === 'body' && next.text.length >= 15 && /[。！？!?，,…]/.test(next.text);
}

/** Paragraphs of narrative that close with a person's label over the speech below become that label. */
export function labelClosingSentences(items: Item[], ctx: NameContext): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || it.kind !== 'body') continue;
    const label = matchClosingLabel(it.block.text, ctx);
    // (a paragraph that is only the label was read as one already; this is the one with narrative before it)
    if (!label || label.before === '' || !headsSpeech(items, i)) continue;
    it.kind = 'label';
    it.host = false;
    it.speaker = { name: label.name, role: label.role };
    it.evidence = label.evidence;
    it.text = '';
    it.shape = 'said：';
  }
}
