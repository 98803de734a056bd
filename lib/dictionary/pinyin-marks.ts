/**
 * CC-CEDICT writes pinyin with tone numbers ("chong2 su4", "lu:4"); the card shows tone marks, the
 * form every reading in lib/reading uses, so that a dictionary reading can be compared with the one
 * the ruby shows.
 */

const MARKS: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };

/** One numbered syllable ("zhong1", "lu:4", "r5", "Bei3") → tone-marked ("zhōng", "lǜ", "r", "Běi"). */
export function markSyllable(syllable: string): string {
  const m = /^([a-zA-Zü:]+)([1-5])$/.exec(syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü'));
  if (!m) return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const letters = m[1]!;
  const tone = Number(m[2]);
  if (tone === 5) return letters;
  const lower = letters.toLowerCase();
  // The standard rule: a or e takes the mark; in "ou" the o; otherwise the last vowel.
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('iouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return letters;
  const vowel = lower[at]!;
  let marked = MARKS[vowel]![tone - 1]!;
  if (letters[at] !== vowel) marked = marked.toUpperCase();
  return letters.slice(0, at) + marked + letters.slice(at + 1);
}

/** A CC-CEDICT pinyin field ("chong2 su4") → tone-marked syllables joined without spaces ("chóngsù"). */
export function markPinyin(numbered: string): string {
  return numbered
    .split(' ')
    .filter(Boolean)
    .map(markSyllable)
    .join('');
}

/** Tone-marked syllables of a field, one per syllable (for per-character readings). */
export function markSyllables(numbered: string): string[] {
  return numbered.split(' ').filter(Boolean).map(markSyllable);
}

/** A definition's embedded references ("CL:個|个[ge4]") with their pinyin marked ("CL:個|个[gè]"). */
export function markDefinition(definition: string): string {
  return definition.replace(/\[([a-zA-Z:1-5 ]+)\]/g, (_, p: string) => `[${markSyllables(p).join(' ')}]`);
}

/** For comparing readings: lower case, no spaces or apostrophes, NFC ("Chóng sù" ≡ "chóngsù"). */
export function readingKey(reading: string): string {
  return reading.normalize('NFC').toLowerCase().replace(/[\s'’·-]/g, '');
}
