/**
 * Text records: for every page Text node carrying a layer, the node object itself and its original
 * data, and the paired writes. Each way of changing a node (`putRuby`, `putScript`) has its undo
 * (`restoreRecord`) beside it, as Dark Reader pairs a change with its cleaner: undo puts back the
 * very same Text object, or its original data, and only where it is still ours to put back.
 *
 * The page's own changes win: `valid` drops a record whose node the page edited (in place, or the
 * detached one through a reference it kept) or whose wrapper the page removed or edited inside.
 */
import { containsHan } from './dom-scan';
import { WRAPPER_TAG } from './pinyin-transform';
import type { ScriptVariant } from '@/lib/reading/contract';

export interface TextRecord {
  node: Text;
  original: string;
  /** Pinyin: our element standing where `node` was. */
  wrapper: HTMLElement | null;
  /**
   * Pinyin: where the page's detached node waits while our wrapper stands in. Its parent tells
   * whether the page moved the node meanwhile, even into an element outside the document that no
   * observer sees (then it is the page's, wherever it went).
   */
  holder?: DocumentFragment;
  /** Script alone: what we wrote into `node.data`. */
  written: string | null;
  script: ScriptVariant | null;
  pinyinKey: string | null;
  /** What else the writing followed: corner quotes, the entries' revision (node-writer.ts styleKey). */
  style?: string;
  /** The page changed something inside our wrapper: rebuild from the original. */
  tampered?: boolean;
  /** The page put its detached node somewhere (through a reference it kept): it is the page's now. */
  taken?: boolean;
}

/** Runs DOM writes so that the page watcher never reports them as the page's (page-watch.ts). */
export type WriteGuard = <T>(fn: () => T) => T;

/** Wrapper attribute: how many children we put in, so an edit inside it is seen. */
const CHILD_COUNT = 'data-dubao-n';

/** Whether a node is ours: inside an element marked data-dubao. */
export function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-dubao]');
}

/** Our wrapper still holds exactly what we put there (the page did not edit inside it). */
export function isWrapperIntact(rec: TextRecord): boolean {
  return rec.wrapper!.getAttribute(CHILD_COUNT) === String(rec.wrapper!.childNodes.length);
}

/** Pinyin on: the wrapper takes the node's place, the node waits in a holder (undo: restoreRecord). */
function putRuby(node: Text, wrapper: HTMLElement): DocumentFragment {
  wrapper.setAttribute(CHILD_COUNT, String(wrapper.childNodes.length));
  node.replaceWith(wrapper);
  const holder = node.ownerDocument.createDocumentFragment();
  holder.appendChild(node);
  return holder;
}

/** The page's node still waits where we left it (the page has not moved it anywhere). */
export function isHeld(rec: TextRecord): boolean {
  return !!rec.holder && rec.node.parentNode === rec.holder;
}

/** Script alone: the node's own data is rewritten, same node (undo: restoreRecord). */
function putScript(node: Text, original: string, converted: string): void {
  if (converted !== original) node.data = converted;
}

/** Puts the original back (only where it is still ours to put back). Inside a WriteGuard. */
export function restoreRecord(rec: TextRecord): void {
  if (rec.wrapper) {
    const w = rec.wrapper;
    if (w.parentNode && isHeld(rec) && !rec.taken) w.replaceWith(rec.node);
    else w.remove();
  } else if (rec.written !== null && rec.node.data === rec.written) {
    rec.node.data = rec.original;
  }
}

export interface TextRecords {
  get(node: Text): TextRecord | undefined;
  has(node: Text): boolean;
  ofWrapper(el: Element): TextRecord | undefined;
  /** The record whose wrapper holds this node (the page edited inside our wrapper). */
  around(node: Node): TextRecord | undefined;
  size(): number;
  nodes(): Text[];
  /** The text as the page had it (what every reading and conversion is made from). */
  originalOf(node: Text): string;
  /** What stands in the page for the node now: our wrapper, or the node. */
  shownAs(node: Text): Text | HTMLElement;
  /** The block a node's rendering stands in (its parent, or our wrapper's). */
  blockOf(node: Text): Element | null;
  /** Page text nodes directly under an element, ours (by their wrapper) included. */
  textNodesOf(el: Element): Text[];
  /** The record of a node, given back and dropped first if the page changed what it was about. */
  valid(node: Text): TextRecord | undefined;
  /** Puts a ruby wrapper in the node's place (the previous layer given back first). */
  setRuby(node: Text, original: string, wrapper: HTMLElement, script: ScriptVariant | null, pinyinKey: string, style?: string): void;
  /** Rewrites the node's data to the converted text (the previous layer given back first). */
  setScript(node: Text, original: string, converted: string, script: ScriptVariant, style?: string): void;
  /** Gives the node back to the page and forgets it. */
  giveBack(rec: TextRecord): void;
  /** Gives everything back in one write (all layers off, dispose); the page's own edits win as in giveBack. */
  giveBackAll(): void;
}

export function createTextRecords(write: WriteGuard): TextRecords {
  const recs = new Map<Text, TextRecord>();
  const byWrapper = new WeakMap<Element, TextRecord>();

  function drop(rec: TextRecord): void {
    recs.delete(rec.node);
    if (rec.wrapper) byWrapper.delete(rec.wrapper);
  }

  function keep(previous: TextRecord | undefined, next: TextRecord): void {
    if (previous?.wrapper) byWrapper.delete(previous.wrapper);
    recs.set(next.node, next);
    if (next.wrapper) byWrapper.set(next.wrapper, next);
  }

  const records: TextRecords = {
    get: (node) => recs.get(node),
    has: (node) => recs.has(node),
    ofWrapper: (el) => byWrapper.get(el),
    around(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const wrapper = el?.closest(`${WRAPPER_TAG}[data-dubao]`);
      return wrapper ? byWrapper.get(wrapper) : undefined;
    },
    size: () => recs.size,
    nodes: () => [...recs.keys()],
    originalOf: (node) => recs.get(node)?.original ?? node.data,
    shownAs: (node) => recs.get(node)?.wrapper ?? node,
    blockOf: (node) => recs.get(node)?.wrapper?.parentElement ?? node.parentElement,
    textNodesOf(el) {
      const out: Text[] = [];
      el.childNodes.forEach((child) => {
        if (child.nodeType === 3) {
          if (recs.has(child as Text) || containsHan((child as Text).data)) out.push(child as Text);
        } else if (child.nodeType === 1) {
          const rec = byWrapper.get(child as Element);
          if (rec) out.push(rec.node);
        }
      });
      return out;
    },
    valid(node) {
      const rec = recs.get(node);
      if (!rec) return undefined;
      if (rec.wrapper) {
        // The page edited or re-inserted its node, removed our wrapper or edited inside it: its node
        // goes back where our wrapper is, with whatever text the page gave it.
        const pageChanged = rec.taken || node.data !== rec.original || !isHeld(rec);
        if (pageChanged || !rec.wrapper.parentNode || rec.tampered || !isWrapperIntact(rec)) {
          records.giveBack(rec);
          return undefined;
        }
      } else if (rec.written !== null && node.data !== rec.written) {
        drop(rec);
        return undefined;
      }
      return rec;
    },
    setRuby(node, original, wrapper, script, pinyinKey, style = '') {
      const previous = recs.get(node);
      let holder: DocumentFragment | undefined;
      write(() => {
        if (previous) restoreRecord(previous);
        holder = putRuby(node, wrapper);
      });
      keep(previous, { node, original, wrapper, holder, written: null, script, pinyinKey, style });
    },
    setScript(node, original, converted, script, style = '') {
      const previous = recs.get(node);
      write(() => {
        if (previous) restoreRecord(previous);
        putScript(node, original, converted);
      });
      keep(previous, { node, original, wrapper: null, written: converted, script, pinyinKey: null, style });
    },
    giveBack(rec) {
      write(() => restoreRecord(rec));
      drop(rec);
    },
    giveBackAll() {
      write(() => {
        for (const rec of recs.values()) restoreRecord(rec);
      });
      for (const rec of recs.values()) if (rec.wrapper) byWrapper.delete(rec.wrapper);
      recs.clear();
    },
  };
  return records;
}
