/**
 * The pair under heads (headed-voices.ts), when every other reading of the voices refused the piece: two people,
 * each under a head naming them, are a feature of two voices; their sections are their statements. A headline
 * framing an event keeps its people witnesses.
 */
import type { Judgement } from './judge-feature';
import type { ProseReading } from './prose-voices';
import type { Walk } from './walk-speakers';
import { isHeadedPair, measureHeadedVoices, type Voice } from './headed-voices';

/** Judges the pair under heads: a check of its own for `--explain`; when it holds, the piece is a "voices" feature. */
export function judgeHeadedPair(judgement: Judgement, walk: Walk, texts: readonly string[], prose: ProseReading, proseAt: number): void {
  // the people the labels found and those of the prose: a head may name either
  const voices: Voice[] = [...walk.topics.flatMap((t) => t.statements).filter((s) => !s.host).map((s) => ({ name: s.speaker.name ?? '', role: s.speaker.role })), ...prose.voices];
  // (a page may open on the first voice's head, which the frame reads as the headline)
  const headline = judgement.headline;
  const h = measureHeadedVoices(headline && !texts.includes(headline) ? [headline, ...texts] : texts, voices);
  const ok = isHeadedPair(h) && !judgement.framing?.event;
  judgement.checks.push({ cue: `a pair under heads of their own (${h.heads} heads naming one voice, ${h.ordered ? 'in turn' : 'returning'}, ${h.back} back)`, value: h.headed, need: '2 headed, in turn, the first not named after the second head', ok });
  if (!ok) return;
  for (const at of [0, proseAt]) judgement.checks[at] = { ...judgement.checks[at]!, ok: true };
  const reporter = walk.topics.flatMap((t) => t.statements).find((s) => s.reporter)?.reporter ?? null;
  walk.topics = [{ title: null, titleEl: null, implicit: true, statements: h.sections.map((s) => ({ speaker: { name: s.name, role: s.role }, host: false, reported: true, evidence: 2, reporter, paragraphs: s.paragraphs, els: [] })) }];
  judgement.detected = true;
  judgement.kind = 'voices';
  judgement.evidence = ['2 voices each under a head of their own'];
}
