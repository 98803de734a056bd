/** A browser event with a `trigger`, for APIs the fake browser leaves unimplemented (commands, menus). */
export interface FakeEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => unknown): void;
  removeListener(listener: (...args: A) => unknown): void;
  hasListener(listener: (...args: A) => unknown): boolean;
  hasListeners(): boolean;
  trigger(...args: A): Promise<unknown[]>;
}

export function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l) => void listeners.push(l),
    removeListener: (l) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args) => Promise.all(listeners.map((l) => l(...args))),
  };
}
