/**
 * Vox pops where each voice has its own headline on the name's line, no colon: "潘先生 票投稳定 拒绝暴力",
 * then the person's words below. The name opens the line, a space, then a short headline of a phrase or
 * two. The shape alone could be a caption, so two or more such lines, each over a paragraph of speech.
 */
import { nextSignificant, type Item } from './feature-items';
import { stripReadingGlosses } from './lines';
import { isPersonName, splitSpeakerLabel, type NameContext } from './names';

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

function headsSpeech(next: Item | null): boolean {
  return !!next && next.kind === 'body' && next.text.length >= 30 && /[。！？!?，,]/.test(next.text);
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
  if (new Set(found.map((f) => f.name)).size < 2) return;
  for (const { item, name } of found) {
    item.kind = 'label';
    item.host = false;
    item.speaker = { name, role: null };
    item.evidence = 2;
    item.text = '';
    item.shape = 'name headline';
    delete item.title;
    delete item.implicit;
  }
}
