/**
 * Cantonese readings (Jyutping) over DuBao's Mandarin readings. to-jyutping's readings (its lexicon as
 * DuBao's prebuilt table, injected: the background loads it only when the notation is chosen,
 * jyutping-load.ts, jyutping-table.ts) read the text in
 * context; where DuBao's context-correct Mandarin reading of a character tells another sense than
 * to-jyutping picked, the sense table (jyutping-senses.ts) decides: its first reading that
 * to-jyutping lists for that character here, else the table's usual one.
 * Characters Mandarin does not read (Cantonese-only 嘅 咗 啲 …) keep to-jyutping's reading.
 */
import type { RubySegment } from './contract';
import { buildSenseIndex, findSense, type SenseIndex } from './jyutping-senses';

/** What DuBao uses of to-jyutping (its default export has both; jyutping-table.ts answers the same). Both answer one entry per code point. */
export interface JyutpingSource {
  /** The reading to-jyutping picks in context, per character (null: none). */
  getJyutpingList(text: string): [string, string | null][];
  /** Every reading to-jyutping knows, per character, the likeliest here first. */
  getJyutpingCandidates(text: string): [string, string[]][];
}

const SENSES: SenseIndex = buildSenseIndex();

/**
 * Jyutping for a text, one per element of Array.from(text) (null where there is nothing to read),
 * `mandarin` being DuBao's pinyin for the same elements (null where it has none).
 */
export function readJyutping(
  text: string,
  mandarin: readonly (string | null)[],
  source: JyutpingSource,
  index = SENSES,
): (string | null)[] {
  const picked = source.getJyutpingList(text);
  const chars = Array.from(text);
  let candidates: [string, string[]][] | null = null;
  return chars.map((char, i) => {
    const own = picked[i]?.[0] === char ? (picked[i]![1] ?? null) : null;
    const sense = findSense(index, char, mandarin[i] ?? null, chars[i - 1] ?? '');
    if (!sense || (own !== null && sense.cantonese.includes(own))) return own;
    candidates ??= source.getJyutpingCandidates(text);
    const known = candidates[i]?.[0] === char ? candidates[i]![1] : [];
    return known.find((r) => sense.cantonese.includes(r)) ?? sense.cantonese[0]!;
  });
}

/**
 * The same ruby segments with Cantonese readings: read over the whole text (to-jyutping's context
 * crosses DuBao's word cuts), then cut back into the segments. Non-word segments stay unread.
 */
export function toJyutpingSegments(segments: readonly RubySegment[], source: JyutpingSource, index = SENSES): RubySegment[] {
  const text = segments.map((s) => s.text).join('');
  const jyutping = readJyutping(text, segments.flatMap((s) => s.readings), source, index);
  let at = 0;
  return segments.map((s) => {
    const n = s.readings.length;
    const readings = s.word ? jyutping.slice(at, at + n) : s.readings.map(() => null);
    at += n;
    return { ...s, readings };
  });
}
