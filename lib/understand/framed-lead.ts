/**
 * A page-check step for a round told in prose: its headline or lead says several people were asked or spoke
 * ("记者随机采访了多名市民", "委员们认为…", "聽聽市民怎麼說"), as framing-cues.ts reads a parsed piece's lead. Such
 * pieces name their voices in the reporter's sentences, with no label for the cheap steps before this one to see.
 * The step reads the headline and the first few paragraphs only, so its cost does not grow with the page; a story
 * that frames a round of views without holding one is refused by the parse, which decides.
 */
import { announcesGroupViews } from './framing-cues';

/** Paragraphs read as the lead, and how much of each (a lead sentence comes early). */
const LEAD_PARAGRAPHS = 3;
const LEAD_CHARS = 400;
/** Shorter paragraphs are datelines, credits and captions, not a lead. */
const MIN_LEAD = 8;
/** A shorter <h1> is a logo or a section's name, not the headline the lead follows. */
const MIN_HEADLINE = 6;
/** Paragraphs looked through for the lead (a page whose first hundreds are bars has none this step can read). */
const MAX_PARAGRAPHS = 300;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

// What an announcement cannot do without: a plural or a count of people, a group's 们 (not 我们 or 他们), people
// reacting in turn, a visit or a listening, or the pairs of groups rounds are made of (代表委员, 专家学者, 家长和学生).
// One native-compiled scan of a sentence; the framing's own expressions (dozens of group words each) only run on a
// sentence that holds one: they cost about 0.1 µs a character.
const MARKER = /(?<![我你他她它咱])[们們]|[纷紛访訪听聽]|也有|[多数數几幾][名位个個]|[两兩二三四五六七八九十百\d][名位]|一[些群]|部分|[不唔]少|[许許]多|[众眾]多|各[界方]|不同|[这這]些|[争爭]相|各抒|代表|委[员員]|[专專]家|家[长長]|[师師]生/;
const SENTENCE = /[^。！？!?]+[。！？!?]?/g;

/** Whether a line holds a sentence announcing a round of views (the framing's expressions on marked sentences only). */
function announces(line: string): boolean {
  if (!MARKER.test(line)) return false;
  for (const sentence of line.match(SENTENCE) ?? []) if (MARKER.test(sentence) && announcesGroupViews(sentence)) return true;
  return false;
}

/** The headline or lead sentence announcing a round of views, or null. */
export function findFramedLead(doc: Document, body: HTMLElement): string | null {
  const lines: string[] = [];
  // the headline as the page prints it and as the tab names it (an <h1> may be the site's logo; a title may carry the site)
  const h1 = body.getElementsByTagName('h1')[0];
  const printed = h1?.textContent?.trim() ?? '';
  const titled = doc.title.trim();
  if (printed) lines.push(printed.slice(0, LEAD_CHARS));
  // (read once where it is the printed headline again, with the site's name after it)
  if (titled && !titled.startsWith(printed.slice(0, MIN_HEADLINE) || '\u0000')) lines.push(titled.slice(0, LEAD_CHARS));
  // the lead follows the headline: paragraphs above a printed headline are the page's bars and log-ins
  const after = h1 && printed.length >= MIN_HEADLINE ? h1 : null;
  const paras = body.getElementsByTagName('p');
  let read = 0;
  for (let i = 0; i < paras.length && i < MAX_PARAGRAPHS && read < LEAD_PARAGRAPHS; i++) {
    const para = paras[i]!;
    if (after && !(after.compareDocumentPosition(para) & FOLLOWING)) continue;
    // a paragraph that is one link is a headline in a list, not this page's lead
    const only = para.firstChild;
    if (only && only === para.lastChild && only.nodeName === 'A') continue;
    const text = (para.textContent ?? '').trim();
    if (text.length < MIN_LEAD || text === printed || text === titled) continue;
    lines.push(text.slice(0, LEAD_CHARS));
    read++;
  }
  return lines.find(announces) ?? null;
}
