/**
 * Links the sidebar to the page: scroll to a statement and highlight it briefly, and tell which
 * statement is in view as the reader scrolls.
 *
 * The highlight is drawn as boxes inside our shadow root over the page elements, so no page CSS is
 * needed (strict CSPs) and the page's own styles are never touched. The page elements only carry a
 * `data-dubao-highlight` attribute while highlighted, removed afterwards (exact undo).
 */

export const HIGHLIGHT_ATTR = 'data-dubao-highlight';

export interface PageLinkOptions {
  /** Where the highlight boxes are drawn (inside the shadow root). */
  overlayParent: HTMLElement;
  /** How long the highlight stays, in ms. */
  duration?: number;
}

export interface StatementTarget {
  key: string;
  elements: readonly Element[];
}

export interface PageLink {
  /** Scrolls the first element into view and highlights all of them briefly. */
  go(elements: readonly Element[]): void;
  /** Watches the statements; `onCurrent` gets the key of the one in view (null when none). */
  observe(targets: readonly StatementTarget[], onCurrent: (key: string | null) => void): void;
  /** Stops watching (nothing is measured while nobody looks at the sidebar). */
  unobserve(): void;
  dispose(): void;
}

function prefersReducedMotion(win: Window): boolean {
  try {
    return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

export function createPageLink(options: PageLinkOptions): PageLink {
  const duration = options.duration ?? 1800;
  const doc = options.overlayParent.ownerDocument;
  const win = doc.defaultView ?? window;
  let highlight: { elements: Element[]; boxes: HTMLElement[]; frame: number; timers: number[] } | null = null;
  let observer: IntersectionObserver | null = null;

  function clearHighlight(): void {
    if (!highlight) return;
    win.cancelAnimationFrame(highlight.frame);
    for (const timer of highlight.timers) win.clearTimeout(timer);
    for (const el of highlight.elements) el.removeAttribute(HIGHLIGHT_ATTR);
    for (const box of highlight.boxes) box.remove();
    highlight = null;
  }

  function placeBoxes(): void {
    if (!highlight) return;
    highlight.elements.forEach((el, i) => {
      const box = highlight!.boxes[i];
      if (!box) return;
      const r = el.getBoundingClientRect();
      box.style.top = `${r.top - 3}px`;
      box.style.left = `${r.left - 4}px`;
      box.style.width = `${r.width + 8}px`;
      box.style.height = `${r.height + 6}px`;
    });
    // Follow the (smooth) scroll while the highlight is up.
    highlight.frame = win.requestAnimationFrame(placeBoxes);
  }

  function go(elements: readonly Element[]): void {
    const live = elements.filter((el) => el.isConnected);
    const first = live[0];
    if (!first) return;
    clearHighlight();
    first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' });
    const boxes = live.map(() => {
      const box = doc.createElement('div');
      box.className = 'db-highlight';
      box.setAttribute('aria-hidden', 'true');
      options.overlayParent.appendChild(box);
      return box;
    });
    for (const el of live) el.setAttribute(HIGHLIGHT_ATTR, '');
    highlight = { elements: live, boxes, frame: 0, timers: [] };
    placeBoxes();
    const current = highlight;
    current.timers.push(win.setTimeout(() => current.boxes.forEach((b) => b.classList.add('db-fading')), duration));
    current.timers.push(
      win.setTimeout(() => {
        if (highlight === current) clearHighlight();
      }, duration + 600),
    );
  }

  let unobserveScroll: (() => void) | null = null;

  function unobserve(): void {
    observer?.disconnect();
    observer = null;
    unobserveScroll?.();
    unobserveScroll = null;
  }

  function observe(targets: readonly StatementTarget[], onCurrent: (key: string | null) => void): void {
    unobserve();
    if (typeof win.IntersectionObserver !== 'function') return;
    const keyOf = new Map<Element, string>();
    const order = new Map<string, number>();
    targets.forEach((t, i) => {
      order.set(t.key, i);
      for (const el of t.elements) keyOf.set(el, t.key);
    });
    const visible = new Set<Element>();
    let last: string | null = null;
    let frame = 0;

    // The statement being read is the one showing the most of itself in the viewport (ties: the
    // earlier one). The observer keeps the set of visible elements, so a scroll measures only those.
    function decide(): void {
      frame = 0;
      const shown = new Map<string, number>();
      const height = win.innerHeight;
      for (const el of visible) {
        const key = keyOf.get(el);
        if (key === undefined) continue;
        const r = el.getBoundingClientRect();
        const px = Math.max(0, Math.min(r.bottom, height) - Math.max(r.top, 0));
        shown.set(key, (shown.get(key) ?? 0) + px);
      }
      let best: string | null = null;
      let bestPx = -1;
      for (const [key, px] of shown) {
        const better = px > bestPx || (px === bestPx && (order.get(key) ?? 0) < (order.get(best ?? '') ?? 0));
        if (better) {
          best = key;
          bestPx = px;
        }
      }
      if (best !== last) {
        last = best;
        onCurrent(best);
      }
    }
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(decide);
    };

    observer = new win.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target);
          else visible.delete(entry.target);
        }
        decide();
      },
      { threshold: 0 },
    );
    for (const el of keyOf.keys()) observer.observe(el);
    win.addEventListener('scroll', schedule, { passive: true });
    unobserveScroll = () => {
      win.removeEventListener('scroll', schedule);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }

  return {
    go,
    observe,
    unobserve,
    dispose() {
      clearHighlight();
      unobserve();
    },
  };
}
