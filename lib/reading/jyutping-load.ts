/**
 * to-jyutping (its lexicon, about 1.3 MB) loads only when a reader picks Jyutping: a dynamic import,
 * so the background's own bundle and the pinyin path never carry it. Loaded once and kept.
 */
import type { JyutpingSource } from './jyutping';

let loading: Promise<JyutpingSource> | null = null;

export function loadJyutping(): Promise<JyutpingSource> {
  loading ??= import('to-jyutping').then((m) => m.default as JyutpingSource);
  // A failed load (a broken install) is tried again next time, not remembered.
  loading.catch(() => (loading = null));
  return loading;
}
