/**
 * The parser as a pipeline of named stages, each a function over plain data:
 *
 *   classify lines (classify-lines.ts)  blocks → items: what each line is, alone then in context
 *   frame the feature (frame-feature.ts) headline, deck, the feature's extent, broken paragraphs re-joined
 *   walk speakers (walk-speakers.ts)     items → topics, statements, lead, credits, captions
 *   judge (judge-feature.ts)             detected or not, the kind, and the cues that decided
 *
 * then the outline is assembled, with each piece's source elements for the page. The outline is unsummarized: every
 * statement's summary is empty (empty-summary.ts) until summarize-outline.ts makes it (the summariser is no part of
 * the parse, nor of the lazy script that carries it).
 */
import type { Outline } from '../outline';
import type { Block } from './blocks';
import { squeeze } from '../chinese/chars';
import { classifyLine, refineLines } from './classify-lines';
import { itemOf, type Item } from './feature-items';
import { commonAncestor, frameFeature } from './frame-feature';
import { judgeFeature, mergePerSpeakerTitles, type Judgement } from './judge-feature';
import { isPersonName, type NameContext } from './names';
import { labelNameRoleLines } from './name-role-lines';
import { labelNetizenHandles } from './netizen-handle-labels';
import { labelRemarks } from './remarks-lines';
import { labelClosingSentences } from './closing-labels';
import { attributeSignedLetters } from './signed-letters';
import { attributeNumberedQuotes } from './numbered-quotes';
import { splitNetizenVoices } from './netizen-voices';
import { splitSentenceVoices } from './sentence-voices';
import { labelForumSummaries } from './forum-summaries';
import { labelBareNameVoices } from './bare-name-voices';
import { joinRepeatedVoices } from './introduced-names';
import { labelNameHeadlines } from './name-headline-lines';
import { attributeQuoteFirst } from './quote-first';
import { labelSoundBites } from './transcript-lines';
import { labelRepeatedFormats } from './repeated-formats';
import { nameRunLabels } from './run-label-names';
import { reprintGlossedSpeakers } from './printed-glosses';
import { settleRoles } from './settle-roles';
import { detectScriptByCommonChars } from '../chinese/script-common';
import { emptySummary } from './empty-summary';
import { walkSpeakers } from './walk-speakers';
import { applyProseVoices } from './prose-judge';
import type { judgePiece } from './judge-piece';
import { takeVoices } from './take-voices';

export { commonAncestor };

export interface StatementSources {
  title: Element | null;
  statements: Element[][];
}

export interface ParseResult {
  outline: Outline;
  sources: { headline: Element | null; lead: Element[]; topics: StatementSources[] };
  /** Every element the feature's text came from, for finding its container. */
  elements: Element[];
  /** The judgement with every check made (for `--explain`). */
  judgement: Judgement;
  /** Every line as classified, the feature's and the page's around it (for `--explain`). */
  lines: Item[];
}

export interface ParseOptions {
  fromDocument: boolean;
  title?: string | null;
  learned?: typeof judgePiece;
  /** Read on request: the people the reader found quoted even where the judge refused the page (take-voices.ts). */
  onRequest?: boolean;
}

/** Parses blocks (from a page or a text) into the outline (unsummarized) and its sources. */
export function parseBlocks(blocks: Block[], options: ParseOptions): ParseResult {
  const allText = blocks.map((b) => b.text).join('\n');
  const known = new Set<string>();
  // a bare name on its own line confirms it (a portrait's caption); two characters alone may be a button ("关注")
  for (const b of blocks) if (!b.link && isPersonName(b.text) && (squeeze(b.text).length >= 3 || b.caption || b.emphasis)) known.add(squeeze(b.text));
  const ctx: NameContext = { known, text: allText };

  const all = blocks.map(itemOf);
  for (const it of all) classifyLine(it, ctx);
  // formats read from the lines around (one module each): remarks labels, numbered quote digests, voices
  // inside paragraphs (netizens, meeting reports), forum presenters, bare names beside others, name+headline lines
  labelRemarks(all, ctx);
  labelClosingSentences(all, ctx);
  attributeSignedLetters(all, ctx);
  attributeNumberedQuotes(all, ctx);
  splitNetizenVoices(all, ctx);
  splitSentenceVoices(all, ctx);
  labelForumSummaries(all, ctx);
  labelBareNameVoices(all, ctx);
  joinRepeatedVoices(all);
  labelNameHeadlines(all, ctx);
  refineLines(all);
  attributeQuoteFirst(all, ctx);
  labelNameRoleLines(all);
  labelNetizenHandles(all);
  labelSoundBites(all, ctx);
  labelRepeatedFormats(all, ctx);
  nameRunLabels(all);
  reprintGlossedSpeakers(all);
  const frame = frameFeature(all, options.fromDocument, options.title);
  const walk = walkSpeakers(frame.items, allText);
  walk.topics = mergePerSpeakerTitles(walk.topics);
  const judgement = judgeFeature(walk, frame.items, frame.headline?.block.text ?? null);
  // voices told in the reporter's prose, sentence by sentence, when no label format made the feature
  applyProseVoices(judgement, walk, frame.items, ctx);
  // the learned judge (judge-piece.ts) runs only where a script passes it (its fit, its tests): it moved no page of
  // batch-15 nor the real pages, and the voices' blocks (measure-blocks.ts) now judge what it was added for
  options.learned?.(judgement, walk, frame.items, ctx);
  const { onRequest } = options;
  const taken = onRequest && takeVoices(judgement, walk, frame.items, ctx);
  const { detected } = judgement;
  // on request, the people named only (an organisation or a group is nobody quoted)
  const kept = !taken ? (detected ? walk.topics : []) : walk.topics.map((t) => ({ ...t, statements: t.statements.filter((s) => s.speaker.name) })).filter((t) => t.statements.length);
  if (onRequest) judgement.evidence.push('read on request');
  // roles settled only for the speakers the outline shows
  settleRoles(kept, allText);

  const lead = walk.leadParts;
  const scriptSample = [frame.headline?.block.text ?? '', ...frame.items.map((it) => it.block.text)].join('');
  const outline: Outline = {
    // a reading on request is never a detected feature (its own field says so)
    detected: detected && !onRequest,
    kind: onRequest ? null : judgement.kind,
    evidence: judgement.evidence,
    script: detectScriptByCommonChars(scriptSample),
    headline: frame.headline?.block.text ?? options.title ?? null,
    deck: frame.deck,
    // a story that is not a roundtable has no introduction of voices: its lead is its first paragraph
    lead: lead.length ? (detected ? lead.join('\n') : lead[0]!) : null,
    topics: kept.map((t) => ({
      title: t.title,
      statements: t.statements.map((s) => ({
        speaker: s.speaker,
        reporter: s.reporter,
        paragraphs: s.paragraphs,
        // made after the parse, where a feature is found (summarize-outline.ts): the summariser is no part of it
        summary: emptySummary(),
      })),
    })),
    credits: walk.credits,
    captions: walk.captions,
    ...(onRequest ? { onRequest: true as const } : {}),
  };
  const sources = {
    headline: frame.headline?.els[0] ?? null,
    lead: walk.leadEls,
    topics: kept.map((t) => ({ title: t.titleEl, statements: t.statements.map((s) => s.els) })),
  };
  const elements = [
    ...(frame.headline?.els ?? []),
    ...(frame.deckItem?.els ?? []),
    ...walk.leadEls,
    ...sources.topics.flatMap((t) => [...(t.title ? [t.title] : []), ...t.statements.flat()]),
  ];
  return { outline, sources, elements, judgement, lines: all };
}
