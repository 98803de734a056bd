/**
 * `npm run analyze -- FILE [--format json|md]` (also `npx dubao FILE`): understands a .html or .txt file
 * and prints the outline. Bad input gets a one-line error and exit code 2, never a stack trace.
 */
import { formats } from './cli/formats';
import { InputError, loadInput } from './cli/input';
import { readingFormats, splitReadingOptions } from './cli/reading-formats';

interface Args {
  file: string;
  format: string;
}

function usage(): string {
  return `usage: analyze FILE [--format ${Object.keys(formats).join('|')}]`;
}

export function parseArgs(argv: string[]): Args {
  let file: string | null = null;
  let format = 'json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (!value) throw new InputError(`--format needs a value; ${usage()}`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg === '--help' || arg === '-h') {
      throw new InputError(usage());
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new InputError(`unknown option ${arg}; ${usage()}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new InputError(`one file at a time; ${usage()}`);
    }
  }
  if (file === null) throw new InputError(usage());
  if (!Object.hasOwn(formats, format)) throw new InputError(`unknown format "${format}"; ${usage()}`);
  return { file, format };
}

export async function runAnalyze(argv: string[]): Promise<number> {
  try {
    // --tones/--zhuyin belong to the reading formats; the rest is parsed as before.
    const { rest, options } = splitReadingOptions(argv);
    const { file, format } = parseArgs(rest);
    const input = await loadInput(file);
    try {
      const handler = readingFormats(options)[format] ?? formats[format]!;
      process.stdout.write(await handler(input));
    } finally {
      await input.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`dubao: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dubao: failed: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

runAnalyze(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
