/**
 * Scores the blind set (tests/fixtures/understand/blind): articles written by hand in the layouts real
 * outlets use, with expectations written before the engine ever saw them. Shared by the test and by a
 * one-off score print, so the report's numbers are the test's numbers.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Outline } from '@/lib/outline';
import { detectFeature } from '@/lib/understand';
import { FIXTURES, analyzeHtmlFixture, analyzeTextFixture, readFixture } from './support';

type Role = string | string[] | null;
interface BlindExpect {
  detected: boolean;
  topics?: string[];
  speakers?: Array<[name: string | null, role: Role, paragraphs?: number]>;
  reporters?: string[] | null;
}

export interface BlindResult {
  file: string;
  detected: boolean;
  /** detectFeature on the page (HTML only; text files: the parse's verdict). */
  pageCheck: boolean;
  expected: BlindExpect;
  speakersRight: number;
  speakersTotal: number;
  problems: string[];
}

export const BLIND_DIR = resolve(FIXTURES, 'understand/blind');

export function blindFiles(): string[] {
  return readdirSync(BLIND_DIR).filter((f) => /\.(txt|html)$/.test(f)).sort();
}

function expectations(): Record<string, BlindExpect> {
  return JSON.parse(readFixture('understand/blind/expected.json')) as Record<string, BlindExpect>;
}

// "一、融合的难点在哪里" and "融合的难点在哪里" are the same topic
const ENUMERATOR = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|话题[一二三四五六七八九十\d]*[:：]\s*)/;

function roleMatches(actual: string | null, expected: Role): boolean {
  if (expected === null) return actual === null;
  if (actual === null) return false;
  if (typeof expected === 'string') return actual === expected;
  return expected.every((part) => actual.includes(part));
}

function distinctSpeakers(outline: Outline): Array<{ name: string | null; role: string | null; paragraphs: number }> {
  const out: Array<{ name: string | null; role: string | null; paragraphs: number }> = [];
  for (const t of outline.topics) {
    for (const s of t.statements) {
      if (!out.some((o) => o.name === s.speaker.name && o.role === s.speaker.role)) {
        out.push({ ...s.speaker, paragraphs: s.paragraphs.length });
      }
    }
  }
  return out;
}

export function scoreBlindFile(file: string): BlindResult {
  const expected = expectations()[file];
  if (!expected) throw new Error(`no expectation for ${file}`);
  const path = `understand/blind/${file}`;
  let outline: Outline;
  let pageCheck: boolean;
  if (file.endsWith('.html')) {
    const analysis = analyzeHtmlFixture(path);
    outline = analysis.outline;
    pageCheck = detectFeature(analysis.document);
  } else {
    outline = analyzeTextFixture(path);
    pageCheck = outline.detected;
  }
  const problems: string[] = [];
  if (outline.detected !== expected.detected) problems.push(`detected ${outline.detected}, expected ${expected.detected}`);
  if (pageCheck !== expected.detected) problems.push(`page check ${pageCheck}, expected ${expected.detected}`);
  let right = 0;
  const wanted = expected.speakers ?? [];
  const got = outline.detected ? distinctSpeakers(outline) : [];
  for (const [name, role, paragraphs] of wanted) {
    const match = got.find((g) => g.name === name && roleMatches(g.role, role));
    if (!match) {
      problems.push(`speaker ${name ?? '-'} / ${JSON.stringify(role)} not found`);
      continue;
    }
    if (paragraphs !== undefined && match.paragraphs !== paragraphs) {
      problems.push(`speaker ${name}: ${match.paragraphs} paragraphs, expected ${paragraphs}`);
      continue;
    }
    right++;
  }
  if (outline.detected && expected.detected) {
    for (const g of got) {
      if (!wanted.some(([name, role]) => g.name === name && roleMatches(g.role, role))) problems.push(`extra speaker ${g.name ?? '-'} / ${g.role ?? '-'}`);
    }
    const titles = outline.topics.map((t) => t.title).filter((t): t is string => t !== null).map((t) => t.replace(ENUMERATOR, ''));
    const wantTitles = (expected.topics ?? []).map((t) => t.replace(ENUMERATOR, ''));
    if (JSON.stringify(titles) !== JSON.stringify(wantTitles)) problems.push(`topics ${JSON.stringify(titles)}, expected ${JSON.stringify(wantTitles)}`);
    if (expected.reporters) {
      const bylines = outline.topics.flatMap((t) => t.statements.map((s) => s.reporter ?? '')).join(' ');
      for (const r of expected.reporters) if (!bylines.includes(r)) problems.push(`reporter ${r} missing`);
      for (const t of outline.topics) for (const s of t.statements) if (!s.reporter) problems.push(`no reporter for ${s.speaker.name ?? s.speaker.role}`);
    }
  }
  return { file, detected: outline.detected, pageCheck, expected, speakersRight: right, speakersTotal: wanted.length, problems };
}
