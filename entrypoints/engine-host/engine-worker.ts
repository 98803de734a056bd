/**
 * The engine host's worker (entrypoints/engine-host/main.ts): the reading engine, its word
 * dictionary, the Jyutping table and the warm-up, as the background would run them itself
 * (lib/reading/engine-service.ts). Requests come from the host document as {id, request}.
 */
import wordCosts from 'virtual:dubao-word-costs';
import { useWordCosts } from '@/lib/chinese/words';
import { createExtensionEngineService } from '@/lib/reading/engine-service';
import type { HostRequest } from '@/lib/reading/engine-host-protocol';
import type { ScriptVariant } from '@/lib/reading/contract';
import { createHostHandler } from '@/lib/reading/host-handler';

useWordCosts(wordCosts); // DuBao's own word list: the same words as the background's engine
// The extension's own files, from this worker's origin (chrome-extension://<id>/).
const service = createExtensionEngineService({
  getURL: (path) => new URL(path, self.location.origin).href,
  wordCosts,
  warn: (message, error) => console.warn(message, error),
});

// The host is made when a page may be read soon (the background's warm-up, or a page's first
// request): the warm-up starts with the worker, and the reader's variant, which only the
// background can read (storage), joins it when the background's warm-up request brings it.
let setVariant: (variant: ScriptVariant | null) => void = () => undefined;
const variant = new Promise<ScriptVariant | null>((resolve) => (setVariant = resolve));
service.warmUp(() => variant);
const handle = createHostHandler(service);
const answer = (request: HostRequest) => {
  if (request.dubaoHost === 'warmUp') setVariant(request.variant);
  return handle(request);
};

self.addEventListener('message', (event: MessageEvent<{ id: number; request: HostRequest }>) => {
  const { id, request } = event.data;
  void answer(request).then((reply) => self.postMessage({ id, reply }));
});
