/**
 * Vox pops where each voice has its own headline on the name's line, no colon: "潘先生 票投稳定 拒绝暴力",
 * then the person's words below. The name opens the line, a space, then a short headline of a phrase or
 * two. The shape alone could be a caption, so two or more such lines, each over a paragraph of speech.
 */
import { squeeze } from '../chinese/chars';
import { nextSignificant, type Item } from './feature-items';
import { stripReadingGlosses } from './lines';
import { isPersonName, looksLikeGivenName, splitSpeakerLabel, type NameContext } from './names';

const NAME_HEADLINE = /^(\S{2,8})[ \t\u3000]+(\p{Script=Han}[\p{Script=Han} \t\u3000]{2,22})$/u;

/** "潘先生 票投穩定 拒絕黑暴" → the name and the headline; null for other lines. */
export function matchNameHeadline(text: string, ctx: NameContext = {}): { name: string; headline: string } | null {
  const m = NAME_HEADLINE.exec(text.trim());
  if (!m) return null;
  const who = m[1]!;
  // a person alone (an honorific form, or a full name of three characters or more), not a role or an organisation
  const split = splitSpeakerLabel(who, ctx);
  const honorific = split.name === who && !split.role && split.evidence >= 2;
  if (!honorific && !(who.length >= 3 && isPersonName(who))) return null;
  return { name: who, headline: m[2]!.trim() };
}

// the page check's form with a colon: "李某：開展更深、更廣改革" (a label proper in the parse, which confirms it
// by the paragraph below naming the person; the page check only counts such lines)
const NAME_COLON_HEADLINE = /^([^\s：:]{2,8})[：:][ \t\u3000]*(\p{Script=Han}[\p{Script=Han}、 \t\u3000]{2,22})$/u;

/**
 * "李某：開展更深、更廣改革" → the name and the headline (a person's name alone before the colon); null otherwise.
 * A mirror's pinyin glosses are read past ("張某:搞清楚頭腦的關(guān)系"). A two-character name, too short to be
 * sure of alone, counts when the paragraph `below` names the person again (the piece goes on about them).
 */
export function matchNameColonHeadline(text: string, ctx: NameContext = {}, below?: string): { name: string; headline: string } | null {
  const m = NAME_COLON_HEADLINE.exec(stripReadingGlosses(text.trim()));
  if (!m) return null;
  const who = m[1]!;
  // (the name as matchNameHeadline reads it; the headline may hold a list comma here)
  if (matchNameHeadline(`${who} ${m[2]!.replace(/、/g, ' ')}`, ctx)) return { name: who, headline: m[2]!.trim() };
  const named = who.length === 2 && !!below && below.slice(0, BELOW_REACH).includes(who) && isPersonName(who);
  return named ? { name: who, headline: m[2]!.trim() } : null;
}
const BELOW_REACH = 120;

/** A paragraph of words below a name: `min` characters or more, a sentence or a clause (a quick quote may be one short sentence). */
function headsSpeech(next: Item | null | undefined, min = 30): boolean {
  return !!next && next.kind === 'body' && next.text.length >= min && /[。！？!?，,]/.test(next.text);
}

// a bare name's paragraph that is a portrait's bio, not the person's words: it opens with a pronoun ("她1965年…")
const BIO_START = /^[他她其该該]/;
// a headline states a view; a full stop or an exclamation closes a sentence of speech instead
const SENTENCE = /[。！!…]/;

/**
 * A quick-quote column (a paper's "代表说", "一句话"), or collected remarks (名家谈): each speaker's bare name alone
 * on its line, their words in the paragraph or paragraphs below, person after person. A bare name alone is as often
 * a portrait's caption over a bio, so the layout must hold: three or more distinct names, each over the person's
 * own words (no paragraph of theirs names them, the first opens with no pronoun, as a bio does), one at least in
 * the first person.
 */
function labelNamesAlone(items: Item[]): void {
  const flow = items.filter((it) => !it.merged && it.kind !== 'skip' && it.kind !== 'meta');
  let run: Item[] = [];
  // (people speaking: one at least in the first person; an honours list's citations describe, "你" or "他")
  let first = false;
  for (let k = 0; k <= flow.length; k++) {
    const it = flow[k];
    const below = flow[k + 1];
    const name = it ? squeeze(it.block.text) : '';
    if (it && (it.kind === 'caption' || it.kind === 'body') && !it.block.caption && isNameInLayout(name) && headsSpeech(below, 15) && !below!.text.includes(name) && !BIO_START.test(below!.text.trim())) {
      run.push(it);
      first ||= below!.text.includes('我');
      k++;
      // the words may run on over more paragraphs up to the next name; one naming the person is a bio's
      while (headsSpeech(flow[k + 1], 15) && !isNameInLayout(squeeze(flow[k + 1]!.block.text)) && !flow[k + 1]!.text.includes(name)) {
        first ||= flow[k + 1]!.text.includes('我');
        k++;
      }
      continue;
    }
    if (first && countPersons(run.map((r) => squeeze(r.block.text))) >= 3) for (const r of run) asNameLabel(r, squeeze(r.block.text), 'name alone');
    run = [];
    first = false;
  }
}

/**
 * "姓名：观点标题" over each contributor's paragraph (a discussion page's 大众评判台, a forum's round of views): a
 * bare name, a headline of their view after the colon (no sentence), their text below. One such line is a weak
 * label (a headline list's item looks the same); two or more persons in the layout confirm each other.
 */
export function confirmNameColonHeadlines(items: Item[]): void {
  const found: Array<{ item: Item; name: string }> = [];
  items.forEach((it, i) => {
    // (a bare name the surname list lacks reads as a role: "励某：" is split as no name)
    const name = it.speaker?.name ?? it.speaker?.role;
    if (it.kind !== 'label' || it.host || (it.evidence ?? 0) >= 2 || it.shape !== 'label：' || !name || (it.speaker?.name && it.speaker.role)) return;
    if (!isNameInLayout(name) || it.text === '' || it.text.length > 30 || SENTENCE.test(it.text)) return;
    if (headsSpeech(nextSignificant(items, i + 1))) found.push({ item: it, name });
  });
  if (countPersons(found.map((f) => f.name)) < 2) return;
  for (const { item, name } of found) {
    item.speaker = { name, role: null };
    item.evidence = 2;
  }
}

/** Distinct names the surname list knows: the layout's own evidence. */
function countPersons(names: string[]): number {
  return new Set(names.filter((n) => isPersonName(n))).size;
}

/**
 * A name in a layout that others with known surnames confirm: a full name, or two or three characters that read
 * as a name of a surname the list leaves out as too often a word ("拜某某", "励某").
 */
function isNameInLayout(name: string): boolean {
  return isPersonName(name) || (name.length <= 3 && looksLikeGivenName(name));
}

function asNameLabel(item: Item, name: string, shape: string): void {
  item.kind = 'label';
  item.host = false;
  item.speaker = { name, role: null };
  item.evidence = 2;
  item.text = '';
  item.shape = shape;
  delete item.title;
  delete item.implicit;
}

/** Makes "name headline" lines labels when two or more of them each head a paragraph of speech. */
export function labelNameHeadlines(items: Item[], ctx: NameContext): void {
  const found: Array<{ item: Item; name: string }> = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // (a label read alone on its line may have split it wrongly: "馮先生 支持政府 確保公平" is no "role name")
    const alone = it.kind === 'label' && it.text === '' && it.shape === 'alone';
    if (it.merged || (it.kind !== 'body' && it.kind !== 'topic' && it.kind !== 'caption' && !alone)) continue;
    const m = matchNameHeadline(it.block.text, ctx);
    if (m && headsSpeech(nextSignificant(items, i + 1))) found.push({ item: it, name: m.name });
  }
  if (new Set(found.map((f) => f.name)).size >= 2) for (const { item, name } of found) asNameLabel(item, name, 'name headline');
  labelNamesAlone(items);
}
