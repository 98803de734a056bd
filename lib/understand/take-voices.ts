/**
 * Voices on request: where the reader asks for the people a page quotes, the judge's candidate is taken whatever
 * the judge decided (as judge-piece.ts's "yes" takes it for the fitting script), a single voice too: the reader
 * asked for whoever is quoted. The caller keeps `detected` false in the outline: this is not a detected feature.
 */
import type { Item } from './feature-items';
import type { Judgement } from './judge-feature';
import type { NameContext } from './names';
import type { Walk } from './walk-speakers';
import { readProseVoices } from './prose-voices';
import { adoptProseVoices, flowTexts } from './prose-judge';

/** Makes the judgement take the voices the reader found; false where it found nobody who speaks. */
export function takeVoices(judgement: Judgement, walk: Walk, items: readonly Item[], ctx: NameContext): boolean {
  if (judgement.detected) return true;
  const labelled = judgement.counts?.roundupPeople ?? 0;
  const prose = (judgement.prose ??= readProseVoices(flowTexts(items), ctx));
  // the labels' voices where they name two people, or the only one the prose has none to set against (judge-piece.ts)
  if (labelled >= Math.min(2, Math.max(1, prose.people))) return (judgement.detected = true);
  if (!prose.people) return false;
  adoptProseVoices(judgement, walk, prose);
  return true;
}
