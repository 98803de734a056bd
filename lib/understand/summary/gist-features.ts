/**
 * The feature vector of each unit for the learned gist scorer (./gist-model.ts): the cues measureFeatures reads
 * (./score-units.ts) plus what it leaves implicit: a turn ("但是…", after praise or background), the unit before being
 * courtesy or background, the place from the end, length, how many of its words the statement repeats, a figure
 * that is most of the sentence, boilerplate, the most central unit. Pure: units in, numbers out.
 */
import { extractFigureSpans } from './figures';
import { isBackground, isCourtesy, isPreamble } from './cues';
import { measureFeatures, isBoilerplate, type UnitFeatures } from './score-units';
import type { SummaryContext } from './question';
import type { Unit } from './split-units';

export interface GistFeatures extends UnitFeatures {
  /** Opens with a turn (但/但是/不过/可是/然而/其实): after what it turns from, the speaker's own view. */
  turn: number;
  /** The unit before is courtesy, praise or preamble: what follows it is where the speaker starts. */
  afterCourtesy: number;
  /** The unit before opens in the past: this one may be what came of it. */
  afterBackground: number;
  /** The last but one of three or more (a closing tag or wish often follows the point). */
  penult: number;
  /** Length in characters over 60, at most 1 (ROUGE and readers both want a whole sentence, not a tag). */
  length: number;
  /** Share of its content words the rest of the statement repeats. */
  shared: number;
  /** Figures are most of it ("增长了12.5%，达到3000亿元"): a number without the speaker's point. */
  figureOnly: number;
  boilerplate: number;
  /** The most central unit of three or more. */
  topCentral: number;
  /** Of 20 to 60 characters: the length of a line a reader quotes. */
  quotable: number;
  /** The first of two: two-sentence statements are decided by cues, not order. */
  firstOfTwo: number;
}

const TURN = /^[\s“「『]*(?:但|可是|不[过過]|然而|其[实實]|只是|可惜)/;
const isHan = (ch: string) => /[\p{Script=Han}\p{N}]/u.test(ch);

/** The features of every unit of a statement. */
export function measureGistFeatures(units: readonly Unit[], context: SummaryContext = {}): GistFeatures[] {
  const base = measureFeatures(units, context);
  const top = Math.max(...base.map((f) => f.centrality));
  const counts = new Map<string, number>();
  for (const u of units) for (const w of new Set(u.words)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const n = units.length;
  return units.map((u, i) => {
    const prev = units[i - 1]?.text ?? '';
    const words = new Set(u.words);
    const chars = Array.from(u.shown).filter(isHan).length;
    const len = Array.from(u.shown).length;
    const figureChars = extractFigureSpans(u.text).reduce((t, s) => t + Array.from(s.text).filter(isHan).length, 0);
    const b = (x: boolean) => (x ? 1 : 0);
    return {
      ...base[i]!,
      turn: b(TURN.test(u.text)),
      afterCourtesy: b(i > 0 && (isCourtesy(prev) || isPreamble(prev))),
      afterBackground: b(i > 0 && isBackground(prev)),
      penult: b(n > 2 && i === n - 2),
      length: Math.min(1, len / 60),
      shared: words.size ? [...words].filter((w) => counts.get(w)! > 1).length / words.size : 0,
      figureOnly: b(chars > 0 && figureChars / chars > 0.2),
      boilerplate: b(isBoilerplate(u.text)),
      topCentral: b(n > 2 && base[i]!.centrality === top && top > 0),
      quotable: b(len >= 20 && len <= 60),
      firstOfTwo: b(n === 2 && i === 0),
    };
  });
}
