/**
 * The Jyutping table (to-jyutping's lexicon, decoded at build time: scripts/build-jyutping-table.ts)
 * loads only when a reader picks Jyutping: the background fetches it from the extension on the first
 * Jyutping read, never on the pinyin path (bench: the cold Jyutping rows); Node reads it from the
 * build script. The content script never carries it. Loaded once and kept.
 */
import type { JyutpingSource } from './jyutping';
import { JYUTPING_TABLE_ASSET, readJyutpingTable } from './jyutping-table';

let loading: Promise<JyutpingSource> | null = null;

/** Common news words in both scripts: read once at load, so the first page's read runs compiled code. */
export const JYUTPING_WARM_UP = '香港政府今日表示會重新調整銀行行長的長期計劃；香港政府今日表示会重新调整银行行长的长期计划';

/** `readTable` gives the table's text (the background: a fetch of JYUTPING_TABLE_ASSET). */
export function loadJyutping(readTable: () => Promise<string>): Promise<JyutpingSource> {
  loading ??= readTable().then((table) => {
    const source = readJyutpingTable(table);
    // The table is loaded before the reader's click (when a Chinese page opens with Jyutping chosen):
    // its first searches run then, not on the click (bench: the cold Jyutping rows).
    source.getJyutpingList(JYUTPING_WARM_UP);
    source.getJyutpingSpans?.(JYUTPING_WARM_UP);
    source.getJyutpingCandidates(JYUTPING_WARM_UP);
    return source;
  });
  // A failed load (a broken install) is tried again next time, not remembered.
  loading.catch(() => (loading = null));
  return loading;
}

/** The table's text, fetched from the extension (the background's `readTable`). */
export async function fetchJyutpingTable(runtime: { getURL(path: string): string }): Promise<string> {
  const response = await fetch(runtime.getURL(`/${JYUTPING_TABLE_ASSET}`));
  if (!response.ok) throw new Error(`jyutping table: ${response.status}`);
  return response.text();
}
