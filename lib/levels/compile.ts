/**
 * HSK 2.0 word levels → DuBao's compact levels file, at build time (scripts/build-levels.ts): a
 * header line, then one line per level 1–6 with its words separated by spaces. Each word is listed
 * in its simplified form and, where CC-CEDICT gives one, its traditional forms too, so that the
 * filter works on traditional pages (發展 is 发展's level).
 */

export const LEVELS_FORMAT = 'dubao-levels 1';

/**
 * `hsk[i]` lists the words of level i + 1 (a word listed twice keeps its lowest level);
 * `traditionalOf` gives a simplified word's traditional forms.
 */
export function compileLevels(hsk: readonly (readonly string[])[], traditionalOf: (word: string) => readonly string[]): string {
  const seen = new Set<string>();
  const lines = [`#${LEVELS_FORMAT}`];
  hsk.slice(0, 6).forEach((words) => {
    const out: string[] = [];
    for (const word of words) {
      for (const form of [word, ...traditionalOf(word)]) {
        // Words are single tokens: spaces would break the line format.
        if (!form || /\s/.test(form) || seen.has(form)) continue;
        seen.add(form);
        out.push(form);
      }
    }
    lines.push(out.join(' '));
  });
  return `${lines.join('\n')}\n`;
}

/** The file's text → word → level (1–6). A file of another format gives an empty table. */
export function parseLevels(text: string): Map<string, number> {
  const table = new Map<string, number>();
  const lines = text.split('\n');
  if (lines[0] !== `#${LEVELS_FORMAT}`) return table;
  for (let level = 1; level <= 6; level++) {
    for (const word of (lines[level] ?? '').split(' ')) if (word && !table.has(word)) table.set(word, level);
  }
  return table;
}
