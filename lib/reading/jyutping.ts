/**
 * Cantonese readings (Jyutping) over DuBao's Mandarin readings. to-jyutping's readings (its lexicon as
 * DuBao's prebuilt table, injected: the background loads it only when the notation is chosen,
 * jyutping-load.ts, jyutping-table.ts) read the text in
 * context; where DuBao's context-correct Mandarin reading of a character tells another sense than
 * to-jyutping picked, the sense table (jyutping-senses.ts) decides: its first reading that
 * to-jyutping lists for that character here, else the table's usual one.
 * Characters Mandarin does not read (Cantonese-only 嘅 咗 啲 …) keep to-jyutping's reading unless a
 * row of the table looks at their place (a sentence-final particle, a measure word after a numeral).
 * Words of the word table (jyutping-words.ts) come first: where one covers whole Mandarin words, it
 * reads its characters whole.
 */
import type { RubySegment } from './contract';
import { buildPairIndex, pickRegisterReadings, type PairIndex } from './jyutping-colloquial';
import { buildCurrentIndex, pickCurrentReading, type CurrentIndex } from './jyutping-current';
import { isCantoneseWord, readRegister } from './jyutping-register';
import { buildSenseIndex, findSense, readsContext, type SenseContext, type SenseIndex } from './jyutping-senses';
import { buildWordIndex, findWordReadings, type WordIndex } from './jyutping-words';

/** What DuBao uses of to-jyutping (its default export has both; jyutping-table.ts answers the same). Both answer one entry per code point. */
export interface JyutpingSource {
  /** The reading to-jyutping picks in context, per character (null: none). */
  getJyutpingList(text: string): [string, string | null][];
  /** Every reading to-jyutping knows, per character, the likeliest here first. */
  getJyutpingCandidates(text: string): [string, string[]][];
  /**
   * Where getJyutpingList read each character: the span [start, end) (code points) of the lexicon
   * word it was read in, [i, i + 1] alone. DuBao's table answers it; a source without it keeps its
   * picks across DuBao's word cuts.
   */
  getJyutpingSpans?(text: string): [number, number][];
}

const SENSES: SenseIndex = buildSenseIndex();
const WORDS: WordIndex = buildWordIndex();
const PAIRS: PairIndex = buildPairIndex();
const CURRENT: CurrentIndex = buildCurrentIndex();
/** The length from which a lexicon word is a set phrase whose readings outrank the Mandarin-led rows. */
const SET_PHRASE = 4;
/** What ends a clause (the clause a particle rule looks back over). */
const CLAUSE_END = /[\p{P}\s]/u;

/**
 * Jyutping for a text, one per element of Array.from(text) (null where there is nothing to read),
 * `mandarin` being DuBao's pinyin for the same elements (null where it has none) and `words` the
 * span [start, end) of the Mandarin word each element stands in (null outside words; absent: every
 * element its own word).
 */
export function readJyutping(
  text: string,
  mandarin: readonly (string | null)[],
  source: JyutpingSource,
  index = SENSES,
  words?: readonly ([number, number] | null)[],
): (string | null)[] {
  const picked = source.getJyutpingList(text);
  const chars = Array.from(text);
  const own = chars.map((char, i) => (picked[i]?.[0] === char ? (picked[i]![1] ?? null) : null));
  const spans = source.getJyutpingSpans?.(text);
  // Characters read inside a lexicon word of to-jyutping's that covers whole Mandarin words (立法|會
  // as 立法會): a word, though DuBao cut it.
  const inLexiconWord = spans && words ? keepToWords(chars, own, words, spans, source) : (spans?.map(([a, b]) => b - a > 1) ?? []);
  // The lexicon's prescribed readings that Hong Kong speech does not use (聆聽 ting3 → ting1).
  for (let i = 0; i < chars.length; i++) if (CURRENT.has(chars[i]!)) own[i] = pickCurrentReading(chars, i, own[i]!, CURRENT);
  // Written Cantonese or standard Chinese, per sentence or quotation: it settles colloquial/literary pairs.
  const register = readRegister(chars);
  // Words of the word table decide their characters whole, where they cover whole Mandarin words.
  const starts = (k: number) => k === 0 || k >= chars.length || !words || words[k] === null || words[k]![0] === k || words[k - 1] === null;
  const table = findWordReadings(chars, WORDS, (from, to) => starts(from) && starts(to));
  let candidates: [string, string[]][] | null = null;
  let clauseFrom = 0;
  // One context for the whole text, moved along it (no object per character the table holds); the
  // clause and the rest of it are built only for a sense that asks.
  let at = 0;
  let from = 0;
  const context: SenseContext = {
    before: '',
    next: '',
    get clause() {
      return chars.slice(from, at).join('');
    },
    get rest() {
      return restOfClause(chars, at);
    },
    inWord: false,
    wordStart: true,
    afterWordEnd: false,
    colloquial: false,
  };
  return chars.map((char, i) => {
    if (CLAUSE_END.test(char)) clauseFrom = i + 1;
    if (table[i] !== null) return table[i]!;
    // Only characters the sense table holds look at their context.
    const pair = spans ? PAIRS.get(char) : undefined;
    if (!index.has(char) && !pair) return own[i]!;
    const word = words?.[i] ?? [i, i + 1];
    at = i;
    from = clauseFrom;
    context.before = chars[i - 1] ?? '';
    context.next = chars[i + 1] ?? '';
    context.inWord = word[1] - word[0] > 1 || inLexiconWord[i] === true;
    context.wordStart = word[0] === i;
    const previous = i > 0 ? words?.[i - 1] : null;
    context.afterWordEnd = !!previous && previous[1] === i && previous[1] - previous[0] > 1;
    context.colloquial = register[i]!;
    const sense = index.has(char) ? findSense(index, char, mandarin[i] ?? null, context) : undefined;
    // A set phrase of four or more characters in to-jyutping's lexicon, kept whole (好食懶飛 hou3 "fond of"), reads its
    // characters as the lexicon does: a Mandarin reading of one of them (hǎo) says less than the phrase.
    if (own[i] !== null && inLexiconWord[i] && spans && spans[i]![1] - spans[i]![0] >= SET_PHRASE && (!sense || !readsContext(sense))) return own[i]!;
    // No row that looks at the neighbours: a colloquial/literary pair takes the reading of its register.
    const readings =
      (!sense || !readsContext(sense)
        ? pickRegisterReadings(pair, {
            mandarin: mandarin[i]?.normalize('NFC') ?? null,
            colloquial: register[i]!,
            alone: word[1] - word[0] === 1,
            inLexiconWord: () => (word[1] - word[0] > 1 ? readsAsLexiconWord(chars, word, i, source) : inLexiconWord[i] === true),
            senseRow: sense !== undefined,
          })
        : null) ?? sense?.cantonese;
    if (!readings || (own[i] !== null && readings.includes(own[i]!))) return own[i]!;
    // One reading: nothing to choose, to-jyutping's candidates (over the whole text) are not needed.
    if (readings.length === 1) return readings[0]!;
    candidates ??= source.getJyutpingCandidates(text);
    const known = candidates[i]?.[0] === char ? candidates[i]![1] : [];
    return known.find((r) => readings.includes(r)) ?? readings[0]!;
  });
}

/** Whether to-jyutping, reading the Mandarin word [from, to) alone, reads character i inside a word of its lexicon. */
function readsAsLexiconWord(chars: readonly string[], [from, to]: readonly [number, number], i: number, source: JyutpingSource): boolean {
  const span = source.getJyutpingSpans?.(chars.slice(from, to).join(''))[i - from];
  return !!span && span[1] - span[0] > 1;
}

/** The characters after i up to the next punctuation or space. */
function restOfClause(chars: readonly string[], i: number): string {
  let end = i + 1;
  while (end < chars.length && !CLAUSE_END.test(chars[end]!)) end++;
  return chars.slice(i + 1, end).join('');
}

/**
 * to-jyutping reads greedily left to right, longest lexicon word first, so a word of its lexicon
 * can start inside one of DuBao's words and end inside the next (會後他表示: 他表 "cousin" taa1 biu1
 * takes the 表 of 表示). A lexicon word that covers whole Mandarin words stays (an idiom DuBao cut
 * in two); one that cuts a Mandarin word is not the text's word: the Mandarin words it touches are
 * read again each alone.
 */
function keepToWords(
  chars: readonly string[],
  own: (string | null)[],
  words: readonly ([number, number] | null)[],
  spans: readonly [number, number][],
  source: JyutpingSource,
): boolean[] {
  const starts = (i: number) => i === 0 || i === chars.length || words[i] === null || words[i]![0] === i || words[i - 1] === null;
  const ends = (i: number) => i === chars.length || starts(i);
  const redo = new Set<string>();
  const kept = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; i++) {
    const [from, to] = spans[i] ?? [i, i + 1];
    if (to - from < 2) continue;
    // A word only Cantonese has (聽日 "tomorrow") that begins where a Mandarin word begins is the text's word even
    // where a Mandarin segmenter, which lacks it, cut its end (聽|日見); one that begins inside a word is not (完成|日期).
    if (starts(from) && (ends(to) || isCantoneseWord(chars.slice(from, to).join('')))) {
      kept[i] = true;
      continue;
    }
    for (let k = from; k < to; k++) if (words[k]) redo.add(String(words[k]));
  }
  for (const key of redo) {
    const [from, to] = key.split(',').map(Number) as [number, number];
    const alone = source.getJyutpingList(chars.slice(from, to).join(''));
    for (let k = from; k < to; k++) own[k] = alone[k - from]?.[1] ?? own[k]!;
  }
  return kept;
}

/**
 * The same ruby segments with Cantonese readings: read over the whole text (to-jyutping's context
 * crosses DuBao's word cuts), then cut back into the segments. Non-word segments stay unread.
 */
export function toJyutpingSegments(segments: readonly RubySegment[], source: JyutpingSource, index = SENSES): RubySegment[] {
  const text = segments.map((s) => s.text).join('');
  const words: ([number, number] | null)[] = [];
  for (const s of segments) {
    const from = words.length;
    const n = s.readings.length;
    for (let k = 0; k < n; k++) words.push(s.word ? [from, from + n] : null);
  }
  const jyutping = readJyutping(text, segments.flatMap((s) => s.readings), source, index, words);
  let at = 0;
  return segments.map((s) => {
    const n = s.readings.length;
    const readings = s.word ? jyutping.slice(at, at + n) : s.readings.map(() => null);
    at += n;
    return { ...s, readings };
  });
}
