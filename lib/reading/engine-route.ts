/**
 * Where the background sends an engine request: to the engine host (Chrome: an offscreen document
 * that outlives the service worker, so a woken worker finds the engines warm) or to its own engine
 * (Firefox, where the event page keeps them; Chrome when the host cannot be had). One converter per
 * browser: once the background has answered from its own engine it keeps doing so for the rest of
 * its life (the host, if any, is closed first), and while it sends to the host it builds none.
 */
import type { UserEntries } from '../entries/parse-entries';
import type { EngineMethod, ScriptVariant } from './contract';
import type { EngineService } from './engine-service';
import type { HostReply, HostRequest } from './engine-host-protocol';
import { isHostReply } from './engine-host-protocol';

export type EngineRoute = 'host' | 'local';

export interface RouteState {
  /** The browser can keep a host (chrome.offscreen with the permission). */
  hostSupported: boolean;
  /** The background's own engine has answered (or warmed): it stays the one engine. */
  localUsed: boolean;
}

/** The decision, alone: the host where the browser has one and our own engine was never used. */
export function chooseEngineRoute(state: RouteState): EngineRoute {
  return state.hostSupported && !state.localUsed ? 'host' : 'local';
}

/** The host's transport failed (no document, no answer, its worker gone): not the engine's refusal. */
export class HostFailure extends Error {
  override name = 'HostFailure';
}

export interface HostKeeperDeps {
  /** Whether the host document exists now (runtime.getContexts). */
  exists(): Promise<boolean>;
  /** Creates it (offscreen.createDocument); rejects when it cannot, or when one exists already. */
  create(): Promise<void>;
}

/**
 * `ensure()` resolves true when it created the host, false when it was there; concurrent calls share
 * one creation (Chrome allows one offscreen document: a second create rejects).
 */
export function createHostKeeper(deps: HostKeeperDeps): { ensure(): Promise<boolean> } {
  let creating: Promise<boolean> | null = null;
  return {
    async ensure() {
      if (creating) return creating;
      if (await deps.exists()) return false;
      creating ??= deps
        .create()
        .then(
          () => true,
          // Created meanwhile by another start of ours: it is there all the same.
          async (error: unknown) => {
            if (await deps.exists().catch(() => false)) return false;
            throw error;
          },
        )
        .finally(() => (creating = null));
      return creating;
    },
  };
}

export interface EngineRouterDeps {
  hostSupported: boolean;
  /** Makes sure the host exists: true when it was created just now (it has no entries yet). */
  ensureHost(): Promise<boolean>;
  /** Sends to the host; resolves with its reply, rejects (or resolves undefined) when it is not there. */
  sendToHost(request: HostRequest): Promise<unknown>;
  /** Closes the host (when the background falls back to its own engine). */
  closeHost(): Promise<void>;
  /** The reader's entries as the background has them now. */
  entries(): Promise<UserEntries>;
  /**
   * The background's own engine, used only when the route is local (its code imported then); null
   * where the build has none (Chrome's: the host is the only engine, and a request it cannot answer
   * fails, to be tried again with the next).
   */
  local: (() => EngineService | Promise<EngineService>) | null;
}

export interface EngineRouter {
  route(): EngineRoute;
  call(method: EngineMethod, args: unknown): Promise<unknown>;
  warmUp(variant: () => Promise<ScriptVariant | null>): void;
  warmJyutping(): Promise<void>;
  /**
   * The entries changed: the host gets them now (the local engine takes them from its own watch);
   * resolves once it has them (the pages ask it directly: their next requests must find them there).
   */
  entriesChanged(): Promise<void>;
}

export function createEngineRouter(deps: EngineRouterDeps): EngineRouter {
  const state: RouteState = { hostSupported: deps.hostSupported, localUsed: false };
  // The host gets the entries with its first requests after each background start (a host created
  // meanwhile, or new entries, again), riding along rather than a round trip of their own; its
  // worker ignores a set equal to the one it has, so its remembered texts survive our restarts.
  let hostHasEntries = false;
  const sendEntries = async (): Promise<void> => {
    await ask({ dubaoHost: 'entries', entries: await deps.entries() });
    hostHasEntries = true;
  };

  async function ask(request: HostRequest): Promise<HostReply> {
    let reply: unknown;
    try {
      reply = await deps.sendToHost(request);
    } catch (error) {
      throw new HostFailure(error instanceof Error ? error.message : String(error));
    }
    if (!isHostReply(reply)) throw new HostFailure('the engine host did not answer');
    if (!reply.ok && reply.hostFailed) throw new HostFailure(reply.error);
    return reply;
  }

  // A host that answered is taken to be there until a request fails: no check before each request
  // (a browser round trip) while a toggle's requests come.
  let hostAnswered = false;
  async function viaHost(request: HostRequest): Promise<HostReply> {
    // Whether the host is there, and the entries (read at our start), at the same time.
    const [created, entries] = await Promise.all([hostAnswered ? false : deps.ensureHost(), deps.entries()]);
    if (created) hostHasEntries = false;
    try {
      const reply = await ask(hostHasEntries ? request : { ...request, entries });
      hostHasEntries = true;
      hostAnswered = true;
      return reply;
    } catch (error) {
      hostAnswered = false;
      throw error;
    }
  }

  /** Host first; a host that fails is asked once more (it may have closed itself just now), then local. */
  async function withHost<T>(request: HostRequest, local: (engine: EngineService) => Promise<T> | T, answer: (reply: HostReply) => T): Promise<T> {
    if (chooseEngineRoute(state) === 'host') {
      let reply: HostReply | null = null;
      for (let attempt = 0; attempt < 2 && !reply; attempt++) {
        try {
          reply = await viaHost(request);
        } catch (error) {
          if (!(error instanceof HostFailure)) break; // no document could be made: no second try
        }
      }
      // The engine's own refusal (bad input) is the page's answer, as it would be from ours.
      if (reply) return answer(reply);
      // No engine of our own to turn to: this request fails (the page keeps its text), the next tries the host again.
      if (!deps.local) throw new HostFailure('the engine host could not be had');
      state.localUsed = true; // from now on this background's engine is the one: the host goes
      await deps.closeHost().catch(() => undefined);
    }
    if (!deps.local) throw new HostFailure('no engine: the browser keeps no engine host');
    state.localUsed = true;
    return local(await deps.local());
  }

  return {
    route: () => chooseEngineRoute(state),
    call: (method, args) =>
      withHost(
        { dubaoHost: 'call', method, args },
        (engine) => engine.call(method, args),
        (reply) => {
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        },
      ),
    warmUp(variant) {
      if (chooseEngineRoute(state) === 'local') {
        if (!deps.local) return;
        state.localUsed = true;
        void Promise.resolve(deps.local()).then((engine) => engine.warmUp(variant), () => undefined);
        return;
      }
      // The host is made while the reader's variant is read (its document and worker take longer).
      void deps.ensureHost().catch(() => undefined);
      void variant()
        .catch(() => null)
        .then((v) =>
          withHost(
            { dubaoHost: 'warmUp', variant: v },
            (engine) => engine.warmUp(() => Promise.resolve(v)),
            () => undefined,
          ),
        )
        .catch(() => undefined);
    },
    warmJyutping: () =>
      withHost(
        { dubaoHost: 'warmJyutping' },
        (engine) => engine.warmJyutping(),
        () => undefined,
      ).catch(() => undefined),
    entriesChanged() {
      hostHasEntries = false;
      // Sent now too, so a host the reader is not using yet has them before the next toggle.
      return chooseEngineRoute(state) === 'host' ? sendEntries().catch(() => undefined) : Promise.resolve();
    },
  };
}
