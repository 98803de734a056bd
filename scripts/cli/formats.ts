/**
 * Output formats of `npm run analyze`: a table from format name to handler. A new format is one entry
 * here (or a spread of another module's table).
 */
import { outlineToMarkdown } from '../../lib/outline';
import type { LoadedInput } from './input';
import { readingFormats } from './reading-formats';

export type FormatHandler = (input: LoadedInput) => string | Promise<string>;

export const formats: Record<string, FormatHandler> = {
  json: (input) => `${JSON.stringify(input.outline(), null, 2)}\n`,
  md: (input) => outlineToMarkdown(input.outline()),
  // why the feature was or was not detected (also `--explain`)
  explain: (input) => input.explain(),
  // pinyin, pinyin-text, tw, twp, hk, cn (default reading options; analyze.ts passes --tones/--zhuyin).
  ...readingFormats(),
};
