/**
 * Installs the segmenter's word list in a Node process (CLI, bench, corpus tools, tests), built from
 * the same packages and by the same code as the extension's (scripts/build-segmenter-data.ts).
 * Imported for its effect, before anything segments.
 */
import { useWordCosts } from '../lib/chinese/words';
import { buildWordCostsText } from './build-segmenter-data';

useWordCosts(buildWordCostsText());
