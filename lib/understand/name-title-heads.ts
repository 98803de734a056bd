/**
 * A guests' page heads each person's words with the name and, run on with no separator, what they are:
 * "某某大陆著名作家、历史学者", "某某台灣作家、廣播人", alone on a line, the words below (a forum's or a salon's
 * round of remarks, a magazine's "嘉宾说"). Elsewhere a name opens such lines only after a dash or before a comma
 * (name-first-labels.ts); run on, the line reads as a subhead. Read here when two or more such heads, each over
 * words of its own, name different people: the repetition is the layout.
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { endsWithTitle, isPersonName, type NameContext } from './names';
import { isOneCommonWord, wordCrossesBoundary } from './segment';

// a head: no clause punctuation, no quotation, short (a title chain joined by 、 at most)
const HEAD = /^[^，,。！？!?；;：:“”「」()（）《》\s\d]{5,32}$/u;

// where a guest is from, opening the title after the name
const PLACE_FIRST = /^(?:大[陆陸]|[台臺][湾灣]|香港|澳[门門]|[内內]地|美[国國]|英[国國]|日本|新加坡|[马馬]来西亚|馬來西亞|中[国國])/u;
// a paragraph of words: some length and a clause or a sentence in it
const WORDS = /^(?=.{15,})[^]*[，,。！？!?]/u;

/** "某某台灣作家、廣播人" → the name and the title; null when the line is no name run on into a title. */
export function matchNameTitleHead(text: string, _ctx: NameContext = {}): { name: string; role: string } | null {
  const t = squeeze(text);
  if (!HEAD.test(t)) return null;
  // (a two-character name when the title opens with where the person is from, "某某大陸著名作家": the segmenter
  // may not know a traditional place's word, so 某某大 would pass for a name)
  for (const k of PLACE_FIRST.test(t.slice(2)) ? [2] : [3, 2, 4]) {
    const name = t.slice(0, k);
    const role = t.slice(k);
    // (the name's last character and the title's first are no word: "某某大|陸" is 某某, "大陸…" the title; a title of
    // four characters at least: "某某怡|議員" is a four-character name cut short)
    if (role.length < 4 || !isPersonName(name) || wordCrossesBoundary(t, k) || isOneCommonWord(t.slice(k - 1, k + 1))) continue;
    // every part of a title chain a title or a trade, one at least ending as a person's title does
    const parts = role.split('、');
    if (parts.some((p) => p.length < 2) || !parts.some((p) => endsWithTitle(p))) continue;
    return { name, role };
  }
  return null;
}

/** Name+title heads over the words below become labels, when two or more of them name different people. */
export function labelNameTitleHeads(items: Item[], ctx: NameContext): void {
  const heads: Array<{ item: Item; name: string; role: string }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.merged || it.kind !== 'body' || it.block.heading === 1) continue;
    const m = matchNameTitleHead(it.block.text, ctx);
    // (the words below: sentences, not the next line of a list of names and posts, "某某居委会主任" under "某某村主任")
    const next = nextSignificant(items, i + 1);
    if (!m || next?.kind !== 'body' || !WORDS.test(next.block.text) || matchNameTitleHead(next.block.text, ctx)) continue;
    heads.push({ item: it, ...m });
  }
  if (new Set(heads.map((h) => h.name)).size < 2) return;
  for (const h of heads) {
    const it = h.item;
    it.kind = 'label';
    it.host = false;
    it.speaker = { name: h.name, role: h.role };
    it.evidence = 3;
    it.text = '';
    it.shape = 'name+title';
    delete it.title;
  }
}
