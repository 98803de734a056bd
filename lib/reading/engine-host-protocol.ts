/**
 * The messages between the background and the engine host (Chrome's offscreen document that keeps
 * the engines while the service worker is stopped: entrypoints/engine-host). They carry no `type`
 * field, so the typed protocol's listeners (lib/messages.ts, @webext-core/messaging) pass them by,
 * and the host passes by the pages' own messages.
 */
import type { UserEntries } from '../entries/parse-entries';
import type { EngineMethod, ScriptVariant } from './contract';

/** The port a page's content script opens to the host (its `page` requests: {id, method, args} → {id, reply}). */
export const HOST_PORT = 'dubao-engine';

/** The host page, as built from entrypoints/engine-host (an unlisted page). */
export const ENGINE_HOST_PATH = '/engine-host.html';

/**
 * A request; `entries` rides along with the first ones after a background start (or after the
 * entries changed) instead of a round trip of its own before them.
 */
export type HostRequest = (
  | { dubaoHost: 'call'; method: EngineMethod; args: unknown }
  /**
   * A page's own engine request (the content script's, Chrome, over HOST_PORT): the host answers it
   * itself, without the service worker in between, which may be stopped (bench: the cold rows). Answered only once
   * the background has given the host the reader's entries; before that (hostFailed) the page asks
   * the background.
   */
  | { dubaoHost: 'page'; method: EngineMethod; args: unknown }
  | { dubaoHost: 'entries'; entries: UserEntries }
  | { dubaoHost: 'warmUp'; variant: ScriptVariant | null }
  | { dubaoHost: 'warmJyutping' }
) & { entries?: UserEntries };

/**
 * The host's answer. `ok: false` with `hostFailed` is the host's own failure (its worker gone): the
 * background then answers from its own engine; without it, the engine refused the call (bad input),
 * and the page gets that error as it would from the background's engine.
 */
export type HostReply = { ok: true; value: unknown } | { ok: false; error: string; hostFailed?: boolean };

/** Host → background: no engine request for the idle period; the background closes the document. */
export interface HostIdle {
  dubaoHost: 'idle';
}

const REQUESTS = new Set(['call', 'page', 'entries', 'warmUp', 'warmJyutping']);

export function isHostRequest(message: unknown): message is HostRequest {
  return typeof message === 'object' && message !== null && REQUESTS.has((message as { dubaoHost?: unknown }).dubaoHost as string);
}

export function isHostIdle(message: unknown): message is HostIdle {
  return typeof message === 'object' && message !== null && (message as { dubaoHost?: unknown }).dubaoHost === 'idle';
}

export function isHostReply(message: unknown): message is HostReply {
  if (typeof message !== 'object' || message === null) return false;
  const ok = (message as { ok?: unknown }).ok;
  return ok === true || (ok === false && typeof (message as { error?: unknown }).error === 'string');
}
