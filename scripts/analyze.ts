/**
 * `npm run analyze -- FILE [--format json|md] [--explain]` (also `npx dubao FILE`): understands a .html or
 * .txt file and prints the outline, or with --explain why a feature was or was not detected. Bad input gets a one-line error and exit code 2, never a stack trace.
 * Formats live in scripts/cli/formats.ts (a name → handler table).
 */
import './use-word-costs'; // the segmenter's word list, before anything segments
import { runAnalyze } from './cli/run';

runAnalyze(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
