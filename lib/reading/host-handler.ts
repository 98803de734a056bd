/**
 * What the engine host's worker does with the background's requests (engine-host-protocol.ts): the
 * engine service answers calls, takes the entries (a set equal to the one it has is kept, so the
 * engine's remembered texts survive the background's restarts, each of which sends them), and warms up.
 */
import type { EngineService } from './engine-service';
import type { HostReply, HostRequest } from './engine-host-protocol';

export function createHostHandler(service: EngineService): (request: HostRequest) => Promise<HostReply> {
  let entriesKey: string | null = null;
  const done: HostReply = { ok: true, value: null };
  return async (request) => {
    try {
      switch (request.dubaoHost) {
        case 'call':
          return { ok: true, value: await service.call(request.method, request.args) };
        case 'entries': {
          const key = JSON.stringify(request.entries);
          if (key !== entriesKey) {
            entriesKey = key;
            await service.useEntries(Promise.resolve(request.entries));
          }
          return done;
        }
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
