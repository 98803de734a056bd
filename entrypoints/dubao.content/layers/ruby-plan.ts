/**
 * What the pinyin layer puts in place of one text node, as plain data (no DOM): runs of plain text
 * and ruby groups. With the script layer on too, the bases are the converted characters and the
 * readings those of the original ones, also where a phrase conversion changes the length.
 */

import type { ConvertedPiece, RubySegment } from '@/lib/reading/contract';

export type Grouping = 'word' | 'character';

export type PlanItem = { kind: 'text'; text: string } | { kind: 'ruby'; base: string; readings: string[] };

interface Unit {
  base: string;
  readings: string[];
  /** Index of the word (reading segment) the unit starts in; units of one word group together. */
  word: number;
}

/** Whether a conversion piece is a rewritten phrase (read from what it became), not a character form. */
export function isPhrasePiece(piece: ConvertedPiece): boolean {
  return Array.from(piece.from).length > 1 || Array.from(piece.to).length > 1;
}

/** The converted text of pieces that hold a rewritten phrase (whose readings are needed), else null. */
export function phraseText(pieces: readonly ConvertedPiece[]): string | null {
  return pieces.some(isPhrasePiece) ? joinPieces(pieces, 'to') : null;
}

/**
 * Builds the plan for `original`. `segments` must cover `original` exactly (their texts joined);
 * `pieces`, when given, must too (their froms joined). A character-form piece carries the reading
 * of the original character (context, names); a rewritten phrase (软件 → 軟體) reads as what it
 * became, from `convertedSegments` (the readings of the converted text) when given. Anything
 * inconsistent falls back to plain text, so a bad answer from the reading engine can never lose
 * or change page text.
 */
export function planRuby(
  original: string,
  segments: readonly RubySegment[],
  grouping: Grouping,
  pieces?: readonly ConvertedPiece[],
  convertedSegments?: readonly RubySegment[],
): PlanItem[] {
  if (!pieces) return planWords(original, segments, grouping);
  const chars = Array.from(original);
  const readings: (string | null)[] = [];
  const wordOf: number[] = [];
  segments.forEach((segment, index) => {
    const segChars = Array.from(segment.text);
    segChars.forEach((_, i) => {
      const r = segment.readings[i];
      readings.push(typeof r === 'string' && r.length > 0 ? r : null);
      wordOf.push(index);
    });
  });
  if (segments.map((s) => s.text).join('') !== original || readings.length !== chars.length) {
    return fallbackPlan(pieces && joinPieces(pieces, 'from') === original ? joinPieces(pieces, 'to') : original);
  }

  const units: Unit[] = [];
  const plain = (text: string, word: number): void => void units.push({ base: text, readings: [], word });
  const usable = pieces && joinPieces(pieces, 'from') === original ? pieces : [{ from: original, to: original }];
  const toReadings = convertedReadings(usable, convertedSegments);
  let pos = 0;
  let toPos = 0;
  for (const piece of usable) {
    const from = Array.from(piece.from);
    const to = Array.from(piece.to);
    const phrase = toReadings && isPhrasePiece(piece) ? toReadings.readings.slice(toPos, toPos + to.length) : null;
    if (phrase && phrase.some((r) => r !== null)) {
      // Read as what it became, grouped by the words of the converted text.
      to.forEach((c, i) => {
        const r = phrase[i];
        units.push({ base: c, readings: r ? [r] : [], word: CONVERTED_WORDS + toReadings!.wordOf[toPos + i]! });
      });
    } else if (from.length === to.length) {
      to.forEach((c, i) => {
        const r = readings[pos + i];
        if (r) units.push({ base: c, readings: [r], word: wordOf[pos + i]! });
        else plain(c, wordOf[pos + i]!);
      });
    } else if (from.length > 0) {
      // A phrase conversion changed the length: one ruby over the converted phrase carrying every
      // reading of what it replaced.
      const rs = readings.slice(pos, pos + from.length).filter((r): r is string => r !== null);
      if (rs.length > 0) units.push({ base: piece.to, readings: rs, word: wordOf[pos]! });
      else plain(piece.to, wordOf[pos]!);
    } else if (piece.to) {
      plain(piece.to, wordOf[Math.max(0, pos - 1)] ?? 0);
    }
    pos += from.length;
    toPos += to.length;
  }
  return groupUnits(units, grouping);
}

/** A segment's reading of each of its code points (null where it has none), or null when they do not fit. */
function segmentReadings(segment: RubySegment, length: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < length; i++) {
    const r = segment.readings[i];
    out.push(typeof r === 'string' && r.length > 0 ? r : null);
  }
  return out;
}

/**
 * planRuby without a conversion, word by word rather than character by character: the plan of the
 * text as the page has it, the same items as the general path gives (the tests compare the two),
 * built in one pass over the segments (it runs for every node the screen shows, inside the toggle's
 * task: bench "layers/seed: pinyin viewport annotated").
 */
function planWords(original: string, segments: readonly RubySegment[], grouping: Grouping): PlanItem[] {
  let joined = '';
  for (const s of segments) joined += s.text;
  if (joined !== original) return fallbackPlan(original);
  const items: PlanItem[] = [];
  const pushText = (text: string): void => {
    const last = items[items.length - 1];
    if (last?.kind === 'text') last.text += text;
    else items.push({ kind: 'text', text });
  };
  for (const segment of segments) {
    const chars = Array.from(segment.text);
    if (!chars.length) continue;
    const readings = segmentReadings(segment, chars.length);
    if (grouping === 'word' && readings.every((r) => r !== null)) {
      items.push({ kind: 'ruby', base: segment.text, readings: readings as string[] });
      continue;
    }
    if (readings.every((r) => r === null)) {
      pushText(segment.text);
      continue;
    }
    // Some characters read, some not (or one ruby per character): runs of read characters group.
    let base = '';
    let run: string[] = [];
    const close = (): void => {
      if (run.length) items.push({ kind: 'ruby', base, readings: run });
      base = '';
      run = [];
    };
    chars.forEach((c, i) => {
      const r = readings[i]!;
      if (r === null) {
        close();
        pushText(c);
        return;
      }
      base += c;
      run.push(r);
      if (grouping === 'character') close();
    });
    close();
  }
  return items;
}

// Word ids of the converted text, kept apart from the original's.
const CONVERTED_WORDS = 1_000_000;

/** Per character of the converted text, its reading and word; null when the segments do not fit. */
function convertedReadings(
  pieces: readonly ConvertedPiece[],
  segments?: readonly RubySegment[],
): { readings: (string | null)[]; wordOf: number[] } | null {
  if (!segments) return null;
  const text = joinPieces(pieces, 'to');
  if (segments.map((s) => s.text).join('') !== text) return null;
  const readings: (string | null)[] = [];
  const wordOf: number[] = [];
  segments.forEach((s, index) =>
    Array.from(s.text).forEach((_, i) => {
      const r = s.readings[i];
      readings.push(typeof r === 'string' && r.length > 0 ? r : null);
      wordOf.push(index);
    }),
  );
  return readings.length === Array.from(text).length ? { readings, wordOf } : null;
}

function joinPieces(pieces: readonly ConvertedPiece[], key: 'from' | 'to'): string {
  let out = '';
  for (const p of pieces) out += p[key];
  return out;
}

function fallbackPlan(text: string): PlanItem[] {
  return text ? [{ kind: 'text', text }] : [];
}

function groupUnits(units: readonly Unit[], grouping: Grouping): PlanItem[] {
  const items: PlanItem[] = [];
  const pushText = (text: string): void => {
    const last = items[items.length - 1];
    if (last?.kind === 'text') last.text += text;
    else items.push({ kind: 'text', text });
  };
  let i = 0;
  while (i < units.length) {
    const unit = units[i]!;
    if (unit.readings.length === 0) {
      pushText(unit.base);
      i++;
      continue;
    }
    if (grouping === 'character') {
      items.push({ kind: 'ruby', base: unit.base, readings: [...unit.readings] });
      i++;
      continue;
    }
    let base = unit.base;
    const rs = [...unit.readings];
    let j = i + 1;
    while (j < units.length && units[j]!.word === unit.word && units[j]!.readings.length > 0) {
      base += units[j]!.base;
      rs.push(...units[j]!.readings);
      j++;
    }
    items.push({ kind: 'ruby', base, readings: rs });
    i = j;
  }
  return items;
}

/** The text a plan shows (bases and plain runs), for checks: equals the original or its conversion. */
export function planText(items: readonly PlanItem[]): string {
  let out = '';
  for (const item of items) out += item.kind === 'text' ? item.text : item.base;
  return out;
}

/**
 * The plan with rubies only over code points [start, end) (whole words kept: a ruby that overlaps
 * the range stays); everything else as plain text. For the on-screen part of a long paragraph.
 */
export function limitPlan(items: readonly PlanItem[], start: number, end: number): PlanItem[] {
  const out: PlanItem[] = [];
  const pushText = (text: string): void => {
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += text;
    else out.push({ kind: 'text', text });
  };
  let pos = 0;
  for (const item of items) {
    const text = item.kind === 'text' ? item.text : item.base;
    const length = Array.from(text).length;
    if (item.kind === 'ruby' && pos < end && pos + length > start) out.push(item);
    else pushText(text);
    pos += length;
  }
  return out;
}
