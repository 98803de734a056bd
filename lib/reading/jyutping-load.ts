/**
 * to-jyutping (its lexicon) loads only when a reader picks Jyutping: a dynamic import. An MV3
 * service worker cannot import() a chunk, so the build inlines it behind a lazy wrapper: its bytes
 * are in the background script, but its lexicon is decoded on the first Jyutping read, never on the
 * pinyin path (bench: the cold Jyutping rows). The content script never carries it. Loaded once and kept.
 */
import type { JyutpingSource } from './jyutping';

let loading: Promise<JyutpingSource> | null = null;

export function loadJyutping(): Promise<JyutpingSource> {
  loading ??= import('to-jyutping').then((m) => m.default as JyutpingSource);
  // A failed load (a broken install) is tried again next time, not remembered.
  loading.catch(() => (loading = null));
  return loading;
}
