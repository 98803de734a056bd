/**
 * A classify-lines step for speakers named in running text (reported-speech.ts): a "——" line or a
 * quotation's dash whose speaker is followed by a predicate is an attribution; a paragraph that opens with
 * a person and a verb of saying is a reported voice (weak: judge-feature.ts counts it only when such
 * paragraphs carry the piece).
 */
import { demoteReported, type Item } from './feature-items';
import type { NameContext } from './names';
import { matchDashClause, matchQuoteDashClause, matchReportedOpening, type ReportedSpeaker } from './reported-speech';

function asAttribution(item: Item, who: ReportedSpeaker, speech: string): true {
  item.kind = 'attribution';
  item.reported = true;
  item.speaker = { name: who.name, role: who.role };
  item.evidence = who.evidence;
  item.text = speech;
  return true;
}

/** Classifies a line whose speaker is named in a sentence; true when it was one. */
export function classifyReported(item: Item, text: string, ctx: NameContext): boolean {
  const dash = matchDashClause(text, ctx);
  if (dash) return asAttribution(item, dash, '');
  const quoted = matchQuoteDashClause(text, ctx);
  if (quoted) return asAttribution(item, quoted, quoted.quote);
  const opening = matchReportedOpening(text, ctx);
  if (!opening) return false;
  item.kind = 'label';
  item.host = false;
  item.speaker = { name: opening.name, role: opening.role };
  item.evidence = opening.evidence;
  // the paragraph is the speaker's (the verb introduces it); alone, the speech is below
  item.text = opening.rest || opening.quote ? text.trim() : '';
  item.shape = 'reported';
  item.said = true;
  item.reported = true;
  return true;
}

/**
 * Where the page names its voices with labels or attributions (two or more), a paragraph opened by a
 * person and a verb is the reporter's narration between them, not another voice.
 */
export function demoteReportedAmongLabels(items: Item[]): void {
  const strong = items.filter((it) => (it.kind === 'label' && !it.host && !it.said && !it.loose && (it.evidence ?? 0) >= 2) || (it.kind === 'attribution' && !it.reported));
  if (strong.length < 2) return;
  for (const it of items) {
    if (it.kind !== 'label' || !it.reported) continue;
    demoteReported(it, 'a person and a verb of saying, between labelled voices: the reporter\'s narration');
  }
}
