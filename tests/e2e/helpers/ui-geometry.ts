/**
 * What a reader sees of DuBao's in-page UI, as geometry read from Chromium's layout: the boxes of
 * the toolbar's buttons, the sidebar, its bar's buttons and the dictionary card (viewport px), what
 * is drawn on top at each button's centre, and contrast ratios of our text from computed styles.
 */
import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface UiGeometry {
  viewport: { width: number; height: number };
  /** Visible toolbar buttons by data-action (the launcher is "sidebar"). */
  tools: Record<string, Box>;
  /** Of those, the ones whose centre shows something else on top (an element of ours or the page's). */
  coveredTools: string[];
  sidebar: Box | null;
  /** The sidebar bar's buttons (copy Markdown, close) and whether each one's text fits its box. */
  barButtons: Record<string, Box & { clipped: boolean }>;
  card: Box | null;
}

/** Boxes of the UI's visible parts (hidden ones left out). */
export function uiGeometry(page: Page): Promise<UiGeometry> {
  return page.evaluate(() => {
    const root = document.querySelector('dubao-ui')?.shadowRoot;
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return null;
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const tools: Record<string, { left: number; top: number; right: number; bottom: number }> = {};
    const coveredTools: string[] = [];
    for (const el of root?.querySelectorAll('.db-toolbar [data-action]') ?? []) {
      const b = box(el);
      if (!b) continue;
      const name = el.getAttribute('data-action')!;
      tools[name] = b;
      const cx = (b.left + b.right) / 2;
      const cy = (b.top + b.bottom) / 2;
      // Outside the viewport nothing is hit: that counts as covered (the reader cannot reach it).
      const top = root!.elementFromPoint(cx, cy);
      if (!top || (top !== el && !el.contains(top))) coveredTools.push(name);
    }
    const barButtons: Record<string, { left: number; top: number; right: number; bottom: number; clipped: boolean }> = {};
    const sidebarEl = root?.querySelector('[data-dubao-sidebar]');
    for (const el of sidebarEl?.querySelectorAll('.db-bar [data-action]') ?? []) {
      const b = box(el);
      if (!b) continue;
      barButtons[el.getAttribute('data-action')!] = { ...b, clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 };
    }
    return {
      viewport: { width: innerWidth, height: innerHeight },
      tools,
      coveredTools,
      sidebar: box(sidebarEl),
      barButtons,
      card: box(root?.querySelector('[data-dubao-dict]')),
    };
  });
}

/** Whether `inner` lies inside the viewport (to within `slack` px). */
export function insideViewport(b: Box, viewport: { width: number; height: number }, slack = 0.5): boolean {
  return b.left >= -slack && b.top >= -slack && b.right <= viewport.width + slack && b.bottom <= viewport.height + slack;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export interface ContrastSample {
  /** A short description: the element's tag.class and its first characters. */
  what: string;
  ratio: number;
  color: string;
  background: string;
}

/**
 * The contrast ratio (WCAG 2) of the text of every element under `selector` (inside our shadow
 * root) that has text of its own and is visible, against the first opaque background behind it
 * among its ancestors (then the page's body/html, then white), with translucent layers blended.
 */
export function uiContrast(page: Page, selector: string): Promise<ContrastSample[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector('dubao-ui')!.shadowRoot!;
    const parse = (c: string): [number, number, number, number] => {
      // color-mix() and friends compute to color(srgb r g b / a), channels 0–1.
      const srgb = /color\(srgb ([^)]+)\)/.exec(c);
      if (srgb) {
        const p = srgb[1]!.split(/[ /]+/).filter(Boolean).map(Number);
        return [p[0]! * 255, p[1]! * 255, p[2]! * 255, p[3] ?? 1];
      }
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) throw new Error(`unread colour: ${c}`);
      const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
    };
    const over = (top: number[], under: number[]) => {
      const a = top[3]!;
      return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1);
    };
    const lum = (c: number[]) => {
      const ch = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
    };
    const backgroundOf = (el: Element): number[] => {
      const layers: number[][] = [];
      let node: Element | null = el;
      while (node) {
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
        node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
      }
      let base = [255, 255, 255, 1];
      if (!layers.length || layers[layers.length - 1]![3]! < 1) {
        for (const page of [document.body, document.documentElement]) {
          const c = parse(getComputedStyle(page).backgroundColor);
          if (c[3] > 0) {
            base = over(c, base);
            break;
          }
        }
      }
      for (const layer of layers.reverse()) base = over(layer, base);
      return base;
    };
    const out: Array<{ what: string; ratio: number; color: string; background: string }> = [];
    for (const el of root.querySelectorAll(selector)) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const bg = backgroundOf(el);
      const fg = over(parse(style.color), bg);
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      out.push({
        what: `${el.tagName.toLowerCase()}${cls} "${(el.textContent ?? '').trim().slice(0, 12)}"`,
        ratio: (l1! + 0.05) / (l2! + 0.05),
        color: style.color,
        background: `rgb(${bg.slice(0, 3).map(Math.round).join(',')})`,
      });
    }
    return out;
  }, selector);
}

/**
 * How well the edge of each element of ours under `selector` (its border, or its outline) stands
 * out (WCAG 2 contrast ratio) from what lies next to it outside: a solid halo of ours (a box-shadow
 * without blur reaching past the edge) when there is one, else the page's background (the body's,
 * else white). For a border the element's own fill counts too (a filled button shows its shape).
 */
export function edgeContrast(page: Page, selector: string, edge: 'border' | 'outline'): Promise<Array<{ what: string; ratio: number }>> {
  return page.evaluate(
    ({ selector, edge }) => {
      const parse = (c: string): number[] => {
        const srgb = /color\(srgb ([^)]+)\)/.exec(c);
        if (srgb) {
          const p = srgb[1]!.split(/[ /]+/).filter(Boolean).map(Number);
          return [p[0]! * 255, p[1]! * 255, p[2]! * 255, p[3] ?? 1];
        }
        const m = /rgba?\(([^)]+)\)/.exec(c);
        if (!m) throw new Error(`unread colour: ${c}`);
        const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
        return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
      };
      const lum = (c: number[]) => {
        const [r, g, b] = c.slice(0, 3).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: number[], b: number[]) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      const body = parse(getComputedStyle(document.body).backgroundColor);
      const pageColour = body[3] === 0 ? [255, 255, 255, 1] : body;
      const root = document.querySelector('dubao-ui')!.shadowRoot!;
      return [...root.querySelectorAll<HTMLElement>(selector)].map((el) => {
        const style = getComputedStyle(el);
        const what = el.dataset.action ?? el.className;
        const width = parseFloat(edge === 'border' ? style.borderTopWidth : style.outlineWidth);
        if (!(width > 0) || (edge === 'outline' && style.outlineStyle === 'none')) return { what, ratio: 1 };
        const colour = parse(edge === 'border' ? style.borderTopColor : style.outlineColor);
        const reach = edge === 'border' ? 0 : parseFloat(style.outlineOffset) + width;
        const halo = [...style.boxShadow.matchAll(/(rgba?\([^)]+\)) 0px 0px 0px (\d+(?:\.\d+)?)px/g)].find((m) => parseFloat(m[2]!) > reach);
        const next = halo && parse(halo[1]!)[3] !== 0 ? parse(halo[1]!) : pageColour;
        const fill = parse(style.backgroundColor);
        const own = edge === 'border' && fill[3] === 1 ? ratio(fill, next) : 1;
        return { what, ratio: Math.max(ratio(colour, next), own) };
      });
    },
    { selector, edge },
  );
}
