/**
 * Both layers on: the converted text with readings of what it says. Readings are taken from the
 * original text in context and carried onto the converted characters (了 → 瞭 keeps liǎo/le as read
 * in context); a phrase the conversion rewrote (软件 → 軟體, 算法 → 演算法) is read from its new form.
 */
import { buildSegments, readText, type ReadOptions, type RubySegment } from './pinyin';
import { findNames } from './names';
import { convertSegments, convertText, type ScriptVariant } from './script';
import { segmentWords } from './words';

/** Ruby segments of convertText(text, variant), readings carried from the original. */
export function readConvertedText(text: string, variant: ScriptVariant, options?: ReadOptions): RubySegment[] {
  const pairs = convertSegments(text, variant, options);
  const original = readText(text, options);
  const converted: string[] = [];
  const readings: (string | null)[] = [];
  let pos = 0;
  for (const pair of pairs) {
    const from = Array.from(pair.from);
    const to = Array.from(pair.to);
    if (from.length === 1 && to.length === 1) {
      converted.push(to[0]!);
      readings.push(original[pos] ?? null);
    } else {
      converted.push(...to);
      readings.push(...readText(pair.to));
    }
    pos += from.length;
  }
  const convertedText = converted.join('');
  const names = (options?.names ?? []).map((n) => convertText(n, variant, { names: [n] }));
  const nameSpans = findNames(converted, names).map(([s, e]) => [s, e] as const);
  return buildSegments(converted, readings, segmentWords(convertedText), nameSpans);
}
