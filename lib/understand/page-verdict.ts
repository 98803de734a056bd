/**
 * One verdict on every surface: the outline a parse made, as the extension would show it. The extension parses
 * a page only when its cheap check passes (detect.ts), and decides a long page on its opening
 * (analyze-page.ts); the CLI and the corpus read a file with the full parse, and without this said "detected"
 * on pages where the badge stays dark.
 */
import type { Outline } from '../outline';
import type { PageCheck } from './detect';

/** How a refused outline's evidence marks what the parse alone found. */
const PARSE_ALONE = 'the parse alone: ';

/** Whether the parse alone took the page for a feature the extension's verdict refused (the corpus reports it). */
export function parsedAloneAsFeature(outline: Outline): boolean {
  return !outline.detected && outline.evidence.some((e) => e.startsWith(PARSE_ALONE));
}

/** Why the extension shows nothing on a page its check refused, in the evidence's own short style. */
export function describeCheckRefusal(check: PageCheck): string {
  if (!check.chinese) return 'page check: no Chinese text in the page opening';
  return check.opening === false
    ? "page check: no speaker labels, bold speaker lines, voices in paragraphs or announced round of views, and no feature in the opening's parse"
    : 'page check: no speaker labels, bold speaker lines, voices in paragraphs or announced round of views';
}

/**
 * The outline with the product's verdict: unchanged where the parse refused or the extension would show the
 * same; otherwise not detected, no topics, and the evidence saying why first, then what the parse alone found.
 */
export function refuseOutline(outline: Outline, why: string): Outline {
  if (!outline.detected) return outline;
  return {
    ...outline,
    detected: false,
    kind: null,
    evidence: [why, ...outline.evidence.map((e) => `${PARSE_ALONE}${e}`)],
    topics: [],
  };
}

/** The parse's outline where the page check passes; refused, with the check's reason, where it fails. */
export function applyPageCheck(outline: Outline, check: PageCheck): Outline {
  return check.passes ? outline : refuseOutline(outline, describeCheckRefusal(check));
}
