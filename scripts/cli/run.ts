/** The analyze command as a function: arguments in, output through the given streams, exit code out. */
import { formats } from './formats';
import { InputError, loadInput } from './input';
import { loadEntriesFile, splitEntriesOption } from './entries-option';
import { prepareReadingOptions, readingFormats, splitReadingOptions, useEntries } from './reading-formats';
import { NO_ENTRIES } from '../../lib/entries/parse-entries';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

interface Args {
  file: string;
  format: string;
  /** `--on-request`: where no feature is found, the people the page quotes (the popup's "Show the people quoted"). */
  onRequest: boolean;
}

function usage(): string {
  return `usage: analyze FILE [--format ${Object.keys(formats).join('|')}] [--explain] [--on-request] [--tones marks|numbers|none] [--notation pinyin|zhuyin|jyutping] [--tones-as spoken|written] [--entries FILE]`;
}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let format = 'json';
  let onRequest = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg === '-f') {
      const value = argv[++i];
      if (!value) throw new InputError(`--format needs a value; ${usage()}`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg === '--explain') {
      format = 'explain';
    } else if (arg === '--on-request') {
      onRequest = true;
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
  return { file, format, onRequest };
}

/** Runs `analyze FILE [--format …]`; returns 0, or 2 for bad input (one line on stderr), or 1 for a failure. */
export async function runAnalyze(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    // --tones/--zhuyin/--notation/--tones-as belong to the reading formats, --entries to the engine; the rest is parsed here.
    const entriesOption = splitEntriesOption(argv);
    const { rest, options } = splitReadingOptions(entriesOption.rest);
    const { file, format, onRequest } = parseArgs(rest);
    await prepareReadingOptions(options);
    // A reading taken as pinyin though it is Jyutping too is said on stderr (the run goes on).
    useEntries(entriesOption.file ? await loadEntriesFile(entriesOption.file, (note) => io.err(`dubao: ${note}\n`)) : NO_ENTRIES);
    const input = await loadInput(file);
    try {
      const handler = readingFormats(options)[format] ?? formats[format]!;
      // the outline formats read the people quoted instead of the verdict's empty outline
      io.out(await handler(onRequest ? { ...input, outline: input.quoted } : input));
    } finally {
      await input.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`dubao: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`dubao: failed: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
