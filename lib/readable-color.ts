/**
 * A colour made readable as text on a background: the same hue, mixed toward black (light
 * backgrounds) or white (dark ones) until its WCAG 2 contrast ratio reaches `min`. The ruby's tone
 * colours tell tones apart; as readings (small text) on the page and on our card they need 4.5:1.
 * Also: a computed CSS colour read as #rrggbb, and the background a page paints behind its text.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `color` itself when it already reads on `background` at `min`, else the least mix that does. */
export function readableOn(color: string, background: string, min = 4.5): string {
  if (contrastRatio(color, background) >= min) return toHex(parseHex(color));
  const from = parseHex(color);
  const toward: Rgb = luminance(parseHex(background)) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  const mix = (step: number): string => toHex(from.map((v, i) => v + (toward[i]! - v) * (step / 100)) as Rgb);
  // The least step of 100 that reads, by halving: each step moves the colour's luminance one way,
  // so once the colour is past the background's luminance the contrast only grows, and before it
  // the contrast only falls from the unmixed colour's, which does not read. Steps that read are
  // therefore all the steps from the least one on. (Runs as the layer comes on: bench "layers/seed:
  // pinyin viewport annotated".)
  if (contrastRatio(mix(100), background) < min) return toHex(toward);
  let lo = 1;
  let hi = 100;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (contrastRatio(mix(mid), background) >= min) hi = mid;
    else lo = mid + 1;
  }
  return mix(lo);
}

/** The WCAG 2 relative luminance of a #rrggbb colour (0 black to 1 white). */
export function relativeLuminance(color: string): number {
  return luminance(parseHex(color));
}

/**
 * A computed CSS colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)", "#rrggbb") as
 * #rrggbb over `under` (what shows through where it is not opaque); null when fully transparent or
 * not understood.
 */
export function parseCssColor(css: string, under = '#ffffff'): string | null {
  const text = css.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(text);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  if (!(alpha > 0)) return null;
  const base = parseHex(under);
  const rgb = [m[1], m[2], m[3]].map((v, i) => {
    const c = Math.min(255, Number(v));
    return c * Math.min(1, alpha) + base[i]! * (1 - Math.min(1, alpha));
  }) as Rgb;
  return toHex(rgb);
}

/**
 * The colour a page paints behind its text: <body>'s background, else <html>'s (the canvas), else
 * white (the browser's default canvas). A translucent one is taken over what shows through it.
 */
export function readPageBackground(doc: Document): string {
  const win = doc.defaultView;
  if (!win) return '#ffffff';
  const layers = [doc.body, doc.documentElement].filter((el): el is HTMLElement => !!el).map((el) => win.getComputedStyle(el).backgroundColor);
  let under = '#ffffff';
  for (const css of layers.reverse()) under = parseCssColor(css, under) ?? under;
  return under;
}

/** Every colour of a palette made readable on `background` (readableOn), keys kept. */
export function readablePalette<K extends PropertyKey>(palette: Readonly<Record<K, string>>, background: string, min = 4.5): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(palette) as K[]) out[key] = readableOn(palette[key], background, min);
  return out;
}
