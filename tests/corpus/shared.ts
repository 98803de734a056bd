/**
 * Third-party material for the corpus tier: it stays in ../shared (never copied into the project), and
 * only `npm run test:corpus` reads it. A missing ../shared fails loudly: a corpus run that reads nothing
 * must not pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';

const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED_FIXTURES = resolve(ROOT, '../shared/fixtures');

/** The path of a folder or file under ../shared/fixtures; throws when it is not there. */
export function sharedPath(rel: string): string {
  const path = resolve(SHARED_FIXTURES, rel);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the corpus tier reads third-party pages from ../shared/fixtures beside the project (see ../shared/README.md)`);
  }
  return path;
}

export function readShared(rel: string): string {
  return readFileSync(sharedPath(rel), 'utf8');
}

export function analyzeShared(rel: string): Outline {
  return analyzeText(readShared(rel));
}
