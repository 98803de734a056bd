/** Main's hand-set gist weights, the baseline the learned scorer is measured against (scripts/fit-gist-scorer.ts). */
export { GIST_WEIGHTS as HAND_WEIGHTS } from '../../lib/understand/summary/score-units';
