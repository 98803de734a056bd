/**
 * The engine host's worker (entrypoints/engine-host/main.ts): the reading engine, its word
 * dictionary, the Jyutping table and the warm-up, as the background would run them itself
 * (lib/reading/engine-service.ts). Requests come from the host document as {id, request}.
 */
import wordCosts from 'virtual:dubao-word-costs';
import { useWordCosts } from '@/lib/chinese/words';
import { createExtensionEngineService } from '@/lib/reading/engine-service';
import type { HostRequest } from '@/lib/reading/engine-host-protocol';
import { createHostHandler } from '@/lib/reading/host-handler';

useWordCosts(wordCosts); // DuBao's own word list: the same words as the background's engine
// The extension's own files, from this worker's origin (chrome-extension://<id>/).
const service = createExtensionEngineService({
  getURL: (path) => new URL(path, self.location.origin).href,
  wordCosts,
  warn: (message, error) => console.warn(message, error),
});

const answer = createHostHandler(service);

self.addEventListener('message', (event: MessageEvent<{ id: number; request: HostRequest }>) => {
  const { id, request } = event.data;
  void answer(request).then((reply) => self.postMessage({ id, reply }));
});
