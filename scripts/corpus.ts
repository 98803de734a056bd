/**
 * `npm run corpus -- DIR`: scores a folder of pages (.html, .txt) against DIR/key.json (the shape of
 * ../shared/fixtures/real-pages/key.json): per page detection right or wrong, speakers found (name exact),
 * roles exact and time, then a line of totals. `edge: true` pages are reported, not scored.
 *
 * Every page is judged on both product paths: the outline the CLI prints and the extension's path on the page
 * (detectAndAnalyze: the check, then the decision and the parse); a page is right only when both are. Since the
 * twenty-sixth round the CLI gives the extension's verdict (lib/understand/page-verdict.ts): a text file is checked as
 * a page holding its lines as paragraphs (pageOfLines), and where the check refuses, the CLI shows nothing, as the
 * badge does; the report still says where the parse alone would have taken the page for a feature. For text the two
 * paths differ only where the text's parse and the page's parse disagree. Files are read by the CLI's own input
 * (scripts/cli/input.ts); the time is the page check's (what every page pays), or the text's check and parse.
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText, detectAndAnalyze, findMainContent, parsedAloneAsFeature, readPageVoices } from '../lib/understand';
import type { Outline } from '../lib/outline';
import { InputError, loadInput, pageOfLines } from './cli/input';
import { formatOnRequest, formatPage, formatTotals, outlineFromKey, scorePage, totalScores, type KeyEntry, type PageScore, type Totals } from './corpus/score';

export interface CorpusRun {
  pages: PageScore[];
  totals: Totals;
  /** Page files in the folder that the key does not list (not scored). */
  unkeyed: string[];
}

/** Reads and checks DIR/key.json (or a key file's path); throws InputError with a one-line reason. */
export async function readKey(dir: string, path = join(dir, 'key.json')): Promise<KeyEntry[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`${path}: no key (a JSON list of {file, roundtable, speakers?, edge?})`);
  }
  let key: unknown;
  try {
    key = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${path}: not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(key)) throw new InputError(`${path}: must be a list of pages`);
  key.forEach((e: unknown, i) => {
    const entry = e as Partial<KeyEntry> | null;
    if (!entry || typeof entry.file !== 'string' || typeof entry.roundtable !== 'boolean') {
      throw new InputError(`${path}: entry ${i} needs "file" (string) and "roundtable" (true/false)`);
    }
    if (entry.speakers !== undefined && !Array.isArray(entry.speakers)) throw new InputError(`${path}: ${entry.file}: "speakers" must be a list`);
  });
  return key as KeyEntry[];
}

/** Analyzes one file the way the product would and scores it against its key entry. */
export async function scoreFile(dir: string, entry: KeyEntry): Promise<PageScore> {
  const input = await loadInput(join(dir, entry.file));
  try {
    if (input.kind === 'txt') {
      const t0 = performance.now();
      const outline = input.outline();
      const ms = performance.now() - t0;
      const page = pageOfLines(input.paragraphs);
      let pageCheck: boolean;
      try {
        pageCheck = detectAndAnalyze(page.document) !== null;
      } finally {
        await page.close();
      }
      const score = scorePage(entry, outline, { pageCheck, ms, notes: parsedAloneAsFeature(outline) ? ['the parse alone detects'] : [] });
      return outline.detected && pageCheck ? score : withOnRequest(score, entry, analyzeText(input.paragraphs.join('\n'), { onRequest: true }));
    }
    const doc = input.document!;
    const t0 = performance.now();
    const checked = detectAndAnalyze(doc);
    const ms = performance.now() - t0;
    const outline = input.outline();
    const notes = [describeMainContent(doc), ...(parsedAloneAsFeature(outline) ? ['the parse alone detects'] : [])];
    const score = scorePage(entry, outline, { pageCheck: checked !== null, ms, notes });
    // what the badge does not light, the reader may still ask for: the people the page quotes (speakers are scored,
    // not summaries: the reading is left unsummarized)
    return checked ? score : withOnRequest(score, entry, readPageVoices(doc).outline);
  } finally {
    await input.close();
  }
}

/** The page's score with the people read on request, scored as if given (`detected` stays false in the outline). */
function withOnRequest(score: PageScore, entry: KeyEntry, asked: Outline): PageScore {
  const { found, wanted, given } = scorePage(entry, { detected: true, topics: asked.topics });
  return { ...score, onRequest: { found, wanted, given } };
}

/** What the understanding read of the page: its article box, nothing (a list page), or the whole page. */
function describeMainContent(doc: Document): string {
  const main = findMainContent(doc);
  if (main.kind === 'list') return 'read: nothing (list page)';
  if (main.kind === 'unsure') return 'read: whole page';
  const el = main.element;
  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${(el.getAttribute('class') ?? '').trim() ? `.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}` : ''}`;
  return `read: ${name}${main.heading ? ' + its <h1>' : ''}${main.leaveOut.size ? `, ${main.leaveOut.size} boxes left out` : ''}`;
}

/** Scores every keyed page of a folder. `key` defaults to DIR/key.json. */
export async function runCorpus(dir: string, key?: readonly KeyEntry[]): Promise<CorpusRun> {
  const entries = key ?? (await readKey(dir));
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.(html?|txt)$/i.test(f));
  } catch {
    throw new InputError(`${dir}: not a readable folder`);
  }
  const keyed = new Set(entries.map((e) => e.file));
  const pages: PageScore[] = [];
  for (const entry of entries) {
    if (!files.includes(entry.file)) throw new InputError(`${dir}: key lists ${entry.file}, which is not in the folder`);
    pages.push(await scoreFile(dir, entry));
  }
  return { pages, totals: totalScores(pages), unkeyed: files.filter((f) => !keyed.has(f)).sort() };
}

/** The report: one line per page, unkeyed files, the on-request line, then the totals line last. */
export function formatRun(run: CorpusRun): string {
  const lines = run.pages.map(formatPage);
  for (const f of run.unkeyed) lines.push(`-    \t${f}\tnot in key.json (not scored)`);
  // the totals' neighbour: the totals line stays last, as other scripts read it
  lines.push(formatOnRequest(run.totals), formatTotals(run.totals));
  return `${lines.join('\n')}\n`;
}

/**
 * Scores a second person's key of the same pages against DIR/key.json, by the engine's own scoring: the
 * agreement of two careful readers, the ceiling a measure of the engine should be read against.
 */
export async function runAgreement(dir: string, otherPath: string): Promise<CorpusRun> {
  const entries = await readKey(dir);
  const other = new Map((await readKey(dir, otherPath)).map((e) => [e.file, e]));
  const pages = entries.map((entry) => scorePage(entry, outlineFromKey(other.get(entry.file)), other.has(entry.file) ? {} : { notes: ['not in the other key'] }));
  return { pages, totals: totalScores(pages), unkeyed: [...other.keys()].filter((f) => !entries.some((e) => e.file === f)).sort() };
}

async function main(argv: string[]): Promise<number> {
  const against = argv.indexOf('--against');
  const otherPath = against >= 0 ? argv[against + 1] : undefined;
  const dir = argv.find((a, i) => !a.startsWith('-') && !(against >= 0 && i === against + 1));
  if (!dir || (against >= 0 && !otherPath)) {
    process.stderr.write('usage: npm run corpus -- DIR [--against OTHER-KEY.json]   (DIR holds .html/.txt pages and key.json)\n');
    return 2;
  }
  try {
    process.stdout.write(formatRun(otherPath ? await runAgreement(resolve(dir), resolve(otherPath)) : await runCorpus(resolve(dir))));
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`corpus: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`corpus: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'corpus.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
