/**
 * `--entries FILE`: the reader's own entries file (the settings page's export, lib/entries) for the
 * reading formats: its conversions and readings win over the built-in ones, as in the extension.
 * A file that cannot be read, or a line that is not an entry, is an InputError (one line, exit 2).
 */
import { readFile } from 'node:fs/promises';
import { parseEntries, type UserEntries } from '../../lib/entries/parse-entries';
import { InputError } from './input';

/** Takes `--entries FILE` (or --entries=FILE) out of the arguments. */
export function splitEntriesOption(argv: readonly string[]): { rest: string[]; file: string | null } {
  const rest: string[] = [];
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--entries') {
      const value = argv[++i];
      if (!value) throw new InputError('--entries needs a file (one entry a line: 菸 → 烟, 軟件 ↔ 軟體, 行长 → háng zhǎng, 行長 → hong4 zoeng2)');
      file = value;
    } else if (arg.startsWith('--entries=')) {
      file = arg.slice('--entries='.length);
    } else {
      rest.push(arg);
    }
  }
  return { rest, file };
}

/** The entries of the file; `warn` hears of each reading read as pinyin that is Jyutping too. */
export async function loadEntriesFile(file: string, warn: (note: string) => void = () => {}): Promise<UserEntries> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(`cannot read the entries file ${file}`);
  }
  const { entries, rejected, ambiguous } = parseEntries(text);
  if (rejected.length) {
    const first = rejected[0]!;
    throw new InputError(`${file}:${first.line}: not an entry: ${first.text}`);
  }
  for (const a of ambiguous) warn(`${file}:${a.line}: read as pinyin (its syllables are Jyutping too; write "jyutping:" before them for Cantonese): ${a.text}`);
  return entries;
}
