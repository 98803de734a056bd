/**
 * Scoring readings on the CPP polyphone benchmark (Park & Lee 2020; ../shared/fixtures/cpp, its
 * README gives the format): one labelled polyphone per sentence. Pure functions over the files'
 * contents, shared by `npm run test:corpus` and scripts, so a printed number is the tested number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CppItem {
  /** Line index in the .txt, and the index in Array.from(line). */
  i: number;
  pos: number;
  char: string;
  /** The label in tone marks (neutral tone unmarked). */
  gold: string;
}

export interface CppSplit {
  lines: string[];
  items: CppItem[];
}

export interface CppScore {
  right: number;
  total: number;
  rate: number;
  /** Wrong items: the character, what was read, the label, and the sentence around it. */
  misses: Array<{ i: number; char: string; read: string | null; gold: string; context: string }>;
}

/** Reads a split (`dev` …) from the folder: the sentences and their labels. */
export function loadCppSplit(dir: string, split = 'dev'): CppSplit {
  const lines = readFileSync(join(dir, `${split}.txt`), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const items = JSON.parse(readFileSync(join(dir, `${split}.json`), 'utf8')) as CppItem[];
  return { lines, items };
}

/** The README's comparison: NFC, case-insensitive, v and u: read as ü. */
export function normalizeCppReading(reading: string): string {
  return reading.normalize('NFC').toLowerCase().replace(/u:|v/g, 'ü');
}

/** Scores `readings` (one array per line, aligned to Array.from(line)) against the labels. */
export function scoreCpp(split: CppSplit, readings: ReadonlyArray<readonly (string | null)[]>): CppScore {
  const misses: CppScore['misses'] = [];
  let right = 0;
  for (const item of split.items) {
    const read = readings[item.i]?.[item.pos] ?? null;
    if (read !== null && normalizeCppReading(read) === normalizeCppReading(item.gold)) {
      right++;
      continue;
    }
    const chars = Array.from(split.lines[item.i] ?? '');
    const context = `${chars.slice(Math.max(0, item.pos - 8), item.pos).join('')}【${chars[item.pos] ?? ''}】${chars.slice(item.pos + 1, item.pos + 8).join('')}`;
    misses.push({ i: item.i, char: item.char, read, gold: item.gold, context });
  }
  const total = split.items.length;
  return { right, total, rate: total === 0 ? 0 : right / total, misses };
}
