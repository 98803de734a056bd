/**
 * Two ways a page prints who a person is right beside the name, outside any sentence: a bracket after the name
 * ("某某(39岁)", "某某(某大学教授)"), and a card at the head of the person's own line ("某某：某公司员工，已婚",
 * "某某，45岁，某地人，国企职工；病症：…"). The keys give what is printed there as the role.
 */
import { endsWithRoleWord, endsWithTitle } from './names';
import { stripReadingGlosses } from './lines';

const AGE = /^\d+\s*[岁歲]$/u;
// a part of a card: short, no clause (的, 是), no person speaking (我, 你)
const CARD_PART = /^[^的是我你他她“”「」]{2,14}$/u;

/** The age or the role in a bracket right after a mention of the name ("某某(39岁)"); null when none. */
export function findBracketAfterName(name: string, text: string): string | null {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const m = /^[（(]([^()（）]{2,30})[)）]/.exec(text.slice(at + name.length));
    const inner = m?.[1]?.trim() ?? '';
    if (AGE.test(inner) || (CARD_PART.test(inner) && endsWithRoleWord(inner))) return inner;
  }
  return null;
}

/**
 * The card after the name at the head of its line, to the line's end or a semicolon, when each of its parts is a
 * short noun and one is a person's title ("某公司员工，已婚"); null when none (a subhead's gist, "某某：要延长公交线").
 */
export function findCardAfterName(name: string, text: string): string | null {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith(name)) continue;
    const m = /^\s*[：:，,]\s*([^；;。！？!?\n]+?)\s*(?:[；;。]|$)/u.exec(t.slice(name.length));
    const parts = m ? m[1]!.split(/[，,]/) : [];
    const plain = parts.map((p) => stripReadingGlosses(p.trim()));
    if (plain.length && plain.every((p) => CARD_PART.test(p)) && plain.some(endsWithTitle)) return m![1]!;
  }
  return null;
}
