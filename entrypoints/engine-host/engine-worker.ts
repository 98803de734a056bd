/**
 * The engine host's worker (entrypoints/engine-host/main.ts): the reading engine, its word
 * dictionary, the Jyutping table and the warm-up, as the background would run them itself
 * (lib/reading/engine-service.ts). Requests come from the host document as {id, request}.
 */
import wordCosts from 'virtual:dubao-word-costs';
import { useWordCosts } from '@/lib/chinese/words';
import { commonWarmUpTexts, createEngineService, readGzipText } from '@/lib/reading/engine-service';
import type { HostReply, HostRequest } from '@/lib/reading/engine-host-protocol';
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

// The background sends the entries on each of its starts: the same set again keeps the engine's
// remembered texts (a new set clears them).
let entriesKey: string | null = null;

async function answer(request: HostRequest): Promise<HostReply> {
  switch (request.dubaoHost) {
    case 'call':
      return { ok: true, value: await service.call(request.method, request.args) };
    case 'entries': {
      const key = JSON.stringify(request.entries);
      if (key !== entriesKey) {
        entriesKey = key;
        await service.useEntries(Promise.resolve(request.entries));
      }
      return { ok: true, value: null };
    }
    case 'warmUp':
      service.warmUp(() => Promise.resolve(request.variant));
      return { ok: true, value: null };
    case 'warmJyutping':
      void service.warmJyutping();
      return { ok: true, value: null };
  }
}

self.addEventListener('message', (event: MessageEvent<{ id: number; request: HostRequest }>) => {
  const { id, request } = event.data;
  answer(request).then(
    (reply) => self.postMessage({ id, reply }),
    (error: unknown) => self.postMessage({ id, reply: { ok: false, error: error instanceof Error ? error.message : String(error) } satisfies HostReply }),
  );
});
