/**
 * The gist and the points. The gist is the best-scoring unit that is not boilerplate; the points add
 * what it lacks (the speaker's request, the sentence that gives a figure its context), then the next
 * best units that do not repeat what was chosen, in reading order.
 */
import type { UnitTraits } from './score-units';
import type { Unit } from './split-units';

const MAX_POINTS = 3;
const MIN_OWN_LINE = 14;

/**
 * The index of the gist among the units (-1 when there are none): the speaker's own lines first (not
 * boilerplate, not one item of a list (`items`: also one read from the statement, an area run through, one more
 * addition, a proposal's benefits), not a bare "…如下：" that only opens one, not the reporter's account of
 * who they are or what they did where their words are quoted), then the rest.
 */
export function pickGist(scores: readonly number[], traits: readonly UnitTraits[], units?: readonly Unit[], items?: readonly boolean[]): number {
  const all = scores.map((_, i) => i);
  const notBoilerplate = all.filter((i) => !traits[i]!.boilerplate);
  const own = notBoilerplate.filter((i) => !units || (!units[i]!.listItem && !items?.[i] && !/[：:]\s*$/.test(units[i]!.text)));
  // (own lines that are all fragments, "已经习惯了。", frame nothing: the list says what the speaker means)
  const ownLines = own.some((i) => !units || Array.from(units[i]!.shown).length >= MIN_OWN_LINE) ? own : [];
  // where the reporter quotes the speaker, the reporter's own account of them is no gist while their words are there
  const ownWords = ownLines.filter((i) => !traits[i]!.account);
  // (with no own line, the list's marked items before what goes on after them: "二是…。同时，要…" adds a caveat)
  const marked = notBoilerplate.filter((i) => !units || (units[i]!.listItem && !/[：:]\s*$/.test(units[i]!.text)));
  const pool = ownWords.length ? ownWords : ownLines.length ? ownLines : marked.length ? marked : notBoilerplate.length ? notBoilerplate : all;
  let best = -1;
  for (const i of pool) if (best < 0 || scores[i]! > scores[best]!) best = i;
  return best;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  const shared = new Set(a.filter((w) => sb.has(w))).size;
  return shared / Math.min(new Set(a).size, sb.size);
}

/** Indices of the points, in reading order. */
export function pickPoints(
  units: readonly Unit[],
  scores: readonly number[],
  traits: readonly UnitTraits[],
  gist: number,
): number[] {
  if (gist < 0) return [];
  const gistShown = units[gist]!.shown;
  const candidates = units
    .map((_, i) => i)
    .filter(
      (i) =>
        i !== gist &&
        !traits[i]!.boilerplate &&
        !traits[i]!.narration &&
        !gistShown.includes(units[i]!.shown) &&
        !units[i]!.shown.includes(gistShown) &&
        Array.from(units[i]!.shown).length >= 8,
    )
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  // a summary keeps at most about half of what was said: fewer points for a short statement
  let budget = Math.min(MAX_POINTS, Math.max(0, Math.ceil(units.length / 2) - 1));
  const chosen: number[] = [];
  const take = (i: number | undefined) => {
    if (i === undefined || chosen.includes(i) || chosen.length >= MAX_POINTS) return;
    chosen.push(i);
  };
  // what the gist lacks is added even beyond the budget of a short statement
  if (!traits[gist]!.request) {
    const ask = candidates.find((i) => traits[i]!.request);
    if (ask !== undefined) {
      take(ask);
      budget = Math.max(budget, chosen.length);
    }
  }
  if (!traits[gist]!.figure) {
    const fact = candidates.find((i) => traits[i]!.figure && !chosen.includes(i));
    if (fact !== undefined && chosen.length < Math.max(budget, 1)) take(fact);
    budget = Math.max(budget, chosen.length);
  }
  for (const i of candidates) {
    if (chosen.length >= budget) break;
    if (chosen.includes(i)) continue;
    const words = units[i]!.words;
    // a point that repeats the gist or another point adds nothing
    if ([gist, ...chosen].some((j) => overlap(words, units[j]!.words) > 0.7)) continue;
    take(i);
  }
  return chosen.sort((a, b) => a - b);
}
