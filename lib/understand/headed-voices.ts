/**
 * A head over each voice: a piece that gives two people a section each marks where each one's begins, with a line
 * naming the person ("张某代表——", "潘某：科技强国靠自己", "★乘客王某 少吃少喝") or a paragraph opening on a
 * section's mark and the person's name ("【代表建议】全国人大代表陈某：…"): the head, not the reporter's sentences,
 * hands the page to each. A story's subheads name its topics, not the people it quotes; a story quoting two people
 * names them inside its sentences, and goes back to the first after the second.
 */
import { nameAt } from './measure-voice-round';
import { PAIR_VIEW } from './measure-blocks';

// a section's mark opening a line: a bracketed tag ("【群众心声】") or a bullet ("★", "■", "◆")
const MARK = /^(?:【[^】]{1,10}】|[★☆■□◆◇●○▲△])/u;
// a short line is a head unless a sentence's end closes it (a paragraph) or a colon (a speaker's label: the label formats')
const ENDS = /[。！？!?…:：][”」』]?$/u;
const isHead = (t: string) => t.length <= 40 && !ENDS.test(t);

export interface Voice {
  name: string;
  role: string | null;
}

export type HeadedSection = Voice & { paragraphs: string[] };

/**
 * Two people under a head each, or null: the lines naming one voice (a head, or a marked line naming it in its first 30
 * characters) name exactly two people in turn (none headed again after the other), the first is not named after the
 * second's head, and each section, its lines past the head up to the next voice's head, holds a view's paragraph (as
 * measure-blocks.ts asks of a named pair): a line quoted is no section.
 */
export function readHeadedPair(texts: readonly string[], voices: readonly Voice[]): HeadedSection[] | null {
  const lines = texts.map((t) => t.trim());
  const people = voices.map((v) => ({ ...v, name: v.name.trim() })).filter((v) => v.name.length >= 2);
  const heads: [Voice, number][] = [];
  lines.forEach((t, i) => {
    const short = isHead(t);
    if (!short && !MARK.test(t)) return;
    const span = short ? t : t.slice(0, 30);
    const named = people.filter((v) => nameAt(span, v.name, v.role) >= 0);
    const v = named[0];
    if (v && named.every((p) => p.name === v.name) && heads[heads.length - 1]?.[0].name !== v.name) heads.push([v, i]);
  });
  // (a voice's heads one after another are one: two entries are two people)
  if (heads.length !== 2) return null;
  const [[first], [, second]] = heads as [[Voice, number], [Voice, number]];
  if (lines.slice(second + 1).some((t) => nameAt(t, first.name, first.role) >= 0)) return null;
  const sections = heads.map(([v, i], k) => ({ ...v, paragraphs: lines.slice(i, heads[k + 1]?.[1] ?? lines.length).filter((t) => !isHead(t)) }));
  return sections.every((s) => s.paragraphs.join('').length >= PAIR_VIEW) ? sections : null;
}
