/**
 * The pinyin transform: a ruby plan → the element that stands in for one page text node. Readings
 * live in attributes and are shown by CSS generated content, so they are never selected, copied,
 * found by find-in-page nor part of the page's textContent. Text is only ever set as text.
 */
import type { SyllableFormat } from '@/lib/reading-format';
import type { ReadingSize } from '@/lib/settings';
import type { PlanItem } from './ruby-plan';

/** The custom element that stands in for a page text node; page CSS aimed at spans misses it. */
export const WRAPPER_TAG = 'dubao-text';

/**
 * Our ruby as a template (ruby > base text, rt; each marked; a span per syllable with tone colours),
 * cloned per word: cheaper than building each. The base is a text node of the clone whose data is
 * set, not one made and put in per word (bench: "layers/seed: pinyin viewport ÷ plain ruby").
 */
const templates = new WeakMap<Document, { ruby: Element; span: Element }>();

function templatesOf(doc: Document): { ruby: Element; span: Element } {
  let t = templates.get(doc);
  if (!t) {
    const ruby = doc.createElement('ruby');
    ruby.setAttribute('data-dubao', '');
    ruby.appendChild(doc.createTextNode(''));
    const rt = doc.createElement('rt');
    rt.setAttribute('data-dubao', '');
    ruby.appendChild(rt);
    const span = doc.createElement('span');
    span.setAttribute('data-dubao', '');
    templates.set(doc, (t = { ruby, span }));
  }
  return t;
}

/**
 * Builds the wrapper; returns it and the number of ruby elements (the layout cost). Each ruby is a
 * clone of a template rather than three elements made and marked one by one: this runs for every
 * word on screen inside the toggle's task (bench: "layers/seed: pinyin viewport annotated").
 */
export function buildRubyWrapper(doc: Document, items: readonly PlanItem[], format: SyllableFormat): { wrapper: HTMLElement; rubies: number } {
  const wrapper = doc.createElement(WRAPPER_TAG);
  wrapper.setAttribute('data-dubao', 'pinyin');
  const template = templatesOf(doc);
  let rubies = 0;
  for (const item of items) {
    if (item.kind === 'text') {
      wrapper.appendChild(doc.createTextNode(item.text));
      continue;
    }
    const ruby = template.ruby.cloneNode(true) as Element;
    const rt = ruby.lastChild as Element;
    // (the base is set as text)
    (ruby.firstChild as Text).data = item.base;
    if (format.colors) {
      item.readings.forEach((reading, i) => {
        const syllable = template.span.cloneNode(false) as Element;
        syllable.setAttribute('data-r', (i > 0 ? format.joiner : '') + format.text(reading));
        syllable.setAttribute('data-t', String(format.tone(reading)));
        rt.appendChild(syllable);
      });
    } else {
      // The empty rt draws its reading itself (its ::before): no element more per word to style
      // and lay out (bench: "layers/seed: pinyin viewport ÷ plain ruby"). The painted reading is
      // that pseudo-element's box, which the e2e typography tests measure (the rt box is stretched
      // to its ruby column).
      const { readings } = item;
      rt.setAttribute('data-r', readings.length === 1 ? format.text(readings[0]!) : readings.map((r) => format.text(r)).join(format.joiner));
    }
    wrapper.appendChild(ruby);
    rubies++;
  }
  return { wrapper, rubies };
}

/**
 * Reading font sizes per setting, relative to the characters they annotate. Medium, the default,
 * is 10 px over 16 px text (half the text size was 8 px, too small at arm's length), with a floor
 * for small print that never passes 0.8 of the text.
 */
export const READING_FONT_SIZES: Readonly<Record<ReadingSize, string>> = Object.freeze({
  small: '0.5em',
  medium: 'max(0.625em,min(9px,0.8em))',
  large: 'max(0.75em,min(11px,0.9em))',
});

/**
 * Latin system fonts that have every tone-marked vowel (ā á ǎ à … ǖ ǘ ǚ ǜ ü, ḿ ń ň ǹ ế ề): a font
 * missing one (Arial on some systems, Liberation Sans, Helvetica) would draw that vowel from a
 * fallback font in the middle of a syllable, so none such is listed. Segoe UI: Windows; Roboto:
 * Android, ChromeOS; Noto Sans, DejaVu Sans: Linux; Lucida Grande: macOS. The CJK fonts have them
 * too but draw narrow, uneven Latin: they are only the last resort.
 */
export const READING_FONTS = '"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Lucida Grande",sans-serif';

/** Space on each side of a painted reading, in the reading's own size: two neighbours are 0.2 apart at least. */
export const READING_SIDE_SPACE = '0.1em';

export interface PageCssOptions {
  size?: ReadingSize;
  /** Zhuyin is drawn in the page's own (CJK) font: Latin fonts lack Bopomofo but have its tone marks, which would mix two fonts. */
  zhuyin?: boolean;
}

/** The readings' font size and family (declarations): the stylesheet's, and the fonts' warm-up sample's. */
export function readingFontCss(options: PageCssOptions = {}): string {
  const size = READING_FONT_SIZES[options.size ?? 'medium'] ?? READING_FONT_SIZES.medium;
  return `font-size:${size};${options.zhuyin ? '' : `font-family:${READING_FONTS};`}`;
}

/** The page stylesheet while pinyin is on; `toneColors` maps tone 1–5 to a CSS colour. */
export function buildPageCss(toneColors: Readonly<Record<number, string>>, options: PageCssOptions = {}): string {
  const colors = Object.entries(toneColors)
    .map(([tone, color]) => `rt[data-dubao]>span[data-t="${tone}"]{color:${color}}`)
    .join('\n');
  // Browsers grow a line box to hold its ruby annotations, so readings never collide with the line
  // above; the wrapper only asks for a little air (at least 2em, or the page's own spacing: in
  // line-height, 1lh is the parent's line height).
  // Readings are centred over their base (ruby-align) and padded on both sides: a ruby column is as
  // wide as its widest part, so the padding keeps painted readings apart when a reading is wider
  // than its characters, and costs nothing when it is narrower. Padding spreads a word's
  // characters no more than the reading itself does (ruby-align:center keeps a base together).
  // A box that held its text and spills with readings (a fixed-height footer or nav bar) is marked
  // data-dubao-fit: its readings are not drawn there, its rubies lay out as plain text (a ruby
  // base breaks and measures differently) and its lines keep their own height.
  // Page rules such as `.sidebar *{transition:.4s}` would animate our line heights: none of ours move.
  return `${WRAPPER_TAG}[data-dubao]{line-height:max(2em,1lh)}
${WRAPPER_TAG}[data-dubao],ruby[data-dubao],rt[data-dubao],rt[data-dubao]>span{transition:none;animation:none}
ruby[data-dubao]{ruby-position:over;ruby-align:center;text-indent:0}
rt[data-dubao]{${readingFontCss(options)}line-height:1.1;padding-inline:${READING_SIDE_SPACE};font-style:normal;font-weight:normal;letter-spacing:0;word-spacing:0;text-indent:0;text-transform:none;text-align:center;-webkit-user-select:none;user-select:none}
rt[data-dubao][data-r]:empty::before,rt[data-dubao]>span[data-r]::before{content:attr(data-r)}
[data-dubao-fit] ${WRAPPER_TAG}[data-dubao]{line-height:inherit}
[data-dubao-fit] ruby[data-dubao]{display:inline}
[data-dubao-fit] rt[data-dubao]{display:none}
${colors}`;
}
