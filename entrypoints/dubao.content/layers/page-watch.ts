/**
 * Following the page: one MutationObserver sees the page's own changes, and `nodesToFollow` turns
 * them into the text nodes whose rendering may have to change. Our own writes go through `write`,
 * which cuts them out of the observer's stream (takeRecords() around every write), so they are
 * never mistaken for the page's.
 *
 * The observer runs only while a layer is on or something of ours is in the page: nothing to pay on
 * pages where the layers are never used.
 */
import { collectTextNodes, containsHan } from './dom-scan';
import { isOurs, type TextRecords, type WriteGuard } from './text-records';

export interface PageWatch {
  /** Runs our DOM writes so that the observer never reports them as the page's. */
  write: WriteGuard;
  /** Starts watching when `needed`; stops when not and `canStop()` (checked after the last records are handled). */
  sync(needed: boolean, canStop: () => boolean): void;
  /** Watches a detached node of the page's (the page may still edit it through a reference it holds). */
  watchDetached(node: Text): void;
  /** Hands the records not yet delivered to the callback; whether there were any. */
  flush(): boolean;
  disconnect(): void;
}

export function createPageWatch(doc: Document, onRecords: (records: MutationRecord[]) => void): PageWatch {
  const observer = new doc.defaultView!.MutationObserver((records) => onRecords(records));
  let observing = false;

  function flush(): boolean {
    const pending = observer.takeRecords();
    if (pending.length) onRecords(pending);
    return pending.length > 0;
  }

  return {
    write(fn) {
      flush();
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    sync(needed, canStop) {
      if (needed && !observing) {
        observer.observe(doc, { childList: true, subtree: true, characterData: true });
        observing = true;
      } else if (!needed && observing) {
        flush();
        if (canStop()) {
          observer.disconnect();
          observing = false;
        }
      }
    },
    watchDetached(node) {
      observer.observe(node, { characterData: true });
    },
    flush,
    disconnect() {
      observer.disconnect();
      observing = false;
    },
  };
}

export interface FollowContext {
  records: TextRecords;
  /** A layer is on: new page text is to be followed too (not only ours). */
  layersOn: boolean;
  /** The page's own <html lang>. */
  pageLang: string | null;
}

/**
 * The text nodes the page's changes concern: ours it edited or removed (marking records the page
 * tampered with or took back), and, while a layer is on, the Chinese text it added.
 */
export function nodesToFollow(mutations: readonly MutationRecord[], { records, layersOn, pageLang }: FollowContext): Text[] {
  const fresh: Text[] = [];
  for (const r of mutations) {
    if (r.type === 'characterData') {
      const node = r.target as Text;
      const inside = records.around(node);
      if (inside) inside.tampered = true;
      const rec = records.get(node) ?? inside;
      if (rec) fresh.push(rec.node);
      else if (layersOn && !isOurs(node) && containsHan(node.data)) fresh.push(node);
      continue;
    }
    // The page inserted its own detached node (kept while our wrapper stands in): the page has it
    // now, wherever it goes next; our wrapper only has to go.
    r.addedNodes.forEach((n) => {
      const rec = n.nodeType === 3 ? records.get(n as Text) : undefined;
      if (rec?.wrapper) {
        rec.taken = true;
        fresh.push(rec.node);
      }
    });
    const inside = records.around(r.target);
    if (inside) {
      // The page changed the inside of our wrapper: re-render that node from its original.
      inside.tampered = true;
      fresh.push(inside.node);
      continue;
    }
    r.removedNodes.forEach((n) => {
      const rec = n.nodeType === 1 ? records.ofWrapper(n as Element) : records.get(n as Text);
      if (rec) fresh.push(rec.node);
    });
    if (!layersOn) continue;
    r.addedNodes.forEach((n) => {
      if (isOurs(n)) return;
      if (n.nodeType === 1 && records.ofWrapper(n as Element)) return;
      for (const t of collectTextNodes([n], pageLang)) fresh.push(t);
    });
  }
  return fresh;
}
