/**
 * The understanding's lazy part: the full parse. The content script carries only the cheap check and imports
 * this script (as a module, from the extension) on the pages that pass it (dubao.content/understanding.ts), so
 * most pages never load or compile it. Its outlines are unsummarized: the summaries are a lazy script of their
 * own (entrypoints/summaries), loaded once a feature is found. It runs in the content script's world and leaves
 * its functions on that world's global.
 */
import { useWordCosts } from '@/lib/chinese/words';
import { beginPageAnalysis, finishPageAnalysis, readPageVoices } from '@/lib/understand/analyze-page';
import { UNDERSTANDING_KEY, type UnderstandingApi } from '../dubao.content/understanding-api';

const api: UnderstandingApi = {
  begin(doc, check, words) {
    if (words !== null) useWordCosts(words);
    return beginPageAnalysis(doc, check ?? undefined);
  },
  finish: finishPageAnalysis,
  quoted(doc, words) {
    if (words !== null) useWordCosts(words);
    return readPageVoices(doc);
  },
};

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[UNDERSTANDING_KEY] = api;
});
