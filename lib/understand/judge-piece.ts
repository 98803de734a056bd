/**
 * The learned judge: whether a piece where the reader found two voices or more is a multi-speaker feature,
 * decided by a logistic model over the whole piece (measure-piece.ts), its weights fitted leave-one-batch-out
 * on the labelled corpus (scripts/fit-piece-judge.ts; piece-weights.ts holds the numbers and the design). In the
 * design shipped (`keepHand`) the hand checks' verdict stands and the model only adds a piece they refused, when no
 * look-alike is barred (a veto, a story's two witnesses, an event's report) and its score passes the margin: the
 * design that took every candidate had the better recall and too many false positives.
 * A piece it takes keeps the voices the labels found, or else the prose voices.
 */
import type { Item } from './feature-items';
import type { Judgement } from './judge-feature';
import type { NameContext } from './names';
import type { Walk } from './walk-speakers';
import { readProseVoices } from './prose-voices';
import { measureVoiceRound } from './measure-voice-round';
import { readFraming } from './framing-cues';
import { answersTheOther } from './judge-roundup';
import { adoptProseVoices, flowTexts, frameLines } from './prose-judge';
import { measurePiece, PIECE_FEATURES } from './measure-piece';
import { isUnframedPair, measureBlocks } from './measure-blocks';
import { PIECE_WEIGHTS } from './piece-weights';

export interface PieceVerdict {
  /** The reader found two voices or more (labelled, in the reporter's sentences, or in the prose). */
  candidate: boolean;
  /** The model's score (log-odds; a feature above 0), and the hand checks' verdict. */
  score: number;
  hand: boolean;
  /** A look-alike the model may never add: a veto of the hand checks, a story's two witnesses, an event's report. */
  barred: boolean;
  x: number[];
  /** The features that moved the score most, with their share of it (for `--explain`). */
  top: { feature: string; by: number }[];
}

/**
 * The model (mutable, as the fitting script swaps folds in): `use` "model" decides by the score; "hand" keeps the
 * hand checks' verdict; "yes" takes every candidate (the fitting script reads the voices a taken piece would give).
 * The design the fit chose leave-one-batch-out: a candidate no look-alike vetoes is taken above `margin`, and with
 * `keepHand` the hand checks' features stay features.
 */
export const PIECE_MODEL: { use: 'model' | 'hand' | 'yes'; weights: readonly number[]; mean: readonly number[]; bias: number; margin: number; keepHand: boolean } = { use: 'model', ...PIECE_WEIGHTS };

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Scores the piece and, when the model and the hand checks disagree, makes the judgement the model's. */
export function judgePiece(judgement: Judgement, walk: Walk, items: readonly Item[], ctx: NameContext): void {
  const counts = judgement.counts;
  if (!counts) return;
  const texts = flowTexts(items);
  const prose = (judgement.prose ??= readProseVoices(texts, ctx));
  const round = (judgement.round ??= measureVoiceRound(texts, prose));
  const framing = (judgement.framing ??= (() => {
    const { headlines, lead } = frameLines(items, judgement.headline ?? null, prose);
    return readFraming(headlines, lead, prose.voices.map((v) => v.name));
  })());
  const blocks = (judgement.blocks ??= measureBlocks(flowTexts(items, true), prose));
  const x = measurePiece({ counts, prose, round, framing, texts, dispute: prose.people === 2 && answersTheOther(texts) });
  const m = PIECE_MODEL;
  const parts = x.map((v, j) => m.weights[j]! * (v - m.mean[j]!));
  const score = parts.reduce((a, b) => a + b, m.bias);
  const people = Math.max(counts.distinct, counts.roundupPeople, prose.people);
  const candidate = people >= 2;
  // two people the reporter's sentences quote, no frame of a round and no heads of their own: a story's witnesses,
  // which the model may not add (measure-blocks.ts); a pair under speaker labels is the labels' to judge
  const witnesses = !counts.speaking.some((s) => !s.said && !s.reported) && isUnframedPair(people, blocks, framing.strength);
  const hand = judgement.detected;
  const top = parts
    .map((by, j) => ({ feature: PIECE_FEATURES[j]!, by: round2(by) }))
    .sort((a, b) => Math.abs(b.by) - Math.abs(a.by))
    .slice(0, 3);
  const barred = counts.vetoes > 0 || witnesses || framing.event;
  judgement.piece = { candidate, score: round2(score), hand, barred, x, top };
  const detected = m.use === 'hand' ? hand : candidate && (m.use === 'yes' || (m.keepHand && hand) || (!barred && score > m.margin));
  if (detected === hand) return;
  const said = `learned score ${round2(score)} (${top.map((t) => `${t.feature} ${t.by}`).join(', ')})`;
  if (!detected) {
    judgement.detected = false;
    judgement.kind = null;
    judgement.evidence.push(`${said}: not a feature`);
    return;
  }
  // the voices the labels and the reporter's sentences found, or else those of the prose
  if (counts.roundupPeople >= 2) {
    judgement.detected = true;
    judgement.kind = counts.kind;
  } else adoptProseVoices(judgement, walk, prose);
  judgement.evidence.push(said);
}
