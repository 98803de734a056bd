/**
 * When the engine host gives its memory back: after HOST_IDLE_MS without an engine request, and
 * never while one is being answered. Ten minutes: Chrome stops an idle service worker after 30 s,
 * so without the host every toggle after a pause of reading would find the engines cold; a reader
 * reads an article for several minutes between toggles and opens the next one soon after, while a
 * browser left on other sites for longer than a long article's reading time should not hold the
 * engines' heap (bench: "memory: engine host heap") all day.
 */
export const HOST_IDLE_MS = 10 * 60_000;

export interface IdleTimerDeps {
  idleMs: number;
  onIdle(): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export interface IdleTimer {
  /** A request began: no idle end until it is answered. */
  begin(): void;
  /** A request was answered: the idle period starts again from now. */
  end(): void;
  /** Stops watching (the document is closing). */
  stop(): void;
}

/** Started at once: a host nobody asks closes after `idleMs` too. */
export function createIdleTimer(deps: IdleTimerDeps): IdleTimer {
  let busy = 0;
  let timer: unknown = null;
  let stopped = false;
  const disarm = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
  const arm = () => {
    disarm();
    if (stopped || busy > 0) return;
    timer = deps.setTimer(() => {
      timer = null;
      if (!stopped && busy === 0) deps.onIdle();
    }, deps.idleMs);
  };
  arm();
  return {
    begin() {
      busy++;
      disarm();
    },
    end() {
      busy = Math.max(0, busy - 1);
      arm();
    },
    stop() {
      stopped = true;
      disarm();
    },
  };
}
