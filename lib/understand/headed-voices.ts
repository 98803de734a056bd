/**
 * A head over each voice: a piece that gives two people a section each marks where each one's begins, with a line
 * naming the person ("张某代表——", "潘某：科技强国靠自己", "★乘客王某 少吃少喝") or a paragraph opening on a
 * section's mark and the person's name ("【代表建议】全国人大代表陈某：…"): the head, not the reporter's sentences,
 * hands the page to each. A story's subheads name its topics, not the people it quotes; a story quoting two people
 * names them inside its sentences, and goes back to the first after the second.
 */
import { nameAt } from './measure-voice-round';

// a section's mark opening a line: a bracketed tag ("【群众心声】") or a bullet ("★", "■", "◆")
const MARK = /^\s*(?:【[^】]{1,10}】|[★☆■□◆◇●○▲△▶►])/u;
// a sentence's end closing the line: a paragraph, not a head; a colon closing it: a speaker's label, the label formats' to judge
const ENDS = /[。！？!?…:：][”」』]?\s*$/u;
/** The longest head line, and how far into a marked paragraph the person's name may stand. */
const HEAD = 40;
const MARKED_NAME = 30;
/** The words a section holds at least: a view's paragraph (measure-blocks.ts asks a named pair as much), not a line quoted. */
const VIEW = 50;

export interface Voice {
  name: string;
  role: string | null;
}

export interface HeadedSection extends Voice {
  paragraphs: string[];
}

export interface HeadedVoices {
  /** Distinct voices named by a head of their own (one voice to a head), and the heads naming one voice. */
  headed: number;
  heads: number;
  /** Every voice's heads together: none headed again after another's. */
  ordered: boolean;
  /** Paragraphs after the second voice's head naming the first voice: the story going back to it. */
  back: number;
  /** Each headed voice's section: the lines after its head (a marked paragraph's own too) up to the next voice's head. */
  sections: HeadedSection[];
}

const isHeadLine = (line: string) => line.trim().length <= HEAD && !ENDS.test(line.trim());

/** The one voice a line heads, or null: a short line without a sentence's end, or a marked line with the name near its start. */
function headedBy(line: string, voices: readonly Voice[]): Voice | null {
  const t = line.trim();
  const short = isHeadLine(t);
  if (!short && !MARK.test(t)) return null;
  const span = short ? t : t.slice(0, MARKED_NAME);
  const named = voices.filter((v) => nameAt(span, v.name, v.role) >= 0);
  return named.length === 1 ? named[0]! : null;
}

/** Measures the heads naming the voices (names of two characters or more) among the flow's lines, heads included. */
export function measureHeadedVoices(texts: readonly string[], voices: readonly Voice[]): HeadedVoices {
  const distinct = [...new Map(voices.filter((v) => v.name.trim().length >= 2).map((v) => [v.name.trim(), { ...v, name: v.name.trim() }])).values()];
  const at: { voice: Voice; i: number }[] = [];
  texts.forEach((t, i) => {
    const voice = headedBy(t, distinct);
    if (voice) at.push({ voice, i });
  });
  const order: { voice: Voice; i: number }[] = [];
  let ordered = true;
  for (const h of at) {
    if (order[order.length - 1]?.voice === h.voice) continue;
    if (order.some((o) => o.voice === h.voice)) ordered = false;
    order.push(h);
  }
  const first = order[0]?.voice;
  const back = first && order[1] ? texts.slice(order[1].i + 1).filter((t) => nameAt(t, first.name, first.role) >= 0).length : 0;
  const sections = ordered ? order.map((h, k) => ({ ...h.voice, paragraphs: texts.slice(isHeadLine(texts[h.i]!) ? h.i + 1 : h.i, order[k + 1]?.i ?? texts.length).map((t) => t.trim()).filter((t) => !isHeadLine(t)) })) : [];
  return { headed: new Set(order.map((o) => o.voice)).size, heads: at.length, ordered, back, sections };
}

/**
 * Two people under a head each: both headed, their heads in turn (none again after the other's), the first not named
 * after the second's head, and each section holding a view's paragraph past its head.
 */
export function isHeadedPair(h: HeadedVoices): boolean {
  return h.headed === 2 && h.ordered && !h.back && h.sections.every((s) => s.paragraphs.join('').length >= VIEW);
}
