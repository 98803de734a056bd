/**
 * Current readings over prescribed ones. to-jyutping's lexicon gives some characters, in a whole class of
 * its words, the reading that prescriptive dictionaries teach (正音) where Hong Kong speech, and so Hong Kong
 * news read aloud, has another: 聽 "listen" in set words (聆聽, 聽眾, 聽證會, 旁聽, 傾聽) is ting3 in the
 * lexicon, ting1 as spoken (the ting3 survives in "let, obey": 聽任, 聽天由命). A row here swaps the lexicon's
 * reading for the current one in every word of the lexicon that has it, except the words listed as keeping
 * it: one rule for a class of words, not one row per word met in a text.
 *
 * Only readings of the lexicon's words are swapped: to-jyutping reads the character alone otherwise (聽 alone
 * is teng1), never in the prescribed reading (a unit test holds each row to that). The swap comes before the
 * sense table and the register look at the character.
 */

export interface CurrentReading {
  /** The character in each script form. */
  chars: string;
  /** The reading to-jyutping's lexicon gives it. */
  prescribed: string;
  /** The reading Hong Kong speech gives it in those words. */
  current: string;
  /** Words in which the prescribed reading is the sense (it stays there). */
  keepIn: readonly string[];
  why: string;
}

export const CURRENT_READINGS: readonly CurrentReading[] = [
  {
    chars: '听聽',
    prescribed: 'ting3',
    current: 'ting1',
    keepIn: ['聽任', '听任', '聽憑', '听凭', '聽天由命', '听天由命', '聽其自然', '听其自然', '言聽計從', '言听计从', '聽命', '听命', '聽便', '听便'],
    why: 'listen in set words (聆聽, 聽眾, 聽證會, 旁聽, 打聽) ting1 as spoken; the prescribed ting3 stays in "let, obey" (聽任, 聽天由命)',
  },
];

export type CurrentIndex = Map<string, CurrentReading>;

export function buildCurrentIndex(rows: readonly CurrentReading[] = CURRENT_READINGS): CurrentIndex {
  const index = new Map<string, CurrentReading>();
  for (const r of rows) for (const ch of Array.from(r.chars)) index.set(ch, r);
  return index;
}

/** The current reading of chars[i] where to-jyutping read it `own`, the prescribed reading of a row; else `own`. */
export function pickCurrentReading(chars: readonly string[], i: number, own: string | null, index: CurrentIndex): string | null {
  const row = index.get(chars[i]!);
  if (!row || own !== row.prescribed) return own;
  return keptAt(chars, i, row.keepIn) ? own : row.current;
}

/** Whether one of `words` stands in `chars` over position i. */
function keptAt(chars: readonly string[], i: number, words: readonly string[]): boolean {
  return words.some((w) => {
    const letters = Array.from(w);
    for (let k = 0; k < letters.length; k++) {
      if (letters[k] !== chars[i]) continue;
      const from = i - k;
      if (from >= 0 && letters.every((c, j) => chars[from + j] === c)) return true;
    }
    return false;
  });
}
