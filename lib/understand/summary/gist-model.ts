/**
 * The learned gist scorer: one weight per feature of ./gist-features.ts, fitted by scripts/fit-gist-scorer.ts
 * (a conditional logit over each statement's units, features standardised, L2; proven leave-one-set-out there).
 * The numbers are written by that script (`--write`): refit, do not edit by hand.
 */
import type { GistFeatures } from './gist-features';

export type GistModel = Readonly<Record<keyof GistFeatures, number>>;

// prettier-ignore
export const GIST_MODEL: GistModel = {"centrality":0.1,"position":0.05,"summaryHead":-0.02,"summaryInside":0.13,"stance":0.16,"correction":0.08,"request":0.34,"weakRequest":0.2,"last":0.21,"first":-0.02,"preamble":-0.14,"courtesy":-0.33,"wish":-0.49,"background":-0.38,"backToNow":0.2,"example":-0.26,"question":-0.12,"answers":0.09,"answersShort":-0.19,"reported":0.1,"announcement":-0.41,"slogan":-0.82,"principalContradiction":-0.57,"quoted":-0.15,"report":-0.33,"listItem":-0.01,"short":-0.19,"unfinished":-0.65,"long":-0.62,"aside":-0.25,"claim":0.26,"focus":0.08,"narration":-0.26,"answersQuestion":0.33,"dependent":0,"turn":0,"afterCourtesy":0.01,"afterBackground":-0.07,"penult":0,"length":0.23,"shared":-0.06,"figureOnly":-0.49,"boilerplate":0,"topCentral":0.07,"quotable":0.04,"firstOfTwo":0.02};

/** One unit's score under the model (higher: more the speaker's point). */
export function scoreGistFeatures(features: GistFeatures, model: GistModel = GIST_MODEL): number {
  let s = 0;
  for (const key in model) s += model[key as keyof GistFeatures] * features[key as keyof GistFeatures];
  return s;
}
