/**
 * The engine host's worker (entrypoints/engine-host/main.ts): the reading engine, its word
 * dictionary, the Jyutping table and the warm-up, as the background would run them itself
 * (lib/reading/engine-service.ts). Requests come from the host document as {id, request}.
 */
import wordCosts from 'virtual:dubao-word-costs';
import { useWordCosts } from '@/lib/chinese/words';
import { commonWarmUpTexts, createEngineService, readGzipText } from '@/lib/reading/engine-service';
import type { HostRequest } from '@/lib/reading/engine-host-protocol';
import { createHostHandler } from '@/lib/reading/host-handler';
import { fetchJyutpingTable } from '@/lib/reading/jyutping-load';
import { WORD_DICTIONARY_ASSET } from '@/lib/reading/word-dictionary';

useWordCosts(wordCosts); // DuBao's own word list: the same words as the background's engine
// The extension's own files, from this worker's origin (chrome-extension://<id>/).
const runtime = { getURL: (path: string) => new URL(path, self.location.origin).href };
const service = createEngineService({
  readWordDictionary: () => fetch(runtime.getURL(`/${WORD_DICTIONARY_ASSET}`)).then(readGzipText),
  readJyutpingTable: () => fetchJyutpingTable(runtime),
  warmUpTexts: () => commonWarmUpTexts(wordCosts),
  warn: (message, error) => console.warn(message, error),
});

const answer = createHostHandler(service);

self.addEventListener('message', (event: MessageEvent<{ id: number; request: HostRequest }>) => {
  const { id, request } = event.data;
  void answer(request).then((reply) => self.postMessage({ id, reply }));
});
