/**
 * What the engine host's worker does with the background's requests (engine-host-protocol.ts) and
 * the pages' own (`page`, answered once the background has given the entries): the engine service answers calls, takes the entries (a set equal to the one it has is kept, so the
 * engine's remembered texts survive the background's restarts, each of which sends them), and warms up.
 */
import type { EngineService } from './engine-service';
import type { HostReply, HostRequest } from './engine-host-protocol';

export function createHostHandler(service: EngineService): (request: HostRequest) => Promise<HostReply> {
  let entriesKey: string | null = null;
  const done: HostReply = { ok: true, value: null };
  const useEntries = (entries: HostRequest['entries']) => {
    if (!entries) return;
    const key = JSON.stringify(entries);
    if (key === entriesKey) return;
    entriesKey = key;
    // Set now, before this request's call: the call waits for them.
    void service.useEntries(Promise.resolve(entries));
  };
  return async (request) => {
    try {
      // Only the background sets the entries (it reads them from storage): never a page's request.
      if (request.dubaoHost !== 'page') useEntries(request.entries);
      switch (request.dubaoHost) {
        case 'page':
          // Before the background gave the reader's entries, an answer could be without them: the
          // page asks the background instead (which sends them along).
          if (entriesKey === null) return { ok: false, error: 'the engine host has no entries yet', hostFailed: true };
          return { ok: true, value: await service.call(request.method, request.args) };
        case 'call':
          return { ok: true, value: await service.call(request.method, request.args) };
        case 'entries':
          return done;
        case 'warmUp':
          service.warmUp(() => Promise.resolve(request.variant));
          return done;
        case 'warmJyutping':
          void service.warmJyutping();
          return done;
        default:
          return { ok: false, error: 'unknown host request' };
      }
    } catch (error) {
      // The engine refused the call (what a page sent): the page gets the error, as from the background.
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
