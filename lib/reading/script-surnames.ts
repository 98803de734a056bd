/**
 * Surnames the simplified → traditional conversion must keep. Some surnames are written with a
 * character whose OpenCC default is another word's traditional form: 于 (於), 余 (餘), 朴 (樸),
 * 党 (黨), 郁 (鬱), 丑 (醜), 岳 (嶽). Famous names are OpenCC phrases already (余光中, 岳飛); these
 * rules cover everyone else, in the contexts where the character is a surname.
 */

/** Surname characters whose lone-character conversion would write another word. */
export const KEEP_SURNAMES = new Set(Array.from('于余朴党郁丑岳'));

/** Whether a text has any of them (most paragraphs have none: nothing more to look at). */
const ANY_SURNAME = new RegExp(`[${[...KEEP_SURNAMES].join('')}]`, 'u');

/**
 * 岳 alone is a surname far more often than 嶽 "high mountain", which modern text writes in set
 * phrases OpenCC already lists (五岳, 山岳, 南岳 → 嶽): outside a phrase it stays 岳 (岳珊, 岳女士).
 */
const SURNAME_OUTSIDE_PHRASES = new Set(['岳']);

// A title or kinship word after a surname (于先生, 余女士, 岳老师).
const TITLES =
  /^(?:先生|女士|小姐|太太|老师|教授|博士|医生|大夫|主任|书记|局长|部长|市长|省长|县长|院长|校长|所长|处长|科长|经理|董事长|总裁|律师|同学|师傅|阿姨|大爷|大妈|大姐)/;

// 于 "at/in" and 余 "more than" stand before nouns in every sentence (归功于医生, 属于老师的): as a
// surname before a title they must also start the phrase (after punctuation, a space or the start).
const FUNCTION_WORDS = new Set(['于', '余']);
const HAN = /\p{Script=Han}/u;

/**
 * Source positions (code-point offsets) where a surname character starts a name and keeps its
 * form: occurrences of the given names (found by the understanding engine), 姓X, and X before a
 * title. Positions of SURNAME_OUTSIDE_PHRASES characters are returned too, as weak: kept only
 * where no OpenCC phrase covers them.
 */
export function findSurnamePositions(chars: readonly string[], names: readonly string[] = [], text?: string): { strong: Set<number>; weak: Set<number> } {
  const strong = new Set<number>();
  const weak = new Set<number>();
  if (text !== undefined && !ANY_SURNAME.test(text)) return { strong, weak };
  const nameChars = [...new Set(names)].map((n) => Array.from(n)).filter((n) => n.length >= 2 && KEEP_SURNAMES.has(n[0]!));
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!KEEP_SURNAMES.has(ch)) continue;
    if (nameChars.some((n) => n.every((c, k) => chars[i + k] === c))) strong.add(i);
    else if (chars[i - 1] === '姓') weak.add(i);
    else if (TITLES.test(chars.slice(i + 1, i + 4).join('')) && !(FUNCTION_WORDS.has(ch) && i > 0 && HAN.test(chars[i - 1]!))) weak.add(i);
    else if (SURNAME_OUTSIDE_PHRASES.has(ch)) weak.add(i);
  }
  return { strong, weak };
}
