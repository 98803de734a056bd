/**
 * Reading an input file for the CLI: checks (missing, directory, empty, binary, not UTF-8) that end in a
 * one-line error, and the file as paragraphs, plain text, and, lazily, the outline.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import type { Outline } from '../../lib/outline';
import { analyzeDocument, analyzeText, applyPageCheck, checkPage, DECISION_CHARS, detectAndAnalyze, explainDocument, explainText, readPageVoices, refuseOutline, handOff, summarizeOutline, type PageCheck } from '../../lib/understand';
import { blocksFromDocument, linesOfText, paragraphsOfLines } from '../../lib/understand/blocks';

/** A problem with the input the user can fix; the CLI prints its message on one line and exits with 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface LoadedInput {
  path: string;
  kind: 'html' | 'txt';
  /** The file's text, decoded as UTF-8. */
  text: string;
  /** .txt: the non-empty trimmed lines (a first `SOURCE:` line skipped); .html: readable blocks in document order. */
  paragraphs: string[];
  /** The page as a happy-dom Document (.html only), for engines that work on a DOM. */
  document: Document | null;
  /** The outline, computed on first use, with the extension's verdict: nothing where its page check or its decision refuses the page. */
  outline(): Outline;
  /** The people the page quotes, read on request as the popup's button reads them (the outline itself where a feature is found). */
  quoted(): Outline;
  /** Why the feature was or was not detected, in words. */
  explain(): string;
  /** Frees the DOM window. */
  close(): Promise<void>;
}

/** Reads and checks a file's bytes; throws InputError with a one-line reason. */
export async function readTextFile(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new InputError(`${path}: file is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: looks like a binary file, not text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text`);
  }
  text = text.replace(/^\ufeff/, '');
  if (!text.trim()) throw new InputError(`${path}: file is empty`);
  return text;
}

function isHtml(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** Parses HTML in happy-dom with scripts and resource loading off: the page is data, never run. */
export function parseHtml(html: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const parser = new window.DOMParser();
  const document = parser.parseFromString(html, 'text/html') as unknown as Document;
  return {
    document,
    close: async () => {
      await window.happyDOM.close();
    },
  };
}

/**
 * A page holding a text file's paragraphs, the first also its title: what the extension would meet if a site
 * served the text as an article. A run-on line (an excerpt that kept a page's paragraphs on one line, apart by a
 * space after a sentence's end) is the paragraphs it was, as the text's own reader cuts it. Built with the DOM
 * (textContent): the text is never read as HTML.
 */
export function pageOfLines(lines: readonly string[]): { document: Document; close: () => Promise<void> } {
  const page = parseHtml('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><article></article></body></html>');
  const doc = page.document;
  const paragraphs = paragraphsOfLines(lines);
  doc.title = paragraphs[0] ?? '';
  const article = doc.body.firstElementChild!;
  for (const line of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = line;
    article.appendChild(p);
  }
  return page;
}

/** The extension's page check of a page holding the lines, with its hand-off (the text parse keeps its own outline: a deck, a headline). */
function checkLines(lines: readonly string[]) {
  const page = pageOfLines(lines);
  try {
    return handOff(page.document, checkPage(page.document));
  } finally {
    // nothing runs in the window (scripts and loading are off): closing it cannot fail in a way worth waiting for
    page.close().catch(() => {});
  }
}

/** A page's outline as the extension shows it: the check, the decision on the opening, the full parse. */
function verdictOfPage(document: Document): Outline {
  const check = handOff(document, checkPage(document));
  const shown = detectAndAnalyze(document, check);
  if (shown) return shown.outline;
  const parsed = analyzeDocument(document).outline;
  return check.passes ? refuseOutline(parsed, `the page's opening (its first ${DECISION_CHARS} characters) holds no feature`) : applyPageCheck(parsed, check);
}

/** What the popup's "Show the people quoted" shows: the feature where one is found, else the reading on request. */
function quotedOn(outline: Outline, onRequest: () => Outline): Outline {
  return outline.detected ? outline : onRequest();
}

/** Loads an input file for any CLI format. */
export async function loadInput(path: string): Promise<LoadedInput> {
  const text = await readTextFile(path);
  let outline: Outline | null = null;
  if (isHtml(path, text)) {
    const { document, close } = parseHtml(text);
    // the reading formats read the whole page; the outline reads its main content (lib/understand/main-content.ts)
    const paragraphs = blocksFromDocument(document, { whole: true })
      .filter((b) => !b.link)
      .map((b) => b.text);
    if (!paragraphs.length) throw new InputError(`${path}: the page has no readable text`);
    const pageOutline = () => (outline ??= verdictOfPage(document));
    return {
      path,
      kind: 'html',
      text,
      paragraphs,
      document,
      outline: pageOutline,
      // (summarized after the reading, as the content script has it summarized)
      quoted: () => quotedOn(pageOutline(), () => summarizeOutline(readPageVoices(document).outline)),
      explain: () => explainDocument(document),
      close,
    };
  }
  const paragraphs = linesOfText(text);
  if (!paragraphs.length) throw new InputError(`${path}: file is empty`);
  let check: PageCheck | null = null;
  const lineCheck = () => (check ??= checkLines(paragraphs));
  const textOutline = () => (outline ??= applyPageCheck(analyzeText(paragraphs.join('\n')), lineCheck()));
  return {
    path,
    kind: 'txt',
    text,
    paragraphs,
    document: null,
    outline: textOutline,
    quoted: () => quotedOn(textOutline(), () => analyzeText(paragraphs.join('\n'), { onRequest: true })),
    explain: () => explainText(paragraphs.join('\n'), lineCheck()),
    close: async () => {},
  };
}

/** A file's paragraphs: .txt one per non-empty line (a first SOURCE: line skipped), .html its readable blocks in order. */
export async function readParagraphs(path: string): Promise<string[]> {
  const input = await loadInput(path);
  try {
    return input.paragraphs;
  } finally {
    await input.close();
  }
}
