/**
 * The two stages that ask pinyin-pro: the library's readings of the paragraph, clause by clause,
 * and the re-reading of every multi-character word on its own.
 */
import { pinyin } from 'pinyin-pro';
import type { ParagraphRecord, ReadingContext } from './paragraph';

const HAN = /\p{Script=Han}/u;
const HAN_WORD = /^\p{Script=Han}+$/u;
// Particles whose reading depends on the following context; a word ending in one keeps the
// paragraph reading (ICU's 上了 read alone gives shàng liǎo).
const CONTEXT_FINAL = new Set(Array.from('了着得地的过'));

// pinyin-pro's default (max-probability) segmentation goes wrong on long strings (供给 read gòng gěi
// inside a long paragraph, right alone), so it is called per clause.
const CLAUSE = /[^，。；：！？,;:!?\n]+[，。；：！？,;:!?\n]*|[，。；：！？,;:!?\n]+/g;

/** pinyin-pro over one string, aligned to its code points; null where it gives no reading. */
export function readChunk(text: string, reverseMaxMatch: boolean): (string | null)[] {
  const chars = Array.from(text);
  // type 'array' (not 'all', which also computes initials, finals … at several times the cost);
  // a character pinyin-pro cannot read comes back as itself. TokenizationAlgorithm.ReverseMaxMatch = 1.
  const out = pinyin(text, reverseMaxMatch ? { type: 'array', segmentit: 1 } : { type: 'array' });
  if (out.length === chars.length) {
    return out.map((r, i) => (r && r !== chars[i] && HAN.test(chars[i]!) ? r : null));
  }
  // Alignment lost (should not happen): read each character alone rather than guess.
  return chars.map((ch) => {
    const r = HAN.test(ch) ? pinyin(ch, { type: 'array' })[0] : undefined;
    return r && r !== ch ? r : null;
  });
}

/** Stage: pinyin-pro over the paragraph, clause by clause, where no name decided. */
export function readWithLibrary(p: ParagraphRecord): void {
  const clauses = p.read.match(CLAUSE) ?? [p.read];
  let i = 0;
  for (const clause of clauses) {
    for (const r of readChunk(clause, false)) {
      if (!p.locked[i]) p.readings[i] = r;
      i++;
    }
  }
}

/**
 * Stage: re-reads every multi-character word on its own. pinyin-pro's segmentation sometimes
 * matches a dictionary word across a real word boundary (后重|新 → 后重, 要处|理 → 要处, 至少|壮 →
 * 少壮); reading the word alone uses the word's own dictionary entry.
 */
export function rereadWords(p: ParagraphRecord, ctx: ReadingContext): void {
  const multi = p.words.filter((w) => w.end - w.start >= 2 && HAN_WORD.test(w.text));
  if (multi.length === 0) return;
  const alone = ctx.cache.resolve(
    multi.map((w) => w.text),
    (missing) => {
      // One call for the new words, separated by a newline so no dictionary match crosses them; reverse
      // maximum matching: words stand alone here, and it has no long-string problem.
      const all = readChunk(missing.join('\n'), true);
      let pos = 0;
      return missing.map((text) => {
        const len = Array.from(text).length;
        const part = all.slice(pos, pos + len);
        pos += len + 1;
        return part;
      });
    },
  );
  for (const w of multi) {
    const wordReadings = alone.get(w.text)!;
    for (let k = 0; k < w.end - w.start; k++) {
      const i = w.start + k;
      const ch = p.chars[i]!;
      const r = wordReadings[k];
      const last = k === w.end - w.start - 1;
      if (r && !p.locked[i] && ch !== '一' && ch !== '不' && !(last && CONTEXT_FINAL.has(ch))) p.readings[i] = r;
    }
  }
}
