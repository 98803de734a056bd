/**
 * The work queue: text nodes whose rendering may have to change, each at most once, in the order
 * they are to be done (viewport first; the page's fresh changes to the front).
 */
export interface WorkQueue<T> {
  /** Adds what is not queued yet, to the front or the back; how many were added. */
  push(items: readonly T[], front: boolean): number;
  /** Takes from the front up to `maxSize` (summed by `sizeOf`; the last item may pass it) or `maxItems`. */
  take(maxSize: number, maxItems: number, sizeOf: (item: T) => number): T[];
  /** `first` in order, then what was queued and is not among them. */
  reorder(first: readonly T[]): void;
  clear(): void;
  length(): number;
  items(): readonly T[];
}

export function createWorkQueue<T>(): WorkQueue<T> {
  let queue: T[] = [];
  let queued = new Set<T>();
  return {
    push(items, front) {
      const add: T[] = [];
      for (const item of items) {
        if (queued.has(item)) continue;
        queued.add(item);
        add.push(item);
      }
      if (add.length) queue = front ? [...add, ...queue] : [...queue, ...add];
      return add.length;
    },
    take(maxSize, maxItems, sizeOf) {
      const out: T[] = [];
      let size = 0;
      while (queue.length && size < maxSize && out.length < maxItems) {
        const item = queue.shift()!;
        queued.delete(item);
        out.push(item);
        size += sizeOf(item);
      }
      return out;
    },
    reorder(first) {
      const mine = new Set(first);
      queue = [...mine, ...queue.filter((item) => !mine.has(item))];
      queued = new Set(queue);
    },
    clear() {
      queue = [];
      queued = new Set();
    },
    length: () => queue.length,
    items: () => queue,
  };
}
