/**
 * The product's readings in Node tests: the word dictionary the extension loads in its background
 * (scripts/build-word-dictionary.ts builds it into .wxt once; later runs reuse it).
 */
import { readWordDictionaryText } from '@/scripts/build-word-dictionary';
import { installedWordCount, installWordDictionary } from '@/lib/reading/word-dictionary';

export function useWordDictionary(): void {
  if (installedWordCount() === 0) installWordDictionary(readWordDictionaryText());
}
