import { trimQuotes } from './quotes';

/**
 * A gist shown alone that opens on a connective ("所以，…", "因此…", "但…", "为此，…", "当然…", "加上…", "仲有…")
 * leans on a sentence the card does not show: the reader is left asking "so, because of what?". Readers judging the
 * sidebar's gists marked such a head as a flaw in every dev set (summaries-14 to -17); the sentence reads whole
 * without it. What is left is a suffix of the text, so it stays verbatim.
 */

// Connectives of consequence, contrast, addition and concession at the head of a sentence. The one-character 但 not
// in 但凡/但愿 (words of their own); 而, 当然 and 不过 only before a comma ("而今" is a word, "当然是政府的责任" and
// "不过是误会" need theirs), nor 所以说/所以然.
// (the openers that add one more point; ./score-units.ts reads them too: one copy)
export const ADDITION = '[此另]外|再者|[还還]有就是|再一[个個]就?是|除此之外|另一方面|仲有';
const CONNECTIVE = /* @__PURE__ */ new RegExp(
  /* @__PURE__ */ '^([\\s“「『]*)(?:(?:所以(?![说說以])|因[此而]|故此|[于於]是|[为為对對]此|但是|可是|然(?:而|[后後])|再?加上|同[时時]|'.concat(
    ADDITION,
    // ("而事实上，…": "in fact" answers the sentence before it, which the card does not show; not "事实上的垄断", de facto)
    ')[，,]?|(?:[而但可])?(?:事[实實]上|[实實][际際]上)(?!的)[，,]?|(?:[当當]然|不[过過]|而)[，,]|但(?![凡愿願])[，,]?)\\s*',
  ),
);
const MIN_LEFT = 10;

/** The text without a connective at its head (unchanged when there is none, or too little would be left). */
export function trimConnective(text: string): string {
  const m = CONNECTIVE.exec(text);
  if (!m || m[0].length === m[1]!.length) return text;
  const rest = text.slice(m[0].length);
  // (a quote mark before the connective goes with it: trimQuotes drops the closing one it leaves unmatched)
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= MIN_LEFT ? trimQuotes(rest) : text;
}
