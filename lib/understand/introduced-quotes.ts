/**
 * A showcase or a vox pop told person by person: the reporter introduces someone in a sentence of their own
 * ("在某地创业的香港青年某某某如今正在…", "定居上海的河南人叶先生是个…"), then gives their words as a bare
 * quotation (no verb of saying, or a pronoun's, "她说："), as the paragraph's last sentence or clause, or the
 * paragraph after (a paragraph of the story between). The quotation has no other owner in sight, so it is the person's. One such pair is a
 * story quoting its subject; two or more people in the layout make the round, each a reported voice.
 */
import { nextSignificant, type Item } from './feature-items';
import { endsWithTitle, isPersonName } from './names';
import { isHonorificForm } from './reported-speech';
import { isOneCommonWord, wordCrossesBoundary } from './segment';
import { surnameLengthAt } from './surnames';

// the words alone: the whole paragraph a quotation
const QUOTE_PARAGRAPH = /^[“「][^“”「」]{8,}[”」]$/;
// or the paragraph's last sentence or clause ("…早早守在电视机前，“我也想…”")
const QUOTE_LAST = /[。！？!?，,：:]\s*[“「][^“”「」]{8,}[”」]$/;
const CLAUSE_BREAK = /[。！？!?；;：:，,“”「」]/;
// a paragraph between the introduction and the words goes on about the person: it names nobody new
const SPEECH_VERB = /[说說]|表示|认为|認為|指出|坦言/;

/** The one person a paragraph introduces with a role or a description before the name; null for none or several. */
export function findIntroducedPerson(text: string): { name: string; role: string | null } | null {
  const found = new Map<string, string | null>();
  for (let i = 2; i < text.length; i++) {
    for (const len of [3, 2]) {
      const name = text.slice(i, i + len);
      if (name.length < len || !/^\p{Script=Han}+$/u.test(name)) continue;
      if (!isPersonName(name) && !(isHonorificForm(name) && surnameLengthAt(name) > 0)) continue;
      // the name ends where a word does: not "肖某代|表" (a title after a two-character name), "余某深|表赞同",
      // "简历留|下", "关注|程"
      const third = text.slice(i + len - 1, i + len + 1);
      if (endsWithTitle(third) || wordCrossesBoundary(text, i + len) || (len === 3 && (isOneCommonWord(name.slice(0, 2)) || /^深表/.test(third)))) continue;
      let from = i;
      while (from > 0 && i - from < 24 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
      const before = text.slice(from, i);
      // a person's title right before ("香港青年某某某"; not a place's ending, "…下一站黄山"), a description's 的
      // before a full name, or any description before an honorific form ("定居上海的河南人叶先生")
      const titled = endsWithTitle(before);
      const described = (/的$/.test(before) && len === 3) || isHonorificForm(name);
      if (before.length >= 2 && (titled || described)) {
        if (!found.has(name)) found.set(name, titled ? before : null);
        break;
      }
    }
  }
  if (found.size !== 1) return null;
  const [name, role] = [...found][0]!;
  return { name, role };
}

/**
 * Whether the paragraph's closing quotation is bare: the clause before it has no verb of saying, or a pronoun's
 * ("她说："), the person introduced; "前来开户的李先生说：“…”" is a voice the sentence names itself (prose reads it).
 */
function isBareQuote(text: string): boolean {
  const open = Math.max(text.lastIndexOf('“'), text.lastIndexOf('「'));
  const clause = text.slice(0, open).split(/[。！？!?，,]/).pop() ?? '';
  return !SPEECH_VERB.test(clause) || /^\s*[他她]/.test(clause);
}

/** Whether a paragraph is the story going on about the person just introduced (no quotation, no one new). */
function goesOnAbout(it: Item | null | undefined): boolean {
  if (!it || it.kind !== 'body' || /[“「]/.test(it.block.text) || SPEECH_VERB.test(it.block.text)) return false;
  return findIntroducedPerson(it.block.text) === null;
}

/** Paragraphs introducing a person whose bare quotation follows become reported voices, two people or more. */
export function labelIntroducedQuotes(items: Item[]): void {
  const found: Array<{ item: Item; who: { name: string; role: string | null } }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || it.kind !== 'body') continue;
    const text = it.block.text.trim();
    if (QUOTE_PARAGRAPH.test(text)) continue;
    const who = findIntroducedPerson(text);
    if (!who || found.some((f) => f.who.name === who.name)) continue;
    let quoted = QUOTE_LAST.test(text) && isBareQuote(text);
    // the quotation next, or after a paragraph of the story about them
    let next = nextSignificant(items, i + 1);
    if (!quoted && goesOnAbout(next)) next = nextSignificant(items, items.indexOf(next!) + 1);
    quoted ||= !!next && next.kind === 'body' && QUOTE_PARAGRAPH.test(next.block.text.trim());
    if (quoted) found.push({ item: it, who });
  }
  if (found.length < 2) return;
  for (const { item, who } of found) {
    item.kind = 'label';
    item.host = false;
    item.speaker = { ...who };
    item.evidence = 2;
    item.text = item.block.text.trim();
    item.shape = 'reported';
    item.said = true;
    item.reported = true;
  }
}
