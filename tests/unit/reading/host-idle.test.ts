import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, HOST_IDLE_MS } from '@/lib/reading/host-idle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const timer = (idleMs = HOST_IDLE_MS) => {
  const onIdle = vi.fn();
  const idle = createIdleTimer({ idleMs, onIdle, setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>) });
  return { idle, onIdle };
};

describe('createIdleTimer (the engine host gives its memory back)', () => {
  it('is ten minutes: longer than a reading pause, shorter than a day on other sites', () => {
    expect(HOST_IDLE_MS).toBe(600_000);
  });

  it('ends the host after the idle period when nobody asks at all', () => {
    const { onIdle } = timer();
    vi.advanceTimersByTime(HOST_IDLE_MS - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts the period again from each answered request', () => {
    const { idle, onIdle } = timer();
    vi.advanceTimersByTime(HOST_IDLE_MS - 1000);
    idle.begin();
    idle.end();
    vi.advanceTimersByTime(HOST_IDLE_MS - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never ends while a request is being answered, however long it takes', () => {
    const { idle, onIdle } = timer(1000);
    idle.begin();
    idle.begin();
    vi.advanceTimersByTime(5000);
    idle.end();
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled(); // one still under way
    idle.end();
    vi.advanceTimersByTime(999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped, and an extra end() does not arm it below zero', () => {
    const { idle, onIdle } = timer(1000);
    idle.end();
    idle.begin();
    idle.end();
    idle.stop();
    vi.advanceTimersByTime(10_000);
    idle.begin();
    idle.end();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
