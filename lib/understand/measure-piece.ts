/**
 * The whole piece as numbers, for the learned judge (judge-piece.ts): what the reader and the cues already
 * found (the voices the labels and the reporter's sentences give, the prose voices, where they speak, how the
 * headline and lead frame the piece, the look-alikes' vetoes), each scaled to about 0..1. Nothing here reads
 * the text again beyond a glance at each paragraph's length and last character.
 */
import type { JudgeCounts } from './judge-feature';
import type { ProseReading } from './prose-voices';
import type { VoiceRound } from './measure-voice-round';
import type { Framing } from './framing-cues';
import { whoOf } from './find-interviewer';

/** The features' short names, in the vector's order (`--explain` names the top contributions by them). */
export const PIECE_FEATURES = [
  'labelled', 'people', 'vox pops', 'voices\' text', 'top voice', 'evenness', 'vetoes', 'round-up', 'prose top',
  'returns', 'opened', 'quoted', 'officials', 'led', 'framing', 'dispute', '2nd voice', 'passers-by', 'headline',
] as const;

export interface PieceParts {
  counts: JudgeCounts;
  prose: ProseReading;
  round: VoiceRound;
  framing: Framing;
  /** The flow's paragraphs (prose-judge.ts flowTexts). */
  texts: readonly string[];
  dispute: boolean;
}

const log = (n: number, top: number) => Math.min(1, Math.log2(1 + n) / Math.log2(1 + top));
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** The piece's feature vector, in the order of PIECE_FEATURES. */
export function measurePiece({ counts: c, prose: p, round: r, framing, texts, dispute }: PieceParts): number[] {
  let chars = 0;
  for (const t of texts) chars += t.length;
  // the prose voices' words, and the share of the one who says second most (a story's passing second quote)
  const said = new Map<string, number>();
  let proseChars = 0;
  for (const v of p.voices) {
    const n = v.sentences.join('').length;
    said.set(v.name, (said.get(v.name) ?? 0) + n);
    proseChars += n;
  }
  const ranked = [...said.values()].sort((a, b) => b - a);
  const held = new Map<string, number>();
  let spoken = 0;
  for (const s of c.speaking) {
    const n = s.paragraphs.join('').length;
    held.set(whoOf(s), (held.get(whoOf(s)) ?? 0) + n);
    spoken += n;
  }
  // how evenly the voices share their words: entropy over its most, 0 for one voice
  let entropy = 0;
  for (const n of held.values()) if (n) entropy -= (n / spoken) * Math.log(n / spoken);
  const people = Math.max(1, p.people);
  return [
    log(c.distinct, 8),
    log(c.roundupPeople, 8),
    ratio(c.said, c.speaking.length),
    Math.min(1, ratio(spoken, chars)),
    ratio(Math.max(0, ...held.values()), spoken),
    held.size > 1 ? entropy / Math.log(held.size) : 0,
    Math.min(1, c.vetoes / 2),
    c.roundup ? 1 : 0,
    p.top,
    Math.min(1, p.returns / people),
    ratio(p.opened, p.paragraphs),
    p.quoted / people,
    p.officials / people,
    ratio(r.led, r.body),
    Math.max(-1, Math.min(3, framing.strength)) / 3,
    dispute ? 1 : 0,
    ratio(ranked[1] ?? 0, proseChars),
    log(p.ordinary, 8),
    framing.headline ? 1 : 0,
  ];
}
