/**
 * The understanding engine: detect a roundtable feature on a page or in a text and parse it into the outline.
 *
 * main-content.ts  a page's article: without navigation, rails, tickers, comments, footers; none on a list page
 * blocks.ts   page (its main content) or text → ordered text blocks, each with its element (bold/heading/link flags, <br> lines)
 * lines.ts    what one line is: byline, credit, caption, date/meta, topic marker, speaker label, "——" attribution
 * names.ts    label → {name, role}: surnames (surnames.ts), role and organisation endings, honorifics,
 *             handles, names the article confirms (captions, repetition)
 * parse.ts    blocks → outline, as named stages over plain data (feature-items.ts):
 *               classify-lines.ts  what each line is, alone then in context (with the per-format modules:
 *                                  remarks-lines, numbered-quotes, netizen-voices, sentence-voices,
 *                                  forum-summaries, bare-name-voices, name-headline-lines, quote-first,
                                  narrative-voices (vox pops told in prose), closing-labels, signed-letters…)
 *               frame-feature.ts   headline, deck, the feature's extent, broken paragraphs re-joined (stitch.ts)
 *               walk-speakers.ts   the flow → topics, statements, lead, credits
 *               judge-feature.ts   detected or not, the kind (roundtable/voices/panel), the evidence
 * take-voices.ts  on request (`onRequest`), the people the reader found quoted, taken where the judge refused the page
 * explain-feature.ts  the judgement in words (`npm run analyze -- FILE --explain`)
 * summarize.ts  gist (centrality + cues) and points (words from segment.ts), figures, cited policy lines
 * detect.ts   the per-page check: a Chinese opening, two labels in the text (or two bold labels, or two
 *             "org name" paragraphs), then a parse
 * opening-text.ts, judge-opening.ts  the hand-off: a Chinese page the check refused, its opening read on the page and
 *             parsed off it (the engine); where that finds a feature, the page parses itself
 * analyze-page.ts  the content script's steps: check, decision on the main content's opening, full parse (unsummarized)
 * summarize-outline.ts  the statements' summaries, made after the parse (the extension: in their own lazy script,
 *             once a feature is found); every function here that returns an outline made by a parse returns it
 *             summarized, the content script's steps (beginPageAnalysis, finishPageAnalysis, readPageVoices) excepted
 * page-verdict.ts  a parse's outline with the extension's verdict (the CLI and the corpus say what the badge says)
 * script.ts   simplified or traditional, by script-specific characters
 */
import type { Outline } from '../outline';
import { blocksFromDocument, blocksFromText } from './blocks';
import { parseBlocks } from './parse';
import { tidySpeakers } from './tidy-speakers';

import { checkPage, type PageCheck } from './detect';
import { beginPageAnalysis, documentTitle, finishPageAnalysis, handOff, toAnalysis, type PageAnalysis } from './analyze-page';
import { explainParse } from './explain-feature';
import { summarizeAnalysis, summarizeOutline } from './summarize-outline';

export { checkPage, detectFeature, mightBeFeature, withOpening, type PageCheck } from './detect';
export { readOpeningText } from './opening-text';
export { judgeOpening } from './judge-opening';
export { applyPageCheck, describeCheckRefusal, parsedAloneAsFeature, refuseOutline } from './page-verdict';
export { blocksFromDocument, blocksFromText, linesOfText, type Block } from './blocks';
export { findMainContent, type MainContent } from './main-content';
export { splitSpeakerLabel, isPersonName } from './names';
export { summarizeStatement, extractFigures, extractCites, measureCentrality } from './summarize';
export { summarizeAnalysis, summarizeOutline } from './summarize-outline';
export { detectScriptByCommonChars } from '../chinese/script-common';

export { beginPageAnalysis, finishPageAnalysis, handOff, readPageVoices, DECISION_CHARS, type FirstStep, type PageAnalysis, type PendingAnalysis, type QuotedAnalysis } from './analyze-page';

/** Understands plain text: one paragraph per non-empty line (a first `SOURCE:` line is ignored); `onRequest`: the people it quotes, taken even where no feature is. */
export function analyzeText(text: string, options: { onRequest?: boolean } = {}): Outline {
  return summarizeOutline(tidySpeakers(parseBlocks(blocksFromText(text), { fromDocument: false, onRequest: options.onRequest })).outline);
}

/** Why a text was or was not taken for a feature, in words; with `check`, the page check of a page holding it comes first. */
export function explainText(text: string, check: PageCheck | null = null): string {
  return explainParse(parseBlocks(blocksFromText(text), { fromDocument: false }), check);
}

/** Why a page was or was not taken for a feature: the page check the extension runs, then the parse's judgement. */
export function explainDocument(doc: Document): string {
  return explainParse(parseBlocks(blocksFromDocument(doc), { fromDocument: true, title: documentTitle(doc) }), handOff(doc, checkPage(doc)));
}

/** Understands a page (or a part of one) and keeps, for each piece, the elements it came from. */
export function analyzeDocument(root: Document | Element): PageAnalysis {
  return summarizeAnalysis(toAnalysis(parseBlocks(blocksFromDocument(root), { fromDocument: true, title: documentTitle(root) })));
}

/**
 * The content script's steps at once (the CLI, the corpus, tests): the check, the hand-off where it refuses a Chinese
 * page (the opening's decision, here in process; the extension makes it in its engine), the decision and, where it
 * holds, the full parse, then the summaries (the extension's last step, from their own lazy script).
 */
export function analyzePage(doc: Document, check?: PageCheck): PageAnalysis | null {
  const first = beginPageAnalysis(doc, handOff(doc, check ?? checkPage(doc)));
  const analysis = first.done ? first.analysis : finishPageAnalysis(first.pending);
  return analysis && summarizeAnalysis(analysis);
}

/**
 * The per-page entry point: the cheap check, the decision on the page's opening, and the analysis only when
 * a roundtable is there (analyzePage; the content script runs the same steps as separate tasks). Null on
 * every other page.
 */
export function detectAndAnalyze(doc: Document, check?: PageCheck): PageAnalysis | null {
  return analyzePage(doc, check);
}
