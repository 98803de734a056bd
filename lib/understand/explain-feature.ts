/**
 * Why a page was or was not taken for a multi-speaker feature, in words (`npm run analyze -- FILE
 * --explain`): the page check the extension runs first, the judgement's checks with their thresholds,
 * the cues that decided, the voices found, and the label-like lines that were set aside and why.
 */
import type { PageCheck } from './detect';
import type { Item } from './feature-items';
import type { ParseResult } from './parse';

const MAX_LISTED = 12;

function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

function describePageCheck(page: PageCheck): string[] {
  const lines = ['Page check (the extension runs it on every page; the parse runs only when it passes):'];
  lines.push(`  ${mark(page.chinese)} Chinese text in the page's opening`);
  if (!page.chinese) return lines;
  lines.push(`  ${mark(page.textCues)} two speaker labels or "——" attributions in the text, each opening a line or after a sentence end`);
  if (!page.textCues) {
    lines.push(`  ${mark(page.boldLabels >= 2)} bold speaker lines without a colon: ${page.boldLabels} (need ≥ 2)`);
    if (page.boldLabels < 2) lines.push(`  ${mark(page.looseLines >= 2)} paragraphs that are only "org name": ${page.looseLines} (need ≥ 2)`);
    const v = page.paragraphVoices;
    if (v) lines.push(`  ${mark(page.passes && !page.framedLead && !page.opening)} colon-less voices in paragraphs: ${v.reported} people opening with a verb of saying, ${v.lines} voice lines (need ≥ 3 people, ≥ 2 lines, or 1 line and 2 people)`);
    if (page.framedLead !== undefined) lines.push(`  ${mark(!!page.framedLead)} a headline or lead announcing a round of views${page.framedLead ? `: "${page.framedLead.slice(0, 30)}…"` : ''}`);
    if (page.opening !== undefined) lines.push(`  ${mark(page.opening)} the parse of the page's opening (headline and paragraphs), made off the page by the engine, finds a feature`);
  }
  lines.push(`  → ${page.passes ? 'passes: the page is parsed' : 'fails: the page is not parsed, nothing is shown'}`);
  return lines;
}

function lineCounts(lines: readonly Item[]): string {
  const counts = new Map<string, number>();
  const add = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  for (const it of lines) {
    if (it.merged) continue;
    if (it.programme) add('programme lines');
    else if (it.kind === 'label' && it.loose) add('speaker lines without a colon');
    else if (it.kind === 'label') add(it.host ? 'host lines' : (it.evidence ?? 0) >= 2 ? 'speaker labels' : 'weak labels');
    else if (it.kind === 'attribution') add('"——" attributions');
    else if (it.kind === 'marker' || (it.kind === 'topic' && !it.implicit)) add('topic headers');
    else if (it.kind === 'topic') add('section titles');
    else if (it.kind === 'question') add('interviewer questions');
    else if (it.kind === 'byline') add('bylines');
    else if (it.kind === 'skip') add('link lines (skipped)');
  }
  return [...counts].map(([what, n]) => `${what} ${n}`).join(', ') || 'none';
}

/** The explanation as text, one finding per line. */
export function explainParse(result: ParseResult, page: PageCheck | null = null): string {
  const { outline, judgement } = result;
  const out: string[] = [];
  out.push(`${outline.headline ?? '(no headline)'}`);
  const kindWords = `kind "${outline.kind}" (${outline.kind === 'roundtable' ? 'topic sections' : outline.kind === 'panel' ? 'host and guests' : 'collected statements without sections'})`;
  // the product's verdict first: a parse the page check never lets run shows nothing in the extension
  if (outline.detected && page && !page.passes) out.push(`Detected: no (the page check and the opening's parse refuse it, so the extension never parses this page; the parse alone would take it for a feature, ${kindWords})`);
  else out.push(outline.detected ? `Detected: yes, ${kindWords}` : 'Detected: no');
  out.push(`Evidence: ${outline.evidence.join(' · ') || '(none)'}`);
  out.push('');
  if (page) out.push(...describePageCheck(page), '');
  out.push('Judgement (every check must hold):');
  for (const c of judgement.checks) out.push(`  ${mark(c.ok)} ${c.cue}: ${c.value} (need ${c.need})`);
  const piece = judgement.piece;
  if (piece) {
    out.push('', `Learned judge (judge-piece.ts): ${piece.candidate ? `score ${piece.score}, top: ${piece.top.map((t) => `${t.feature} ${t.by}`).join(', ')}` : 'not asked (< 2 voices)'}`);
  }
  out.push('');
  out.push(`Lines read: ${lineCounts(result.lines)}`);
  const voices = outline.topics.flatMap((t) => t.statements);
  if (voices.length) {
    out.push('', 'Voices:');
    voices.slice(0, MAX_LISTED * 2).forEach((s, i) => {
      const who = [s.speaker.name, s.speaker.role && `(${s.speaker.role})`].filter(Boolean).join(' ');
      out.push(`  ${i + 1}. ${who || '(unnamed)'}: ${s.paragraphs.length} paragraph${s.paragraphs.length === 1 ? '' : 's'}`);
    });
    if (voices.length > MAX_LISTED * 2) out.push(`  … ${voices.length - MAX_LISTED * 2} more`);
  }
  const aside = result.lines.filter((it) => it.aside);
  if (aside.length) {
    out.push('', 'Set aside (read as labels first):');
    for (const it of aside.slice(0, MAX_LISTED)) out.push(`  “${it.block.text.slice(0, 40)}”: ${it.aside}`);
    if (aside.length > MAX_LISTED) out.push(`  … ${aside.length - MAX_LISTED} more`);
  }
  return `${out.join('\n')}\n`;
}
