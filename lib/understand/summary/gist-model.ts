/**
 * The learned gist scorer: one weight per feature of ./gist-features.ts, fitted by scripts/fit-gist-scorer.ts
 * (a conditional logit over each statement's units, features standardised, L2; proven leave-one-set-out there).
 * The numbers are written by that script (`--write`): refit, do not edit by hand.
 */
import type { GistFeatures } from './gist-features';

export type GistModel = Readonly<Record<keyof GistFeatures, number>>;

// prettier-ignore
export const GIST_MODEL: GistModel = {"centrality":0.1,"position":0.05,"summaryHead":-0.03,"summaryInside":0.13,"stance":0.15,"correction":0.07,"request":0.34,"weakRequest":0.2,"last":0.21,"first":-0.01,"preamble":-0.14,"courtesy":-0.33,"wish":-0.49,"background":-0.37,"backToNow":0.38,"example":-0.26,"question":-0.11,"answers":0.1,"answersShort":-0.18,"reported":0.11,"announcement":-0.38,"slogan":0,"principalContradiction":0,"quoted":-0.15,"report":0.05,"listItem":-0.01,"short":-0.19,"unfinished":-0.98,"long":-0.62,"aside":0,"claim":0.26,"focus":0.09,"narration":-0.26,"answersQuestion":0.24,"dependent":0,"turn":0,"afterCourtesy":0.01,"afterBackground":-0.08,"penult":0,"length":0.23,"shared":-0.06,"figureOnly":-0.49,"boilerplate":0,"topCentral":0.07,"quotable":0.05,"firstOfTwo":0.02};

/** One unit's score under the model (higher: more the speaker's point). */
export function scoreGistFeatures(features: GistFeatures, model: GistModel = GIST_MODEL): number {
  let s = 0;
  for (const key in model) s += model[key as keyof GistFeatures] * features[key as keyof GistFeatures];
  return s;
}
