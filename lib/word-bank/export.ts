/**
 * The word bank as files: a tab-separated file Anki imports as notes (one field per column, the
 * sentence with the word marked in bold), and a CSV (RFC 4180) for spreadsheets.
 */
import type { WordBankEntry } from './entry';

/** The columns, in file order. */
export const BANK_COLUMNS = ['word', 'reading', 'definition', 'sentence', 'headline', 'url', 'speaker'] as const;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);

/**
 * The sentence as an Anki field: HTML (Anki's fields are), the word's first occurrence in <b>.
 * Page text is escaped first, so nothing in a sentence is taken as markup.
 */
export function markWordInSentence(sentence: string, word: string): string {
  const at = word ? sentence.indexOf(word) : -1;
  if (at < 0) return escapeHtml(sentence);
  return `${escapeHtml(sentence.slice(0, at))}<b>${escapeHtml(word)}</b>${escapeHtml(sentence.slice(at + word.length))}`;
}

/**
 * One TSV field: Anki's importer reads a field in double quotes with "" inside, so a field with a
 * tab, a newline or a quote is quoted; newlines become <br> (the fields are HTML).
 */
function tsvField(value: string, html: boolean): string {
  let v = html ? value : escapeHtml(value);
  v = v.replace(/\r\n|\r|\n/g, '<br>');
  return /[\t"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The Anki file: header lines Anki reads (separator, HTML fields, column names), then a note per
 * entry. Fields are HTML: the sentence carries the word in <b>, other fields are escaped.
 */
export function toAnkiTsv(entries: readonly WordBankEntry[]): string {
  const header = ['#separator:tab', '#html:true', `#columns:${BANK_COLUMNS.join('\t')}`];
  const rows = entries.map((e) =>
    BANK_COLUMNS.map((c) => (c === 'sentence' ? tsvField(markWordInSentence(e.sentence, e.word), true) : tsvField(e[c], false))).join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV file: a header row, then a row per entry, CRLF line ends (RFC 4180). Plain text, no markup. */
export function toCsv(entries: readonly WordBankEntry[]): string {
  const rows = [BANK_COLUMNS.join(','), ...entries.map((e) => BANK_COLUMNS.map((c) => csvField(e[c])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}
