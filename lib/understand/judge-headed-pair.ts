/**
 * The pair under heads (headed-voices.ts), when every other reading of the voices refused the piece: two people,
 * each under a head naming them, are a feature of two voices, their sections their statements. A headline framing
 * an event keeps its people witnesses, and so does an official among them (an event's speeches under heads).
 */
import type { Judgement } from './judge-feature';
import type { ProseReading } from './prose-voices';
import type { Walk } from './walk-speakers';
import { readHeadedPair } from './headed-voices';
import { reportsOfficial } from './round-vetoes';

/**
 * Judges the pair under heads: a check of its own for `--explain`; when it holds, `adopt` (prose-judge.ts
 * adoptProseVoices, passed in as prose-judge.ts calls this) makes the sections the feature's statements.
 */
export function judgeHeadedPair(judgement: Judgement, walk: Walk, texts: readonly string[], prose: ProseReading, proseAt: number, adopt: (j: Judgement, w: Walk, p: ProseReading) => void): void {
  // the people the labels found and those of the prose (a head may name either); a page may open on the first head,
  // which the frame takes for the headline
  const head = judgement.headline;
  const named = walk.topics.flatMap((t) => t.statements).filter((s) => !s.host).map((s) => ({ name: s.speaker.name ?? '', role: s.speaker.role }));
  const pair = judgement.framing?.event || reportsOfficial(prose) ? null : readHeadedPair(head && !texts.includes(head) ? [head, ...texts] : texts, [...named, ...prose.voices]);
  judgement.checks.push({ cue: 'two voices under heads', value: pair ? 2 : 0, need: '2', ok: !!pair });
  if (!pair) return;
  for (const at of [0, proseAt]) judgement.checks[at]!.ok = true;
  adopt(judgement, walk, { ...prose, voices: pair.map((s, at) => ({ ...s, sentences: s.paragraphs, at })) });
  judgement.evidence = ['2 voices each under a head of their own'];
}
