import { describe, expect, it, vi } from 'vitest';
import type { UserEntries } from '@/lib/entries/parse-entries';
import { NO_ENTRIES } from '@/lib/entries/parse-entries';
import type { ScriptVariant } from '@/lib/reading/contract';
import { chooseEngineRoute, createEngineRouter, createHostKeeper, type EngineRouterDeps } from '@/lib/reading/engine-route';
import { createEngineService, type EngineService } from '@/lib/reading/engine-service';
import type { HostRequest } from '@/lib/reading/engine-host-protocol';
import { createHostHandler } from '@/lib/reading/host-handler';

/** An engine service as the background or the host's worker makes it, without the extension's files. */
const service = (): EngineService =>
  createEngineService({
    readWordDictionary: () => Promise.reject(new Error('no word dictionary in this test')),
    readJyutpingTable: () => Promise.reject(new Error('no Jyutping table in this test')),
    warmUpTexts: () => ['城乡融合发展'],
  });

const MY_ENTRIES: UserEntries = { conversions: [{ from: '发展', to: '發展中', both: false }], readings: [] };

/**
 * A browser with a host: the host answers as the real one's worker does (createHostHandler over an
 * engine service of its own); `down` makes its transport fail that many times.
 */
function world(options: { supported?: boolean; down?: number; createFails?: boolean; entries?: UserEntries } = {}) {
  let hostExists = false;
  let hostService: EngineService | null = null;
  let handler: ((r: HostRequest) => Promise<unknown>) | null = null;
  let down = options.down ?? 0;
  const requests: HostRequest[] = [];
  const localMade = vi.fn();
  let local: EngineService | null = null;
  const deps: EngineRouterDeps = {
    hostSupported: options.supported ?? true,
    ensureHost: vi.fn(async () => {
      if (options.createFails) throw new Error('offscreen documents are not available');
      if (hostExists) return false;
      hostExists = true;
      hostService = service();
      handler = createHostHandler(hostService);
      return true;
    }),
    sendToHost: vi.fn(async (request: HostRequest) => {
      requests.push(request);
      if (down > 0) {
        down--;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }
      if (!hostExists || !handler) throw new Error('Could not establish connection. Receiving end does not exist.');
      return handler(request);
    }),
    closeHost: vi.fn(async () => {
      hostExists = false;
      handler = null;
    }),
    entries: () => Promise.resolve(options.entries ?? NO_ENTRIES),
    local: () => {
      if (!local) {
        localMade();
        local = service();
      }
      return local;
    },
  };
  return { deps, requests, localMade, closeHost: deps.closeHost, ensureHost: deps.ensureHost, hostOpen: () => hostExists };
}

describe('chooseEngineRoute', () => {
  it.each([
    [{ hostSupported: true, localUsed: false }, 'host'],
    [{ hostSupported: true, localUsed: true }, 'local'],
    [{ hostSupported: false, localUsed: false }, 'local'],
    [{ hostSupported: false, localUsed: true }, 'local'],
  ] as const)('%j → %s', (state, route) => {
    expect(chooseEngineRoute(state)).toBe(route);
  });
});

describe('createHostKeeper', () => {
  it('creates the host once for concurrent requests, and not when it is there', async () => {
    let exists = false;
    const create = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      exists = true;
    });
    const keeper = createHostKeeper({ exists: async () => exists, create });
    expect(await Promise.all([keeper.ensure(), keeper.ensure(), keeper.ensure()])).toEqual([true, true, true]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await keeper.ensure()).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('takes a host another start of ours made meanwhile (create rejects, but one exists)', async () => {
    let exists = false;
    const keeper = createHostKeeper({
      exists: async () => exists,
      create: async () => {
        exists = true;
        throw new Error('Only a single offscreen document may be created.');
      },
    });
    expect(await keeper.ensure()).toBe(false);
  });

  it('rejects when no host can be made, and tries again next time', async () => {
    const create = vi.fn(async () => {
      throw new Error('offscreen: permission missing');
    });
    const keeper = createHostKeeper({ exists: async () => false, create });
    await expect(keeper.ensure()).rejects.toThrow(/permission missing/);
    await expect(keeper.ensure()).rejects.toThrow(/permission missing/);
    expect(create).toHaveBeenCalledTimes(2);
  });
});

describe('createEngineRouter', () => {
  it('sends every call to the host, the entries with the first; the background builds no engine', async () => {
    const w = world({ entries: MY_ENTRIES });
    const router = createEngineRouter(w.deps);
    expect(await router.call('convert', [['城乡融合发展'], 'tw'])).toEqual(['城鄉融合發展中']);
    expect(await router.call('read', [['行长'], []])).toEqual([[{ text: '行长', readings: ['háng', 'zhǎng'], word: true }]]);
    expect(w.requests.map((r) => [r.dubaoHost, r.entries !== undefined])).toEqual([
      ['call', true],
      ['call', false],
    ]);
    expect(w.localMade).not.toHaveBeenCalled();
    expect(router.route()).toBe('host');
  });

  it('gives the page the engine refusal as an error, without leaving the host', async () => {
    const w = world();
    const router = createEngineRouter(w.deps);
    await expect(router.call('convert', [['发展'], 'xx'])).rejects.toThrow(/unknown script variant/);
    expect(await router.call('convert', [['发展'], 'hk'])).toEqual(['發展']);
    expect(w.localMade).not.toHaveBeenCalled();
    expect(w.closeHost).not.toHaveBeenCalled();
  });

  it('asks once more when the host did not answer (closed itself just now): made again, entries again', async () => {
    const w = world({ down: 1 });
    const router = createEngineRouter(w.deps);
    expect(await router.call('convert', [['软件'], 'twp'])).toEqual(['軟體']);
    expect(w.localMade).not.toHaveBeenCalled();
    // The host went away and a new one was made: it gets the entries before its first call.
    await w.closeHost();
    expect(await router.call('convert', [['后来'], 'tw'])).toEqual(['後來']);
    expect(w.requests.map((r) => [r.dubaoHost, r.entries !== undefined])).toEqual([
      ['call', true], // not answered
      ['call', true],
      ['call', false], // the host that answered is taken to be there: not answered
      ['call', true], // a new host, with the entries
    ]);
  });

  it('falls back to its own engine when the host fails twice, closing the host: one converter, from then on', async () => {
    const w = world({ down: 3 });
    const router = createEngineRouter(w.deps);
    expect(await router.call('convert', [['发展'], 'tw'])).toEqual(['發展']);
    expect(w.localMade).toHaveBeenCalledTimes(1);
    expect(w.closeHost).toHaveBeenCalledTimes(1);
    expect(router.route()).toBe('local');
    const asked = w.requests.length;
    expect(await router.call('convert', [['头发'], 'tw'])).toEqual(['頭髮']);
    expect(w.requests).toHaveLength(asked); // the host is not asked again
    expect(w.ensureHost).toHaveBeenCalledTimes(2);
  });

  it('answers from its own engine at once when no host can be made', async () => {
    const w = world({ createFails: true });
    const router = createEngineRouter(w.deps);
    expect(await router.call('convert', [['发展'], 'tw'])).toEqual(['發展']);
    expect(w.ensureHost).toHaveBeenCalledTimes(1);
    expect(w.requests).toEqual([]);
    expect(router.route()).toBe('local');
  });

  it('without an engine of its own (Chrome’s build): a request the host cannot answer fails, the next finds the host again', async () => {
    const w = world({ down: 2 });
    const router = createEngineRouter({ ...w.deps, local: null });
    await expect(router.call('convert', [['发展'], 'tw'])).rejects.toThrow(/engine host/);
    expect(w.closeHost).not.toHaveBeenCalled(); // no other engine to hand over to
    expect(router.route()).toBe('host');
    expect(await router.call('convert', [['头发'], 'tw'])).toEqual(['頭髮']);
    expect(w.localMade).not.toHaveBeenCalled();
  });

  it('without an engine of its own and no host to be made: each request fails calmly, none is built', async () => {
    const w = world({ createFails: true });
    const router = createEngineRouter({ ...w.deps, local: null });
    await expect(router.call('read', [['发展'], []])).rejects.toThrow(/engine host/);
    await expect(router.call('convert', [['发展'], 'tw'])).rejects.toThrow(/engine host/);
    expect(w.ensureHost).toHaveBeenCalledTimes(2); // tried again each time
    const none = createEngineRouter({ ...world({ supported: false }).deps, local: null });
    none.warmUp(async () => 'tw'); // nothing to warm
    await expect(none.call('convert', [['发展'], 'tw'])).rejects.toThrow(/no engine/);
    expect(w.localMade).not.toHaveBeenCalled();
  });

  it('never asks a host where the browser has none (Firefox)', async () => {
    const w = world({ supported: false });
    const router = createEngineRouter(w.deps);
    expect(await router.call('convert', [['发展'], 'cn'])).toEqual(['发展']);
    router.warmUp(async () => 'tw');
    router.entriesChanged();
    expect(await router.warmJyutping()).toBeUndefined();
    expect(w.ensureHost).not.toHaveBeenCalled();
    expect(w.requests).toEqual([]);
  });

  it('warms up in the host, with the reader variant, and sends changed entries to it', async () => {
    const w = world();
    const router = createEngineRouter(w.deps);
    const variant = vi.fn(async (): Promise<ScriptVariant | null> => 'hk');
    router.warmUp(variant);
    await vi.waitFor(() => expect(w.requests.map((r) => r.dubaoHost)).toEqual(['warmUp']));
    expect(w.requests[0]).toEqual({ dubaoHost: 'warmUp', variant: 'hk', entries: NO_ENTRIES });
    router.entriesChanged();
    await vi.waitFor(() => expect(w.requests.map((r) => r.dubaoHost)).toEqual(['warmUp', 'entries']));
    expect(w.localMade).not.toHaveBeenCalled();
  });
});
