/**
 * CC-CEDICT → DuBao's compact dictionary file, at build time (scripts/build-dictionary.ts). One line
 * per entry: `simplified \t traditional (empty when the same) \t numbered pinyin \t definitions
 * joined by '/' \t HSK level \t frequency band`; a header line first. Text, so that the background
 * reads it with one fetch and indexes it without a parser library.
 */

export const DICTIONARY_FORMAT = 'dubao-dict 1';

export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** As CC-CEDICT writes it: numbered syllables separated by spaces. */
  pinyin: string;
  definitions: string[];
}

/** The CC-CEDICT `trad simp [pin1 yin1] /def/def/` lines; comments and malformed lines are skipped. */
export function parseCedict(text: string): { entries: CedictEntry[]; date: string | null } {
  const entries: CedictEntry[] = [];
  let date: string | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      const d = /^#! date=(\S+)/.exec(line);
      if (d) date = d[1]!;
      continue;
    }
    const m = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    const definitions = m[4]!.split('/').map((d) => d.trim()).filter(Boolean);
    if (!definitions.length) continue;
    entries.push({ traditional: m[1]!, simplified: m[2]!, pinyin: m[3]!.trim(), definitions });
  }
  return { entries, date };
}

/**
 * Frequency bands by rank in a word-frequency list: 1 = the 1,000 most frequent words, 2 = to
 * 3,000, 3 = to 10,000, 4 = to 30,000, 5 = the rest of the list. Bands, not ranks: a reader
 * needs "common or rare", and the card stays honest about a corpus's precision.
 */
export const BAND_LIMITS = [1_000, 3_000, 10_000, 30_000] as const;

export function bandOfRank(rank: number | undefined): number | null {
  if (rank == null || !(rank > 0)) return null;
  const i = BAND_LIMITS.findIndex((limit) => rank <= limit);
  return i < 0 ? BAND_LIMITS.length + 1 : i + 1;
}

export interface CompileInput {
  cedict: string;
  /** HSK level (1–6) per simplified word. */
  hsk: ReadonlyMap<string, number>;
  /** Frequency rank per simplified word (1 = most frequent). */
  ranks: ReadonlyMap<string, number>;
}

/** The compiled file's text. Fields never contain tabs or newlines (CC-CEDICT has none). */
export function compileDictionary(input: CompileInput): string {
  const { entries, date } = parseCedict(input.cedict);
  const lines = [`#${DICTIONARY_FORMAT}\t${entries.length}\t${date ?? ''}`];
  for (const e of entries) {
    const level = input.hsk.get(e.simplified);
    const band = bandOfRank(input.ranks.get(e.simplified));
    lines.push(
      [
        e.simplified,
        e.traditional === e.simplified ? '' : e.traditional,
        e.pinyin,
        e.definitions.join('/'),
        level ?? '',
        band ?? '',
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
