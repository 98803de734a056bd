/**
 * Reading an input file for the CLI: checks (missing, directory, empty, binary, not UTF-8) that end in a
 * one-line error, and the file as paragraphs, plain text, and, lazily, the outline.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import type { Outline } from '../../lib/outline';
import { analyzeDocument, analyzeText, explainDocument, explainText } from '../../lib/understand';
import { blocksFromDocument, linesOfText } from '../../lib/understand/blocks';

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
  /** The outline, computed on first use. */
  outline(): Outline;
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
    return {
      path,
      kind: 'html',
      text,
      paragraphs,
      document,
      outline: () => (outline ??= analyzeDocument(document).outline),
      explain: () => explainDocument(document),
      close,
    };
  }
  const paragraphs = linesOfText(text);
  if (!paragraphs.length) throw new InputError(`${path}: file is empty`);
  return {
    path,
    kind: 'txt',
    text,
    paragraphs,
    document: null,
    outline: () => (outline ??= analyzeText(paragraphs.join('\n'))),
    explain: () => explainText(paragraphs.join('\n')),
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
