/**
 * Planning a pinyin pass: the order the nodes go in (what is on screen first, and of a paragraph
 * running past the viewport's edge only its visible part in the first pass) and, past the reading
 * window's size, only what is near the viewport (the window seeded with what was just measured).
 */
import type { PinyinMode } from './layer-modes';
import type { ReadingWindow } from './reading-window';
import type { TextRecords } from './text-records';
import { isInPinyinScope } from './layer-modes';
import { measureVisibleRange, observeBoxes, orderByViewport } from './viewport-order';

export interface PinyinPassInput {
  win: Window & typeof globalThis;
  records: TextRecords;
  nodes: readonly Text[];
  mode: PinyinMode;
  /** Script is on too: far text still converts, so it stays in the pass. */
  scriptOn: boolean;
  /** The page holds more than windowChars: boxes come from the browser's next rendering step. */
  longPage: boolean;
  windowChars: number;
  /** The reading window to seed, made on first need. */
  openWindow(): ReadingWindow;
  closeWindow(): void;
  /** A newer pass took over while the boxes were measured. */
  isStale(): boolean;
}

export interface PinyinPass {
  ordered: Text[];
  /** How many of `ordered`, from the start, are on screen. */
  viewportCount: number;
  /** Of a node crossing the viewport's edge, the code points on screen. */
  visibleRange: Map<Text, [number, number]>;
  /** The boxes of the blocks measured, before any ruby went in. */
  boxes: ReadonlyMap<Element, DOMRectReadOnly>;
}

/** Resolves to null when a newer pass took over while measuring. */
export async function planPinyinPass(input: PinyinPassInput): Promise<PinyinPass | null> {
  const { win, records, mode } = input;
  let boxes: Map<Element, DOMRectReadOnly> | null = null;
  if (input.longPage) {
    const blocks = new Set(input.nodes.map(records.blockOf).filter((el): el is Element => el !== null));
    boxes = await observeBoxes(win, blocks);
    if (input.isStale()) return null;
  }
  const height = win.innerHeight || 0;
  const read = new Map<Element, DOMRectReadOnly>();
  const boxOf = (el: Element): DOMRectReadOnly => {
    const box = boxes?.get(el) ?? el.getBoundingClientRect();
    read.set(el, box);
    return box;
  };
  const byViewport = orderByViewport(input.nodes, records.blockOf, boxOf, height);
  const visibleRange = new Map<Text, [number, number]>();
  for (const node of byViewport.ordered.slice(0, byViewport.visible)) {
    // A node whose block stands wholly on screen is annotated whole: its characters are measured
    // only where the block crosses the viewport's edge (bench: "layers/seed: pinyin viewport
    // annotated"). Text spilling out of its block is annotated whole too, which is never wrong.
    const block = records.blockOf(node);
    const box = block ? read.get(block) : undefined;
    if (box && box.top >= 0 && box.bottom <= height) continue;
    const range = records.get(node)?.wrapper ? null : measureVisibleRange(win.document, node, height);
    if (range) visibleRange.set(node, range);
  }
  const pass = { ordered: byViewport.ordered, viewportCount: byViewport.visible, visibleRange, boxes: read };
  let pinyinChars = 0;
  for (const node of byViewport.ordered) if (isInPinyinScope(mode, records.shownAs(node))) pinyinChars += records.originalOf(node).length;
  if (pinyinChars <= input.windowChars) {
    input.closeWindow();
    return pass;
  }
  const band = input.openWindow();
  band.seed(byViewport.near, byViewport.blocks, byViewport.order);
  if (input.scriptOn) return pass;
  // Far text waits for the scroll (nothing to do there unless it carries pinyin now).
  const near = byViewport.ordered.filter((node) => {
    const parent = records.shownAs(node).parentElement;
    return records.has(node) || (!!parent && band.isNear(parent));
  });
  return { ...pass, ordered: near };
}
