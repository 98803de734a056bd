/**
 * The summaries' lazy script: the statements' summaries and the lead's gist. Most pages whose cheap check passes turn
 * out to hold no feature and never need them, so they are not in the understanding's lazy script: the content script
 * imports this one (as a module, from the extension) once a feature is found, or the people quoted are read on
 * request (dubao.content/understanding.ts). It runs in the content script's world and leaves its functions on that
 * world's global.
 */
import { useWordCosts } from '@/lib/chinese/words';
import { leadGistOf } from '@/lib/lead-gist';
import { summarizeOutline } from '@/lib/understand/summarize-outline';
import { SUMMARIES_KEY, type SummariesApi } from '../dubao.content/summaries-api';

const api: SummariesApi = {
  summarize(outline, words) {
    if (words !== null) useWordCosts(words);
    return summarizeOutline(outline);
  },
  leadGist(outline, words) {
    if (words !== null) useWordCosts(words);
    return leadGistOf(outline);
  },
};

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[SUMMARIES_KEY] = api;
});
