/**
 * Measures the readings' layout on a page from what Chromium painted: the painted box of each
 * reading (its text: the rt's generated ::before, or with tone colours the spans inside the rt;
 * never the rt box, which the browser stretches to the width of its ruby column), grouped into lines.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface ReadingLayout {
  /** Readings measured (laid out, with a size). */
  readings: number;
  /** Pairs of adjacent readings on one line. */
  pairs: number;
  /** Pairs whose painted readings are closer than `minGap` × the reading's font size. */
  close: number;
  /** close ÷ pairs. */
  share: number;
  /** The worst pair, as "reading|reading gap/size". */
  worst: string[];
  /** Largest distance between a reading's centre and its base's centre, ÷ the reading's font size. */
  maxOffCentre: number;
  /** The reading font size of the first reading (px) and its base's (px). */
  readingPx: number;
  basePx: number;
  /** Readings with no painted-text box to measure (neither spans nor an empty rt drawing its reading). */
  unmeasurable: number;
}

/** A painted box: left, right and top edges (viewport px). */
type PaintedBox = { left: number; right: number; top: number };

/**
 * The painted box of each empty rt's generated reading (its ::before, where the rt draws its
 * reading itself), in document order of the rubies under `root`: read from Chromium's layout over
 * the DevTools protocol (a pseudo-element is no DOM node a page script can measure). null where
 * the rt draws nothing (spans inside it draw, or it is not rendered).
 */
async function pseudoReadingBoxes(page: Page, root: string | null): Promise<Array<PaintedBox | null>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeId: number; nodeName: string; pseudoType?: string; children?: DomNode[]; pseudoElements?: DomNode[]; attributes?: string[] };
    const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: false })) as { root: DomNode };
    let scope: DomNode | null = doc;
    if (root) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector: root });
      const find = (node: DomNode): DomNode | null => {
        if (node.nodeId === nodeId) return node;
        for (const child of node.children ?? []) {
          const hit = find(child);
          if (hit) return hit;
        }
        return null;
      };
      scope = nodeId ? find(doc) : null;
    }
    const marked = (node: DomNode) => (node.attributes ?? []).includes('data-dubao');
    const befores: Array<number | null> = [];
    const walk = (node: DomNode): void => {
      if (node.nodeName === 'RUBY' && marked(node)) {
        const rt = (node.children ?? []).find((c) => c.nodeName === 'RT');
        if (rt) befores.push(rt.pseudoElements?.find((p) => p.pseudoType === 'before')?.nodeId ?? null);
      }
      for (const child of node.children ?? []) walk(child);
    };
    if (scope) walk(scope);
    return await Promise.all(
      befores.map(async (nodeId) => {
        if (nodeId === null) return null;
        const quads = await cdp.send('DOM.getContentQuads', { nodeId }).then(
          (r) => (r as { quads: number[][] }).quads,
          () => [] as number[][], // not rendered (a fixed-height box hides its readings)
        );
        let box: PaintedBox | null = null;
        for (const q of quads) {
          const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
          const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
          const [left, right, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys)];
          if (right === left && Math.max(...ys) === top) continue;
          box = box ? { left: Math.min(box.left, left), right: Math.max(box.right, right), top: Math.min(box.top, top) } : { left, right, top };
        }
        return box;
      }),
    );
  } finally {
    await cdp.detach();
  }
}

/**
 * Layout of the readings under `root` (a selector; the body when null): each reading's painted
 * box is its spans' (tone colours: a span per syllable) or, where the rt draws the reading itself,
 * its generated ::before box (pseudoReadingBoxes). Chromium only (the DevTools protocol).
 */
export async function measureReadings(page: Page, root: string | null, minGap = 0.2): Promise<ReadingLayout> {
  const pseudo = await pseudoReadingBoxes(page, root);
  return page.evaluate(
    ({ root, minGap, pseudo }) => {
      const scope = root ? document.querySelector(root) : document.body;
      const rubies = [...(scope?.querySelectorAll('ruby[data-dubao]') ?? [])];
      if (rubies.length !== pseudo.length) throw new Error(`rubies ${rubies.length}, measured over the protocol ${pseudo.length}`);
      type Item = { left: number; right: number; top: number; size: number; text: string };
      const items: Item[] = [];
      let unmeasurable = 0;
      let maxOffCentre = 0;
      let readingPx = 0;
      let basePx = 0;
      rubies.forEach((ruby, index) => {
        const rt = ruby.querySelector(':scope > rt');
        if (!rt) return;
        const spans = [...rt.querySelectorAll(':scope > span')];
        const drawsItself = spans.length === 0 && rt.childNodes.length === 0 && rt.hasAttribute('data-r');
        if (spans.length === 0 && !drawsItself) {
          unmeasurable++;
          return;
        }
        let left = Infinity;
        let right = -Infinity;
        let top = Infinity;
        if (drawsItself) {
          const box = pseudo[index];
          if (box) ({ left, right, top } = box);
        }
        for (const span of spans) {
          for (const r of span.getClientRects()) {
            if (r.width === 0 && r.height === 0) continue;
            left = Math.min(left, r.left);
            right = Math.max(right, r.right);
            top = Math.min(top, r.top);
          }
        }
        if (!Number.isFinite(left)) return;
        const size = parseFloat(getComputedStyle(rt).fontSize);
        const text = drawsItself ? (rt.getAttribute('data-r') ?? '') : spans.map((s) => s.getAttribute('data-r') ?? '').join('');
        const range = document.createRange();
        const base = [...ruby.childNodes].filter((n) => n.nodeType === 3);
        if (base.length) {
          range.setStartBefore(base[0]!);
          range.setEndAfter(base[base.length - 1]!);
          const rects = range.getClientRects();
          const b = range.getBoundingClientRect();
          // A base broken over two lines has no one centre to compare with.
          if (b.width > 0 && rects.length === 1) maxOffCentre = Math.max(maxOffCentre, Math.abs((b.left + b.right) / 2 - (left + right) / 2) / size);
        }
        if (!readingPx) {
          readingPx = size;
          basePx = parseFloat(getComputedStyle(ruby).fontSize);
        }
        items.push({ left, right, top, size, text });
      });
      let pairs = 0;
      let close = 0;
      const worst: Array<[number, string]> = [];
      for (let i = 1; i < items.length; i++) {
        const a = items[i - 1]!;
        const b = items[i]!;
        // Adjacent on one line: next in document order, same line (tops within half a reading), to the right.
        if (Math.abs(a.top - b.top) > a.size / 2 || b.left < a.left) continue;
        pairs++;
        const ratio = (b.left - a.right) / Math.max(a.size, b.size);
        if (ratio < minGap - 0.005) {
          close++;
          worst.push([ratio, `${a.text}|${b.text} ${ratio.toFixed(2)}`]);
        }
      }
      worst.sort((x, y) => x[0] - y[0]);
      return {
        readings: items.length,
        pairs,
        close,
        share: pairs ? close / pairs : 0,
        worst: worst.slice(0, 8).map((w) => w[1]),
        maxOffCentre,
        readingPx,
        basePx,
        unmeasurable,
      };
    },
    { root, minGap, pseudo },
  );
}

/**
 * The fonts Chromium drew the first `limit` readings with (family → readings), from the DevTools
 * protocol's platform fonts of each reading's generated text.
 */
export async function readingFonts(context: BrowserContext, page: Page, limit: number): Promise<Record<string, number>> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: false });
    type DomNode = { nodeId: number; nodeName: string; pseudoType?: string; children?: DomNode[]; pseudoElements?: DomNode[]; attributes?: string[] };
    const ids: number[] = [];
    const walk = (node: DomNode, inRt: boolean): void => {
      const rt = inRt || (node.nodeName === 'RT' && (node.attributes ?? []).includes('data-dubao'));
      if (rt && node.pseudoType === 'before') ids.push(node.nodeId);
      for (const child of node.children ?? []) walk(child, rt);
      for (const pseudo of node.pseudoElements ?? []) walk(pseudo, rt);
    };
    walk(root as DomNode, false);
    const fonts: Record<string, number> = {};
    for (const nodeId of ids.slice(0, limit)) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // Readings not drawn (display:none inside a fixed-height box) have no fonts.
      if (used.length === 0) continue;
      const key = used.map((f) => f.familyName).sort().join(' + ');
      fonts[key] = (fonts[key] ?? 0) + 1;
    }
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/**
 * Records how far every box with Han text inside spills now (content taller than the box, px; 0
 * when it holds its text), scroll containers left out (scrolling is how they hold more), for
 * `spilledBoxes` to compare with later. Returns how many boxes, and how many of them hold their text
 * (to within `slack` px).
 */
export function recordBoxes(page: Page, slack: number): Promise<{ boxes: number; holding: number }> {
  return page.evaluate((slack) => {
    const HAN = /\p{Script=Han}/u;
    const boxes: Array<[Element, number, number]> = [];
    for (const el of document.body.querySelectorAll('*')) {
      const h = el.clientHeight;
      if (h === 0) continue;
      const y = getComputedStyle(el).overflowY;
      if (y === 'auto' || y === 'scroll') continue;
      if (!HAN.test(el.textContent ?? '')) continue;
      boxes.push([el, Math.max(0, el.scrollHeight - h), h]);
    }
    (window as unknown as { __dubaoBoxes: Array<[Element, number, number]> }).__dubaoBoxes = boxes;
    return { boxes: boxes.length, holding: boxes.filter(([, by]) => by <= slack).length };
  }, slack);
}

export interface SpilledBox {
  /** A short description: tag#id.class and its first characters. */
  box: string;
  /** How far the content passed the box before (px). */
  before: number;
  /** How far it passes the box now (px). */
  now: number;
}

/**
 * The recorded boxes of fixed height (as tall now as before: a box that grows with its readings
 * holds them) that held their text (content past the box by `slack` px at most) and spill more now
 * (by more than 1 px).
 */
export function spilledBoxes(page: Page, slack: number): Promise<SpilledBox[]> {
  return page.evaluate((slack) => {
    const boxes = (window as unknown as { __dubaoBoxes?: Array<[Element, number, number]> }).__dubaoBoxes ?? [];
    const out: Array<{ box: string; before: number; now: number }> = [];
    for (const [el, before, height] of boxes) {
      if (!el.isConnected || before > slack || Math.abs(el.clientHeight - height) > 1) continue;
      const now = el.scrollHeight - el.clientHeight;
      if (now <= before + 1) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      out.push({ box: `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? '').trim().slice(0, 16)}"`, before, now });
    }
    return out;
  }, slack);
}
